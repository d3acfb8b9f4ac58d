"""Walk 19: Problems counts as Browse's header and ``check`` do, and says which are notes.

On the demo, Browse said '7 problems (p)' and ``check`` '7 problem(s), 1 note(s)', but
Problems said '8 problems': a record left unfilled (a note) was counted and shown as one.
"""

from __future__ import annotations

from tests.helpers_ui import plain_of
from textual.widgets import OptionList, Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.problems import ProblemsScreen

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from .conftest import settle

TEMPLATE = "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nContext.\n"


async def test_notes_are_counted_and_marked_apart_from_problems(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {
            "doc/adr/0001-use-cron.md": nygard(1, "Use cron", extra="\nAmends ADR-0009\n"),
            "doc/adr/0002-new-decision.md": TEMPLATE,  # begun, never filled in: a note
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        catalog = app.catalogs[0]
        assert [p.severity for p in catalog.problems] == ["warning", "info"]
        assert "1 problem (p)" in str(app.screen.query_one("#browse-header", Static).content)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        header = str(app.screen.query_one("#problems-header", Static).content)
        assert header.startswith("1 problem, 1 note  ")
        listed = app.screen.query_one(OptionList)
        prompts = [
            plain_of(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)
        ]
        assert len(prompts) == 2
        assert "Note: " not in prompts[0] and "[unfilled-template]\n  Note: an " in prompts[1]
