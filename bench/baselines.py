"""The yardsticks every row is divided by, measured in the same run.

Process baselines (``python -c pass``, ``git log``, ``git grep``, ``git diff``)
are timed from spawn to exit with output read, exactly like the processes they
are compared with.
"""

from __future__ import annotations

import subprocess
import sys

from bench.context import Context
from bench.harness import Stats, repeat, run_process, worker

COMMON_WORD = "postgresql"
"""The query of the search rows and of the ``git grep`` baseline."""


def plain_read(ctx: Context) -> Stats:
    """Open and read every ADR file in a fresh interpreter (timed after start-up)."""
    return ctx.baseline("plain read", lambda: ctx.sample("catalog.plain_read")[0])


def python_pass(ctx: Context) -> Stats:
    cmd = [sys.executable, "-c", "pass"]
    return ctx.baseline(
        "python -c pass",
        lambda: repeat(ctx.repeat, lambda: run_process(cmd, ctx.env)[0], warmup=ctx.warmup),
    )


def git_log(ctx: Context) -> Stats:
    dirs = ctx.generated.manifest["history_dirs"]
    cmd = ["git", "-C", str(ctx.root), "log", "-z", "--name-status", "-M", "--", *dirs]
    return ctx.baseline(
        "git log",
        lambda: repeat(ctx.repeat, lambda: run_process(cmd, ctx.env)[0], warmup=ctx.warmup),
    )


def git_grep(ctx: Context, word: str = COMMON_WORD) -> Stats:
    dirs = ctx.generated.manifest["adr_dirs"]
    cmd = ["git", "-C", str(ctx.root), "grep", "-c", word, "--", *dirs]
    return ctx.baseline(
        "git grep -c",
        lambda: repeat(ctx.repeat, lambda: run_process(cmd, ctx.env)[0], warmup=ctx.warmup),
    )


def hot_revisions(ctx: Context, count: int = 2) -> list[str]:
    """The newest ``count`` commits that changed the long-lived ADR (newest first)."""
    hot = ctx.generated.manifest["hot_adr"]
    out = subprocess.run(
        ["git", "-C", str(ctx.root), "log", f"-{count}", "--format=%H", "--", hot],
        env=ctx.env,
        capture_output=True,
        check=True,
        text=True,
    )
    return out.stdout.split()


def hot_blobs(ctx: Context) -> tuple[str, str]:
    """Blob ids of the long-lived ADR at its last two revisions (old, new)."""
    hot = ctx.generated.manifest["hot_adr"]
    new, old = hot_revisions(ctx)
    out = subprocess.run(
        ["git", "-C", str(ctx.root), "rev-parse", f"{old}:{hot}", f"{new}:{hot}"],
        env=ctx.env,
        capture_output=True,
        check=True,
        text=True,
    )
    first, second = out.stdout.split()
    return first, second


def git_diff(ctx: Context) -> Stats:
    old, new = hot_blobs(ctx)
    cmd = ["git", "-C", str(ctx.root), "diff", old, new]
    return ctx.baseline(
        "git diff",
        lambda: repeat(ctx.repeat, lambda: run_process(cmd, ctx.env)[0], warmup=ctx.warmup),
    )


def textual_bare_sample(ctx: Context) -> tuple[tuple[float, float], float]:
    """One run of a bare Textual app under ``run_test``: (spawn → first paint, CPU), peak RSS.

    Run beside each measured start, run for run (``rows/ui.py``).
    """
    result, spawned = worker("ui.bare_app", ctx.params(), ctx.env)
    return ((result["painted_ns"] - spawned) / 1e9, result["cpu_at_paint"]), result["peak_rss"]
