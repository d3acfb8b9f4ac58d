"""Measurement primitives: repeated samples, rows with baselines and targets, output.

Every figure is the median of repeated runs (min and max are kept) and is read
against a baseline measured in the same run on the same machine, because an
absolute millisecond figure means little across machines but a ratio to
``git log`` or a plain file read travels.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RETRIES = 3
RETRY_PAUSE = 10.0
"""Other engineers edit src/ while benchmarks run: a worker that dies of an ImportError
or SyntaxError (a half-saved module) is retried after a pause, not reported at once."""
NOT_IMPLEMENTED = "n/a (not implemented)"


Clock = Literal["wall", "cpu"]
Sample = float | tuple[float, float]
"""A wall time, or (wall seconds, CPU seconds)."""


def cpu_now() -> float:
    """CPU seconds (user + system) of this process and of every child it has waited for."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass(frozen=True)
class Stats:
    """Repeated samples of one measurement (seconds, or bytes for memory rows).

    Timings also keep the CPU seconds of each sample: on a machine shared with
    other jobs, wall time measures the scheduler as much as the code, and CPU
    time (user + system, children included) is the steadier second opinion.
    """

    samples: tuple[float, ...]
    cpu_samples: tuple[float, ...] = ()

    @classmethod
    def of(cls, measured: Sequence[Sample]) -> Stats:
        walls = tuple(m[0] if isinstance(m, tuple) else m for m in measured)
        cpus = tuple(m[1] for m in measured if isinstance(m, tuple))
        return cls(walls, cpus if len(cpus) == len(walls) else ())

    def on(self, clock: Clock) -> Stats:
        """These samples read on ``clock`` (wall when no CPU time was taken)."""
        return Stats(self.cpu_samples) if clock == "cpu" and self.cpu_samples else self

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
        found: dict[str, Any] = {
            "median": self.median,
            "min": self.min,
            "max": self.max,
            "samples": list(self.samples),
        }
        if self.cpu_samples:
            found["cpu"] = Stats(self.cpu_samples).to_json()
        return found


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
        return self.ratio_on("wall")

    @property
    def passed(self) -> bool | None:
        return self.passed_on("wall")

    def ratio_on(self, clock: Clock) -> float | None:
        if self.figure is None or self.baseline is None:
            return None
        base = self.baseline.on(clock).median
        return None if base <= 0 else self.figure.on(clock).median / base

    def passed_on(self, clock: Clock) -> bool | None:
        if self.target is None or self.figure is None:
            return None
        if self.target.on == "figure":
            return self.figure.on(clock).median <= self.target.limit
        ratio = self.ratio_on(clock)
        return None if ratio is None else ratio <= self.target.limit

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "figure": self.figure.to_json() if self.figure else None,
            "baseline_name": self.baseline_name,
            "baseline": self.baseline.to_json() if self.baseline else None,
            "ratio": self.ratio,
            "cpu_ratio": self.ratio_on("cpu"),
            "also": {name: value for name, value in self.also},
            "target": (
                {"limit": self.target.limit, "on": self.target.on, "text": target_text(self)}
                if self.target
                else None
            ),
            "passed": self.passed,
            "cpu_passed": self.passed_on("cpu"),
            "note": self.note,
        }


def missing(name: str, note: str = NOT_IMPLEMENTED, target: Target | None = None) -> Row:
    """A row whose feature is not there yet (or failed): shown, never silently dropped."""
    one_line = " ".join(note.split()).replace("|", "/")  # must not break the Markdown table
    return Row(name, note=one_line, target=target)


def guarded(name: str, make: Callable[[], Row], target: Target | None = None) -> Row:
    """``make()``, or an error row named ``name``: one failing row never hides the others."""
    try:
        return make()
    except Exception as exc:
        return missing(name, f"error: {type(exc).__name__}: {exc}"[:300], target)


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


