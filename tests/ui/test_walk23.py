"""Walk 23: what a demanding user met walking the app against issue 6.

The focused cursor row is drawn in the cursor's own colour (a muted title or a
badge's colour on the cursor's background was unreadable in light themes and nord).
The search box names the key a keymap gives it, and types every character it is sent.
A timeline and the filter panel say 'no status' as the badges do.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from textual import events
from textual.color import Color
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import OptionList, Static

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Commit, Write, build_repo
from adr_tui.ui.app import make_app
from adr_tui.ui.listing import Query
from adr_tui.ui.screens.history import HistoryScreen
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.revision_list import RevisionList
from adr_tui.ui.widgets.search_box import SearchBox

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from ..helpers_git import ADA
from .conftest import settle
from .test_history_screen import app_for, open_history
from .test_history_screen import repo as repo  # the module's fixture  # noqa: F401
from .test_history_screen import settings as settings  # noqa: F401


def inks(strip: Strip) -> set[str]:
    """The colours of a drawn line's visible characters."""
    return {
        str(segment.style.color)
        for segment in strip
        if segment.text.strip() and segment.style is not None and segment.style.color
    }


def cursor_ink(widget: AdrList | RevisionList, component: str) -> str:
    colour = widget.get_component_rich_style(component).color
    assert colour is not None
    return str(colour)


@pytest.mark.parametrize("theme", ["textual-light", "nord", "textual-dark"])
async def test_the_cursor_row_of_a_replaced_decision_is_in_the_cursors_colour(
    catalog: Catalog, theme: str
) -> None:
    app = make_app(Settings(), catalog, poll=False, index=False)
    app.theme = theme
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        listing = app.screen.query_one(AdrList)
        await pilot.press("down")  # ADR-0002, superseded: muted number, title and badge
        await pilot.pause()
        assert listing.has_focus and listing.cursor == 1
        muted = inks(listing.render_line(2))  # the next row, also replaced, not the cursor's
        assert inks(listing.render_line(1)) == {cursor_ink(listing, "adr-list--cursor")}
        assert muted and cursor_ink(listing, "adr-list--cursor") not in muted


async def test_an_unfocused_cursor_row_keeps_its_colours(catalog: Catalog) -> None:
    """Only the focused cursor has an ink of its own; the blurred one is a faint background."""
    app = make_app(Settings(), catalog, poll=False, index=False)
    app.theme = "textual-light"
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        listing = app.screen.query_one(AdrList)
        await pilot.press("down", "slash")
        await pilot.pause()
        assert not listing.has_focus
        assert len(inks(listing.render_line(1))) > 1  # badge and muted text as on other rows


@contextlib.asynccontextmanager
async def light_revisions(
    repo: Path,  # noqa: F811
    settings: Settings,  # noqa: F811
) -> AsyncIterator[tuple[Pilot[int], HistoryScreen, RevisionList]]:
    """ADR-0001's history in textual-light, its revisions focused."""
    app = app_for(repo, settings)
    app.theme = "textual-light"
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(pilot)
        revisions = screen.query_one(RevisionList)
        revisions.focus()
        yield pilot, screen, revisions


async def test_the_highlighted_revision_is_in_the_highlights_colour(
    repo: Path,  # noqa: F811
    settings: Settings,  # noqa: F811
) -> None:
    async with light_revisions(repo, settings) as (pilot, _, revisions):
        await pilot.press("home")
        assert revisions.has_focus and revisions.highlighted == 0
        ink = cursor_ink(revisions, "revision-list--highlight")
        assert inks(revisions.render_line(0)) == {ink}  # date, commit, kind and STATUS
        await pilot.press("down")
        assert revisions.highlighted == 1
        assert len(inks(revisions.render_line(0))) > 1  # no longer lit: its status's colour


