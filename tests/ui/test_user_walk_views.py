"""Found walking the ADR view and History as an on-call reader would (tmux, 80×24, NO_COLOR).

Each test drives keys on the real app and fails without its fix.
"""

from __future__ import annotations

from textual.widgets import OptionList

from adr_tui.ui.app import AdrApp
from adr_tui.ui.screens.adr import AdrScreen

from .conftest import settle


async def test_j_and_k_move_between_the_links_not_the_text(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")  # ADR-0003: supersedes 2, superseded by 5
        await settle(pilot)
        await pilot.press("l")
        relations = app.screen.query_one("#adr-relations", OptionList)
        scroll = app.screen.query_one("#adr-scroll")
        assert app.focused is relations and relations.highlighted == 0
        await pilot.press("j")
        assert relations.highlighted == 1 and scroll.scroll_y == 0  # the page stayed put
        await pilot.press("enter")  # the second link: superseded by ADR-0005
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 5
        await pilot.press("left_square_bracket", "k")
        relations = app.screen.query_one("#adr-relations", OptionList)
        assert relations.highlighted == 0


async def test_l_with_nothing_to_follow_says_so(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # ADR-0001 relates to no other decision
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AdrScreen)
        assert screen.active_bindings["l"].enabled is False  # dimmed in the footer
        app.clear_notifications()
        await pilot.press("l")
        said = [(n.title, str(n.message)) for n in app._notifications]
        assert said == [("No links to follow", "This decision names no other decision.")]
        assert app.focused is screen.query_one("#adr-scroll")
