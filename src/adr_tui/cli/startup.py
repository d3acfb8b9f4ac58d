"""Start-up helpers shared by the entry point and the TUI command."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def imports_uncollected() -> Iterator[None]:
    """Run a block of imports with the cyclic garbage collector paused.

    Importing Textual and the UI allocates ~100,000 objects, none of them
    garbage, and the collections they trigger cost ~20 ms of CPU (~8%) before
    the first frame. The app holds the collector itself once it runs
    (``ui/collector.py``); a collector someone else paused stays paused.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
