"""Search rows: cold build, warm open, a highlighted query and the CLI vs git grep, one re-index."""

from __future__ import annotations

from bench import baselines
from bench.context import Context, available, clone
from bench.harness import Row, Stats, Target, guarded, missing, repeat, run_process, worker
from bench.rows.cli import command

COLD = "search cold index build"
WARM = "search warm index open"
QUERY = "search query with highlights (warm index)"
FIRST = "search first query after open (warm index)"
FIRST_WORD = "cassandra"
"""The query that opens the engine's searcher before the timed one."""
REINDEX = "search re-index after one ADR changed"
CLI = "search CLI `adr-tui search postgresql` process (warm)"


def rows(ctx: Context) -> list[Row]:
    if not available("adr_tui.core.search", "SearchEngine"):
        return [
            missing(COLD, target=Target(2.0, "figure")),
            missing(WARM, target=Target(0.05, "figure")),
            missing(QUERY, target=Target(0.25)),
            missing(FIRST),
            missing(REINDEX, target=Target(0.1, "figure")),
            missing(CLI),
        ]
    return [
        guarded(COLD, lambda: cold_row(ctx), Target(2.0, "figure")),
        guarded(WARM, lambda: warm_row(ctx), Target(0.05, "figure")),
        *query_rows(ctx),
        guarded(REINDEX, lambda: reindex_row(ctx), Target(0.1, "figure")),
        guarded(CLI, lambda: cli_row(ctx)),
    ]


def cold_row(ctx: Context) -> Row:
    stats, results = ctx.sample(
        "search.build", lambda: ctx.params(cache_dir=str(ctx.fresh_dir("index-cold")))
    )
    last = results[-1]
    note = "" if last["rebuilt"] and not last["in_memory"] else "not a full on-disk build"
    return Row(
        COLD,
        stats,
        baseline_name=f"git grep -c {baselines.COMMON_WORD}",
        baseline=baselines.git_grep(ctx),
        target=Target(2.0, "figure"),
        note=note or f"{last['added']} ADRs",
    )


def warm_row(ctx: Context) -> Row:
    # The discarded first sample builds the index in the run's shared cache.
    stats, results = ctx.sample("search.build", warmup=max(1, ctx.warmup))
    last = results[-1]
    changed = last["rebuilt"] or last["added"] or last["updated"] or last["removed"]
    python = baselines.python_pass(ctx)
    return Row(
        WARM,
        stats,
        baseline_name="python -c pass",
        baseline=python,
        target=Target(0.05, "figure"),
        note="index was rebuilt or updated" if changed else "",
    )


def query_rows(ctx: Context) -> list[Row]:
    try:
        return _query_rows(ctx)
    except Exception as exc:  # reported like guarded() does, on both rows
        error = f"error: {type(exc).__name__}: {exc}"[:300]
        return [missing(QUERY, error, Target(0.25)), missing(FIRST, error)]


def _query_rows(ctx: Context) -> list[Row]:
    word = baselines.COMMON_WORD
    params = ctx.params(word=word, first_word=FIRST_WORD)
    stats, results = ctx.sample("search.query", params)
    last = results[-1]
    expected = ctx.generated.manifest["query_words"].get(word)
    note = f"{last['total']} hits ({last['highlighted']} with excerpts), {last['source']}"
    if expected is not None and last["total"] != expected:
        note += f"; the files hold the word in {expected}"
    grep = baselines.git_grep(ctx, word)
    first = Stats.of([(float(r["first_seconds"]), float(r["first_cpu"])) for r in results])
    return [
        Row(
            QUERY,
            stats,
            baseline_name=f"git grep -c {word}",
            baseline=grep,
            target=Target(0.25),
            note=note + f"; the engine's searcher was opened by a query for {FIRST_WORD}",
        ),
        Row(
            FIRST,
            first,
            baseline_name=f"git grep -c {word}",
            baseline=grep,
            note=f"{FIRST_WORD}: opens the searcher, then as above",
        ),
    ]


def reindex_row(ctx: Context) -> Row:
    repo = clone(ctx, "reindex")
    params = ctx.params(root=str(repo), cache_dir=str(ctx.fresh_dir("index-reindex")))
    worker("search.build", params, ctx.env)  # the full build this row starts from
    target = repo / ctx.generated.adr_files[len(ctx.generated.adr_files) // 2]
    samples: list[tuple[float, float]] = []
    updated = 0
    for index in range(ctx.repeat):
        target.write_text(target.read_text() + f"\nBench edit {index} mentions zeppelin.\n")
        result, _ = worker("search.build", params, ctx.env)
        samples.append((float(result["seconds"]), float(result["cpu"])))
        updated = int(result["updated"])
    return Row(
        REINDEX,
        Stats.of(samples),
        baseline_name="python -c pass",
        baseline=baselines.python_pass(ctx),
        target=Target(0.1, "figure"),
        note=f"{updated} ADR updated",
    )


def cli_row(ctx: Context) -> Row:
    """The whole command a user types: start-up, imports, catalogue, index open, query, output.

    On the run's shared cache, which the warm-up run (or the rows before) leaves
    with the catalogue snapshot and an up-to-date index.
    """
    word = baselines.COMMON_WORD
    cmd = [*command(), "search", word, str(ctx.root)]
    stats = repeat(ctx.repeat, lambda: run_process(cmd, ctx.env)[0], warmup=max(1, ctx.warmup))
    python = baselines.python_pass(ctx)
    return Row(
        CLI,
        stats,
        baseline_name=f"git grep -c {word}",
        baseline=baselines.git_grep(ctx, word),
        note=f"wall {stats.median / python.median:.1f}× python -c pass; 20 hits printed, piped",
    )
