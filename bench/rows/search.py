"""Search rows (added as core/search lands)."""

from __future__ import annotations

from bench.context import Context
from bench.harness import Row, Target, missing


def rows(ctx: Context) -> list[Row]:
    return [
        missing("search cold index build", target=Target(2.0, "figure")),
        missing("search warm index open", target=Target(0.05, "figure")),
        missing("search query with highlights", target=Target(0.25)),
        missing("search re-index after one ADR changed", target=Target(0.1, "figure")),
    ]
