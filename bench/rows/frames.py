"""Frames rows (issue 7): the main thread's event-loop lag while workers run, cold and warm.

Each sample is the real app, headless, on the incident path (list, search,
open, history, step through revisions, then every background worker to its
end); see ``bench/tasks/frames.py`` for the probe. The figure is the longest
pause of the main thread in a run (the "longest frame"), whose target is
100 ms; the baseline is the same probe on an idle bare Textual app, i.e. what
the machine itself does to a loop that has nothing to do.

The rows say how long; *what* blocked goes to stderr (per-phase figures and the
top blocking stacks) and to ``bench/out/frames-<size>.json``.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import baselines
from bench.context import Context, available
from bench.harness import PROJECT_ROOT, Row, Stats, Target, missing, worker

LIMIT = 0.100
"""Issue 7: no frame longer than 100 ms on the main thread while workers run."""
IDLE_SECONDS = 3.0
"""How long the bare app idles under the probe for the baseline."""
BARE = "idle bare Textual app"
NAMES = {
    ("cold", "max"): "UI longest main-thread pause, cold caches (incident path)",
    ("cold", "p99"): "UI main-thread lag p99, cold caches",
    ("warm", "max"): "UI longest main-thread pause, warm caches (incident path)",
    ("warm", "p99"): "UI main-thread lag p99, warm caches",
}
Reports = list[dict[str, Any]]


def rows(ctx: Context) -> list[Row]:
    if not available("adr_tui.ui.app", "make_app"):
        return [
            missing(name, target=Target(LIMIT, "figure") if kind == "max" else None)
            for (_, kind), name in NAMES.items()
        ]
    bare_max, bare_p99 = idle_baseline(ctx)
    runs = incident_runs(ctx)
    explain(ctx, runs)
    found: list[Row] = []
    for cache in ("cold", "warm"):
        found.append(max_row(NAMES[cache, "max"], runs[cache], bare_max))
        found.append(p99_row(NAMES[cache, "p99"], runs[cache], bare_p99))
    return found


def idle_baseline(ctx: Context) -> tuple[Stats, Stats]:
    """Max and p99 lag of an idle bare Textual app under the same probe (measured once)."""
    if f"{BARE} max" not in ctx.baselines:
        params = {"seconds": IDLE_SECONDS}
        for _ in range(ctx.warmup):
            worker("frames.bare", params, ctx.env)
        reports = [worker("frames.bare", params, ctx.env)[0] for _ in range(ctx.repeat)]
        ctx.baselines[f"{BARE} max"] = Stats(tuple(r["max_lag"] for r in reports))
        ctx.baselines[f"{BARE} p99"] = Stats(tuple(r["p99"] for r in reports))
    return ctx.baselines[f"{BARE} max"], ctx.baselines[f"{BARE} p99"]


def incident_runs(ctx: Context) -> dict[str, Reports]:
    """``repeat`` cold runs (each with a new empty cache folder) and ``repeat`` warm ones.

    The warm folder is filled by a cold run: a discarded warm-up one, or with
    ``--warmup 0`` the first counted cold run (at 10,000 ADRs a cold run takes
    minutes, so none is wasted).
    """
    warm_dir = ctx.fresh_dir("frames-warm")

    def run(cache: Path) -> dict[str, Any]:
        params = ctx.params(cache_dir=str(cache), query=baselines.COMMON_WORD)
        return worker("frames.incident", params, ctx.env)[0]

    cold: Reports = []
    for _ in range(ctx.warmup):
        run(warm_dir)
    if not ctx.warmup:
        cold.append(run(warm_dir))
    while len(cold) < ctx.repeat:
        cold.append(run(ctx.fresh_dir("frames-cold")))
    return {"cold": cold, "warm": [run(warm_dir) for _ in range(ctx.repeat)]}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "/")


def max_row(name: str, reports: Reports, bare: Stats) -> Row:
    stalls = [int(r["stalls"]) for r in reports]
    worst = max(reports, key=lambda r: float(r["max_lag"]))
    where = worst["worst"][0] if worst["worst"] else None
    note = (
        f"stalls > {LIMIT * 1000:.0f} ms per run: median {statistics.median(stalls):g}, "
        f"max {max(stalls)}"
    )
    if where is not None:
        note += f"; worst in {where['phase']}: {where['cause']}, {where['site']}"
    return Row(
        name,
        Stats(tuple(float(r["max_lag"]) for r in reports)),
        baseline_name=BARE,
        baseline=bare,
        target=Target(LIMIT, "figure"),
        note=_cell(note),
    )


def p99_row(name: str, reports: Reports, bare: Stats) -> Row:
    ticks = sum(int(r["ticks"]) for r in reports)
    return Row(
        name,
        Stats(tuple(float(r["p99"]) for r in reports)),
        baseline_name=BARE,
        baseline=bare,
        note=f"{ticks:,} ticks of 10 ms",
    )


# ------------------------------------------------------------------- the explanation


def merged_causes(reports: Reports) -> list[str]:
    """Stalls and stalled time per cause over several runs, most time first."""
    merged: dict[str, list[float]] = {}
    for report in reports:
        for cause, seen in report["causes"].items():
            into = merged.setdefault(cause, [0, 0.0])
            into[0] += seen["stalls"]
            into[1] += seen["stalled_seconds"]
    ranked = sorted(merged.items(), key=lambda item: -item[1][1])
    return [f"- {cause}: {n:.0f} stall(s), {s * 1000:.0f} ms in all" for cause, (n, s) in ranked]


def merged_stacks(reports: Reports, count: int = 3) -> list[dict[str, Any]]:
    """The top blocking stacks of several runs, merged by (site, cause)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for report in reports:
        for stack in report["stacks"]:
            site = "" if stack["site"].startswith("triggered in ") else stack["site"]
            key = (site, stack["cause"])
            into = merged.setdefault(
                key, {**stack, "stalls": 0, "stalled_seconds": 0.0, "gc_seconds": 0.0}
            )
            for total in ("stalls", "stalled_seconds", "gc_seconds"):
                into[total] += stack[total]
            into["phases"] = sorted(set(into["phases"]) | set(stack["phases"]))
            if stack["worst_lag"] > into["worst_lag"]:
                into.update({k: stack[k] for k in ("worst_lag", "stack", "threads", "seen")})
    return sorted(merged.values(), key=lambda s: -s["stalled_seconds"])[:count]


