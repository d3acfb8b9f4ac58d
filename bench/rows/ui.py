"""UI rows: warm start to an interactive list, keystroke to results, peak RSS.

Start-up is counted from the parent's spawn of the worker process to the first
paint after the list has rows, so interpreter start, imports and loading are
all in; the bare Textual app baseline is counted the same way.
"""

from __future__ import annotations

from bench import baselines
from bench.context import Context, available
from bench.harness import Row, Stats, Target, guarded, missing, worker


def rows(ctx: Context) -> list[Row]:
    limit = 1.3 if ctx.size <= 1000 else 2.0
    start = "UI warm start to interactive list (headless)"
    keys = "UI keystroke → results"
    rss = "UI peak RSS"
    if not available("adr_tui.ui.app", "make_app"):
        return [
            missing(start, target=Target(limit)),
            missing(keys, target=Target(0.05, "figure")),
            missing(rss),
            missing(HISTORY, target=Target(0.1, "figure")),
        ]
    params = ctx.params(query=baselines.COMMON_WORD)
    starts: list[tuple[float, float]] = []
    bare_paints: list[tuple[float, float]] = []
    bare_peaks: list[float] = []
    keystrokes: list[tuple[float, float]] = []
    peaks: list[float] = []
    debounce = 0.0
    # The first run warms every cache (and is not counted) even with --warmup 0:
    # this row is about warm start.
    for index in range(ctx.repeat + max(1, ctx.warmup)):
        # The first run waits for its start-up work, so that the index (tens of seconds
        # at 10,000 ADRs) is whole for the counted runs, as after a user's first session.
        result, spawned = worker("ui.adr_app", {**params, "settle": index == 0}, ctx.env)
        # The bare app runs beside each start, not in a block before them: a machine whose
        # load drifts during the run (a block of bare runs at one load, of starts at
        # another) moved the ratio by more than a change being measured.
        bare_paint, bare_peak = baselines.textual_bare_sample(ctx)
        if index >= max(1, ctx.warmup):
            starts.append(((result["interactive_ns"] - spawned) / 1e9, result["cpu_at_paint"]))
            bare_paints.append(bare_paint)
            bare_peaks.append(float(bare_peak))
            debounce = float(result["debounce_seconds"])
            # CPU is not spent while the debounce timer waits, so it is not subtracted.
            wall = float(result["keystroke_seconds"]) - debounce
            keystrokes.append((wall, float(result["keystroke_cpu"])))
            peaks.append(float(result["peak_rss"]))
    bare, bare_rss = Stats.of(bare_paints), Stats(tuple(bare_peaks))
    shown = f"{result['rows']} rows"
    return [
        Row(
            start,
            Stats.of(starts),
            baseline_name="bare Textual app",
            baseline=bare,
            target=Target(limit),
            note=shown,
        ),
        Row(
            keys,
            Stats.of(keystrokes),
            target=Target(0.05, "figure"),
            note=f"last key → repaint, minus the {debounce * 1000:.0f} ms typing debounce; "
            f"{result['hits']} hits",
        ),
        Row(
            rss, Stats(tuple(peaks)), unit="B", baseline_name="bare Textual app", baseline=bare_rss
        ),
        guarded(HISTORY, lambda: history_row(ctx), Target(0.1, "figure")),
        guarded(SETTLED, lambda: history_row(ctx, settled=True), Target(0.1, "figure")),
        guarded(ADR_OPEN, lambda: adr_open_row(ctx)),
    ]


HISTORY = "UI history of an ADR opened (warm cache)"
SETTLED = "UI history of an ADR opened, start-up work done (warm cache)"


def history_row(ctx: Context, *, settled: bool = False) -> Row:
    """``h`` on the 50-revision ADR until its History screen shows them; the first run warms.

    ``settled``: ``h`` once start-up workers are done, not as soon as the ADR shows.
    """
    hot = ctx.generated.manifest["hot_adr"]
    params = ctx.params(path=hot, settled=settled)
    stats, results = ctx.sample("ui.history_open", params, warmup=max(1, ctx.warmup))
    return Row(
        SETTLED if settled else HISTORY,
        stats,
        target=Target(0.1, "figure"),
        note=f"key → History screen drawn; {results[-1]['revisions']} revisions",
    )


ADR_OPEN = "UI ADR opened: enter → its text drawn (longest ADR)"


def adr_open_row(ctx: Context) -> Row:
    """``enter`` on the longest ADR, start-up work done; Textual's Markdown widget as yardstick.

    No target in the issues: the yardstick says what rendering the text as one widget
    (Rich) buys over Textual's widget per block, on the same text in the same run.
    """
    params = ctx.params()
    stats, results = ctx.sample("adr_view.adr_open", params, warmup=max(1, ctx.warmup))
    yardstick = ctx.baseline(
        "Textual's Markdown widget",
        lambda: ctx.sample("adr_view.textual_markdown", params, warmup=max(1, ctx.warmup))[0],
    )
    return Row(
        ADR_OPEN,
        stats,
        baseline_name="Textual's Markdown widget, same text",
        baseline=yardstick,
        note=f"{results[-1]['chars']:,} characters",
    )
