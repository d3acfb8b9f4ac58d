"""History rows (added as core/history lands)."""

from __future__ import annotations

from bench.context import Context
from bench.harness import Row, Target, missing


def rows(ctx: Context) -> list[Row]:
    return [
        missing("history cold, all ADRs", target=Target(1.25)),
        missing("history warm start", target=Target(0.05, "figure")),
        missing("history incremental after one commit", target=Target(0.1, "figure")),
        missing("one revision diff", target=Target(1.5)),
        missing("status timeline, 50 revisions", target=Target(0.25, "figure")),
    ]
