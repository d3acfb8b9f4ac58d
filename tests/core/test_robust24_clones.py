"""Clones of every shape, built with real git: what the core reads of each, never writing."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, git, tree_digest, write

from adr_tui.core.catalog import load_catalog
from adr_tui.core.errors import RepoError
from adr_tui.core.gitlog import GitRepo
from adr_tui.core.settings import Settings

FIRST = "docs/adr/0001-first.md"
SECOND = "docs/adr/0002-second.md"


def _origin(dest: Path) -> Path:
    """Two commits: 0001 rewritten by the second, 0002 unchanged since the first."""
    repo = build(
        dest,
        commit(
            ADA,
            "2024-01-02T10:00:00+00:00",
            "Add",
            write(FIRST, adr("First")),
            write(SECOND, adr("Second")),
        ),
        commit(
            ADA,
            "2024-01-03T10:00:00+00:00",
            "Supersede",
            write(FIRST, adr("First", status="superseded")),
        ),
    )
    git(repo, "config", "uploadpack.allowFilter", "true")
    return repo


def test_a_partial_clone_reads_an_old_tree_without_the_blobs_it_lacks(tmp_path: Path) -> None:
    origin = _origin(tmp_path / "origin")
    git(tmp_path, "clone", "-q", "--filter=blob:none", origin.as_uri(), "clone")
    clone = tmp_path / "clone"
    before = tree_digest(clone)

    catalog = load_catalog(clone, Settings(at="HEAD~1", use_cache=False))

    # 0002's blob is checked out; 0001's first version was never fetched, and is not now.
    assert [d.path for d in catalog.decisions] == [SECOND]
    assert [(p.path, p.code) for p in catalog.problems] == [(FIRST, "unreadable")]
    assert "missing from this clone" in catalog.problems[0].message
    assert tree_digest(clone) == before


def test_a_config_git_cannot_parse_is_said_not_taken_for_an_empty_repository(
    tmp_path: Path,
) -> None:
    repo = _origin(tmp_path / "repo")
    with (repo / ".git/config").open("a") as config:
        config.write("[core\n")  # a section never closed: git stops at every command
    with GitRepo.open(repo) as opened, pytest.raises(RepoError, match="bad config line"):
        opened.head()  # it answered None: "the repository has no commits yet"
    with GitRepo.open(repo) as opened, pytest.raises(RepoError, match="bad config line"):
        opened.resolve("HEAD")  # it said "unknown revision 'HEAD'"


def test_a_work_tree_whose_repository_moved_says_so(tmp_path: Path) -> None:
    repo = _origin(tmp_path / "repo")
    git(repo, "worktree", "add", "-q", str(tmp_path / "tree"), "HEAD~1")
    repo.rename(tmp_path / "moved")  # the work tree's .git file still names the old place
    catalog = load_catalog(tmp_path / "tree", Settings(use_cache=False))
    assert [d.path for d in catalog.decisions] == [FIRST, SECOND]  # its files still list
    with pytest.raises(RepoError, match=r"names the git folder .*repo.*which does not exist"):
        GitRepo.open(tmp_path / "tree")  # it said "is not a Git repository"
