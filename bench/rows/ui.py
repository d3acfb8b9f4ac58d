"""UI rows (added as the Textual app lands)."""

from __future__ import annotations

from bench.context import Context
from bench.harness import Row, Target, missing


def rows(ctx: Context) -> list[Row]:
    limit = 1.3 if ctx.size <= 1000 else 2.0
    return [
        missing("UI warm start to interactive list", target=Target(limit)),
        missing("UI keystroke → results", target=Target(0.05, "figure")),
        missing("UI peak RSS"),
    ]
