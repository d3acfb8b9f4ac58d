"""UI tasks: start-up to first paint (bare Textual app), later the adr-tui app."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.harness import cpu_now
from bench.tasks.common import peak_rss, press_as_terminal


def bare_app(params: dict[str, Any]) -> dict[str, Any]:
    """An empty Textual app, headless, until its first refresh after mount."""
    from textual.app import App

    painted = 0
    cpu = 0.0

    class Bare(App[None]):
        def on_mount(self) -> None:
            self.call_after_refresh(self.mark)

        def mark(self) -> None:
            nonlocal painted, cpu
            painted = time.monotonic_ns()
            cpu = cpu_now()

    async def drive() -> None:
        async with Bare().run_test(headless=True, size=(120, 40)) as pilot:
            while not painted:
                await pilot.pause()

    asyncio.run(drive())
    return {"painted_ns": painted, "cpu_at_paint": cpu, "peak_rss": peak_rss()}


async def _until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app never reached the awaited state")
        await asyncio.sleep(0.001)


async def _after_refresh(app: Any) -> int:
    """``monotonic_ns`` once the next refresh (a paint) has happened."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def mark() -> None:
        if not done.done():
            done.set_result(time.monotonic_ns())

    app.call_after_refresh(mark)
    return await done


def adr_app(params: dict[str, Any]) -> dict[str, Any]:
    """adr-tui headless: start until the list shows its rows; optionally a search keystroke.

    Start is counted by the parent from the spawn, so interpreter start-up and
    imports are included, exactly as for :func:`bare_app`. The app is built by the
    command line's own code (``adr-tui ROOT``: its imports, arguments and key map),
    only without a terminal.
    """
    import os

    from adr_tui.cli import cmd_tui

    os.environ["ADR_TUI_CACHE_DIR"] = params["cache_dir"]
    app = cmd_tui.open_app(cmd_tui.parse([params["root"]]), terminal=False)

    from adr_tui.ui.widgets.adr_list import AdrList

    result: dict[str, Any] = {}

    def listed() -> int:
        try:
            widget = app.browse.query_one(AdrList)
        except Exception:  # not mounted yet
            return 0
        return 0 if widget.loading else len(widget.rows)

    async def drive() -> None:
        async with app.run_test(headless=True, size=(120, 40)) as pilot:
            await _until(lambda: listed() > 0)
            result["interactive_ns"] = await _after_refresh(app)
            result["cpu_at_paint"] = cpu_now()
            result["rows"] = listed()
            word = params.get("query")
            if word:
                await _type_last_key(app, pilot, word, result)
            if params.get("settle"):  # a warm-up run: leave every cache (index, history) whole
                from adr_tui.ui.app import PRELOAD_AFTER

                await asyncio.sleep(PRELOAD_AFTER + 0.3)  # until the start-up work has begun
                await app.workers.wait_for_complete()

    asyncio.run(drive())
    result["peak_rss"] = peak_rss()
    return result


async def _type_last_key(app: Any, pilot: Any, word: str, result: dict[str, Any]) -> None:
    """Type ``word`` in the search box; time its last key until the results are drawn.

    The key before it has been answered and the start-up work is over: the issue's
    "keystroke to updated results while searching", not the first search of a session
    (which also waits for the search package to import, ~100-200 ms, once).
    """
    from dataclasses import replace

    from adr_tui.ui.widgets.adr_list import AdrList
    from adr_tui.ui.widgets.search_box import DEBOUNCE_SECONDS, SearchBox

    before = replace(app.browse.query_state, text=word[:-1])
    wanted = replace(app.browse.query_state, text=word)
    app.browse.action_focus_search()
    await pilot.pause()
    assert isinstance(app.focused, SearchBox)
    await pilot.press(*word[:-1])
    await _until(lambda: getattr(app.browse.listing, "query", None) == before)
    from adr_tui.ui.app import PRELOAD_AFTER

    await asyncio.sleep(PRELOAD_AFTER + 0.3)  # a user mid-search: the start-up work has run
    await app.workers.wait_for_complete()
    await _after_refresh(app)
    started, cpu = time.monotonic_ns(), cpu_now()
    press_as_terminal(app, word[-1])
    await _until(lambda: getattr(app.browse.listing, "query", None) == wanted)
    shown = await _after_refresh(app)
    result["keystroke_seconds"] = (shown - started) / 1e9
    result["keystroke_cpu"] = cpu_now() - cpu
    result["debounce_seconds"] = DEBOUNCE_SECONDS
    result["hits"] = len(app.browse.query_one(AdrList).rows)


def history_open(params: dict[str, Any]) -> dict[str, Any]:
    """adr-tui headless, opened on one ADR: ``h`` until its History screen shows the revisions.

    With the run's shared cache (warmed by a discarded first sample) this is
    the "history of an ADR with a warm cache" of issue 6. ``h`` comes as soon as
    the ADR shows, while start-up workers still run; with ``settled``, once they
    are done (the screen's own cost).
    """
    from adr_tui.core.settings import Settings
    from adr_tui.ui.app import make_app
    from adr_tui.ui.screens.adr import AdrScreen
    from adr_tui.ui.screens.history import HistoryScreen

    settings = Settings(cache_dir=Path(params["cache_dir"]))
    app = make_app(settings, paths=[Path(params["root"])], open_id=params["path"], poll=False)
    result: dict[str, Any] = {}

    async def drive() -> None:
        async with app.run_test(headless=True, size=(120, 40)) as pilot:
            await _until(lambda: isinstance(app.screen, AdrScreen))
            await pilot.pause()
            if params.get("settled"):  # as a user who reads first: start-up work is over
                from adr_tui.ui.app import PRELOAD_AFTER

                await asyncio.sleep(PRELOAD_AFTER + 0.3)
                await app.workers.wait_for_complete()
                await pilot.pause()
            started, cpu = time.monotonic_ns(), cpu_now()
            press_as_terminal(app, "h")
            await _until(
                lambda: isinstance(app.screen, HistoryScreen) and app.screen.lineage is not None
            )
            shown = await _after_refresh(app)
            result["seconds"] = (shown - started) / 1e9
            result["cpu"] = cpu_now() - cpu
            screen = app.screen
            assert isinstance(screen, HistoryScreen) and screen.lineage is not None
            result["revisions"] = len(screen.lineage.revisions)

    asyncio.run(drive())
    return result
