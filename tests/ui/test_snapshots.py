"""SVG snapshots of each screen at 80×24 and 160×48, fed an already loaded catalogue.

Regenerate with ``pytest tests/ui/test_snapshots.py --snapshot-update`` and look
at the SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app

from .conftest import settle

SnapCompare = Callable[..., bool]
SIZES = [(80, 24), (160, 48)]


def keys(*presses: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in presses:
            await pilot.press(key)
            await settle(pilot)
        # Toasts time out on the wall clock; drop them so screenshots do not race.
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(
    "screen,presses",
    [
        ("browse", ("j", "j")),
        ("adr", ("j", "enter")),
        ("problems", ("p",)),
        ("help", ("question_mark",)),
    ],
)
def test_screen(
    snap_compare: SnapCompare,
    catalog: Catalog,
    screen: str,
    presses: tuple[str, ...],
    size: tuple[int, int],
) -> None:
    app = make_app(Settings(), catalog, poll=False, index=False)
    assert snap_compare(app, terminal_size=size, run_before=keys(*presses))


def test_browse_light_theme(snap_compare: SnapCompare, catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, poll=False, index=False)

    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await keys("j", "j", "j", "j", "j")(pilot)  # a rejected decision: dimmed + labelled

    assert snap_compare(app, terminal_size=(120, 30), run_before=light)
