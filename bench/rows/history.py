"""History rows: cold and warm loads, one new commit, one diff, one status timeline."""

from __future__ import annotations

import shutil

from bench import baselines
from bench.context import Context, available, clone, commit_change
from bench.harness import Row, Stats, Target, guarded, missing, repeat, run_process, worker

COLD = "history cold, all ADRs"
WARM = "history warm start, all ADRs"
INCREMENTAL = "history after one new commit"
DIFF = "one revision diff"
TIMELINE = "status timeline, 50 revisions"


def rows(ctx: Context) -> list[Row]:
    if not available("adr_tui.core.history", "load_history"):
        return [
            missing(COLD, target=Target(1.25)),
            missing(WARM, target=Target(0.05, "figure")),
            missing(INCREMENTAL, target=Target(0.1, "figure")),
            missing(DIFF, target=Target(1.5)),
            missing(TIMELINE, target=Target(0.25, "figure")),
        ]
    has_diffs = available("adr_tui.core.diffs", "diff_revision")
    return [
        guarded(COLD, lambda: cold_row(ctx), Target(1.25)),
        guarded(WARM, lambda: warm_row(ctx), Target(0.05, "figure")),
        guarded(INCREMENTAL, lambda: incremental_row(ctx), Target(0.1, "figure")),
        guarded(DIFF, lambda: diff_row(ctx), Target(1.5)) if has_diffs else missing(DIFF),
        guarded(TIMELINE, lambda: timeline_row(ctx), Target(0.25, "figure")),
    ]


def cold_row(ctx: Context) -> Row:
    # A fresh, empty cache folder per sample: nothing is remembered between repeats.
    stats, results = ctx.sample(
        "history.load_all", lambda: ctx.params(cache_dir=str(ctx.fresh_dir("cold")))
    )
    found = results[-1]["lineages"]
    return Row(
        COLD,
        stats,
        baseline_name="git log",
        baseline=baselines.git_log(ctx),
        target=Target(1.25),
        note=f"{found} lineages via History.{results[-1]['api']}()",
    )


def warm_row(ctx: Context) -> Row:
    # ctx.params() uses the run's shared cache, warmed by the discarded first sample.
    stats, _ = ctx.sample("history.load_all", warmup=max(1, ctx.warmup))
    python = baselines.python_pass(ctx)
    return Row(
        WARM,
        stats,
        baseline_name="git log",
        baseline=baselines.git_log(ctx),
        target=Target(0.05, "figure"),
        also=[("python -c pass", stats.median / python.median)],
    )


def incremental_row(ctx: Context) -> Row:
    repo = clone(ctx, "incremental")
    cache = str(ctx.fresh_dir("incremental-cache"))
    params = ctx.params(root=str(repo), cache_dir=cache)
    worker("history.load_all", params, ctx.env)  # warm the cache at the clone's HEAD
    hot = ctx.generated.manifest["hot_adr"]
    dirs = ctx.generated.manifest["history_dirs"]
    samples: list[tuple[float, float]] = []
    one_commit: list[tuple[float, float]] = []
    for index in range(ctx.repeat):
        stamp = f"2030-01-{index + 1:02d}T12:00:00+00:00"
        commit_change(repo, hot, f"\nBench note {index}.\n", ctx.env, stamp)
        result, _ = worker("history.load_all", params, ctx.env)
        samples.append((float(result["seconds"]), float(result["cpu"])))
        cmd = ["git", "-C", str(repo), "log", "-z", "--name-status", "-M", "HEAD~1..HEAD"]
        one_commit.append(run_process([*cmd, "--", *dirs], ctx.env)[0])
    return Row(
        INCREMENTAL,
        Stats.of(samples),
        baseline_name="git log of that commit",
        baseline=Stats.of(one_commit),
        target=Target(0.1, "figure"),
    )


def diff_row(ctx: Context) -> Row:
    params = ctx.params(path=ctx.generated.manifest["hot_adr"])
    stats, results = ctx.sample("history.diff_latest", params)
    old, new = baselines.hot_blobs(ctx)
    same = (results[-1]["old_blob"], results[-1]["blob"]) == (old, new)
    return Row(
        DIFF,
        stats,
        baseline_name="git diff",
        baseline=baselines.git_diff(ctx),
        target=Target(1.5),
        note="" if same else "diffed other blobs than the baseline",
    )


def timeline_row(ctx: Context) -> Row:
    hot = ctx.generated.manifest["hot_adr"]
    shared = ctx.workdir / "cache" / "history"

    def params() -> dict[str, object]:
        # A fresh cache per sample holding the warm log but no parsed states, so every
        # revision is read and parsed; without a warm log the (untimed) load reads git.
        fresh = ctx.fresh_dir("tl")
        if shared.is_dir():
            shutil.copytree(shared, fresh / "history", ignore=shutil.ignore_patterns("*states*"))
        return ctx.params(path=hot, cache_dir=str(fresh))

    stats, results = ctx.sample("history.timeline", params)
    cmd = ["git", "-C", str(ctx.root), "log", "--follow", "-p", "--format=%H", "--", hot]
    follow = repeat(ctx.repeat, lambda: run_process(cmd, ctx.env)[0], warmup=ctx.warmup)
    last = results[-1]
    return Row(
        TIMELINE,
        stats,
        baseline_name="git log --follow -p",
        baseline=follow,
        target=Target(0.25, "figure"),
        note=f"{last['revisions']} revisions: " + " → ".join(last["events"])[:80],
    )
