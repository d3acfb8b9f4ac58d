"""Replay a scripted history into a real Git repository with fixed dates.

One builder serves the demo repository, the test fixtures and the benchmark
generator. It speaks ``git fast-import``, so a history of 100,000 commits is
written in one process, with exact author and committer dates, renames,
deletions, branches and merges.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from adr_tui.core.records import record


class ScriptError(ValueError):
    """A history script asks for something impossible (bad edit, missing file)."""


@record
class Write:
    """Create or overwrite a file."""

    path: str
    content: bytes


@record
class Edit:
    """Replace text in a file; each ``old`` must occur exactly once."""

    path: str
    replacements: tuple[tuple[str, str], ...]


@record
class Rename:
    """Move a file (or, with ``directory``, every file below a folder)."""

    old: str
    new: str
    directory: bool = False


@record
class Delete:
    """Remove a file."""

    path: str


Change = Write | Edit | Rename | Delete


@record
class Commit:
    """One commit of a scripted history."""

    author: str
    """``Name <email>``."""
    date: str
    """ISO 8601 author date with a UTC offset, e.g. ``2023-11-22T09:30:00+01:00``."""
    message: str
    changes: tuple[Change, ...] = ()
    committer: str | None = None
    """Defaults to the author."""
    committer_date: str | None = None
    """Defaults to the author date."""
    branch: str = "main"
    """Branch the commit lands on; a new branch forks from ``main``'s tip."""
    merge: str | None = None
    """Branch merged into ``branch`` by this commit (its changes win conflicts)."""


Tree = dict[str, bytes]


@dataclass
class _Branch:
    tree: Tree = field(default_factory=dict)
    mark: int | None = None
    fork_tree: Tree = field(default_factory=dict)


def _signature(who: str, when: str) -> bytes:
    try:
        stamp = dt.datetime.fromisoformat(when)
    except ValueError as exc:
        raise ScriptError(f"bad date {when!r}: {exc}") from exc
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    offset = stamp.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    tz = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    return f"{who} {int(stamp.timestamp())} {tz}".encode()


def _apply_edit(tree: Tree, edit: Edit) -> bytes:
    if edit.path not in tree:
        raise ScriptError(f"edit of missing file {edit.path!r}")
    text = tree[edit.path].decode("utf-8")
    for old, new in edit.replacements:
        count = text.count(old)
        if count != 1:
            raise ScriptError(f"{edit.path}: {old!r} occurs {count} times, expected once")
        text = text.replace(old, new)
    return text.encode("utf-8")


def _renames(tree: Tree, change: Rename) -> list[tuple[str, str]]:
    if not change.directory:
        if change.old not in tree:
            raise ScriptError(f"rename of missing file {change.old!r}")
        return [(change.old, change.new)]
    prefix = change.old.rstrip("/") + "/"
    moves = [
        (p, change.new.rstrip("/") + "/" + p[len(prefix) :]) for p in tree if p.startswith(prefix)
    ]
    if not moves:
        raise ScriptError(f"rename of empty folder {change.old!r}")
    return moves


def _quote(path: str) -> bytes:
    """Quote a path for fast-import so spaces, quotes and non-ASCII survive."""
    escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return b'"' + escaped.encode("utf-8") + b'"'


def _change_commands(tree: Tree, changes: Iterable[Change]) -> Iterator[bytes]:
    """Apply changes to ``tree`` in place and yield the fast-import file commands."""
    for change in changes:
        if isinstance(change, Write | Edit):
            content = change.content if isinstance(change, Write) else _apply_edit(tree, change)
            tree[change.path] = content
            yield b"M 100644 inline " + _quote(change.path) + b"\n"
            yield b"data %d\n" % len(content) + content + b"\n"
        elif isinstance(change, Rename):
            for old, new in _renames(tree, change):
                tree[new] = tree.pop(old)
                yield b"R " + _quote(old) + b" " + _quote(new) + b"\n"
        else:
            if change.path not in tree:
                raise ScriptError(f"delete of missing file {change.path!r}")
            del tree[change.path]
            yield b"D " + _quote(change.path) + b"\n"


def _merged_changes(ours: Tree, theirs: Tree, fork: Tree) -> list[Change]:
    """What to apply to ``ours`` so it carries every change ``theirs`` made since ``fork``."""
    changes: list[Change] = []
    for path, content in theirs.items():
        if fork.get(path) != content and ours.get(path) != content:
            changes.append(Write(path, content))
    changes.extend(Delete(path) for path in fork if path not in theirs and path in ours)
    return changes


def fast_import_stream(commits: Iterable[Commit]) -> Iterator[bytes]:
    """Yield a ``git fast-import`` stream for ``commits``."""
    branches: dict[str, _Branch] = {"main": _Branch()}
    for mark, commit in enumerate(commits, start=1):
        branch = branches.get(commit.branch)
        if branch is None:
            main = branches["main"]
            branch = _Branch(dict(main.tree), main.mark, dict(main.tree))
            branches[commit.branch] = branch
        changes = list(commit.changes)
        merge_mark = None
        if commit.merge is not None:
            other = branches.get(commit.merge)
            if other is None or other.mark is None:
                raise ScriptError(f"merge of unknown branch {commit.merge!r}")
            changes = _merged_changes(branch.tree, other.tree, other.fork_tree) + changes
            # The next merge of the same branch only carries what it changes after this one.
            other.fork_tree = dict(other.tree)
            merge_mark = other.mark
        message = commit.message.encode("utf-8")
        yield b"commit refs/heads/" + commit.branch.encode() + b"\n"
        yield b"mark :%d\n" % mark
        yield b"author " + _signature(commit.author, commit.date) + b"\n"
        committer = _signature(
            commit.committer or commit.author, commit.committer_date or commit.date
        )
        yield b"committer " + committer + b"\n"
        yield b"data %d\n" % len(message) + message + b"\n"
        if branch.mark is not None:
            yield b"from :%d\n" % branch.mark
        if merge_mark is not None:
            yield b"merge :%d\n" % merge_mark
        yield from _change_commands(branch.tree, changes)
        yield b"\n"
        branch.mark = mark


def git_environment() -> dict[str, str]:
    """An environment in which no user or system git config, pager or editor applies."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, GIT_TERMINAL_PROMPT="0")
    return env


def build_repo(dest: Path, commits: Iterable[Commit], *, checkout: bool = True) -> Path:
    """Create a Git repository at ``dest`` holding ``commits``; returns ``dest``.

    ``dest`` must not exist or be empty. With ``checkout`` the work tree is
    populated from ``main``.
    """
    dest.mkdir(parents=True, exist_ok=True)
    env = git_environment()

    def git(*args: str, stdin: bytes | None = None) -> None:
        subprocess.run(
            ["git", *args], cwd=dest, env=env, input=stdin, check=True, capture_output=True
        )

    git("init", "-q", "-b", "main")
    with subprocess.Popen(
        ["git", "fast-import", "--quiet", "--done"],
        cwd=dest,
        env=env,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdin is not None and proc.stderr is not None
        try:
            for chunk in fast_import_stream(commits):
                proc.stdin.write(chunk)
            proc.stdin.write(b"done\n")
        except BrokenPipeError:
            pass  # fast-import died; its stderr below says why
        finally:
            proc.stdin.close()
        stderr = proc.stderr.read()
    if proc.returncode != 0:
        raise ScriptError(f"git fast-import failed: {stderr.decode(errors='replace')}")
    if checkout and (dest / ".git" / "refs" / "heads" / "main").exists():
        git("reset", "-q", "--hard", "main")
    return dest
