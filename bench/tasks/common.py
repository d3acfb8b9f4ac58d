"""Helpers shared by worker tasks."""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path
from typing import Any

from bench.harness import cpu_now


def adr_files(params: dict[str, Any]) -> list[Path]:
    """Absolute paths of the repository's ADR files, from the generator's manifest."""
    root = Path(params["root"])
    manifest = json.loads(Path(params["manifest"]).read_text())
    return [root / rel for rel in manifest["adr_files"]]


def peak_rss() -> int:
    """This process's peak resident set size in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Stopwatch:
    """Wall and CPU seconds of one operation; CPU counts waited-for children (git)."""

    def __init__(self) -> None:
        self._wall = time.perf_counter()
        self._cpu = cpu_now()

    def read(self) -> dict[str, float]:
        return {"seconds": time.perf_counter() - self._wall, "cpu": cpu_now() - self._cpu}


def press_as_terminal(app: Any, key: str) -> None:
    """Send ``key`` to ``app`` as a terminal's driver does: one Key event, nothing awaited.

    The timed keys go this way, not through ``Pilot.press``: that then waits until the
    process looks idle, sleeping in 20 ms steps (``textual._wait.wait_for_idle``, twice
    per key), so at least 40 ms of every figure was the test driver's own wait.
    """
    from textual import events

    named = {"enter": "\r", "tab": "\t", "escape": "\x1b"}  # the characters terminals send
    event = events.Key(key, named.get(key, key if len(key) == 1 else None))
    event.set_sender(app)
    app.post_message(event)