def phase_table(reports: Reports) -> list[str]:
    """Per phase: duration and longest pause (medians over runs), stalls (all runs)."""
    lines = [
        "| Phase | Seconds (median) | Longest pause (median) | p99 (median) | Stalls (all runs) "
        "| Workers running |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for phase in reports[0]["phases"]:
        seen = [r["phases"][phase] for r in reports if phase in r["phases"]]

        def med(key: str, seen: Sequence[dict[str, Any]] = seen) -> float:
            return statistics.median(float(p[key]) for p in seen)

        workers = dict.fromkeys(w for r in reports for w in r.get("workers", {}).get(phase, []))
        lines.append(
            f"| {phase} | {med('seconds'):.2f} | {med('max_lag') * 1000:.0f} ms "
            f"| {med('p99') * 1000:.0f} ms | {sum(int(p['stalls']) for p in seen)} "
            f"| {_cell(', '.join(workers)) or '—'} |"
        )
    return lines


def stack_lines(stacks: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for rank, stack in enumerate(stacks, 1):
        lines.append(
            f"{rank}. {stack['site']}: {stack['cause']}; {stack['stalls']} stall(s), "
            f"{stack['stalled_seconds'] * 1000:.0f} ms in all, "
            f"worst {stack['worst_lag'] * 1000:.0f} ms, in {', '.join(stack['phases'])}; "
            f"GC {stack['gc_seconds'] * 1000:.0f} ms"
        )
        if stack["threads"]:
            lines.append(f"     CPU of the other threads meanwhile: {', '.join(stack['threads'])}")
        lines.extend(f"       {frame}" for frame in stack["stack"])
        lines.extend(f"     seen: {thread}" for thread in stack["seen"])
    return lines or ["(no stall)"]


def explain(ctx: Context, runs: dict[str, Reports]) -> None:
    """Per-phase figures and the top blocking stacks on stderr; every report as JSON."""
    out: list[str] = []
    for cache, reports in runs.items():
        out += [f"\nframes, {cache} caches, {len(reports)} run(s):", *phase_table(reports)]
        out += ["Stalls by cause (all runs):", *(merged_causes(reports) or ["- none"])]
        top = stack_lines(merged_stacks(reports))
        out += ["Top blocking stacks (innermost frames last):", *top]
    print("\n".join(out), file=sys.stderr, flush=True)
    path = PROJECT_ROOT / "bench" / "out" / f"frames-{ctx.size}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(runs, indent=2) + "\n")
