"""When the cyclic garbage collector may run in the UI process, and what it may skip.

A full collection walks every container in the process with the GIL held: at
10,000 ADRs a few hundred milliseconds in which no thread runs, the UI's
included. Start-up and bulk work in workers hold the collector; what they
leave behind, which lives as long as the app, is frozen out of later scans.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_FROZEN: set[str] = set()
"""Stages whose heap :func:`freeze_heap` already froze in this process."""


def freeze_heap(stage: str) -> None:
    """Take every object alive now out of the cyclic collector's scans (``gc.freeze``), once.

    Imported modules, the widgets and the catalogue live as long as the app, yet
    each full collection walked them all: at 1,000 ADRs a 40-60 ms pause on the
    UI thread at start-up and again after the first search. Frozen objects are
    still freed by reference counting (a reloaded catalogue has no cycles), so
    only cyclic garbage alive at that moment is kept. Once per ``stage`` and
    process: apps created later in the same process (the tests) freeze nothing.
    """
    if stage not in _FROZEN:
        _FROZEN.add(stage)
        gc.freeze()


_held = 0
_held_lock = threading.Lock()


def hold_collector() -> bool:
    """Pause the cyclic garbage collector until :func:`release_collector`; True when held.

    Loading 1,000 ADRs allocates hundreds of thousands of containers, and every
    collection walked them again: ~30 ms of CPU at start-up, and at 10,000 ADRs
    full collections of 250-440 ms inside history loads and index builds, each
    one pausing every thread, the UI's too. Reference counting still frees all
    acyclic garbage meanwhile. Holds nest (start-up, workers): collection
    resumes when the last is released. A collector someone else paused (a test,
    an embedding program) is left alone: False.
    """
    global _held
    with _held_lock:
        if _held == 0 and not gc.isenabled():
            return False
        _held += 1
        gc.disable()
        return True


def release_collector(stage: str) -> None:
    """End one :func:`hold_collector`; the last one freezes the heap of ``stage`` first."""
    global _held
    with _held_lock:
        _held -= 1
        if _held == 0:
            freeze_heap(stage)
            gc.enable()


@contextmanager
def collector_held(stage: str) -> Iterator[None]:
    """Bulk work (a history load, an index build) with the collector held (see above)."""
    held = hold_collector()
    try:
        yield
    finally:
        if held:
            release_collector(stage)
