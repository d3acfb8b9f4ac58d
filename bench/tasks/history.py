"""History tasks: cold and warm loads, incremental update, one diff, one status timeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.tasks.common import Stopwatch


def _settings(params: dict[str, Any]) -> Any:
    from adr_tui.core.settings import Settings

    return Settings(cache_dir=Path(params["cache_dir"]))


def load_all(params: dict[str, Any]) -> dict[str, Any]:
    """``load_history`` plus what the list shows for every ADR (created, modified, authors).

    Cold or warm depends on the cache dir given. ``History.summaries`` is that
    per-ADR answer; older versions without it build every lineage instead.
    """
    from adr_tui.core.history import load_history

    settings = _settings(params)
    watch = Stopwatch()
    history = load_history(Path(params["root"]), settings)
    summaries = getattr(history, "summaries", None)
    found = summaries() if summaries is not None else history.lineages()
    timing = watch.read()
    history.close()  # saves parsed states: outside the timing, not part of the answer
    return {
        **timing,
        "lineages": len(found),
        "api": "summaries" if summaries else "lineages",
    }


def diff_latest(params: dict[str, Any]) -> dict[str, Any]:
    """Diff of the long-lived ADR's newest revision (history loaded from a warm cache)."""
    from adr_tui.core.diffs import diff_revision
    from adr_tui.core.history import load_history

    history = load_history(Path(params["root"]), _settings(params))
    lineage = history.lineage(params["path"])
    assert lineage is not None, params["path"]
    newest = lineage.revisions[-1]  # oldest first
    watch = Stopwatch()
    diff = diff_revision(history, newest)
    timing = watch.read()
    history.close()
    return {
        **timing,
        "blob": newest.blob,
        "old_blob": newest.old_blob,
        "hunks": len(diff.hunks),
    }


def timeline(params: dict[str, Any]) -> dict[str, Any]:
    """Status timeline of one ADR: every revision read and parsed (states not cached)."""
    from adr_tui.core.history import load_history

    history = load_history(Path(params["root"]), _settings(params))
    watch = Stopwatch()
    lineage = history.for_decision(params["path"])
    timing = watch.read()
    history.close()
    return {
        **timing,
        "revisions": len(lineage.revisions),
        "events": [entry.label for entry in lineage.timeline],
    }
