"""Robustness 26: the TUI says what a sparse checkout leaves out, as ``check`` does."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_robust26_gitdir import sparse_clone, three_records
from tests.helpers_git import tree_digest
from tests.helpers_ui import plain_of
from textual.widgets import OptionList, Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.problems import ProblemsScreen

from .conftest import settle


async def test_the_problems_screen_lists_the_records_a_sparse_checkout_hides(
    tmp_path: Path,
) -> None:
    # Only the CLI said it (on stderr): the TUI listed one record of three without a word.
    sparse = sparse_clone(three_records(tmp_path / "origin"), tmp_path / "sparse")
    before = tree_digest(sparse)
    app = make_app(Settings(use_cache=False), paths=[sparse], poll=False, index=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        assert [d.title for d in app.catalogs[0].decisions] == ["First"]
        assert "1 problem (p)" in str(app.screen.query_one("#browse-header", Static).content)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        assert str(app.screen.query_one("#problems-header", Static).content).startswith(
            "1 problem  "
        )
        listed = app.screen.query_one(OptionList)
        lines = plain_of(listed.get_option_at_index(0).prompt).splitlines()
        assert [line.rstrip() for line in lines] == [
            "docs/adr  [sparse-checkout]",
            "  2 ADR file(s) in docs/adr are outside this sparse "
            "checkout and not shown; --at HEAD reads them from the last commit",
        ]
        assert listed.option_count == 1
    assert tree_digest(sparse) == before