async def search_box_after(catalog: Catalog, keymap: dict[str, str], keys: list[str]) -> SearchBox:
    app = make_app(Settings(), catalog, keymap=keymap, poll=False, index=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        return app.screen.query_one(SearchBox)


async def test_the_search_box_names_the_key_a_keymap_gives_it(catalog: Catalog) -> None:
    """With "browse.search" = "ctrl+f", the box still said '( / )' and ctrl+f typed a '/'."""
    moved = await search_box_after(
        catalog, {"browse.search": "ctrl+f"}, ["ctrl+f", "a", "ctrl+f", "b", "slash"]
    )
    assert moved.placeholder == "Search  ( ^f )"
    assert moved.value == "ab/"  # ctrl+f in the box types nothing; '/' is a character there
    default = await search_box_after(catalog, {}, ["slash", "a", "slash", "b"])
    assert default.placeholder == "Search  ( / )" and default.value == "a/b"


async def test_a_slash_in_a_burst_typed_at_the_list_stays_in_the_search(catalog: Catalog) -> None:
    """'/fetch/x' sent at once (a paste, tmux send-keys) lost its second '/'.

    The box was given the focus by the first, but says it has it only once its Focus
    event is handled, after the burst: the second '/' moved the focus again.
    """
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        for character in "/fetch/x":
            app.post_message(events.Key("slash" if character == "/" else character, character))
        await settle(pilot)
        assert app.screen.query_one(SearchBox).value == "fetch/x"


NO_STATUS = "# Use node-fetch\n\nDate: 2020-05-29\n\n## Context\n\nToo many HTTP clients.\n"
REPLACED = NO_STATUS + "\nSuperseded by [2. Use fetch](0002-use-fetch.md): use native fetch.\n"


async def test_a_timeline_says_no_status_as_the_badges_do(tmp_path: Path) -> None:
    """A record stating no status read 'Unknown 2020-06-01 → Unknown; relates to …'.

    Its revisions below and the list said NO STATUS (backstage's ADR013, front matter
    with a title and no status, gained a closing 'Superseded by [ADR014](…)').
    """
    first, second = "doc/adr/0001-use-node-fetch.md", "doc/adr/0002-use-fetch.md"
    repo = build_repo(
        tmp_path / "repo",
        [
            Commit(ADA, "2020-06-01T10:00:00+00:00", "ADR 1", (Write(first, NO_STATUS.encode()),)),
            Commit(
                ADA,
                "2024-07-01T10:00:00+00:00",
                "ADR 2 replaces ADR 1",
                (Write(first, REPLACED.encode()), Write(second, b"# 2. Use fetch\n\nText.\n")),
            ),
        ],
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)  # of ADR-0001, highlighted first
        timeline = str(screen.query_one("#history-timeline", Static).content)
    # the closing notice retires the record (parser, UI walk): its later revision is superseded
    assert timeline.startswith("No status 2020-06-01 → Superseded by ADR-0002 2024-07-01")
    assert "nknown" not in timeline


async def test_the_filter_panel_says_no_status_as_the_rows_do(make_repo: RepoFactory) -> None:
    """The panel offered 'unknown (1)' beside a row whose badge said NO STATUS."""
    repo = make_repo(
        {
            "doc/adr/0001-use-cron.md": nygard(1, "Use cron"),
            "doc/adr/0002-use-fetch.md": "# 2. Use fetch\n\nDate: 2024-01-02\n\nText.\n",
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        facets = app.screen.query_one("#facets", OptionList)
        prompts = [str(facets.get_option_at_index(i).prompt) for i in range(facets.option_count)]
        assert "[ ] no status (1)" in prompts and "[ ] accepted (1)" in prompts
        assert not [p for p in prompts if "unknown" in p]
        await pilot.press("down", "enter")  # the second status: a record stating none
        await settle(pilot)
        assert [row.entry.decision.number for row in app.screen.query_one(AdrList).rows] == [2]


async def test_a_search_hits_excerpt_under_the_cursor_is_highlighted_to_the_edge(
    catalog: Catalog,
) -> None:
    """The excerpt's line ended in a notch of the list's background: its padding kept it."""
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"postgresql", "down")
        await settle(pilot)
        listing = app.screen.query_one(AdrList)
        assert listing.has_focus and listing.cursor == 0 and listing.rows[0].hit is not None
        cursor = listing.get_component_rich_style("adr-list--cursor").bgcolor
        under = {segment.style.bgcolor for segment in listing.render_line(1) if segment.style}
        assert under == {cursor}  # the excerpt's line, as wide as the row above it
        assert {s.style.bgcolor for s in listing.render_line(3) if s.style} != {cursor}


async def test_slash_on_a_decision_or_its_history_searches_the_list(
    repo: Path,  # noqa: F811
    settings: Settings,  # noqa: F811
) -> None:
    """'/' did nothing outside Browse: reading a decision, one went back to search by hand."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)  # over the list: History
        await pilot.press("o")  # over History: a past version
        await settle(pilot)
        assert app.screen is not screen and len(app.screen_stack) == 3
        await pilot.press("slash", *"use")
        await settle(pilot)
        box = app.browse.query_one(SearchBox)
        assert app.screen is app.browse and len(app.screen_stack) == 1
        assert box.has_focus and box.value == "use"
        await pilot.press("escape", "enter", "slash")  # the list, a decision, '/' again
        await settle(pilot)
        assert app.screen is app.browse and box.has_focus and box.value == "use"


async def test_a_keymap_moves_the_search_key_on_every_screen(catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, keymap={"browse.search": "f2"}, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("slash")  # no longer the search key: the decision stays open
        assert app.screen is not app.browse
        await pilot.press("f2")
        await settle(pilot)
        assert app.screen is app.browse and app.browse.query_one(SearchBox).has_focus


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_the_cursor_of_a_list_one_left_is_faint(catalog: Catalog, theme: str) -> None:
    """The blurred cursor is the primary at 30%: it was drawn as the primary itself.

    In textual-light, dark text on #004578 while one typed a search or picked filters.
    """
    app = make_app(Settings(), catalog, poll=False, index=False)
    app.theme = theme
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        listing = app.screen.query_one(AdrList)
        focused = {s.style.bgcolor for s in listing.render_line(0) if s.style}
        await pilot.press("slash")  # typing a search: the list keeps its cursor, blurred
        await pilot.pause()
        assert not listing.has_focus
        blurred = {s.style.bgcolor for s in listing.render_line(0) if s.style}
        faint = listing.get_component_rich_style("adr-list--cursor").bgcolor
        assert blurred == {faint} and focused != blurred
        assert Color.from_rich_color(faint) != Color.parse(
            app.theme_variables["block-cursor-background"]
        )


async def test_a_log_without_decisions_dims_the_keys_that_narrow_a_list(
    make_repo: RepoFactory,
) -> None:
    """The footer of an empty log offered Search, Filters, Sort and Hide old, all for nothing."""
    repo = make_repo({"README.md": "# Not an ADR\n"})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    narrowing = ("slash", "f", "s", "x")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        browse = app.browse
        assert [browse.active_bindings[key].enabled for key in narrowing] == [False] * 4
        await pilot.press("s", "a")
        assert browse.query_state == Query()  # no sort, no search
        assert browse.query_one(AdrList).has_focus  # 'a' started no search
        (repo / "docs" / "adr").mkdir(parents=True)
        (repo / "docs" / "adr" / "0001-use-cron.md").write_text(nygard(1, "Use cron"))
        await pilot.press("r")
        await settle(pilot)
        assert len(browse.query_one(AdrList).rows) == 1
        assert [browse.active_bindings[key].enabled for key in narrowing] == [True] * 4


async def test_a_replaced_revisions_status_is_muted_not_white_in_a_light_theme(
    repo: Path,  # noqa: F811
    settings: Settings,  # noqa: F811
) -> None:
    """SUPERSEDED (and DEPRECATED, NO STATUS: $text-muted) was #ffffff on #e0e0e0."""
    async with light_revisions(repo, settings) as (pilot, screen, revisions):
        await pilot.press("home", "down")  # the newest revision (superseded) is not lit
        word = next(s for s in revisions.render_line(0) if s.text == "SUPERSEDED")
        assert word.style is not None and word.style.color is not None
        blended = screen.get_component_rich_style("history--status-superseded").color
        assert blended is not None  # $text-muted ('auto 60%') over the screen's background
        drawn = Color.from_rich_color(word.style.color)
        assert drawn == Color.from_rich_color(blended) and drawn.brightness < 0.5


async def test_keys_sent_in_a_burst_after_a_search_go_to_the_list(catalog: Catalog) -> None:
    """'/redis', enter, 'j' sent at once (a fast typist, tmux send-keys) searched 'redisj'.

    The app hands every key of a burst to the box first, and enter's action ran after
    the keys queued behind it.
    """
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        keys = [("slash", "/"), *((c, c) for c in "redis"), ("enter", "\r"), ("j", "j")]
        for key, character in keys:
            app.post_message(events.Key(key, character))
        await settle(pilot)
        # The 'j' went to the list (its cursor then follows the results the search brings).
        assert app.screen.query_one(SearchBox).value == "redis"
        assert app.focused is app.screen.query_one(AdrList)
