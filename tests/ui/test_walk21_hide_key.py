"""Walk 21: x is named for what it does next ("x Hide old", then "x Show all")."""

from __future__ import annotations

from adr_tui.core.supersession import is_in_force
from adr_tui.ui.app import AdrApp
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.key_footer import shown_keys

from .conftest import settle


def hide_label(app: AdrApp) -> list[str]:
    return [b.description for b, _, _ in shown_keys(app.screen) if b.id == "browse.hide"]


async def test_x_says_hide_then_show_and_does_what_it_says(app: AdrApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        rows = app.browse.query_one(AdrList)
        everything = len(rows.rows)
        assert hide_label(app) == ["Hide old"]
        await pilot.press("x")
        await settle(pilot)
        assert hide_label(app) == ["Show all"]
        assert 0 < len(rows.rows) < everything
        assert all(is_in_force(r.entry.decision, app.catalogs[0]) for r in rows.rows)
        await pilot.press("x")
        await settle(pilot)
        assert hide_label(app) == ["Hide old"] and len(rows.rows) == everything
