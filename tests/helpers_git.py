"""Shared helpers for history tests: scripted repositories, git runs, tree hashes."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from adr_tui.core import historycache
from adr_tui.core.gitlog import GitRepo
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import (
    Change,
    Commit,
    Delete,
    Edit,
    Rename,
    Write,
    build_repo,
    git_environment,
)

GRACE = "Grace Lee <grace@example.com>"
BOB = "Bob Smith <bob@example.com>"
ADA = "Ada Lovelace <ada@example.com>"


def adr(title: str, status: str = "accepted", date: str = "2024-01-02", extra: str = "") -> bytes:
    """A front-matter ADR the parser certainly reads."""
    lines = f"---\nstatus: {status}\ndate: {date}\n{extra}---\n# {title}\n\n"
    body = "## Context\n\nWe need to decide how the system handles this concern.\n"
    return (lines + body).encode("utf-8")


def commit(
    who: str,
    date: str,
    message: str,
    *changes: Change,
    branch: str = "main",
    merge: str | None = None,
) -> Commit:
    """A builder commit (``date`` as ISO with offset)."""
    return Commit(who, date, message, tuple(changes), branch=branch, merge=merge)


def write(path: str, content: bytes | str) -> Write:
    """A Write change from text or bytes."""
    return Write(path, content.encode("utf-8") if isinstance(content, str) else content)


def build(dest: Path, *commits: Commit) -> Path:
    """Build a repository at ``dest`` from ``commits``."""
    return build_repo(dest, list(commits))


def git(cwd: Path, *args: str) -> str:
    """Run git for test set-up (never through the code under test)."""
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=git_environment(), capture_output=True, check=True
    )
    return done.stdout.decode("utf-8", "replace")


def tree_digest(folder: Path) -> str:
    """Hash of every name, mode and byte below ``folder`` (to prove nothing was written)."""
    digest = hashlib.sha256()
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files + dirs):
            path = Path(base) / name
            stat = path.lstat()
            digest.update(f"{path.relative_to(folder)}:{stat.st_mode}:{stat.st_mtime_ns}".encode())
            if path.is_file() and not path.is_symlink():
                digest.update(path.read_bytes())
    return digest.hexdigest()


# Paths of the story repository, as they are at its HEAD.
POSTGRES = "docs/decisions/0001-use-postgres.md"
GRAPHQL = "docs/decisions/0002-use-graphql.md"
RENUMBERED = "docs/decisions/0007-queue-jobs.md"
CATEGORY = "docs/decisions/frontend/0005-design-tokens.md"
CASED = "docs/decisions/0006-use-kafka.md"
REUSED = "docs/decisions/0008-cache.md"
CAFE = "docs/decisions/0009-café ünïcode.md"
BRANCHED = "docs/decisions/0011-feature-flags.md"
TEMP = "doc/adr/0003-temp.md"
"""Deleted before the folder move."""


def story_commits() -> list[Commit]:
    """Every rename kind, deletes, a reused path, status changes and a merge, with fixed dates."""
    return [
        commit(
            GRACE,
            "2023-11-22T09:30:00+01:00",
            "Propose PostgreSQL",
            write("doc/adr/0001-use-postgres.md", adr("Use PostgreSQL", "proposed")),
            write("README.md", "# Project\n"),
        ),
        commit(
            BOB,
            "2023-12-08T16:00:00-05:00",
            "Accept PostgreSQL\n\nAfter the review.",
            Edit("doc/adr/0001-use-postgres.md", (("status: proposed", "status: accepted"),)),
            write("doc/adr/0002-use-rest.md", adr("Use REST")),
            write("doc/adr/0003-temp.md", adr("Temporary")),
            write("doc/adr/0004-queue-jobs.md", adr("Queue jobs")),
            write("doc/adr/backend/0005-design-tokens.md", adr("Design tokens")),
            write("doc/adr/0006-Use-Kafka.md", adr("Use Kafka")),
            write("doc/adr/0008-cache.md", adr("Cache with Redis", "proposed")),
        ),
        commit(
            ADA,
            "2024-01-10T10:00:00+00:00",
            "Renumber, rename title, delete temp",
            Rename("doc/adr/0004-queue-jobs.md", "doc/adr/0007-queue-jobs.md"),
            Rename("doc/adr/0002-use-rest.md", "doc/adr/0002-use-graphql.md"),
            Edit("doc/adr/0002-use-graphql.md", (("# Use REST", "# Use GraphQL"),)),
            Delete("doc/adr/0003-temp.md"),
        ),
        commit(
            ADA, "2024-02-01T10:00:00+00:00", "Drop the cache ADR", Delete("doc/adr/0008-cache.md")
        ),
        commit(
            GRACE,
            "2024-03-01T10:00:00+01:00",
            "Move the decision log",
            Rename("doc/adr", "docs/decisions", directory=True),
        ),
        commit(
            BOB,
            "2024-03-05T10:00:00+00:00",
            "Category and case renames",
            Rename("docs/decisions/backend/0005-design-tokens.md", CATEGORY),
            Rename("docs/decisions/0006-Use-Kafka.md", CASED),
        ),
        commit(
            GRACE,
            "2024-04-01T10:00:00+00:00",
            "Unrelated ADR on an old path",
            write(REUSED, adr("Cache nothing at all, ever", "accepted", "2024-04-01")),
        ),
        commit(
            BOB,
            "2024-04-10T10:00:00+00:00",
            "Feature flags on a branch",
            write(BRANCHED, adr("Use feature flags", "proposed")),
            Edit(GRAPHQL, (("status: accepted", "status: deprecated"),)),
            branch="feature",
        ),
        commit(
            ADA, "2024-04-12T10:00:00+00:00", "Café ADR on main", write(CAFE, adr("Café ünïcode"))
        ),
        commit(ADA, "2024-04-15T10:00:00+00:00", "Merge feature", branch="main", merge="feature"),
        commit(
            GRACE,
            "2024-05-02T11:00:00+02:00",
            "Supersede PostgreSQL",
            Edit(POSTGRES, (("status: accepted", "status: superseded by ADR-0012"),)),
        ),
    ]


def add_commit(repo: Path, path: str, text: str, date: str, message: str = "Change") -> str:
    """Commit one file on top of ``repo``'s HEAD with fixed dates; returns the commit id."""
    target = repo / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    env = git_environment()
    env.update(
        GIT_AUTHOR_NAME="Ada Lovelace",
        GIT_AUTHOR_EMAIL="ada@example.com",
        GIT_COMMITTER_NAME="Ada Lovelace",
        GIT_COMMITTER_EMAIL="ada@example.com",
        GIT_AUTHOR_DATE=date,
        GIT_COMMITTER_DATE=date,
    )
    for args in (["add", "--", path], ["commit", "-q", "-m", message]):
        subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, check=True)
    return git(repo, "rev-parse", "HEAD").strip()


