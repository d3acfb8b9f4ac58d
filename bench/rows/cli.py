"""CLI row: a whole ``adr-tui list --json`` process against ``python -c pass``."""

from __future__ import annotations

import sys
from pathlib import Path

from bench import baselines
from bench.context import Context, available
from bench.harness import Row, missing, repeat, run_process


def command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m adr_tui``."""
    script = Path(sys.executable).with_name("adr-tui")
    return [str(script)] if script.exists() else [sys.executable, "-m", "adr_tui"]


def rows(ctx: Context) -> list[Row]:
    name = "CLI `adr-tui list --json` process"
    if not available("adr_tui.cli.cmd_list", "run"):
        return [missing(name)]
    cmd = [*command(), "list", "--json", str(ctx.root)]
    stats = repeat(ctx.repeat, lambda: run_process(cmd, ctx.env)[0], warmup=ctx.warmup)
    return [Row(name, stats, baseline_name="python -c pass", baseline=baselines.python_pass(ctx))]
