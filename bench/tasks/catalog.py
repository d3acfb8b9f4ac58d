"""Catalogue tasks: plain read baseline, discover+parse, parse memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

from bench.tasks.common import Stopwatch, adr_files


def plain_read(params: dict[str, Any]) -> dict[str, Any]:
    """Baseline: open and read every ADR file, nothing else."""
    files = adr_files(params)
    watch = Stopwatch()
    total = 0
    for path in files:
        with open(path, "rb") as handle:
            total += len(handle.read())
    return {**watch.read(), "files": len(files), "bytes": total}


def _load(params: dict[str, Any], *, use_cache: bool = False) -> Any:
    from adr_tui.core.catalog import load_catalog
    from adr_tui.core.settings import Settings

    settings = Settings(cache_dir=Path(params["cache_dir"]), use_cache=use_cache)
    return load_catalog(Path(params["root"]), settings)


def parse_warm(params: dict[str, Any]) -> dict[str, Any]:
    """Load the catalogue with its caches warm (filled by an untimed load): the snapshot."""
    _load(params, use_cache=True)
    watch = Stopwatch()
    catalog = _load(params, use_cache=True)
    return {**watch.read(), "decisions": len(catalog), "problems": len(catalog.problems)}


def parse(params: dict[str, Any]) -> dict[str, Any]:
    """Discover and parse every ADR (imports done before the clock starts)."""
    import adr_tui.core.catalog  # noqa: F401  (imported outside the timing)

    watch = Stopwatch()
    catalog = _load(params)
    return {**watch.read(), "decisions": len(catalog), "problems": len(catalog.problems)}


def parse_memory(params: dict[str, Any]) -> dict[str, Any]:
    """Peak Python allocation while loading the catalogue (tracemalloc), per ADR."""
    import adr_tui.core.catalog  # noqa: F401

    tracemalloc.start()
    catalog = _load(params)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    count = max(1, len(catalog))
    return {"peak": peak, "decisions": len(catalog), "per_adr": peak / count}
