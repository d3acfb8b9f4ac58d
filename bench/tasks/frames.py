"""Main-thread responsiveness while workers run (issue 7): event-loop lag on the incident path.

A ticker on the app's own event loop asks to run every :data:`INTERVAL`; how
late each tick runs is the lag: how long the main thread could not paint or
answer a key. A stall is a tick later than :data:`STALL`. To say what blocked,
a watchdog thread, while the loop is overdue, samples every thread's stack and
reads each thread's CPU clock, and a ``gc`` callback logs long collections. A
stall is then put down to one of:

- a cyclic garbage collection (it holds the GIL; any thread can trigger it);
- the main thread's own work (it used the CPU): its stack says where;
- a worker that kept the GIL (the main thread sat idle while that thread used
  the CPU): the worker's stack says where. Long C calls hold the GIL without a
  break, so the watchdog often only runs once they end, and the worker's stack
  is then sampled right after the call;
- neither: the process was not scheduled (machine load) or a blocking call.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import sys
import sysconfig
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.harness import PROJECT_ROOT
from bench.tasks import ui

INTERVAL = 0.010
"""The ticker's period: a healthy loop runs every tick within a few ms of its due time."""
STALL = 0.100
"""A tick later than this is a stall: issue 7's "no frame longer than 100 ms"."""
SAMPLE_EVERY = 0.010
"""How often the watchdog looks at the loop and reads the threads' CPU clocks."""
RING = 8
"""CPU readings kept from before a stall is noticed (it is noticed at half :data:`STALL`)."""
GC_MIN = 0.001
"""Collections shorter than this are not logged (thousands of young ones per second)."""
SHOWN_FRAMES = 10
"""Innermost frames kept when a stack is reported."""
KEY_GAP = 0.08
"""Seconds between typed keys: a quick typist, below the search box's debounce."""
STEPS = 5
"""Older revisions stepped through on the History screen."""
TIMEOUT = 900.0
"""Seconds any one step may take (a cold 100,000-commit history runs for minutes)."""
BUSY = 0.5
"""CPU share of a stall above which a thread counts as having run through it."""
BACKGROUND = ("load", "search", "index", "git")
"""Worker groups waited for before the run ends (``poll`` runs forever)."""
IDLE_FILES = ("threading.py", "queue.py", "selectors.py", "concurrent/futures/thread.py")
"""A thread whose innermost frame is here is waiting, not competing for the GIL."""
MAIN = "MainThread"

_PREFIXES = sorted(
    {
        str(PROJECT_ROOT / "src"),
        str(PROJECT_ROOT),
        sysconfig.get_paths()["purelib"],
        sysconfig.get_paths()["stdlib"],
    },
    key=len,
    reverse=True,
)

Stack = tuple[str, ...]
"""Frames as ``module/path.py:function:line``, outermost first."""
Reading = tuple[float, tuple[tuple[str, float], ...]]
"""(when, ((thread name, CPU seconds), ...)): tuples of atoms, which the GC stops tracking."""


def where(frame: traceback.FrameSummary) -> str:
    """``package/module.py:function:line``, with install prefixes cut off."""
    path = frame.filename
    for prefix in _PREFIXES:
        if path.startswith(prefix + os.sep):
            path = path[len(prefix) + 1 :]
            break
    return f"{path}:{frame.name}:{frame.lineno}"


def site_of(stack: Stack) -> str:
    """The innermost adr-tui frame of a stack, else its innermost frame."""
    ours = [f for f in stack if f.startswith("adr_tui/")]
    return (ours or list(stack) or ["(no stack)"])[-1]


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def thread_cpu(when: float) -> Reading:
    """Every live thread's CPU seconds so far.

    ``clock_gettime`` keeps the GIL (unlike reading ``/proc``), so the watchdog asks
    for the GIL once per look and does not add to the contention it measures. A
    thread listed by ``threading.enumerate`` has not finished, so its clock is valid.
    """
    found: list[tuple[str, float]] = []
    for thread in threading.enumerate():
        if thread.ident is not None:
            clock = time.pthread_getcpuclockid(thread.ident)
            found.append((thread.name, time.clock_gettime(clock)))
    return when, tuple(found)


@dataclass(frozen=True)
class Sample:
    """Every thread's stack at one moment while the loop was overdue (or just after)."""

    at: float
    stacks: tuple[tuple[str, Stack], ...]
    """(thread name, stack) of the main thread and of every other thread not waiting."""


