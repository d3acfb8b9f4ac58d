"""History.for_decision of a record git keeps elsewhere: one answer for the CLI and the TUI."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, git, write

from adr_tui.core.errors import InnerRepositoryError, RepoError
from adr_tui.core.history import load_history
from adr_tui.core.settings import Settings

FIRST = "docs/adr/0001-first.md"


def _origin(where: Path) -> Path:
    return build(
        where,
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write(FIRST, adr("First"))),
        commit(
            ADA,
            "2024-01-03T10:00:00+00:00",
            "Deprecate",
            write(FIRST, adr("First", status="deprecated")),
        ),
    )


def test_a_path_through_a_link_has_the_linked_files_lineage(tmp_path: Path) -> None:
    repo = _origin(tmp_path / "repo")
    (repo / "decisions").symlink_to("docs/adr")  # not the folder git committed
    history = load_history(repo, Settings(use_cache=False))
    try:
        lineage = history.for_decision("decisions/0001-first.md")
    finally:
        history.close()
    assert lineage.path == FIRST
    assert [r.subject for r in lineage.revisions] == ["Add", "Deprecate"]


def test_a_path_in_a_submodule_names_the_submodule(tmp_path: Path) -> None:
    origin = _origin(tmp_path / "origin")
    outer = build(
        tmp_path / "outer",
        commit(ADA, "2024-02-01T10:00:00+00:00", "Start", write("README.md", "outer\n")),
    )
    git(outer, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(origin), "adrs")
    history = load_history(outer, Settings(use_cache=False))
    try:
        with pytest.raises(InnerRepositoryError) as raised:
            history.for_decision(f"adrs/{FIRST}")
    finally:
        history.close()
    assert raised.value.folder == "adrs"
    assert "never committed" not in raised.value.message


def test_a_path_never_committed_is_still_said_so(tmp_path: Path) -> None:
    repo = _origin(tmp_path / "repo")
    history = load_history(repo, Settings(use_cache=False))
    try:
        with pytest.raises(RepoError, match="never committed") as raised:
            history.for_decision("docs/adr/0002-new.md")
    finally:
        history.close()
    assert not isinstance(raised.value, InnerRepositoryError)


def test_an_orphan_branch_names_the_branches_with_commits(tmp_path: Path) -> None:
    origin = _origin(tmp_path / "origin")
    git(tmp_path, "clone", "-q", str(origin), "clone")
    clone = tmp_path / "clone"
    git(clone, "checkout", "-q", "--orphan", "fresh")
    history = load_history(clone, Settings(use_cache=False))
    try:
        with pytest.raises(RepoError, match="branch 'fresh' has no commits yet"):
            history.for_decision(FIRST)  # it said "never committed"
    finally:
        history.close()
    assert history.notes == ("branch 'fresh' has no commits yet (other branches have: --at main)",)
