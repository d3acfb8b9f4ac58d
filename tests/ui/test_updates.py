"""What the Browse screen redraws, and when: the speed work must not lose an update."""

from __future__ import annotations

import gc

from tests.helpers_ui import plain_of
from textual.message import Message
from textual.widgets import Static

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.key_footer import KeyFooter, Shown
from adr_tui.ui.widgets.search_box import SearchBox

from .conftest import settle


def preview_text(app: AdrApp) -> str:
    """The preview's text from its heading on (below a not-in-force banner, if any)."""
    text = plain_of(app.screen.query_one("#preview-text", Static).content)
    return text.split("\n\n", 1)[1] if text.startswith(("Superseded", "REJECTED")) else text


def footer_keys(app: AdrApp) -> Shown:
    return app.screen.query_one(KeyFooter).shown


def described(keys: Shown) -> list[str]:
    return [binding.description for binding, _, _ in keys]


async def test_preview_follows_new_results_after_the_list(catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, poll=False, index=False)
    handled: list[str] = []

    def record(message: Message) -> None:  # called for every message the app processes
        if isinstance(message, AdrList.Repainted):
            handled.append(preview_text(app))

    async with app.run_test(size=(160, 48), message_hook=record) as pilot:
        await settle(pilot)
        assert preview_text(app).startswith("ADR-0001")
        before = len(handled)
        await pilot.press("slash", *"mongodb", "enter")
        await pilot.pause(0.3)  # longer than the search box's typing pause
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        first = adr_list.rows[0].entry.decision
        assert first.number == 2
        assert preview_text(app).startswith("ADR-0002")
        # When the new rows were first drawn, the preview still showed the old decision:
        # the list is drawn first, the preview a frame later (later repaints may follow).
        assert handled[before].startswith("ADR-0001")
        await pilot.press("j")
        await settle(pilot)
        current = adr_list.current
        assert current is not None
        assert preview_text(app).startswith(current.entry.decision.label)


async def test_footer_is_redrawn_only_when_its_keys_change(app: AdrApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        keys = footer_keys(app)
        assert "Filters" in described(keys)
        app.screen.refresh_bindings()  # the same keys: nothing to redraw
        await pilot.press("j")
        await settle(pilot)
        assert footer_keys(app) is keys
        await pilot.press("slash")  # focus moves to the search box: other keys apply
        await settle(pilot)
        assert isinstance(app.focused, SearchBox)
        shown = described(footer_keys(app))
        # '/' types a slash in the box: the footer no longer offers it as 'Search' there.
        assert "Filters" not in shown and "Search" not in shown and "Back to list" in shown


async def test_collector_runs_again_once_the_list_is_shown(catalog: Catalog) -> None:
    assert gc.isenabled()
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(app.screen.query_one(AdrList).rows) == 8
        assert gc.isenabled()
    assert gc.isenabled()


async def test_a_long_search_scrolls_in_its_box(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *("session handling " * 6))
        box = app.screen.query_one(SearchBox)
        assert box.value.startswith("session handling")
        assert box.scroll_offset.x > 0  # the cursor, at the end, stays visible
        await pilot.press("home")
        assert box.scroll_offset.x == 0


async def test_column_headings_follow_a_resize(app: AdrApp) -> None:
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(80, 24)  # the preview goes: the list widens
        await settle(pilot)
        headings = str(app.screen.query_one("#list-header", Static).content)
        assert "Date" in headings  # measured on the list's new width, not the old one
        await pilot.resize_terminal(50, 24)
        await settle(pilot)
        assert "Date" not in str(app.screen.query_one("#list-header", Static).content)


async def test_start_up_ends_when_opening_straight_into_an_adr(catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, open_id="5", poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "AdrScreen"  # the list behind is never drawn
        assert gc.isenabled()
        await pilot.press("escape")
        await settle(pilot)
        assert described(footer_keys(app))[:2] == ["Search", "Filters"]
