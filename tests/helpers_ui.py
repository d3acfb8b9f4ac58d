"""Driving the real Textual app in tests: waiting for it without sleeping."""

from __future__ import annotations

import contextlib
from typing import Any

from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerState


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers finish and the messages they post be handled (never sleep).

    A worker cancelled meanwhile (an exclusive search replaced by the next one) is
    done too: ``wait_for_complete`` raised WorkerCancelled for it, a test failing
    now and then under load. A failed worker still fails the test.
    """
    app = pilot.app
    for _ in range(3):
        for worker in list(app.workers):
            if worker.state is WorkerState.PENDING:
                continue  # not started yet: the next round waits for it
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()
