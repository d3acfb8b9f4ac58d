"""Walk 21: a load that fails says so where the list would be, not "loading…" for good."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from tests.helpers_ui import plain_of
from textual.widgets import Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.widgets.adr_list import AdrList

from .conftest import settle


async def test_a_failed_load_says_why_and_r_tries_again(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/adr/0001-d1.md": nygard(1, "D1")})
    moved = tmp_path / "moved"
    repo.rename(moved)  # gone between the command line and the load
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("escape")  # the error's dialog
        browse = app.browse
        header = plain_of(browse.query_one("#browse-header", Static).render())
        empty = plain_of(browse.query_one("#empty", Static).render())
        assert "not loaded" in header and "loading" not in header
        assert "could not be loaded" in empty and "does not exist" in empty
        assert "Press r to try again" in empty
        moved.rename(repo)
        await pilot.press("r")
        await settle(pilot)
        assert len(browse.query_one(AdrList).rows) == 1
        assert not browse.query_one("#empty", Static).display
