"""The benchmark run: generate (or reuse) a repository, measure every row, report.

Rows whose feature has not landed print ``n/a (not implemented)``; a row group
that crashes is reported as an error row, and the others still run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.context import Context
from bench.generate import CACHE_DIR, DEFAULT_SEED, ensure
from bench.harness import PROJECT_ROOT, Row, markdown_table, missing, write_json

GROUPS = ("catalog", "cli", "history", "search", "ui", "frames")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(ctx: Context, groups: tuple[str, ...]) -> list[Row]:
    rows: list[Row] = []
    for group in groups:
        started = time.perf_counter()
        module = importlib.import_module(f"bench.rows.{group}")
        try:
            found: list[Row] = module.rows(ctx)
        except Exception as exc:  # one broken area must not hide the others
            found = [missing(f"{group} rows", f"error: {type(exc).__name__}: {exc}"[:300])]
        rows.extend(found)
        _log(f"  {group}: {len(found)} row(s) in {time.perf_counter() - started:.1f} s")
    return rows


def _source_state() -> dict[str, Any]:
    """Which adr-tui was measured: the commit, and whether src/ had uncommitted edits."""

    def git(*args: str) -> str:
        cmd = ["git", "-C", str(PROJECT_ROOT), *args]
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()

    return {
        "commit": git("rev-parse", "HEAD"),
        "src_dirty": bool(git("status", "--porcelain", "src")),
    }


def _git_version() -> str:
    out = subprocess.run(["git", "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip()


def meta(
    ctx: Context, groups: tuple[str, ...], seconds: float, load: tuple[float, float]
) -> dict[str, Any]:
    manifest = {k: v for k, v in ctx.generated.manifest.items() if k != "adr_files"}
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "size": ctx.size,
        "repeat": ctx.repeat,
        "groups": list(groups),
        "python": sys.version.split()[0],
        "git": _git_version(),
        "adr_tui": _source_state(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "run_seconds": round(seconds, 1),
        "load_average_1min": {"start": load[0], "end": load[1]},
        "repository": manifest,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python bench/run.py", description="Measure adr-tui against same-run baselines."
    )
    parser.add_argument("--size", type=int, default=1000, help="ADRs in the repository")
    parser.add_argument("--commits", type=int, help="commits (default 8 per ADR)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--repeat", type=int, default=5, help="samples per figure (median)")
    parser.add_argument(
        "--warmup", type=int, default=1, help="discarded first samples (warm rows keep one)"
    )
    parser.add_argument("--json", type=Path, help="default bench/out/results-<size>.json")
    parser.add_argument(
        "--cache-dir", type=Path, default=CACHE_DIR, help="where generated repositories live"
    )
    parser.add_argument(
        "--only", help=f"comma-separated row groups out of {', '.join(GROUPS)} (default all)"
    )
    args = parser.parse_args(argv)
    groups = tuple(args.only.split(",")) if args.only else GROUPS
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    _log(f"repository: {args.size:,} ADRs (generated once, then cached)")
    generated = ensure(args.size, args.commits, args.seed, args.cache_dir)
    _log(f"  {generated.root} ({generated.manifest['commits']:,} commits)")
    ctx = Context.create(generated, max(1, args.repeat), args.cache_dir, max(0, args.warmup))
    # Other jobs on the machine skew wall times; the load average says how much.
    load_start = os.getloadavg()[0]
    try:
        rows = measure(ctx, groups)
        load = (load_start, os.getloadavg()[0])
        info = meta(ctx, groups, time.perf_counter() - started, load)
    finally:
        ctx.close()
    table = markdown_table(rows)
    cpu_table = markdown_table(rows, "cpu")
    print(
        f"### {ctx.size:,} ADRs, {generated.manifest['commits']:,} commits, "
        f"median of {ctx.repeat} (load average {load[0]:.1f} → {load[1]:.1f} "
        f"on {os.cpu_count()} CPUs)\n"
    )
    print(table)
    print("\nThe same run on CPU time (user + system, child processes included):\n")
    print(cpu_table)
    target = args.json or PROJECT_ROOT / "bench" / "out" / f"results-{ctx.size}.json"
    write_json(target, {**info, "table": table, "cpu_table": cpu_table}, rows)
    _log(f"wrote {target}")
    return 0