@dataclass
class Stall:
    """One tick later than :data:`STALL`, and what the probe saw meanwhile."""

    phase: str
    start: float
    end: float
    main_cpu: float
    """Main-thread CPU seconds ÷ wall seconds over the stall."""
    process_cpu: float
    """Whole-process CPU seconds ÷ wall seconds (up to the number of cores)."""
    gc_seconds: float = 0.0
    """Cyclic garbage collection (any thread) overlapping the stall."""
    gc_what: str = ""
    """The longest of those collections: generation and thread."""
    samples: list[Sample] = field(default_factory=list)
    threads: list[tuple[str, float]] = field(default_factory=list)
    """CPU share of each other thread over the stall, largest first."""

    @property
    def lag(self) -> float:
        return self.end - self.start - INTERVAL

    @property
    def blamed(self) -> str:
        """The thread whose work the stall waited for: the main one, else the busiest."""
        workers = sum(share for _, share in self.threads)
        if self.main_cpu >= BUSY or not self.threads or workers < BUSY:
            return MAIN
        return self.threads[0][0]

    @property
    def cause(self) -> str:
        if self.gc_seconds >= self.lag / 2:
            return f"cyclic garbage collection ({self.gc_what})"
        if self.main_cpu >= BUSY:
            return "main thread busy"
        if self.blamed != MAIN:
            return "main thread waiting for the GIL (a worker busy)"
        return "main thread not scheduled (cores busy: other jobs, git) or a blocking call"

    def stack(self) -> Stack:
        """The blamed thread's most often seen stack."""
        seen = Counter(st for s in self.samples for name, st in s.stacks if name == self.blamed)
        return seen.most_common(1)[0][0] if seen else ()

    @property
    def site(self) -> str:
        stack = self.stack()
        if not stack:
            return f"{self.blamed}: (not sampled)"
        return f"{self.blamed}: {site_of(stack)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "lag": self.lag,
            "cause": self.cause,
            "site": self.site,
            "main_cpu": round(self.main_cpu, 2),
            "process_cpu": round(self.process_cpu, 2),
            "threads": [f"{name} {share:.0%}" for name, share in self.threads[:3]],
            "gc_seconds": self.gc_seconds,
            "samples": len(self.samples),
            "stack": list(self.stack()[-SHOWN_FRAMES:]),
            "seen": self.seen(),
        }

    def seen(self) -> list[str]:
        """Every sampled thread's innermost adr-tui frame and innermost frame."""
        found: dict[str, None] = {}
        for sample in self.samples:
            for name, stack in sample.stacks:
                leaf = stack[-1] if stack else ""
                found[
                    f"{name}: {site_of(stack)}" + (f" → {leaf}" if leaf != site_of(stack) else "")
                ] = None
        return list(found)[:6]


