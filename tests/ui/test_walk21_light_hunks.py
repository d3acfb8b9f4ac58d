"""Walk 21: in a light theme a diff's hunk headers are not the accent (a yellow: in 16
colours, yellow on white); in a dark theme they keep it."""

from __future__ import annotations

from pathlib import Path

from textual.color import Color

from adr_tui.core.settings import Settings
from adr_tui.ui.widgets.diff_view import DiffView

from .test_history_screen import app_for, open_history
from .test_history_screen import repo as repo  # the module's fixture  # noqa: F401
from .test_history_screen import settings as settings  # noqa: F401


async def hunk_colour(repo: Path, settings: Settings, theme: str) -> tuple[Color, dict[str, str]]:
    app = app_for(repo, settings)
    app.theme = theme
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_history(pilot)
        style = screen.query_one(DiffView).get_component_rich_style("diff-view--hunk")
        assert style.color is not None
        return Color.from_rich_color(style.color), app.theme_variables


async def test_hunk_headers_are_the_secondary_text_in_light_themes(
    repo: Path, settings: Settings
) -> None:
    colour, variables = await hunk_colour(repo, settings, "textual-light")
    assert colour == Color.parse(variables["text-secondary"])
    assert colour != Color.parse(variables["text-accent"])


async def test_hunk_headers_keep_the_accent_in_dark_themes(repo: Path, settings: Settings) -> None:
    colour, variables = await hunk_colour(repo, settings, "textual-dark")
    assert colour == Color.parse(variables["text-accent"])
