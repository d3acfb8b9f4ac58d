"""Measurement primitives: repeated samples, rows with baselines and targets, output.

Every figure is the median of repeated runs (min and max are kept) and is read
against a baseline measured in the same run on the same machine, because an
absolute millisecond figure means little across machines but a ratio to
``git log`` or a plain file read travels.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from adr_tui.demo.builder import git_environment

PROJECT_ROOT = Path(__file__).resolve().parent.parent
NOT_IMPLEMENTED = "n/a (not implemented)"


@dataclass(frozen=True)
class Stats:
    """Repeated samples of one measurement (seconds, or bytes for memory rows)."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)

    def to_json(self) -> dict[str, Any]:
        return {
            "median": self.median,
            "min": self.min,
            "max": self.max,
            "samples": list(self.samples),
        }


@dataclass(frozen=True)
class Target:
    """A limit on the ratio (``on="ratio"``) or on the median figure itself."""

    limit: float
    on: Literal["ratio", "figure"] = "ratio"


@dataclass
class Row:
    """One line of the results table."""

    name: str
    figure: Stats | None = None
    unit: str = "s"
    """``s`` for durations, ``B`` for memory."""
    baseline_name: str = ""
    baseline: Stats | None = None
    target: Target | None = None
    note: str = ""
    """Why there is no figure, or a caveat (e.g. how many ADRs were found)."""
    also: list[tuple[str, float]] = field(default_factory=list)
    """Extra ratios worth quoting, e.g. warm start against ``python -c pass``."""

    @property
    def ratio(self) -> float | None:
        if self.figure is None or self.baseline is None or self.baseline.median <= 0:
            return None
        return self.figure.median / self.baseline.median

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.figure is None:
            return None
        if self.target.on == "figure":
            return self.figure.median <= self.target.limit
        ratio = self.ratio
        return None if ratio is None else ratio <= self.target.limit

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "figure": self.figure.to_json() if self.figure else None,
            "baseline_name": self.baseline_name,
            "baseline": self.baseline.to_json() if self.baseline else None,
            "ratio": self.ratio,
            "also": {name: value for name, value in self.also},
            "target": (
                {"limit": self.target.limit, "on": self.target.on, "text": target_text(self)}
                if self.target
                else None
            ),
            "passed": self.passed,
            "note": self.note,
        }


def missing(name: str, note: str = NOT_IMPLEMENTED, target: Target | None = None) -> Row:
    """A row whose feature is not there yet (or failed): shown, never silently dropped."""
    return Row(name, note=note, target=target)


# --------------------------------------------------------------------- formatting


def quantity(value: float, unit: str) -> str:
    if unit == "B":
        for scale, suffix in ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
            if value >= scale:
                return f"{value / scale:.1f} {suffix}"
        return f"{value:.0f} B"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def _stats_text(stats: Stats | None, unit: str) -> str:
    if stats is None:
        return "—"
    if len(stats.samples) == 1:
        return quantity(stats.median, unit)
    low, high = quantity(stats.min, unit), quantity(stats.max, unit)
    return f"{quantity(stats.median, unit)} ({low}–{high})"


def target_text(row: Row) -> str:
    if row.target is None:
        return "—"
    if row.target.on == "figure":
        return f"≤ {quantity(row.target.limit, row.unit)}"
    return f"≤ {row.target.limit:g}×"


def markdown_table(rows: Sequence[Row]) -> str:
    head = "| Row | Figure: median (min–max) | Baseline: median | Ratio | Target | Result |"
    lines = [head, "| --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        if row.figure is None:
            lines.append(f"| {row.name} | {row.note} | — | — | {target_text(row)} | n/a |")
            continue
        baseline = "—"
        if row.baseline is not None:
            baseline = f"{row.baseline_name} {quantity(row.baseline.median, row.unit)}"
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
        if row.also:
            ratio += "; " + "; ".join(f"{v:.2f}× {n}" for n, v in row.also)
        verdict = {True: "pass", False: "**FAIL**", None: "—"}[row.passed]
        figure = _stats_text(row.figure, row.unit)
        if row.note:
            figure += f" ({row.note})"
        lines.append(
            f"| {row.name} | {figure} | {baseline} | {ratio} | {target_text(row)} | {verdict} |"
        )
    return "\n".join(lines)


def write_json(path: Path, meta: dict[str, Any], rows: Sequence[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"meta": meta, "rows": [row.to_json() for row in rows]}
    path.write_text(json.dumps(payload, indent=2) + "\n")


# ---------------------------------------------------------------------- running


def bench_environment(cache_dir: Path) -> dict[str, str]:
    """No user git config, and a private adr-tui cache: never $HOME."""
    env = git_environment()
    env["ADR_TUI_CACHE_DIR"] = str(cache_dir)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    env.pop("PYTHONSTARTUP", None)
    return env


def run_process(
    cmd: Sequence[str], env: dict[str, str], cwd: Path | None = None
) -> tuple[float, bytes]:
    """Wall time of one process (spawn to exit, output read) and its stdout."""
    started = time.perf_counter()
    proc = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace").strip()[-2000:]
        raise RuntimeError(f"{' '.join(cmd[:4])} … exited {proc.returncode}: {err}")
    return elapsed, proc.stdout


def repeat(count: int, measure: Callable[[], float], *, warmup: int = 1) -> Stats:
    """``count`` samples of ``measure`` after ``warmup`` discarded ones."""
    for _ in range(warmup):
        measure()
    return Stats(tuple(measure() for _ in range(count)))


def worker(task: str, params: dict[str, Any], env: dict[str, str]) -> tuple[dict[str, Any], int]:
    """Run one measurement in a fresh interpreter (``bench/worker.py``).

    Returns the worker's JSON result and ``time.monotonic_ns()`` taken just
    before the spawn, so start-up rows can count from process creation.
    """
    cmd = [sys.executable, "-m", "bench.worker", task, json.dumps(params)]
    spawned = time.monotonic_ns()
    proc = subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, capture_output=True)
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace").strip()[-3000:]
        raise RuntimeError(f"worker {task} exited {proc.returncode}: {err}")
    lines = proc.stdout.decode().strip().splitlines()
    result: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    return result, spawned
