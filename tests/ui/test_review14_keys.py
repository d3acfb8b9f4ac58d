"""Review 14: keys held for one list are not replayed on another.

Up, down and enter typed before a new list comes are held and replayed on it (walk 24).
They were held across queries too: moves typed on a search with no hits waited, and
escape's whole list took them ('/zzz⏎jj⎋⏎' opened ADR 3, not the decision kept).
"""

from __future__ import annotations

from adr_tui.ui.app import AdrApp
from adr_tui.ui.listing import Query
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.adr_list import AdrList

from .conftest import settle
from .test_walk24 import burst


async def test_moves_typed_on_no_hits_are_not_replayed_on_the_list_escape_brings(
    app: AdrApp,
) -> None:
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        adr_list = app.browse.query_one(AdrList)
        assert adr_list.cursor == 0
        kept = adr_list.rows[0].entry.decision
        burst(app, "/zzzqqq⏎jj⎋⏎")
        await settle(pilot)
        assert app.browse.query_state.text == ""
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision is kept
        assert adr_list.rows[2].entry.decision is not kept  # where the 'jj' led


async def test_moves_typed_after_the_escape_are_for_the_list_it_brings(
    app: AdrApp,
) -> None:
    """The moves dropped are only those typed for the query escape replaced."""
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        adr_list = app.browse.query_one(AdrList)
        burst(app, "/zzzqqq⏎jj⎋jjk⏎")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision is adr_list.rows[1].entry.decision


async def test_rows_of_an_older_query_neither_take_nor_drop_moves_held_for_a_newer_one(
    app: AdrApp,
) -> None:
    """A list computed for the query replaced (it was on its way) is not the one awaited."""
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        adr_list = app.browse.query_one(AdrList)
        older, newer = Query(text="database"), Query(text="database", hide_not_in_force=True)
        adr_list.hold_moves(older)
        await pilot.press("j", "j", "j")  # typed for the older query's rows: dropped
        adr_list.hold_moves(newer)
        await pilot.press("j")
        adr_list.release_moves(older)
        assert adr_list.cursor == 0
        adr_list.hold_moves(newer)  # held again for the same rows: the move stays
        adr_list.release_moves(newer)
        assert adr_list.cursor == 1
        await pilot.press("j")  # nothing held now: keys act at once
        assert adr_list.cursor == 2