def markdown_table(rows: Sequence[Row], clock: Clock = "wall") -> str:
    """The results table, on wall time (default) or on CPU time."""
    head = "| Row | Figure: median (min–max) | Baseline: median | Ratio | Target | Result |"
    if clock == "cpu":
        head = head.replace("Figure:", "CPU time:")
    lines = [head, "| --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        if row.figure is None:
            lines.append(f"| {row.name} | {row.note} | — | — | {target_text(row)} | n/a |")
            continue
        baseline = "—"
        if row.baseline is not None:
            base = row.baseline.on(clock).median
            baseline = f"{row.baseline_name} {quantity(base, row.unit)}"
        ratio_value = row.ratio_on(clock)
        ratio = "—" if ratio_value is None else f"{ratio_value:.2f}×"
        if row.also and clock == "wall":
            ratio += "; " + "; ".join(f"{v:.2f}× {n}" for n, v in row.also)
        verdict = {True: "pass", False: "**FAIL**", None: "—"}[row.passed_on(clock)]
        figure = _stats_text(row.figure.on(clock), row.unit)
        if row.note:
            figure += f" ({row.note})"
        lines.append(
            f"| {row.name} | {figure} | {baseline} | {ratio} | {target_text(row)} | {verdict} |"
        )
    return "\n".join(lines)


def write_json(path: Path, meta: dict[str, Any], rows: Sequence[Row]) -> None:
    """Every row with all its samples (wall and CPU) plus the run's metadata."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"meta": meta, "rows": [row.to_json() for row in rows]}
    path.write_text(json.dumps(payload, indent=2) + "\n")


# ---------------------------------------------------------------------- running


def bench_environment(cache_dir: Path) -> dict[str, str]:
    """No user git config, and a private adr-tui cache: never $HOME."""
    # Imported here: worker tasks import this module, and the bare app's start-up
    # (the baseline of every UI ratio) must not pay for the demo builder's imports.
    from adr_tui.demo.builder import git_environment

    env = git_environment()
    env["ADR_TUI_CACHE_DIR"] = str(cache_dir)
    env["ADR_TUI_CONFIG"] = str(cache_dir / "no-keymap.toml")  # the app's start reads none
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    env.pop("PYTHONSTARTUP", None)
    # The discarded first sample is there to write .pyc files (see README, Method):
    # with this set, every module edited since they were last written was compiled
    # again at each start (~30 ms of a UI start when all of adr-tui's were stale).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_process(
    cmd: Sequence[str], env: dict[str, str], cwd: Path | None = None
) -> tuple[tuple[float, float], bytes]:
    """(wall, CPU) seconds of one process (spawn to exit, output read) and its stdout."""
    cpu = cpu_now()
    started = time.perf_counter()
    proc = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True)
    elapsed = (time.perf_counter() - started, cpu_now() - cpu)
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace").strip()[-2000:]
        raise RuntimeError(f"{' '.join(cmd[:4])} … exited {proc.returncode}: {err}")
    return elapsed, proc.stdout


def repeat(count: int, measure: Callable[[], Sample], *, warmup: int = 1) -> Stats:
    """``count`` samples of ``measure`` after ``warmup`` discarded ones."""
    for _ in range(warmup):
        measure()
    return Stats.of([measure() for _ in range(count)])


def worker(task: str, params: dict[str, Any], env: dict[str, str]) -> tuple[dict[str, Any], int]:
    """Run one measurement in a fresh interpreter (``bench/worker.py``).

    Returns the worker's JSON result and ``time.monotonic_ns()`` taken just
    before the spawn, so start-up rows can count from process creation.
    """
    cmd = [sys.executable, "-m", "bench.worker", task, json.dumps(params)]
    for attempt in range(RETRIES + 1):
        spawned = time.monotonic_ns()
        proc = subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, capture_output=True)
        half_saved = any(m in proc.stderr for m in (b"ImportError", b"SyntaxError"))
        if proc.returncode == 0 or not half_saved or attempt == RETRIES:
            break
        time.sleep(RETRY_PAUSE)
    if proc.returncode != 0:
        # The last line of a traceback names the exception: enough for a table cell.
        lines = proc.stderr.decode(errors="replace").strip().splitlines() or ["(no output)"]
        raise RuntimeError(f"worker {task} exited {proc.returncode}: {lines[-1]}")
    lines = proc.stdout.decode().strip().splitlines()
    result: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    return result, spawned