class LagProbe:
    """Event-loop lag of the main thread, with what blocked it during each stall."""

    def __init__(self) -> None:
        self.phase = "boot"
        self.lags: list[tuple[str, float]] = []
        self.stalls: list[Stall] = []
        self.phase_started: dict[str, float] = {}
        self.stall_seen = threading.Event()
        """Set once the watchdog has seen an overdue loop (lets a test end a stall)."""
        self._main = threading.get_ident()
        self._last = time.monotonic()
        self._cpu = (time.thread_time(), time.process_time())
        self._samples: list[Sample] = []
        self._readings: list[Reading] = []
        self._gc: list[tuple[float, float, str]] = []
        self._gc_start = 0.0
        self._stop = threading.Event()
        self._handle: asyncio.TimerHandle | None = None
        self._watchdog = threading.Thread(target=self._watch, name="lag-watchdog", daemon=True)

    # -- the ticker (main thread) ---------------------------------------------

    def start(self) -> None:
        """Tick on the running loop and start the watchdog."""
        gc.callbacks.append(self._on_gc)
        self.enter("boot")
        self._last = time.monotonic()
        self._cpu = (time.thread_time(), time.process_time())
        self._handle = asyncio.get_running_loop().call_later(INTERVAL, self._tick)
        self._watchdog.start()

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._stop.set()
        self._watchdog.join()
        gc.callbacks.remove(self._on_gc)

    def enter(self, phase: str) -> None:
        """Ticks from now on belong to ``phase``."""
        self.phase = phase
        self.phase_started[phase] = time.monotonic()

    def _tick(self) -> None:
        now = time.monotonic()
        lag = now - self._last - INTERVAL
        cpu = (time.thread_time(), time.process_time())
        # The driver enters a phase just before the key that starts it, so a wait
        # that spans the switch is put down to the new phase.
        phase = self.phase
        if lag > STALL:
            wall = now - self._last
            main, process = ((b - a) / wall for a, b in zip(self._cpu, cpu, strict=True))
            self.stalls.append(Stall(phase, self._last, now, main, process))
        self.lags.append((phase, lag))
        self._last, self._cpu = now, cpu
        self._handle = asyncio.get_running_loop().call_later(INTERVAL, self._tick)

    # -- the watchdog (its own thread) ------------------------------------------

    def _watch(self) -> None:
        # From half the threshold on (so a stall just over it is covered), and for two
        # looks after, every stack and CPU reading is kept; otherwise only a short ring.
        ring: deque[Reading] = deque(maxlen=RING)
        asleep = time.monotonic()
        after = 0
        while not self._stop.wait(SAMPLE_EVERY):
            woke = time.monotonic()
            ring.append(thread_cpu(woke))
            # Woken late: a thread kept the GIL (a long C call, a collection) or the
            # process was not scheduled; the holder has only just let go.
            late = woke - asleep - SAMPLE_EVERY > STALL / 2
            if late or woke - self._last > INTERVAL + STALL / 2:
                after = 2
                self._samples.append(self._sample(woke))
            if after:
                after -= 1
                self._readings.extend(ring)
                ring.clear()
            if woke - self._last > INTERVAL + STALL:
                self.stall_seen.set()
            asleep = woke

    def _sample(self, when: float) -> Sample:
        frames = sys._current_frames()
        names = {t.ident: t.name for t in threading.enumerate()}
        stacks: list[tuple[str, Stack]] = []
        for ident, frame in frames.items():
            if ident == threading.get_ident():
                continue
            stack = traceback.extract_stack(frame)
            if ident != self._main and stack and stack[-1].filename.endswith(IDLE_FILES):
                continue
            name = MAIN if ident == self._main else names.get(ident, str(ident))
            stacks.append((name, tuple(where(f) for f in stack)))
        return Sample(when, tuple(stacks))

    # -- garbage collection (any thread) ------------------------------------------

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.monotonic()
        if phase == "start":
            self._gc_start = now
        elif now - self._gc_start >= GC_MIN:
            thread = "main thread" if threading.get_ident() == self._main else "a worker"
            self._gc.append((self._gc_start, now, f"generation {info['generation']} in {thread}"))

    def _gc_between(self, start: float, end: float) -> tuple[float, str]:
        """Seconds of collection between ``start`` and ``end``, and the longest collection.

        Read at report time: a collection's record is written by its callback, which
        may lose the GIL to the waiting main thread before the record is in.
        """
        seconds, longest, what = 0.0, 0.0, ""
        for a, b, kind in self._gc:
            overlap = min(b, end) - max(a, start)
            if overlap > 0:
                seconds += overlap
                if overlap > longest:
                    longest, what = overlap, kind
        return seconds, what

    # -- the report -------------------------------------------------------------------

    def report(self, skip: tuple[str, ...] = ("boot", "exit")) -> dict[str, Any]:
        """Figures over every phase but ``skip`` (before the first paint, and the exit)."""
        kept = [lag for phase, lag in self.lags if phase not in skip]
        stalls = [s for s in self.stalls if s.phase not in skip]
        for stall in stalls:
            self._explain(stall)
        return {
            **figures(kept, stalls),
            "phases": self._phases(),
            "worst": [s.to_json() for s in sorted(stalls, key=lambda s: -s.lag)[:5]],
            "causes": causes(stalls),
            "stacks": top_stacks(stalls),
        }

    def _explain(self, stall: Stall) -> None:
        """Attach the stacks and CPU readings taken during ``stall`` (or right after it)."""
        during = [s for s in self._samples if stall.start < s.at <= stall.end]
        # None when a C call or a collection kept the watchdog out: then the looks
        # taken as it got back in, right after the stall, stand in.
        until = stall.end + STALL / 2
        stall.samples = during or [s for s in self._samples if stall.end < s.at <= until]
        stall.gc_seconds, stall.gc_what = self._gc_between(stall.start, stall.end)
        # The last reading before the stall (the watchdog may itself be held off once
        # it starts) and the first after it.
        before = [r for r in self._readings if r[0] <= stall.start + SAMPLE_EVERY]
        after = [r for r in self._readings if r[0] >= stall.end]
        if not before or not after:
            return
        first, last = dict(before[-1][1]), dict(after[0][1])
        wall = after[0][0] - before[-1][0]
        shares = [(n, (cpu - first[n]) / wall) for n, cpu in last.items() if n in first]
        stall.threads = sorted(
            ((n, share) for n, share in shares if n not in (MAIN, "lag-watchdog")),
            key=lambda item: -item[1],
        )

    def _phases(self) -> dict[str, dict[str, Any]]:
        order = list(self.phase_started)
        ends = [self.phase_started[p] for p in order[1:]] + [self._last]
        found: dict[str, dict[str, Any]] = {}
        for phase, end in zip(order, ends, strict=True):
            lags = [lag for p, lag in self.lags if p == phase]
            stalls = [s for s in self.stalls if s.phase == phase]
            found[phase] = {"seconds": end - self.phase_started[phase], **figures(lags, stalls)}
        return found


