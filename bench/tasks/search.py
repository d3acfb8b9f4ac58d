"""Search tasks: cold build, warm open, one query with highlights, re-index of one change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.tasks.common import Stopwatch


def _engine(params: dict[str, Any]) -> Any:
    """A fresh engine over a freshly loaded catalogue (the catalogue load is not timed)."""
    from adr_tui.core.catalog import load_catalog
    from adr_tui.core.search import SearchEngine
    from adr_tui.core.settings import Settings

    settings = Settings(cache_dir=Path(params["cache_dir"]))
    catalog = load_catalog(Path(params["root"]), settings)
    return SearchEngine.open(catalog, settings)


def build(params: dict[str, Any]) -> dict[str, Any]:
    """``SearchEngine.build``: a full build in an empty cache, an update or a no-op otherwise."""
    engine = _engine(params)
    watch = Stopwatch()
    report = engine.build()
    timing = watch.read()
    engine.close()
    return {
        **timing,
        "rebuilt": report.rebuilt,
        "added": report.added,
        "updated": report.updated,
        "removed": report.removed,
        "in_memory": report.in_memory,
    }


def query(params: dict[str, Any]) -> dict[str, Any]:
    """Two queries with highlights on a warm index: the first of a fresh engine, then a steady one.

    The first opens this engine's searcher (``first_seconds``); the second is
    what search-as-you-type costs once the engine is open (``seconds``):
    another word, so nothing comes from the result cache.
    """
    engine = _engine(params)
    report = engine.build()
    watch = Stopwatch()
    engine.search(params["first_word"])
    first = watch.read()
    watch = Stopwatch()
    result = engine.search(params["word"])
    timing = watch.read()
    engine.close()
    return {
        **timing,
        "first_seconds": first["seconds"],
        "first_cpu": first["cpu"],
        "total": result.total,
        "source": result.source,
        "highlighted": sum(1 for hit in result.hits if hit.body),
        "rebuilt": report.rebuilt,
    }
