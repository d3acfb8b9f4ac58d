"""Walk 19: History and a past version, driven as a user does on real logs (80x24, tmux).

Each test fails without its fix.
"""

from __future__ import annotations

from pathlib import Path

from adr_tui.core.settings import Settings
from adr_tui.ui.screens.version import VersionScreen
from adr_tui.ui.widgets.key_footer import shown_keys

from . import test_history_screen as story
from .conftest import settle
from .test_history_screen import app_for, open_history

repo = story.repo
"""The story repository: proposed, accepted, renamed, reworded (hostile subject), superseded."""
settings = story.settings
"""Settings with a cache folder of the test's own."""


async def test_a_versions_v_key_is_named_for_the_view_it_leads_to(
    repo: Path, settings: Settings
) -> None:
    """Over the rendered text the footer still said 'v Rendered', as if v would render it."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, VersionScreen)
        labels = []
        for _ in range(3):
            labels.append(app.screen.active_bindings["v"].binding.description)
            footer = [binding.description for binding, _, _ in shown_keys(app.screen)]
            assert labels[-1] in footer
            await pilot.press("v")
            await settle(pilot)
        assert labels == ["Rendered", "Source", "Rendered"]
        assert app.screen.query_one("#version-rendered").display  # pressed three times
