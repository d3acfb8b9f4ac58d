"""The search engine: one catalogue's index kept current, queries answered from it or a scan."""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from adr_tui.core import indexstore
from adr_tui.core.catalog import Catalog
from adr_tui.core.filters import Filter, apply_filter
from adr_tui.core.indexstore import IndexInvalid
from adr_tui.core.model import Decision
from adr_tui.core.querylang import (
    Node,
    ParsedQuery,
    Sort,
    Term,
    as_words,
    parse_query,
    relaxed,
    without_noise,
)
from adr_tui.core.records import record
from adr_tui.core.results import SearchResult, finish, sort_key
from adr_tui.core.scan import ScanCache, matched_anywhere, scan
from adr_tui.core.search import storage
from adr_tui.core.search.lib import STOP_WORDS, silenced, wq
from adr_tui.core.search.scanning import HIGHLIGHTED, query_text
from adr_tui.core.search.schema import analysis, indexed_digest
from adr_tui.core.search.scoring import LengthsOnce
from adr_tui.core.search.storage import Cancelled, Opened, Order
from adr_tui.core.search.translate import to_whoosh
from adr_tui.core.settings import Settings


@record
class IndexReport:
    """What one :meth:`SearchEngine.build` did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    rebuilt: bool = False
    """True when the whole index was (re)built rather than updated."""
    reason: str = ""
    """Why it was rebuilt (``no index yet``, ``corrupt: …``, ``schema changed``…)."""
    in_memory: bool = False
    """True when the index is kept in memory (cache disabled or not writable)."""
    cancelled: bool = False
    seconds: float = 0.0


RELAXED_NOTE = "no record has every word as typed: showing near matches"
"""What a search says when it shows the looser reading of a query (see ``relax``): short,
as the TUI shows it on one line beside the search box's other notices."""

_noticed: set[str] = set()
"""Cache folders already reported unwritable: the notice is given once per process."""
_noticed_lock = threading.Lock()


@dataclass
class _Searcher:
    generation: int
    searcher: Any
    ids: list[str | None]


