"""Session 9 review: Problems keeps its targets per screen and tells notes by core's rule."""

from __future__ import annotations

from adr_tui.core.catalog import is_note
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.problems import ProblemsScreen

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from .conftest import settle
from .test_walk19_problems import TEMPLATE


def test_each_problems_screen_has_its_own_targets() -> None:
    """A list shared by every screen (a class attribute) outlived the screen that filled it."""
    assert ProblemsScreen()._targets is not ProblemsScreen()._targets


async def test_the_notes_problems_marks_are_the_ones_check_does_not_fail_on(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo(
        {
            "doc/adr/0001-use-cron.md": nygard(1, "Use cron", extra="\nAmends ADR-0009\n"),
            "doc/adr/0002-new-decision.md": TEMPLATE,
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        catalog = app.catalogs[0]
        notes = [p for p in catalog.problems if is_note(p)]
        assert [p.code for p in notes] == ["unfilled-template"]
        assert [p for p in catalog.problems if p not in notes] == list(catalog.warnings)