def figures(lags: list[float], stalls: list[Stall]) -> dict[str, Any]:
    return {
        "ticks": len(lags),
        "max_lag": max(lags, default=0.0),
        "p99": percentile(lags, 0.99),
        "median": statistics.median(lags) if lags else 0.0,
        "stalls": len(stalls),
        "stalled_seconds": sum(s.lag for s in stalls),
    }


def causes(stalls: list[Stall]) -> dict[str, dict[str, float]]:
    """Stalls and stalled seconds per cause, most stalled time first."""
    found: dict[str, dict[str, float]] = {}
    for stall in sorted(stalls, key=lambda s: s.cause):
        into = found.setdefault(stall.cause, {"stalls": 0, "stalled_seconds": 0.0})
        into["stalls"] += 1
        into["stalled_seconds"] += stall.lag
    return dict(sorted(found.items(), key=lambda item: -item[1]["stalled_seconds"]))


def _group(stall: Stall) -> tuple[str, str]:
    # A collection runs wherever an allocation happened to trigger it: the place
    # says little, so collections are grouped by generation and thread only.
    return stall.cause, "" if stall.gc_seconds >= stall.lag / 2 else stall.site


def top_stacks(stalls: list[Stall], count: int = 3) -> list[dict[str, Any]]:
    """Stalls grouped by cause and place, most stalled time first."""
    groups: dict[tuple[str, str], list[Stall]] = {}
    for stall in stalls:
        groups.setdefault(_group(stall), []).append(stall)
    ranked = sorted(groups.items(), key=lambda item: -sum(s.lag for s in item[1]))
    found: list[dict[str, Any]] = []
    for (cause, site), members in ranked[:count]:
        worst = max(members, key=lambda s: s.lag).to_json()
        places = Counter(s.site for s in members).most_common(3)
        found.append(
            {
                "site": site or "triggered in " + "; ".join(p for p, _ in places),
                "cause": cause,
                "stalls": len(members),
                "stalled_seconds": sum(s.lag for s in members),
                "worst_lag": worst["lag"],
                "phases": sorted({s.phase for s in members}),
                "gc_seconds": sum(s.gc_seconds for s in members),
                "threads": worst["threads"],
                "stack": worst["stack"],
                "seen": worst["seen"],
            }
        )
    return found


# --------------------------------------------------------------------------- the tasks


def bare(params: dict[str, Any]) -> dict[str, Any]:
    """The baseline: an empty Textual app, idle for ``seconds``, under the same probe.

    Whatever lag it shows is the machine's (scheduling, other jobs), not adr-tui's.
    """
    from textual.app import App

    probe = LagProbe()

    async def drive() -> None:
        probe.start()
        async with App[None]().run_test(headless=True, size=(120, 40)) as pilot:
            await pilot.pause()
            await ui._after_refresh(pilot.app)
            probe.enter("idle")
            await asyncio.sleep(float(params.get("seconds", 3.0)))
        probe.stop()

    asyncio.run(drive())
    return probe.report()


def incident(params: dict[str, Any]) -> dict[str, Any]:
    """adr-tui headless on the incident path, measured from its first paint.

    The list loads, a query is typed key by key, the first hit opens, ``h``
    shows its history and ``[`` steps to older revisions; then the run waits
    for every background worker (index build, history, created dates) to end.
    The app is the real one (file polling and indexing on); the cache folder
    decides cold or warm.
    """
    from adr_tui.core.settings import Settings
    from adr_tui.ui.app import make_app

    settings = Settings(cache_dir=Path(params["cache_dir"]))
    app = make_app(settings, paths=[Path(params["root"])])
    probe = LagProbe()

    async def drive() -> dict[str, Any]:
        probe.start()
        async with app.run_test(headless=True, size=(120, 40)) as pilot:
            await pilot.pause()
            driver = Driver(app, probe)
            await driver.incident(str(params.get("query", "postgresql")))
        probe.stop()
        return {**driver.facts, "workers": {p: list(w) for p, w in driver.workers.items()}}

    facts = asyncio.run(drive())
    return {**probe.report(), **facts}


