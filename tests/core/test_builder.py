from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from adr_tui.demo.builder import Commit, Delete, Edit, Rename, ScriptError, Write, build_repo

ALICE = "Alice <alice@example.com>"
BOB = "Bob <bob@example.com>"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout


def test_dates_authors_renames_and_deletes_are_exact(tmp_path: Path) -> None:
    commits = [
        Commit(ALICE, "2023-11-22T09:30:00+01:00", "Add", (Write("doc/adr/0004-x.md", b"v1\n"),)),
        Commit(
            BOB, "2023-12-08T10:00:00-05:00", "Edit", (Edit("doc/adr/0004-x.md", (("v1", "v2"),)),)
        ),
        Commit(
            ALICE,
            "2024-01-01T00:00:00+05:30",
            "Move",
            (Rename("doc/adr", "docs/d", directory=True),),
        ),
        Commit(
            BOB,
            "2024-02-01T00:00:00+00:00",
            "Renumber",
            (Rename("docs/d/0004-x.md", "docs/d/0007-x.md"),),
        ),
        Commit(
            BOB,
            "2024-03-01T00:00:00+00:00",
            "Drop",
            (Write("a b é.md", b"odd\n"), Delete("docs/d/0007-x.md")),
        ),
    ]
    repo = build_repo(tmp_path / "r", commits)
    log = git(repo, "log", "--format=%an|%aI", "--reverse")
    assert log.splitlines()[0] == "Alice|2023-11-22T09:30:00+01:00"
    assert log.splitlines()[1] == "Bob|2023-12-08T10:00:00-05:00"
    status = git(repo, "log", "-M", "--name-status", "--format=", "-z", "--reverse").split("\0")
    assert "R100" in status
    assert (repo / "a b é.md").read_text() == "odd\n"
    assert not (repo / "docs/d").exists()


def test_branch_and_merge(tmp_path: Path) -> None:
    commits = [
        Commit(ALICE, "2024-01-01T00:00:00Z", "base", (Write("a.md", b"a\n"),)),
        Commit(BOB, "2024-01-02T00:00:00Z", "feature", (Write("b.md", b"b\n"),), branch="topic"),
        Commit(ALICE, "2024-01-03T00:00:00Z", "main work", (Write("c.md", b"c\n"),)),
        Commit(ALICE, "2024-01-04T00:00:00Z", "Merge topic", merge="topic"),
    ]
    repo = build_repo(tmp_path / "r", commits)
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "4"
    assert git(repo, "rev-list", "--merges", "--count", "HEAD").strip() == "1"
    assert sorted(p.name for p in repo.iterdir() if p.suffix == ".md") == ["a.md", "b.md", "c.md"]


def test_impossible_edit_is_a_script_error(tmp_path: Path) -> None:
    commits = [
        Commit(ALICE, "2024-01-01T00:00:00Z", "add", (Write("a.md", b"same same\n"),)),
        Commit(ALICE, "2024-01-02T00:00:00Z", "edit", (Edit("a.md", (("same", "x"),)),)),
    ]
    with pytest.raises(ScriptError, match="occurs 2 times"):
        build_repo(tmp_path / "r", commits)


def test_empty_history_gives_an_empty_repository(tmp_path: Path) -> None:
    repo = build_repo(tmp_path / "r", [])
    assert (repo / ".git").is_dir()
    result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True)
    assert result.returncode != 0


def test_second_merge_of_a_branch_keeps_later_main_edits(tmp_path: Path) -> None:
    commits = [
        Commit(ALICE, "2024-01-01T00:00:00Z", "base", (Write("a.md", b"base\n"),)),
        Commit(
            BOB, "2024-01-02T00:00:00Z", "topic edit", (Write("a.md", b"topic\n"),), branch="topic"
        ),
        Commit(ALICE, "2024-01-03T00:00:00Z", "Merge topic", merge="topic"),
        Commit(ALICE, "2024-01-04T00:00:00Z", "main edit", (Write("a.md", b"main\n"),)),
        Commit(
            BOB, "2024-01-05T00:00:00Z", "topic other", (Write("b.md", b"b\n"),), branch="topic"
        ),
        Commit(ALICE, "2024-01-06T00:00:00Z", "Merge topic again", merge="topic"),
    ]
    repo = build_repo(tmp_path / "r", commits)
    assert (repo / "a.md").read_text() == "main\n"
    assert (repo / "b.md").read_text() == "b\n"
