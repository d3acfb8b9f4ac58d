"""What a user tripped on when driving the app over real ADR logs (apache/james, MADR, dsp-api)."""

from __future__ import annotations

import dataclasses

from textual.widgets import OptionList

from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app

from .conftest import catalog_of, sample_decisions, settle


def untagged_app() -> AdrApp:
    """A log like apache/james: no ADR has tags or names its deciders."""
    plain = tuple(dataclasses.replace(d, tags=(), deciders=()) for d in sample_decisions())
    return make_app(Settings(), catalog_of(plain), poll=False, index=False)


def prompts(facets: OptionList) -> list[str]:
    return [str(facets.get_option_at_index(i).prompt) for i in range(facets.option_count)]


async def test_an_empty_facet_says_that_no_adr_has_one() -> None:
    app = untagged_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        shown = prompts(app.screen.query_one("#facets", OptionList))
        tags = shown.index("Tags")
        assert shown[tags + 1] == "  none among these ADRs"
        assert shown[shown.index("Deciders") + 1] == "  none among these ADRs"
