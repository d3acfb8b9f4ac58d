"""UI tasks: start-up to first paint (bare Textual app), later the adr-tui app."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bench.tasks.common import peak_rss


def bare_app(params: dict[str, Any]) -> dict[str, Any]:
    """An empty Textual app, headless, until its first refresh after mount."""
    from textual.app import App

    painted = 0

    class Bare(App[None]):
        def on_mount(self) -> None:
            self.call_after_refresh(self.mark)

        def mark(self) -> None:
            nonlocal painted
            painted = time.monotonic_ns()

    async def drive() -> None:
        async with Bare().run_test(headless=True, size=(120, 40)) as pilot:
            while not painted:
                await pilot.pause()

    asyncio.run(drive())
    return {"painted_ns": painted, "peak_rss": peak_rss()}
