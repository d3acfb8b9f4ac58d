"""Catalogue rows: discover+parse against a plain read, and parse memory growth."""

from __future__ import annotations

from bench import baselines
from bench.context import Context, available
from bench.generate import ensure
from bench.harness import Row, Stats, Target, guarded, missing

MEMORY_SIZES = (100, 1000, 10000)
LINEAR_SLACK = 1.5
"""Peak bytes per ADR may grow by this factor from 100 ADRs and still count as linear."""


def rows(ctx: Context) -> list[Row]:
    if not available("adr_tui.core.catalog", "load_catalog"):
        return [missing("catalogue discover+parse"), missing("parse memory per ADR")]
    found = [
        guarded("catalogue discover+parse", lambda: parse_row(ctx), Target(3.0)),
        guarded("catalogue warm (parse cache)", lambda: warm_row(ctx), Target(3.0)),
    ]
    try:
        found += memory_rows(ctx)
    except Exception as exc:  # keep the parse row when the memory rows fail
        found.append(missing("parse memory per ADR", f"error: {type(exc).__name__}: {exc}"))
    return found


def parse_row(ctx: Context) -> Row:
    stats, results = ctx.sample("catalog.parse")
    found = results[-1]["decisions"]
    note = "" if found == ctx.size else f"found {found} of {ctx.size} ADRs"
    return Row(
        "catalogue discover+parse",
        stats,
        baseline_name="plain read",
        baseline=baselines.plain_read(ctx),
        target=Target(3.0),
        note=note,
    )


def warm_row(ctx: Context) -> Row:
    """The start-up case: an unchanged tree, read back from the catalogue snapshot.

    Discovery and an ``lstat`` per ADR file, then one verified cache file; no ADR
    is opened (a changed file means the parse cache: read and hash every file).
    """
    stats, results = ctx.sample("catalog.parse_warm")
    found = results[-1]["decisions"]
    return Row(
        "catalogue warm (parse cache)",
        stats,
        baseline_name="plain read",
        baseline=baselines.plain_read(ctx),
        target=Target(3.0),
        note="" if found == ctx.size else f"found {found} of {ctx.size} ADRs",
    )


def memory_rows(ctx: Context) -> list[Row]:
    # tracemalloc counts allocations exactly, so one sample per size suffices;
    # smaller repositories are generated (and cached) on demand to show the growth.
    per_adr: dict[int, float] = {}
    for size in [s for s in MEMORY_SIZES if s < ctx.size] + [ctx.size]:
        generated = ctx.generated if size == ctx.size else ensure(size, cache_dir=ctx.repo_cache)
        params = ctx.params(root=str(generated.root))
        stats, _ = ctx.sample("catalog.parse_memory", params, key="per_adr", warmup=0, count=1)
        per_adr[size] = stats.median
    smallest = min(per_adr)
    base = Stats((per_adr[smallest],))
    return [
        Row(
            f"parse memory per ADR ({size:,} ADRs, tracemalloc peak)",
            Stats((value,)),
            unit="B",
            baseline_name=f"per ADR at {smallest:,}",
            baseline=base,
            target=Target(LINEAR_SLACK),
        )
        for size, value in per_adr.items()
    ]