def linear_repo(dest: Path, count: int = 4) -> Path:
    """``count`` commits; commit i adds ADR i and edits ADR 1 (all dates fixed)."""
    first = "docs/adr/0001-first.md"
    commits = [commit(GRACE, "2024-01-01T10:00:00+00:00", "Add 1", write(first, adr("First")))]
    for i in range(2, count + 1):
        commits.append(
            commit(
                BOB,
                f"2024-01-{i:02d}T10:00:00+00:00",
                f"Add {i}",
                write(f"docs/adr/{i:04d}-adr-{i}.md", adr(f"ADR {i}")),
                write(first, adr("First", extra=f"revision: {i}\n")),
            )
        )
    return build(dest, *commits)


def merge(repo: Path, branch: str, date: str) -> None:
    """A real ``git merge --no-ff`` (rename-aware) of ``branch`` into the checked-out one."""
    env = git_environment()
    env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(
        ["git", "-c", "user.name=Ada Lovelace", "-c", "user.email=ada@example.com", "merge", "-q"]
        + ["--no-ff", "--no-edit", branch],
        cwd=repo,
        env=env,
        capture_output=True,
        check=True,
    )


def history_index_path(repo: Path, settings: Settings) -> Path:
    """The history cache's index file for ``repo`` under ``settings``' cache folder."""
    with GitRepo.open(repo) as opened:
        key = historycache.repo_key(opened)
    return historycache.cache_folder(settings.cache_dir) / f"{key}.index"
