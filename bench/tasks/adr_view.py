"""The ADR view: `enter` on the longest ADR until its text shows; Textual's Markdown beside it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from bench.harness import cpu_now
from bench.tasks.common import press_as_terminal
from bench.tasks.ui import _after_refresh


def _longest(root: Path, cache_dir: Path) -> tuple[str, str]:
    """The id and body of the repository's longest ADR (the slowest to render)."""
    from adr_tui.core.catalog import load_catalog
    from adr_tui.core.settings import Settings

    catalog = load_catalog(root, Settings(cache_dir=cache_dir))
    longest = max(catalog.decisions, key=lambda d: len(d.body))
    return longest.id, longest.body


def adr_open(params: dict[str, Any]) -> dict[str, Any]:
    """adr-tui headless, start-up work done: ``enter`` on the longest ADR until its text shows."""
    from adr_tui.core.settings import Settings
    from adr_tui.ui.app import PRELOAD_AFTER, make_app
    from adr_tui.ui.screens.adr import AdrScreen
    from adr_tui.ui.widgets.markdown_text import MarkdownText

    cache_dir = Path(params["cache_dir"])
    wanted, body = _longest(Path(params["root"]), cache_dir)
    app = make_app(Settings(cache_dir=cache_dir), paths=[Path(params["root"])], poll=False)
    result: dict[str, Any] = {"chars": len(body)}

    def shown() -> bool:
        screen = app.screen
        if not isinstance(screen, AdrScreen) or screen.entry.decision.id != wanted:
            return False
        found = screen.query(MarkdownText)  # none while the screen is composing
        return bool(found) and found.first().display and found.first().size.height > 0

    async def drive() -> None:
        async with app.run_test(headless=True, size=(120, 40)) as pilot:
            while not app.browse.listing:
                await pilot.pause()
            await asyncio.sleep(PRELOAD_AFTER + 0.3)  # as a user who reads first
            await app.workers.wait_for_complete()
            app.browse.select(next(e.key for e in app.entries if e.decision.id == wanted))
            await pilot.pause()
            started, cpu = time.monotonic_ns(), cpu_now()
            press_as_terminal(app, "enter")
            while not shown():
                await asyncio.sleep(0.001)
            result["seconds"] = (await _after_refresh(app) - started) / 1e9
            result["cpu"] = cpu_now() - cpu

    asyncio.run(drive())
    return result


def textual_markdown(params: dict[str, Any]) -> dict[str, Any]:
    """Textual's own Markdown widget given the same text, until it is drawn (the yardstick)."""
    from textual.app import App, ComposeResult
    from textual.containers import VerticalScroll
    from textual.widgets import Markdown

    _, body = _longest(Path(params["root"]), Path(params["cache_dir"]))
    result: dict[str, Any] = {"chars": len(body)}

    class Viewer(App[None]):
        def compose(self) -> ComposeResult:
            with VerticalScroll():
                yield Markdown()

    async def drive() -> None:
        app = Viewer()
        async with app.run_test(headless=True, size=(120, 40)) as pilot:
            await pilot.pause()
            started, cpu = time.monotonic_ns(), cpu_now()
            await app.query_one(Markdown).update(body)
            result["seconds"] = (await _after_refresh(app) - started) / 1e9
            result["cpu"] = cpu_now() - cpu

    asyncio.run(drive())
    return result