class SearchEngine:
    """Search over one catalogue; usable from several threads.

    Typical use (the UI calls :meth:`build` from a worker thread)::

        engine = SearchEngine.open(catalog, settings)      # cheap, never blocks
        engine.build(cancel=worker.cancelled_event)          # in a worker
        result = engine.search("sess* status:accepted", Filter())

    Until :attr:`ready`, :meth:`search` answers by scanning the catalogue:
    slower, same result set. Each thread gets its own Whoosh searcher, reused
    for as long as the index generation stays the same.
    """

    def __init__(self, catalog: Catalog, settings: Settings) -> None:
        self._catalog = catalog
        self._decisions: Sequence[Decision] = catalog.decisions  # not copied: see SavedDecisions
        self._settings = settings
        self._lock = threading.RLock()
        self._build_lock = threading.Lock()
        self._progress: storage.Progress | None = None
        """The running build's listener (set by :meth:`build`, under the build lock)."""
        self._index: Any = None
        self._order: Order | None = None
        self._generation = 0
        self._ready = False
        self._local = threading.local()
        self._searchers: list[Any] = []
        self._results: OrderedDict[tuple[Any, ...], SearchResult] = OrderedDict()
        self._scan_cache = ScanCache(analysis)
        self.notice: str | None = None
        """Set once per process when the index had to be kept in memory."""
        self.last_report: IndexReport | None = None
        """What the latest build did."""
        self._thread: threading.Thread | None = None

    @classmethod
    def open(
        cls, catalog: Catalog, settings: Settings, *, background: bool = False
    ) -> SearchEngine:
        """An engine for ``catalog``; with ``background`` the index builds in a daemon thread.

        Without ``background`` nothing is built yet: call :meth:`build` (from a
        worker thread in the UI, directly in the CLI).
        """
        engine = cls(catalog, settings)
        if background:
            engine._thread = threading.Thread(
                target=engine.build, name="adr-tui-index", daemon=True
            )
            engine._thread.start()
        return engine

    @property
    def ready(self) -> bool:
        """True when the index matches the current catalogue and answers queries."""
        return self._ready

    @property
    def generation(self) -> int:
        """Increases each time the index content changes."""
        return self._generation

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a background build started by :meth:`open`; returns :attr:`ready`."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._ready

    def set_catalog(self, catalog: Catalog) -> None:
        """Switch to a reloaded catalogue; searches scan it until :meth:`build` catches up."""
        with self._lock:
            self._catalog = catalog
            self._decisions = catalog.decisions
            self._ready = False
            self._results.clear()

    # -- building --

    def build(
        self, cancel: threading.Event | None = None, progress: storage.Progress | None = None
    ) -> IndexReport:
        """Bring the index in line with the catalogue (incrementally when possible).

        Safe to call from any thread; concurrent calls take turns. When
        ``cancel`` is set mid-build, the index is left as it was. ``progress``
        hears how far a full build is, after each segment (an update is quick).
        """
        with self._build_lock:
            self._progress = progress
            started = time.perf_counter()
            decisions = self._decisions
            try:
                report = self._build(decisions, cancel)
            except Cancelled:
                report = IndexReport(cancelled=True)
            report = replace(report, seconds=time.perf_counter() - started)
            self.last_report = report
            return report

    def _build(self, decisions: Sequence[Decision], cancel: threading.Event | None) -> IndexReport:
        # A past revision (--at) would churn the working tree's on-disk index.
        if not self._settings.use_cache or self._catalog.at is not None:
            return self._build_in_memory(decisions, cancel)
        root: Path = self._catalog.root
        home = storage.index_home(self._settings, root)
        try:
            home.mkdir(parents=True, exist_ok=True)
            return self._build_on_disk(home, decisions, cancel)
        except Cancelled:
            raise
        except OSError as exc:
            self._say_in_memory(exc)
            self._install(Order(storage.build_memory(decisions, cancel, self._progress)), decisions)
            return IndexReport(added=len(decisions), rebuilt=True, in_memory=True, reason=str(exc))

    def _build_in_memory(
        self, decisions: Sequence[Decision], cancel: threading.Event | None
    ) -> IndexReport:
        if self._index is None or not storage.is_in_memory(self._index):
            self._install(Order(storage.build_memory(decisions, cancel, self._progress)), decisions)
            return IndexReport(added=len(decisions), rebuilt=True, in_memory=True)
        stored = storage.stored_digests(self._index)
        added, updated, removed = storage.update(self._index, decisions, cancel, stored)
        changed = bool(added or updated or removed)
        self._install(Order(self._index), decisions, changed=changed)
        return IndexReport(added, updated, removed, in_memory=True)

    def _build_on_disk(
        self, home: Path, decisions: Sequence[Decision], cancel: threading.Event | None
    ) -> IndexReport:
        # Fast path without the lock: a verified index that already matches.
        opened: Opened | None = None
        try:
            opened = storage.open_verified(home)
            if opened.digests == {d.id: d.digest for d in decisions}:
                self._install(opened.order, decisions, changed=self._index is None)
                return IndexReport()
        except IndexInvalid:
            pass
        with indexstore.exclusive(home):
            if opened is None or not storage.unchanged(home, opened):
                try:
                    opened = storage.open_verified(home)  # another process may have fixed it
                except IndexInvalid as exc:
                    self._install(
                        storage.build_new(home, decisions, cancel, self._progress), decisions
                    )
                    return IndexReport(added=len(decisions), rebuilt=True, reason=str(exc))
            return self._update_on_disk(home, opened, decisions, cancel)

    def _update_on_disk(
        self,
        home: Path,
        opened: Opened,
        decisions: Sequence[Decision],
        cancel: threading.Event | None,
    ) -> IndexReport:
        # Called with the index folder locked.
        try:
            ix = opened.order.ix
            added, updated, removed = storage.update(
                ix, decisions, cancel, opened.digests, opened.gen_dir, self._progress
            )
        except Cancelled:
            raise
        except Exception as exc:  # a locked or unreadable segment: start afresh
            if isinstance(exc, OSError) and not indexstore.is_corruption(exc):
                raise
            self._install(storage.build_new(home, decisions, cancel, self._progress), decisions)
            return IndexReport(added=len(decisions), rebuilt=True, reason=f"update failed: {exc}")
        order = opened.order
        if added or updated or removed:
            digests = {d.id: indexed_digest(d) for d in decisions}
            order = storage.write_manifest(opened.gen_dir, ix, digests)
        self._install(order, decisions)
        return IndexReport(added, updated, removed)

    def _say_in_memory(self, exc: OSError) -> None:
        key = str(self._settings.cache_dir)
        with _noticed_lock:
            if key in _noticed:
                return
            _noticed.add(key)
        reason = exc.strerror or type(exc).__name__
        self.notice = (
            f"search index kept in memory: cannot write to {self._settings.cache_dir} ({reason})"
        )

    def _install(
        self, order: Order, decisions: Sequence[Decision], *, changed: bool = True
    ) -> None:
        with self._lock:
            if changed or order.ix is not self._index:
                self._index = order.ix
                self._order = order
                self._generation += 1
                self._results.clear()
            # Ready only if nobody swapped the catalogue while we were building.
            self._ready = decisions is self._decisions

    def close(self) -> None:
        """Close every searcher this engine opened."""
        with self._lock:
            for searcher in self._searchers:
                with contextlib.suppress(Exception):
                    searcher.close()
            self._searchers.clear()
            self._ready = False
            self._index = None
            self._order = None

    def __enter__(self) -> SearchEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- querying --

    def search(
        self,
        query: str,
        flt: Filter | None = None,
        *,
        sort: Sort = "relevance",
        limit: int | None = None,
        highlight: int = HIGHLIGHTED,
        cancelled: Callable[[], bool] | None = None,
        relax: bool = True,
    ) -> SearchResult:
        """Decisions matching ``query`` and ``flt`` (whose own query is ANDed in).

        Args:
            query: text in the query language; never an error (see ``problems``).
            flt: facets to apply; None applies none.
            sort: ``relevance`` (default), ``number``, ``date`` (newest first) or ``title``.
            limit: at most this many hits (None: all).
            highlight: how many of the first hits carry their highlights; the result's
                ``highlighter`` does the others on demand.
            cancelled: asked now and then while scanning (before the index is built).
            relax: when the query matches nothing, search its words loosely instead
                (see :func:`~adr_tui.core.querylang.relaxed`) and say so in ``problems``.

        Raises:
            Cancelled: ``cancelled`` turned true during a scan.
        """
        flt = flt or Filter()
        text = query_text(query, flt)
        with self._lock:
            order, generation, ready = self._order, self._generation, self._ready
            decisions, catalog = self._decisions, self._catalog
        source: Literal["index", "scan"] = "index" if ready and order is not None else "scan"
        key: tuple[Any, ...] = (source, generation, id(decisions), text, flt.without_query())
        key += (sort, limit, highlight, relax)
        cached = self._cached(key)
        if cached is not None:
            return cached
        parsed = parse_query(text.strip())
        parsed = ParsedQuery(parsed.text, without_noise(parsed.root, STOP_WORDS), parsed.problems)
        scores: dict[str, float] | None = None
        notes = list(parsed.problems)
        if not parsed.is_all:
            scores, source = self._matches(
                parsed.root, decisions, order, generation, source, cancelled, notes
            )
            words = None if scores else as_words(parsed.root)
            if words is not None:  # no record so numbered has the other words
                found, source = self._matches(
                    words, decisions, order, generation, source, cancelled, notes
                )
                if found:
                    scores, parsed = found, ParsedQuery(parsed.text, words, parsed.problems)
            loose = None
            if relax and not scores:
                unmatched = self._unmatched(decisions, order, generation, source, cancelled)
                loose = relaxed(parsed.root, STOP_WORDS, unmatched)
            if loose is not None:
                found, source = self._matches(
                    loose, decisions, order, generation, source, cancelled, notes
                )
                if found:
                    scores, parsed = found, ParsedQuery(parsed.text, loose, parsed.problems)
                    notes.append(RELAXED_NOTE)
        result = finish(
            decisions,
            catalog,
            parsed,
            scores,
            flt,
            sort=sort,
            limit=limit,
            highlight=highlight,
            notes=notes,
            source=source,
            stem=analysis.stem,
        )
        self._remember(key, result)
        return result

    def _cached(self, key: tuple[Any, ...]) -> SearchResult | None:
        with self._lock:
            cached = self._results.get(key)
            if cached is not None:
                self._results.move_to_end(key)
            return cached

    def _remember(self, key: tuple[Any, ...], result: SearchResult) -> None:
        with self._lock:
            self._results[key] = result
            while len(self._results) > 256:
                self._results.popitem(last=False)

    def _matches(
        self,
        root: Node,
        decisions: Sequence[Decision],
        order: Order | None,
        generation: int,
        source: Literal["index", "scan"],
        cancelled: Callable[[], bool] | None,
        notes: list[str],
    ) -> tuple[dict[str, float], Literal["index", "scan"]]:
        """The decisions ``root`` matches, with scores: from the index, else by a scan."""
        if order is not None and source == "index":
            scores = self._scores_or_none(order, generation, root, notes)
            if scores is not None:
                return scores, source
        found = scan(decisions, root, self._scan_cache, cancelled)
        if found is None:
            raise Cancelled
        return found, "scan"

    def _unmatched(
        self,
        decisions: Sequence[Decision],
        order: Order | None,
        generation: int,
        source: Literal["index", "scan"],
        cancelled: Callable[[], bool] | None,
    ) -> Callable[[Term], bool]:
        """Whether no record has a word as typed (see :func:`relaxed`).

        The index holds none of its terms (a few look-ups in its word lists), or, before
        the index is built, a scan finds no record.
        """
        if order is not None and source == "index":
            reader = self._searcher(order, generation).searcher.reader()

            def lacked(term: Term) -> bool:
                with silenced():
                    try:
                        return to_whoosh(term, reader) is wq.NullQuery
                    except Exception:  # a failing index: the loose search scans instead
                        return False

            return lacked

        def unfound(term: Term) -> bool:
            found = matched_anywhere(decisions, term, self._scan_cache, cancelled)
            if found is None:
                raise Cancelled
            return not found

        return unfound

    def _scores_or_none(
        self, order: Order, generation: int, root: Node, notes: list[str]
    ) -> dict[str, float] | None:
        """The index's scores; None (and a note) when it fails, so the caller scans instead."""
        with silenced():  # see storage.open_verified: failed reads leak files to the GC
            try:
                return self._index_scores(order, generation, root)
            except Exception as exc:  # never trust a failing index: scan, rebuild next time
                with self._lock:
                    self._ready = False
                notes.append(f"search index unusable ({type(exc).__name__}); scanned instead")
            gc.collect()
        return None

    def _index_scores(self, order: Order, generation: int, root: Node) -> dict[str, float]:
        mine = self._searcher(order, generation)
        with silenced():
            q = to_whoosh(root, mine.searcher.reader())
            results = mine.searcher.search(q, limit=None)
            ids = mine.ids
            return {
                doc_id: float(score)
                for docnum, score in results.items()
                if (doc_id := ids[docnum]) is not None
            }

    def _searcher(self, order: Order, generation: int) -> _Searcher:
        """This thread's searcher for this generation (Whoosh searchers are not thread-safe)."""
        mine: _Searcher | None = getattr(self._local, "searcher", None)
        if mine is not None and mine.generation == generation:
            return mine
        if mine is not None:
            with contextlib.suppress(Exception):
                mine.searcher.close()
        with silenced():
            searcher = order.ix.searcher(weighting=LengthsOnce())
            ids = order.ids_for(searcher.reader())
        mine = _Searcher(generation, searcher, ids)
        self._local.searcher = mine
        with self._lock:
            self._searchers.append(searcher)
        return mine


def scan_search(
    catalog: Catalog,
    query: str,
    flt: Filter | None = None,
    *,
    sort: Sort = "relevance",
    limit: int | None = None,
    highlight: int = HIGHLIGHTED,
    relax: bool = True,
) -> SearchResult:
    """Search ``catalog`` by scanning it: what :class:`SearchEngine` answers until it is built."""
    engine = SearchEngine(catalog, Settings(use_cache=False))  # never built: it scans
    return engine.search(query, flt, sort=sort, limit=limit, highlight=highlight, relax=relax)


def run_query(
    catalog: Catalog, flt: Filter, settings: Settings, *, sort: Sort = "relevance"
) -> list[Decision]:
    """The decisions ``flt`` (query included) selects, in ``sort`` order (for ``list --query``).

    Uses (and updates) the on-disk index when the filter has a query.
    """
    if not flt.query:
        kept = apply_filter(catalog.decisions, flt, lookup=catalog)
        return sorted(kept, key=sort_key("number" if sort == "relevance" else sort, {}))
    with SearchEngine.open(catalog, settings) as engine:
        engine.build()
        result = engine.search("", flt, sort=sort, highlight=0, relax=False)
    return [d for d in (catalog.get(i) for i in result.ids) if d is not None]
