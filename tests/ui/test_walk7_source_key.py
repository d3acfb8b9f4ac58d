"""Walk 7: the source key is named for where it goes ("v Source", then "v Rendered").

Over the source the footer still said "v Source", as if v would show it.
"""

from __future__ import annotations

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.widgets.key_footer import KeyFooter
from adr_tui.ui.widgets.source_view import SourceView

from .conftest import settle


def v_label(app: AdrApp, key: str = "v") -> str:
    """What the footer calls ``key`` now."""
    return app.screen.active_bindings[key].binding.description


def showing_source(app: AdrApp) -> bool:
    return app.screen.query_one(SourceView).display


async def test_v_is_named_for_the_view_it_leads_to(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert not showing_source(app) and v_label(app) == "Source"
        await pilot.press("v")
        await settle(pilot)
        assert showing_source(app) and v_label(app) == "Rendered"
        assert " v Rendered " in app.screen.query_one(KeyFooter).render().plain
        await pilot.press("v")
        await settle(pilot)
        assert not showing_source(app) and v_label(app) == "Source"
        await app.screen.run_action("toggle_source")  # the palette's 'view: Toggle source'
        await settle(pilot)
        assert showing_source(app)


async def test_a_keymap_moves_both_ways(catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, keymap={"adr.source": "o"}, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "v")
        await settle(pilot)
        assert not showing_source(app)
        await pilot.press("o")
        await settle(pilot)
        assert showing_source(app) and v_label(app, "o") == "Rendered"
        await pilot.press("o")
        await settle(pilot)
        assert not showing_source(app)
