"""Browse screen driven by the keyboard: list, search, facets, sort, hide, empty state."""

from __future__ import annotations

import importlib.util

import pytest
from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import OptionList, Static

from adr_tui.core.catalog import Catalog
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.ui import listing
from adr_tui.ui.actions import EntryActions
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.listing import SortKey
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.screens.dialogs import ErrorModal, GotoModal
from adr_tui.ui.screens.help import HelpScreen
from adr_tui.ui.screens.problems import ProblemsScreen
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.filter_bar import FacetList, FilterBar
from adr_tui.ui.widgets.search_box import SearchBox

from .conftest import settle


def numbers(app: AdrApp) -> list[int | None]:
    return [r.entry.decision.number for r in app.screen.query_one(AdrList).rows]


def header(app: AdrApp) -> str:
    return str(app.screen.query_one("#browse-header", Static).content)


async def test_lists_every_decision_with_counts(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert numbers(app) == [1, 2, 3, 4, 5, 6, 7, 8]
        assert "8/8 ADRs" in header(app)
        assert app.focused is app.screen.query_one(AdrList)
        await pilot.press("j", "j", "down")
        assert app.screen.query_one(AdrList).current.entry.decision.number == 4  # type: ignore[union-attr]
        await pilot.press("k")
        assert app.screen.query_one(AdrList).cursor == 2


async def test_search_is_debounced_ranked_and_highlighted(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(Settings(), catalog, poll=False)  # with the background index
    calls: list[str] = []
    real = listing.compute

    def counting(catalogs, query, engines=None, cancelled=lambda: False, **options):  # type: ignore[no-untyped-def]
        calls.append(query.text)
        return real(catalogs, query, engines, cancelled, **options)

    monkeypatch.setattr("adr_tui.ui.screens.browse.compute", counting)
    # A pause the test never makes: typing speed (a loaded machine) cannot fire the timer.
    monkeypatch.setattr("adr_tui.ui.widgets.search_box.DEBOUNCE_SECONDS", 3600.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        calls.clear()
        await pilot.press("slash")
        assert isinstance(app.focused, SearchBox)
        await pilot.press(*"postgresql")
        await settle(pilot)
        assert calls == []  # keystrokes while typing search nothing
        await pilot.press("enter")  # enter searches at once and returns to the list
        await settle(pilot)
        assert calls == ["postgresql"]  # one search for ten keystrokes
        assert isinstance(app.focused, AdrList)
        rows = app.screen.query_one(AdrList).rows
        # Title matches rank first (the ranking itself is the core's, tested there).
        assert {r.entry.decision.number for r in rows[:2]} == {3, 5}
        assert all(r.hit is not None for r in rows)
        assert any(r.hit and r.hit.spans for r in rows)  # highlighted snippets


async def test_facets_are_counted_only_while_the_filter_panel_shows_them(
    app: AdrApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[bool] = []
    real = listing.compute

    def recording(*args, facets: bool = True, **options):  # type: ignore[no-untyped-def]
        counted.append(facets)
        return real(*args, facets=facets, **options)

    monkeypatch.setattr("adr_tui.ui.screens.browse.compute", recording)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen) and screen.listing is not None
        assert numbers(app) == [1, 2, 3, 4, 5, 6, 7, 8]
        assert counted == [False] and not screen.listing.facets  # the list alone
        await pilot.press("f")  # the panel opens: the same list again, counted
        await settle(pilot)
        assert counted == [False, True]
        assert dict(screen.listing.facets)["status"]
        await pilot.press("escape")  # closed: the next list is not counted
        await settle(pilot)
        await pilot.press("s")  # another order: a new list
        await settle(pilot)
        assert counted[-1] is False and len(counted) == 3


async def test_facets_filter_with_live_counts(app: AdrApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)  # the counts come with the list the panel asks for (a worker)
        facets = app.screen.query_one("#facets", OptionList)
        assert app.focused is facets
        prompts = [str(facets.get_option_at_index(i).prompt) for i in range(facets.option_count)]
        assert "[ ] accepted (2)" in prompts and "[ ] superseded (2)" in prompts
        index = prompts.index("[ ] accepted (2)")
        facets.highlighted = index
        await pilot.press("space")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        assert screen.query_state.statuses == {Status.ACCEPTED}
        assert numbers(app) == [1, 5]
        assert "status: accepted" in header(app)
        tag_prompts = [
            str(facets.get_option_at_index(i).prompt) for i in range(facets.option_count)
        ]
        assert "[x] accepted (2)" in tag_prompts  # the choice reads without colour
        assert "[ ] storage (1)" in tag_prompts  # tag counts follow the status filter


async def test_sort_cycles_and_hide_not_in_force(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        assert screen.query_state.effective_sort is SortKey.NUMBER
        await pilot.press("s")  # number → date: relevance is skipped without a search
        await settle(pilot)
        assert screen.query_state.sort is SortKey.DATE
        assert "sort: date" in header(app)
        assert numbers(app)[0] == 8  # newest first
        await pilot.press("s")
        await settle(pilot)
        assert numbers(app)[0] == 4  # "Adopt OpenTelemetry…" sorts first by title
        await pilot.press("s")  # title → number, again without relevance
        await settle(pilot)
        assert screen.query_state.effective_sort is SortKey.NUMBER and numbers(app)[0] == 1
        await pilot.press("x")
        await settle(pilot)
        assert sorted(n for n in numbers(app) if n) == [1, 4, 5, 8]
        assert "in force only" in header(app)
        assert "4/8 ADRs" in header(app)


async def test_empty_result_says_why_and_escape_clears(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzzqqq", "enter")
        await pilot.pause(0.3)
        await settle(pilot)
        empty = app.screen.query_one("#empty", Static)
        assert empty.display
        assert "search 'zzzqqq'" in str(empty.content)
        assert "escape" in str(empty.content)
        await pilot.press("escape")
        await settle(pilot)
        assert numbers(app) == [1, 2, 3, 4, 5, 6, 7, 8]
        assert not empty.display


async def test_keys_that_do_not_apply_are_dimmed(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        active = app.screen.active_bindings
        assert active["escape"].enabled is False  # nothing to clear yet
        assert active["slash"].enabled and active["e"].enabled
        history_exists = importlib.util.find_spec("adr_tui.ui.screens.history") is not None
        assert active["h"].enabled is history_exists
        footer_keys = {b.binding.action for b in active.values() if b.binding.show}
        assert len(footer_keys) <= 6


def test_every_binding_has_id_and_tooltip() -> None:
    classes: list[type[DOMNode]] = [
        EntryActions,
        AdrApp,
        BrowseScreen,
        AdrScreen,
        ProblemsScreen,
        HelpScreen,
        ErrorModal,
        GotoModal,
        AdrList,
        SearchBox,
        FacetList,
        FilterBar,
    ]
    for cls in classes:
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.id and binding.tooltip, (cls.__name__, binding.key)


def test_textual_keys_of_browse_and_its_boxes_have_ids() -> None:
    def ids(cls: type[DOMNode]) -> set[str]:
        return {b.id or "" for b in cls.BINDINGS if isinstance(b, Binding)}

    assert "screen.focus_next" in ids(BrowseScreen)  # tab
    assert "list.select" in ids(FacetList)  # enter
    assert "input.cursor_left" in ids(SearchBox)


def test_the_word_being_typed_is_also_a_prefix() -> None:
    assert listing.as_you_type("postg") == "(postg OR postg*)"
    assert listing.as_you_type("aurora postg") == "aurora (postg OR postg*)"
    for unchanged in ("status:acc", 'say "hello wor', "cache OR", "x", "done "):
        assert listing.as_you_type(unchanged) == unchanged


async def test_a_list_taller_than_its_pane_gives_every_line_to_rows(app: AdrApp) -> None:
    # The vertical scroll bar narrowed the list by a column, a sideways one then took its
    # last line (drawing a stray thumb at 80x24): a decision fewer shown, for nothing.
    async with app.run_test(size=(80, 10)) as pilot:
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        assert adr_list.show_vertical_scrollbar and not adr_list.show_horizontal_scrollbar
        shown = adr_list.scrollable_content_region.height
        assert shown == adr_list.region.height
        assert adr_list.render_line(shown - 1).text.split()[0] == f"{shown:04d}"
