"""The footer: the screen's keys drawn by one widget, clicked and hovered by column."""

from __future__ import annotations

from rich.style import Style
from textual.command import CommandPalette
from textual.pilot import Pilot

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.filter_bar import FilterBar
from adr_tui.ui.widgets.key_footer import PALETTE_RULE, KeyFooter
from adr_tui.ui.widgets.search_box import SearchBox

from .conftest import settle


def footer(app: AdrApp) -> KeyFooter:
    return app.screen.query_one(KeyFooter)


def column_of(app: AdrApp, words: str) -> int:
    """The first column of ``words`` in the footer's line."""
    line = footer(app).render().plain
    assert words in line, line
    return line.index(words)


async def test_the_line_names_each_key_then_the_palette_at_the_right_end(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = footer(app).render().plain
        assert line.startswith(" / Search  f Filters  s Sort ")
        assert line.endswith(f"{PALETTE_RULE}^p palette ") and len(line) == 80


async def test_a_narrow_footer_keeps_the_palette_and_whole_keys(app: AdrApp) -> None:
    async with app.run_test(size=(40, 24)) as pilot:
        await settle(pilot)
        line = footer(app).render().plain
        assert line == f" / Search  f Filters {' ' * 7}{PALETTE_RULE}^p palette ", line
        await pilot.click(KeyFooter, offset=(column_of(app, "palette"), 0))
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)


async def test_the_palette_is_shown_under_the_key_a_key_map_gives_it(catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, keymap={"app.palette": "f2"}, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert footer(app).render().plain.endswith(f"{PALETTE_RULE}f2 palette ")
        await pilot.click(KeyFooter, offset=(column_of(app, "palette"), 0))
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)


async def test_a_click_on_a_key_does_what_the_key_does(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.screen.query(FilterBar)
        await pilot.click(KeyFooter, offset=(column_of(app, "Filters"), 0))
        await settle(pilot)
        assert app.screen.query_one(FilterBar).display


async def test_the_key_under_the_pointer_says_what_it_does(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.hover(KeyFooter, offset=(column_of(app, "Sort"), 0))
        await settle(pilot)
        tip = footer(app).tooltip
        assert isinstance(tip, str) and "sort" in tip.casefold()
        await pilot.hover(KeyFooter, offset=(column_of(app, "Search") - 2, 0))  # on '/'
        await settle(pilot)
        assert footer(app).tooltip == "Type to search titles, tags and text"


async def test_no_tooltip_over_the_gap_after_the_pointer_left_a_key(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        gap = column_of(app, "Help") + len("Help ")
        await pilot.hover(KeyFooter, offset=(column_of(app, "Sort"), 0))
        await settle(pilot)
        assert footer(app).tooltip is not None
        await pilot.hover(AdrList, offset=(2, 2))
        await pilot.hover(KeyFooter, offset=(gap + 2, 0))
        await settle(pilot)
        assert footer(app).tooltip is None


async def open_adr(pilot: Pilot[int], app: AdrApp) -> AdrScreen:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, AdrScreen)
    return app.screen


async def test_a_key_that_does_not_apply_is_dimmed_and_a_click_on_it_does_nothing(
    app: AdrApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_adr(pilot, app)  # ADR-0001: no related or mentioned decision
        enabled = {binding.description: on for binding, on, _ in footer(app).shown}
        assert enabled["Links"] is False and enabled["Source"] is True
        line, links, source = (
            footer(app).render(),
            column_of(app, "Links"),
            column_of(app, "Source"),
        )

        def dimmed(column: int) -> bool:
            spans = [s.style for s in line.spans if s.start <= column < s.end]
            return any(isinstance(style, Style) and style.dim for style in spans)

        assert dimmed(links) and not dimmed(source)
        focused = app.focused
        await pilot.click(KeyFooter, offset=(links, 0))
        await settle(pilot)
        assert app.screen is screen and app.focused is focused


async def test_in_the_search_box_the_footer_offers_no_key_that_types_there(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.focused, SearchBox)
        assert "Search" not in footer(app).render().plain
        await pilot.press("a", "slash", "b")
        await settle(pilot)
        assert app.screen.query_one(SearchBox).value == "a/b"
        await pilot.press("escape")
        await settle(pilot)
        assert footer(app).render().plain.startswith(" / Search ")
