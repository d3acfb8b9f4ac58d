"""Driving the real Textual app in tests: waiting for it without sleeping."""

from __future__ import annotations

import contextlib
import io
from typing import Any, cast

from rich.console import Console, RenderableType
from rich.protocol import is_renderable
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerState


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers finish and the messages they post be handled (never sleep).

    A worker cancelled meanwhile (an exclusive search replaced by the next one) is
    done too: ``wait_for_complete`` raised WorkerCancelled for it, a test failing
    now and then under load. A failed worker still fails the test.
    """
    app = pilot.app
    for round_ in range(MAX_ROUNDS):
        busy = [w for w in app.workers if w.state in (WorkerState.PENDING, WorkerState.RUNNING)]
        if not busy and round_ >= 3:  # three quiet rounds: what workers post is handled too
            return
        for worker in busy:
            if worker.state is WorkerState.PENDING:
                continue  # not started yet: the next round waits for it
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()
    raise AssertionError(f"workers still busy after {MAX_ROUNDS} rounds: {list(app.workers)}")


MAX_ROUNDS = 50
"""Rounds of waiting before a test is told the app never settles (a worker loop)."""


def plain_of(content: object) -> str:
    """A widget's Rich ``content`` as plain text, unwrapped (drawn 1,000 cells wide, no styles)."""
    assert is_renderable(content), f"not a Rich renderable: {content!r}"
    renderable = cast(RenderableType, content)
    console = Console(width=1000, color_system=None, file=io.StringIO(), record=True)
    console.print(renderable)
    return console.export_text().rstrip("\n")