class Driver:
    """Walks the app through the incident path as a user would, phase by phase."""

    def __init__(self, app: Any, probe: LagProbe) -> None:
        self.app, self.probe = app, probe
        self.workers: dict[str, dict[str, None]] = {}
        """Per phase, the workers seen running (which ones compete with the UI)."""
        self.facts: dict[str, Any] = {}

    async def until(self, condition: Callable[[], bool]) -> None:
        """Like ``ui._until``, but polled every tick rather than every 1 ms (the driver's
        wake-ups are main-thread work no user causes), noting the running workers, and
        failing as soon as the app stops."""
        deadline = time.monotonic() + TIMEOUT
        while not condition():
            if not self.app.is_running:  # it crashed: run_test raises the error on exit
                raise RuntimeError("the app stopped before reaching the awaited state")
            if time.monotonic() > deadline:
                raise TimeoutError("the app never reached the awaited state")
            running = self.workers.setdefault(self.probe.phase, {})
            running.update((w.description, None) for w in self.app.workers if not w.is_finished)
            await asyncio.sleep(INTERVAL)

    async def press(self, *keys: str) -> None:
        """Press keys at a typist's pace, without waiting for the app to go idle.

        ``Pilot.press`` waits after each key until the process is idle, up to 2 s:
        while workers run, that gave them seconds no typist gives them.
        ``simulate_key`` posts the key at once (its idle wait is its own task).
        """
        for key in keys:
            self.app.simulate_key(key)
            await asyncio.sleep(KEY_GAP)

    def listed(self) -> int:
        from adr_tui.ui.widgets.adr_list import AdrList

        try:
            return len(self.app.browse.query_one(AdrList).rows)
        except Exception:  # not mounted yet
            return 0

    async def incident(self, word: str) -> None:
        from adr_tui.ui.screens.browse import BrowseScreen

        app = self.app
        await self.until(lambda: isinstance(app.screen, BrowseScreen))
        await ui._after_refresh(app)
        self.probe.enter("list")  # the user sees the app; the catalogue loads in a worker
        await self.until(lambda: self.listed() > 0)
        self.facts["rows"] = self.listed()
        await self.search(word)
        await self.open_and_step()
        self.probe.enter("drain")  # index build, created dates: still running in workers?

        def drained() -> bool:
            return not any(w.group in BACKGROUND and not w.is_finished for w in app.workers)

        await self.until(drained)
        await ui._after_refresh(app)
        self.probe.enter("exit")  # closing the app is not "while workers run"

    async def search(self, word: str) -> None:
        self.probe.enter("search")
        await self.press("slash", *word)
        browse = self.app.browse
        await self.until(
            lambda: (
                browse.query_state.text == word
                and getattr(browse.listing, "query", None) == browse.query_state
            )
        )
        self.facts["hits"] = self.listed()

    async def open_and_step(self) -> None:
        from adr_tui.ui.screens.adr import AdrScreen
        from adr_tui.ui.screens.history import HistoryScreen
        from adr_tui.ui.widgets.diff_view import DiffView

        app = self.app
        self.probe.enter("open")
        await self.press("down", "enter")  # leave the search box, open the best hit
        await self.until(lambda: isinstance(app.screen, AdrScreen))
        await ui._after_refresh(app)
        self.probe.enter("history")
        await self.press("h")
        # Pushed once its history is read; its widgets exist once it has composed.
        await self.until(lambda: isinstance(app.screen, HistoryScreen) and app.screen.is_mounted)
        screen = app.screen
        view = screen.query_one(DiffView)
        await self.until(lambda: screen.lineage is not None and view.diff is not None)
        self.facts["revisions"] = len(screen.revisions)
        self.probe.enter("step")
        stepped = 0
        for _ in range(min(STEPS, len(screen.revisions) - 1)):
            shown = view.diff

            def moved(shown: object = shown) -> bool:
                return view.diff is not shown

            await self.press("left_square_bracket")
            await self.until(moved)
            stepped += 1
        await ui._after_refresh(app)
        self.facts["stepped"] = stepped
