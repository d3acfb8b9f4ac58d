"""Walk 19: Problems counts as Browse's header and ``check`` do, and says which are notes.

On the demo, Browse said '7 problems (p)' and ``check`` '7 problem(s), 1 note(s)', but
Problems said '8 problems': a record left unfilled (a note) was counted and shown as one.
"""

from __future__ import annotations

from tests.helpers_ui import plain_of
from textual.widgets import OptionList, Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.history import HistoryScreen
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


async def test_history_and_copy_path_act_on_the_highlighted_problems_decision(
    make_repo: RepoFactory,
) -> None:
    """h, d, e and y were dimmed on Problems and did nothing, though Help listed them."""
    repo = make_repo(
        {
            "doc/adr/0001-use-cron.md": nygard(1, "Use cron", extra="\nAmends ADR-0009\n"),
            "doc/adr/0002-use-queues.md": nygard(2, "Use queues", extra="\nAmends ADR-0008\n"),
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("j", "y")  # the second problem: ADR-0002's broken link
        await settle(pilot)
        assert app.clipboard == str(repo / "doc/adr/0002-use-queues.md")
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.decision.path == "doc/adr/0002-use-queues.md"
