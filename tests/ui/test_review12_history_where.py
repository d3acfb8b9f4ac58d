"""Review 12: ``h`` says what ``adr-tui history`` says of a record git keeps elsewhere.

A linked folder (git committed the files where the link leads), a submodule (its history
is its own) and an orphan branch (other branches have commits): the screen said "never
committed" or "the repository has no commits" of all three.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers_git import ADA, adr, build, commit, git, write
from textual.pilot import Pilot

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import CACHE_ENV, Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.history import HistoryScreen
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.revision_list import RevisionList

from .conftest import settle

FIRST = "docs/adr/0001-first.md"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return Settings()


def _origin(where: Path, folder: str = "docs/adr") -> Path:
    path = f"{folder}/0001-first.md"
    return build(
        where,
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add first", write(path, adr("First"))),
        commit(
            ADA,
            "2024-01-03T10:00:00+00:00",
            "Deprecate first",
            write(path, adr("First", status="deprecated")),
        ),
    )


async def _history_of_first(pilot: Pilot[Any]) -> HistoryScreen:
    await settle(pilot)
    await pilot.press("h")  # the first ADR is highlighted
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, HistoryScreen)
    return screen


def _said(screen: HistoryScreen) -> str:
    return " ".join(screen.query_one(DiffView).text.split())


def _subjects(screen: HistoryScreen) -> list[str]:
    revisions = screen.query_one(RevisionList)
    return [revisions.prompt(i).plain for i in range(revisions.count)]


async def test_a_linked_folder_shows_the_committed_files_history(
    tmp_path: Path, settings: Settings
) -> None:
    repo = _origin(tmp_path / "repo", "records")
    (repo / "docs").mkdir()
    (repo / "docs/adr").symlink_to("../records")
    app = make_app(settings, load_catalog(repo, settings), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _history_of_first(pilot)
        shown = _subjects(screen)
        assert len(shown) == 2  # it said "never committed"
        assert "Deprecate" in shown[0]
        assert "never committed" not in _said(screen)


async def test_a_submodule_says_its_history_is_its_own(tmp_path: Path, settings: Settings) -> None:
    origin = _origin(tmp_path / "origin")
    outer = build(
        tmp_path / "outer",
        commit(ADA, "2024-02-01T10:00:00+00:00", "Start", write("README.md", "outer\n")),
    )
    git(outer, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(origin), "adrs")
    dated = ("-c", "user.name=Ada", "-c", "user.email=ada@example.com")
    git(outer, *dated, "commit", "-q", "--date=2024-02-02T10:00:00+00:00", "-m", "Add ADRs")
    app = make_app(settings, load_catalog(outer, settings), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        said = _said(await _history_of_first(pilot))
        assert f"adrs/{FIRST} is in adrs, a Git repository of its own (a submodule)" in said
        assert "never committed" not in said


async def test_an_orphan_branch_names_the_branches_with_commits(
    tmp_path: Path, settings: Settings
) -> None:
    origin = _origin(tmp_path / "origin")
    git(tmp_path, "clone", "-q", str(origin), "clone")
    clone = tmp_path / "clone"
    git(clone, "checkout", "-q", "--orphan", "fresh")
    app = make_app(settings, load_catalog(clone, settings), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        said = _said(await _history_of_first(pilot))
        assert "branch 'fresh' has no commits yet (other branches have: --at main)" in said
        assert "never committed" not in said
