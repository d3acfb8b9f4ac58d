"""SVG snapshots of the command palette, a revision's text (``o`` in History) and the
side-by-side diff (``s`` in History, 140 columns or more), with fixed dates.

Regenerate with ``pytest tests/ui/test_snapshots_more.py --snapshot-update`` and look
at the SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import CACHE_ENV, Settings
from adr_tui.demo.builder import build_repo
from adr_tui.ui.app import make_app

from .conftest import settle
from .test_history_screen import app_for, open_history, script

SnapCompare = Callable[..., bool]
SIZES = [(80, 24), (160, 48)]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_repo(tmp_path_factory.mktemp("history") / "repo", script())


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return Settings()


def keys(*presses: str, history: bool = False) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run(pilot: Pilot[Any]) -> None:
        if history:
            await open_history(pilot)
        await settle(pilot)
        # Toasts time out on the wall clock; drop them before a modal covers their screen.
        pilot.app.clear_notifications()
        for key in presses:
            await pilot.press(key)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_palette(snap_compare: SnapCompare, catalog: Catalog, size: tuple[int, int]) -> None:
    # A query, so the hits come from adr-tui's provider alone, in score order: with no
    # query, Textual lists each provider's commands in the order they arrive.
    app = make_app(Settings(), catalog, poll=False, index=False)
    assert snap_compare(app, terminal_size=size, run_before=keys("ctrl+p", *"filter"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_version(
    snap_compare: SnapCompare, repo: Path, settings: Settings, size: tuple[int, int]
) -> None:
    # The text as of the hostile commit: its subject and front matter shown literally.
    run = keys("left_square_bracket", "o", history=True)
    assert snap_compare(app_for(repo, settings), terminal_size=size, run_before=run)


def test_side_by_side_diff(snap_compare: SnapCompare, repo: Path, settings: Settings) -> None:
    # The newest change (status to superseded, a second ADR) side by side, word marks included.
    run = keys("s", history=True)
    assert snap_compare(app_for(repo, settings), terminal_size=(160, 48), run_before=run)
