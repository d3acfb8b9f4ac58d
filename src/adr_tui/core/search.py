"""Full-text search: the only module that imports Whoosh. Nothing Whoosh-typed leaves it.

The index lives in the user cache dir (``<cache>/index/<repo key>/<schema+whoosh
version>/``), never in the repository, and is only ever a cache of the
catalogue: each open compares the ADRs' content hashes with what the index
holds and re-indexes just the changed, added and removed files.

An index is trusted only when its manifest (schema version, Whoosh version,
generation, size and CRC of every file) checks out; anything else (corrupt,
half-written, foreign) is rebuilt in a fresh folder that a pointer file then
names atomically. Writers hold an OS file lock, so two processes opening one
repository take turns instead of corrupting it (the folder, manifest, pointer
and lock, without Whoosh: :mod:`adr_tui.core.indexstore`). When the cache cannot be
written, the index is kept in memory and :attr:`SearchEngine.notice` says so.

Until an index is ready, :meth:`SearchEngine.search` scans the catalogue
(:mod:`adr_tui.core.scan`) with the same query semantics (see
:mod:`adr_tui.core.querylang`), so results never wait for a build. Either way
:func:`adr_tui.core.results.finish` filters, orders and highlights the matches.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
import shutil
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from adr_tui.core import indexstore
from adr_tui.core.catalog import Catalog
from adr_tui.core.filters import Filter, apply_filter
from adr_tui.core.indexstore import IndexInvalid
from adr_tui.core.matching import decider_text, fuzzy_match
from adr_tui.core.model import Decision
from adr_tui.core.querylang import (
    And,
    Fuzzy,
    Keyword,
    Node,
    Not,
    Nothing,
    Or,
    ParsedQuery,
    Phrase,
    Prefix,
    Range,
    Sort,
    Term,
    norm_name,
    norm_tag,
    parse_query,
)
from adr_tui.core.results import SearchResult, finish, sort_key
from adr_tui.core.scan import WORD_PATTERN, Analysis, ScanCache, scan
from adr_tui.core.settings import Settings

# Whoosh 2.7.4 compiles with SyntaxWarnings on Python 3.12+ (fatal under -W error
# when no bytecode is cached) and some releases warn at run time: no warning
# from it may reach the user's terminal, so every import and call is wrapped.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import whoosh
    import whoosh.codec.whoosh3
    import whoosh.collectors
    import whoosh.filedb.compound
    import whoosh.filedb.filestore
    import whoosh.matching
    import whoosh.reading
    import whoosh.searching
    import whoosh.writing
    from whoosh import fields as wf
    from whoosh import formats as wformats
    from whoosh import query as wq
    from whoosh.analysis import STOP_WORDS, LowercaseFilter, RegexTokenizer
    from whoosh.lang.porter import stem as porter_stem
    from whoosh.system import pack_uint


@contextlib.contextmanager
def _silenced() -> Iterator[None]:
    """Drop every warning raised inside (see the import above for why)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


SCHEMA_VERSION = 3
"""Bump whenever the schema or the analysers change: old indexes are then ignored."""

WHOOSH_VERSION: str = whoosh.versionstring()
VERSION_KEY = f"schema{SCHEMA_VERSION}-whoosh{WHOOSH_VERSION}"
"""Folder name of one schema + tool version: a different version never reads this index."""

HIGHLIGHTED = 20
"""Hits highlighted with the answer by default: a screenful (the CLI shows 20)."""

TITLE_BOOST = 3.0
"""A word in the title counts this much more than one in the body."""
EXACT_BOOST = 1.5
"""An unstemmed match adds this weight on top of the stemmed one, so exact ranks first."""


# --- what a build did ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
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


# --- analysis -----------------------------------------------------------------


def _plain_analyzer() -> Any:
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter()


_WORD = re.compile(WORD_PATTERN)


class _Words(wf.TEXT):  # type: ignore[misc]  # Whoosh is untyped
    """A TEXT field that splits its words itself: what the plain analyser yields, faster.

    Whoosh runs each word through a chain of generators and a Token object:
    ~2 µs a word, half a million words for 1,000 ADRs, a third of a cold
    build. Splitting with one regex call gives the same postings (a test
    compares them) with a dict of positions per word.
    """

    def index(self, value: Any, **_: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        positions: dict[str, list[int]] = {}
        for position, word in enumerate(_WORD.findall(value)):
            positions.setdefault(word.lower(), []).append(position)
        boost = self.format.field_boost
        if isinstance(self.format, wformats.Positions):
            encode = self.format.encode
            for word, found in positions.items():
                yield word.encode("utf-8"), len(found), len(found) * boost, encode(found)
        else:
            for word, found in positions.items():
                yield word.encode("utf-8"), len(found), len(found) * boost, pack_uint(len(found))


def _schema() -> Any:
    plain = _plain_analyzer()
    return wf.Schema(
        id=wf.ID(stored=True, unique=True),
        digest=wf.STORED(),
        # 32 bits, 8-bit steps: 4 terms per value instead of 16 (numbers and day
        # ordinals fit; range queries stay exact, just walk a few more terms).
        number=wf.NUMERIC(int, bits=32, signed=True, shift_step=8),
        date=wf.NUMERIC(int, bits=32, signed=True, shift_step=8),
        # Text twice: plain words (exact matches, phrases, prefixes, typos) and
        # stems. The stem fields hold only stems that differ from their word (a
        # word that is its own stem is already in the plain field): that halves
        # their postings, which dominate build time. Stems are computed here,
        # not by Whoosh, hence the plain analyser. Bodies are not stored:
        # highlights come from the catalogue's text.
        title=_Words(analyzer=plain, phrase=False),
        title_exact=_Words(analyzer=plain, phrase=True),
        body=_Words(analyzer=plain, phrase=False),
        body_exact=_Words(analyzer=plain, phrase=True),
        status=wf.ID(),
        tags=wf.KEYWORD(lowercase=True, commas=True),
        deciders=wf.KEYWORD(lowercase=True, commas=True),
        decider_words=_Words(analyzer=plain, phrase=True),
    )


_FIELD_NAMES = frozenset(_schema().names())

_analysis = Analysis(porter_stem, STOP_WORDS)
"""Whoosh's stop words and Porter stemmer, for the index fields and the scan alike."""


def _document(d: Decision) -> dict[str, Any]:
    title_stems = _analysis.stems_of(_analysis.words(d.title))
    body_stems = _analysis.stems_of(_analysis.words(d.body))
    doc: dict[str, Any] = {
        "id": d.id,
        "digest": d.digest,
        "title": " ".join(sorted(title_stems)),
        "title_exact": d.title,
        "body": " ".join(sorted(body_stems)),
        "body_exact": d.body,
        "status": d.status.value,
        "tags": ",".join(norm_tag(t) for t in d.tags),
        "deciders": ",".join(norm_name(n) for n in d.deciders),
        "decider_words": decider_text(d.deciders),
    }
    if d.number is not None:
        doc["number"] = d.number
    if d.date is not None:
        doc["date"] = d.date.toordinal()
    return doc


# --- the scan (see scan.py) -----------------------------------------------------

_shared_scan_cache = ScanCache(_analysis)


def scan_ids(decisions: Sequence[Decision], query: str) -> frozenset[str]:
    """Ids of the decisions matching ``query``, by scanning (no index)."""
    parsed = parse_query(query)
    if parsed.is_all:
        return frozenset(d.id for d in decisions)
    return frozenset(scan(decisions, parsed.root, _shared_scan_cache))


# --- query translation ----------------------------------------------------------


def _exact_fields(field: str | None) -> list[tuple[str, float]]:
    if field == "title":
        return [("title_exact", TITLE_BOOST * EXACT_BOOST)]
    if field == "body":
        return [("body_exact", EXACT_BOOST)]
    if field == "decider":
        return [("decider_words", 1.0)]
    return [("title_exact", TITLE_BOOST * EXACT_BOOST), ("body_exact", EXACT_BOOST)]


def _stem_fields(field: str | None) -> list[tuple[str, float]]:
    if field == "title":
        return [("title", TITLE_BOOST)]
    if field == "body":
        return [("body", 1.0)]
    if field == "decider":
        return []
    return [("title", TITLE_BOOST), ("body", 1.0)]


MAX_PREFIX_TERMS = 256
"""Past this many expansions a prefix is matched with Whoosh's constant-score Prefix."""


def _prefix(field: str, text: str, boost: float, reader: Any) -> Any:
    """A prefix as an OR of its expansions, each scored and boosted like a typed word.

    Whoosh's Prefix scores one expansion by BM25 without its boost and several
    by a constant, so a title matching ``postgres*`` ranked below bodies that
    merely mention Postgres often.
    """
    words = list(itertools.islice(reader.expand_prefix(field, text), MAX_PREFIX_TERMS + 1))
    if not words:
        return wq.NullQuery
    if len(words) > MAX_PREFIX_TERMS:
        return wq.Prefix(field, text, boost=boost)
    return _any_of([wq.Term(field, word, boost=boost) for word in words])


def _any_of(queries: list[Any]) -> Any:
    if not queries:
        return wq.NullQuery
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _to_whoosh(node: Node, reader: Any) -> Any:
    """The Whoosh query for ``node``: what :class:`Evaluator` matches, plus BM25F scores."""
    if isinstance(node, Term):
        wanted = [(f, node.text, b) for f, b in _exact_fields(node.field)]
        stem = _analysis.stem(node.text)
        if stem is not None:
            # A stem-field hit, or the stem written as a word (see _schema).
            wanted += [(f, stem, b) for f, b in _stem_fields(node.field)]
            if stem != node.text:
                wanted += [(f, stem, b / EXACT_BOOST) for f, b in _exact_fields(node.field)]
        # Terms the index lacks match nothing; leaving them out saves their matchers.
        return _any_of([wq.Term(f, t, boost=b) for f, t, b in wanted if (f, t) in reader])
    if isinstance(node, Phrase):
        return _any_of(
            [wq.Phrase(f, list(node.words), boost=b) for f, b in _exact_fields(node.field)]
        )
    if isinstance(node, Prefix):
        if node.field == "tag":
            return wq.Prefix("tags", node.text)
        return _any_of([_prefix(f, node.text, b, reader) for f, b in _exact_fields(node.field)])
    if isinstance(node, Fuzzy):
        # Expanded here with querylang's distance (not Whoosh's FuzzyTerm, whose
        # automaton and fallback disagree on transpositions) so scan == index.
        clauses = []
        for f, b in _exact_fields(node.field):
            for btext in reader.expand_prefix(f, node.text[:1]):
                word = btext.decode("utf-8") if isinstance(btext, bytes) else btext
                if fuzzy_match(word, node.text, node.maxdist):
                    clauses.append(wq.Term(f, word, boost=b if word == node.text else b / 2))
        return _any_of(clauses)
    if isinstance(node, Keyword):
        name = {"status": "status", "tag": "tags", "decider": "deciders"}[node.field]
        return wq.Term(name, node.value)
    if isinstance(node, Range):
        return wq.NumericRange(node.field, node.low, node.high)
    if isinstance(node, And):
        positive = [_to_whoosh(i, reader) for i in node.items if not isinstance(i, Not)]
        negative = [_to_whoosh(i.item, reader) for i in node.items if isinstance(i, Not)]
        base = wq.And(positive) if len(positive) > 1 else (positive or [wq.Every()])[0]
        return wq.AndNot(base, _any_of(negative)) if negative else base
    if isinstance(node, Or):
        return _any_of([_to_whoosh(i, reader) for i in node.items])
    if isinstance(node, Not):
        return wq.AndNot(wq.Every(), _to_whoosh(node.item, reader))
    if isinstance(node, Nothing):
        return wq.NullQuery
    return wq.Every()


# --- where the index lives (see indexstore.py for the Whoosh-free part) -----------

_VERSIONS = {"schema": SCHEMA_VERSION, "whoosh": WHOOSH_VERSION}
"""What a manifest must record for this process to trust the index."""


def index_home(settings: Settings, root: Path) -> Path:
    """The index folder of one repository for this schema and Whoosh version."""
    return indexstore.repo_folder(settings, root) / VERSION_KEY


def _reader_ids(reader: Any) -> list[str | None]:
    """The ADR id of each document number (None: a deleted document). Reads every document."""
    ids: list[str | None] = [None] * reader.doc_count_all()
    for docnum, stored in reader.iter_docs():
        ids[docnum] = stored["id"]
    return ids


@dataclass(frozen=True)
class _Order:
    """An index, and the ADR id of each document number in one of its generations if known.

    Reading every stored document costs ~10 ms per 1,000 ADRs, so the build
    records the ids in the manifest and the first query of a session reuses them.
    """

    ix: Any
    ids: list[str | None] | None = None
    generation: int = -1

    def ids_for(self, reader: Any) -> list[str | None]:
        """The ids for what ``reader`` reads (read afresh if another generation)."""
        if self.ids is not None and reader.generation() == self.generation:
            return self.ids
        return _reader_ids(reader)


def _write_manifest(gen_dir: Path, ix: Any, digests: dict[str, str]) -> _Order:
    """Record the committed index (see :func:`indexstore.write_manifest`)."""
    with _silenced(), ix.reader() as reader:
        ids, generation = _reader_ids(reader), reader.generation()
    indexstore.write_manifest(gen_dir, _VERSIONS, generation, digests, ids)
    return _Order(ix, ids, generation)


@dataclass
class _Opened:
    """A verified on-disk index and what its manifest says it holds."""

    gen_dir: Path
    generation: int
    digests: dict[str, str]
    """ADR id → digest, from the manifest (cheaper than reading stored fields)."""
    order: _Order
    """The index with the ADR id of each document number, from the manifest."""


def _unchanged(home: Path, opened: _Opened) -> bool:
    """Whether nobody swapped or updated the index since it was verified."""
    return indexstore.unchanged(home, opened.gen_dir, opened.generation)


def _open_verified(home: Path) -> _Opened:
    """Open the index the pointer names, after checking every file. Raises IndexInvalid."""
    gen_dir = indexstore.current_dir(home)
    failure = ""
    # Whoosh leaves the files of a failed open to the garbage collector: they
    # are freed (with a ResourceWarning) when the exception dies, so that
    # happens inside the silenced block, and a collection catches cycles.
    with _silenced():
        try:
            opened = _open_checked(gen_dir)
        except IndexInvalid as exc:
            failure = str(exc)
        except Exception as exc:  # any failure to read means "do not trust"
            failure = f"corrupt: {type(exc).__name__}: {exc}"
        if failure:
            gc.collect()
    if failure:
        raise IndexInvalid(failure)
    return opened


def _open_checked(gen_dir: Path) -> _Opened:
    manifest = indexstore.check_files(gen_dir, _VERSIONS)
    # No mmap: a file truncated by another process would kill us with SIGBUS.
    storage = whoosh.filedb.filestore.FileStorage(str(gen_dir), supports_mmap=False)
    ix = storage.open_index()
    if ix.latest_generation() != manifest["generation"]:
        raise IndexInvalid("half-written update")
    if set(ix.schema.names()) != _FIELD_NAMES:
        raise IndexInvalid("schema changed")
    digests = manifest["docs"]
    order = manifest.get("order")
    if (
        not isinstance(digests, dict)
        or ix.doc_count() != len(digests)
        or not isinstance(order, list)
        or len(order) != ix.doc_count_all()
    ):
        raise IndexInvalid("manifest does not match the index")
    generation = manifest["generation"]
    return _Opened(gen_dir, generation, digests, _Order(ix, order, generation))


def _stored_digests(ix: Any) -> dict[str, str]:
    with _silenced(), ix.reader() as reader:
        return {f["id"]: f.get("digest", "") for _, f in reader.iter_docs()}


class _Cancelled(Exception):
    pass


class _FieldLengths:
    """A segment's field lengths, each field's column read once.

    When a segment is written, Whoosh asks for the document's field length at
    every posting (for per-block length bounds), and its reader seeks and
    reads the new segment's file each time: 280,000 reads, a third of a cold
    build of 1,000 ADRs. This holds each field's lengths in a list instead.
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._lengths: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            read = self._reader.doc_field_length
            count = self._reader.doc_count_all()
            lengths = self._lengths[fieldname] = [read(d, fieldname, default) for d in range(count)]
        return lengths[docnum]

    def close(self) -> None:
        self._reader.close()


class _SegmentWriter(whoosh.writing.SegmentWriter):  # type: ignore[misc]  # Whoosh is untyped
    """Whoosh's one-process writer, with :class:`_FieldLengths` for the segment it writes."""

    def per_document_reader(self) -> _FieldLengths:
        return _FieldLengths(super().per_document_reader())


def _writer(ix: Any, **options: Any) -> Any:
    """A writer for ``ix`` (what ``ix.writer(**options)`` gives, with one process)."""
    return _SegmentWriter(ix, **options)


def _add_all(writer: Any, decisions: Iterable[Decision], cancel: threading.Event | None) -> int:
    count = 0
    for d in decisions:
        if cancel is not None and count % 32 == 0 and cancel.is_set():
            raise _Cancelled
        writer.add_document(**_document(d))
        count += 1
    return count


def _build_new(home: Path, decisions: Sequence[Decision], cancel: threading.Event | None) -> _Order:
    """Build a full index in a fresh folder and point at it atomically; returns it."""
    gen_dir = indexstore.new_generation_dir(home)
    try:
        with _silenced():
            ix = whoosh.filedb.filestore.FileStorage(str(gen_dir)).create_index(_schema())
            writer = _writer(ix, limitmb=256)  # below ~200 MB Whoosh spills runs to disk: 4x slower
            try:
                _add_all(writer, decisions, cancel)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        order = _write_manifest(gen_dir, ix, {d.id: d.digest for d in decisions})
        indexstore.point_at(home, gen_dir)
    except BaseException:
        shutil.rmtree(gen_dir, ignore_errors=True)
        raise
    indexstore.remove_others(home, gen_dir)
    return order


def _build_memory(decisions: Sequence[Decision], cancel: threading.Event | None) -> Any:
    with _silenced():
        ix = whoosh.filedb.filestore.RamStorage().create_index(_schema())
        writer = _writer(ix, limitmb=256)
        try:
            _add_all(writer, decisions, cancel)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    return ix


def _update(
    ix: Any,
    decisions: Sequence[Decision],
    cancel: threading.Event | None,
    stored: dict[str, str],
) -> tuple[int, int, int]:
    """Re-index only what changed (by content hash). Returns (added, updated, removed)."""
    current = {d.id: d for d in decisions}
    removed = [i for i in stored if i not in current]
    changed = [d for i, d in current.items() if i in stored and stored[i] != d.digest]
    added = [d for i, d in current.items() if i not in stored]
    if not (removed or changed or added):
        return 0, 0, 0
    with _silenced():
        writer = _writer(ix, timeout=2.0)
        try:
            for doc_id in removed:
                writer.delete_by_term("id", doc_id)
            for d in changed:
                writer.update_document(**_document(d))
            _add_all(writer, added, cancel)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    return len(added), len(changed), len(removed)


# --- the engine -------------------------------------------------------------------


_noticed: set[str] = set()
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
        self._decisions: tuple[Decision, ...] = tuple(catalog.decisions)
        self._settings = settings
        self._lock = threading.RLock()
        self._build_lock = threading.Lock()
        self._index: Any = None
        self._order: _Order | None = None
        self._generation = 0
        self._ready = False
        self._local = threading.local()
        self._searchers: list[Any] = []
        self._results: OrderedDict[tuple[Any, ...], SearchResult] = OrderedDict()
        self._scan_cache = ScanCache(_analysis)
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
            self._decisions = tuple(catalog.decisions)
            self._ready = False
            self._results.clear()

    def build(self, cancel: threading.Event | None = None) -> IndexReport:
        """Bring the index in line with the catalogue (incrementally when possible).

        Safe to call from any thread; concurrent calls take turns. When
        ``cancel`` is set mid-build, the index is left as it was.
        """
        with self._build_lock:
            started = time.perf_counter()
            decisions = self._decisions
            try:
                report = self._build(decisions, cancel)
            except _Cancelled:
                report = IndexReport(cancelled=True)
            report = _with_seconds(report, time.perf_counter() - started)
            self.last_report = report
            return report

    def _build(self, decisions: Sequence[Decision], cancel: threading.Event | None) -> IndexReport:
        # A past revision (--at) would churn the working tree's on-disk index.
        if not self._settings.use_cache or self._catalog.at is not None:
            if self._index is None or not isinstance(
                self._index.storage, whoosh.filedb.filestore.RamStorage
            ):
                self._install(_Order(_build_memory(decisions, cancel)), decisions)
                return IndexReport(added=len(decisions), rebuilt=True, in_memory=True)
            stored = _stored_digests(self._index)
            added, updated, removed = _update(self._index, decisions, cancel, stored)
            changed = bool(added or updated or removed)
            self._install(_Order(self._index), decisions, changed=changed)
            return IndexReport(added, updated, removed, in_memory=True)
        root: Path = self._catalog.root
        home = index_home(self._settings, root)
        try:
            home.mkdir(parents=True, exist_ok=True)
            return self._build_on_disk(home, decisions, cancel)
        except _Cancelled:
            raise
        except OSError as exc:
            self._say_in_memory(exc)
            self._install(_Order(_build_memory(decisions, cancel)), decisions)
            return IndexReport(added=len(decisions), rebuilt=True, in_memory=True, reason=str(exc))

    def _build_on_disk(
        self, home: Path, decisions: Sequence[Decision], cancel: threading.Event | None
    ) -> IndexReport:
        # Fast path without the lock: a verified index that already matches.
        opened: _Opened | None = None
        try:
            opened = _open_verified(home)
            if opened.digests == {d.id: d.digest for d in decisions}:
                self._install(opened.order, decisions, changed=self._index is None)
                return IndexReport()
        except IndexInvalid:
            pass
        with indexstore.exclusive(home):
            if opened is None or not _unchanged(home, opened):
                try:
                    opened = _open_verified(home)  # another process may have fixed it
                except IndexInvalid as exc:
                    self._install(_build_new(home, decisions, cancel), decisions)
                    return IndexReport(added=len(decisions), rebuilt=True, reason=str(exc))
            try:
                ix = opened.order.ix
                added, updated, removed = _update(ix, decisions, cancel, opened.digests)
            except _Cancelled:
                raise
            except Exception as exc:  # a locked or unreadable segment: start afresh
                if isinstance(exc, OSError) and not indexstore.is_corruption(exc):
                    raise
                self._install(_build_new(home, decisions, cancel), decisions)
                return IndexReport(
                    added=len(decisions), rebuilt=True, reason=f"update failed: {exc}"
                )
            order = opened.order
            if added or updated or removed:
                order = _write_manifest(opened.gen_dir, ix, {d.id: d.digest for d in decisions})
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
        self, order: _Order, decisions: Sequence[Decision], *, changed: bool = True
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

    def _searcher(self, order: _Order, generation: int) -> _Searcher:
        """This thread's searcher for this generation (Whoosh searchers are not thread-safe)."""
        mine: _Searcher | None = getattr(self._local, "searcher", None)
        if mine is not None and mine.generation == generation:
            return mine
        if mine is not None:
            with contextlib.suppress(Exception):
                mine.searcher.close()
        with _silenced():
            searcher = order.ix.searcher()
            ids = order.ids_for(searcher.reader())
        mine = _Searcher(generation, searcher, ids)
        self._local.searcher = mine
        with self._lock:
            self._searchers.append(searcher)
        return mine

    def search(
        self,
        query: str,
        flt: Filter | None = None,
        *,
        sort: Sort = "relevance",
        limit: int | None = None,
        highlight: int = HIGHLIGHTED,
    ) -> SearchResult:
        """Decisions matching ``query`` and ``flt`` (whose own query is ANDed in).

        Args:
            query: text in the query language; never an error (see ``problems``).
            flt: facets to apply; None applies none.
            sort: ``relevance`` (default), ``number``, ``date`` (newest first) or ``title``.
            limit: at most this many hits (None: all).
            highlight: how many of the first hits carry their highlights; the result's
                ``highlighter`` does the others on demand.
        """
        flt = flt or Filter()
        text = " ".join(p for p in (f"({flt.query})" if flt.query else "", query) if p.strip())
        with self._lock:
            order, generation, ready = self._order, self._generation, self._ready
            decisions, catalog = self._decisions, self._catalog
        source: Literal["index", "scan"] = "index" if ready and order is not None else "scan"
        key = (source, generation, id(decisions), text, flt.without_query(), sort, limit, highlight)
        with self._lock:
            cached = self._results.get(key)
            if cached is not None:
                self._results.move_to_end(key)
                return cached
        parsed = parse_query(text.strip())
        scores: dict[str, float] | None = None
        notes = list(parsed.problems)
        if order is not None and source == "index" and not parsed.is_all:
            with _silenced():  # see _open_verified: failed reads leak files to the GC
                try:
                    scores = self._index_scores(order, generation, parsed)
                except Exception as exc:  # never trust a failing index: scan, rebuild next time
                    with self._lock:
                        self._ready = False
                    notes.append(f"search index unusable ({type(exc).__name__}); scanned instead")
                    source = "scan"
                if scores is None:
                    gc.collect()
        if scores is None and not parsed.is_all:
            scores = scan(decisions, parsed.root, self._scan_cache)
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
            stem=_analysis.stem,
        )
        with self._lock:
            self._results[key] = result
            while len(self._results) > 256:
                self._results.popitem(last=False)
        return result

    def _index_scores(
        self, order: _Order, generation: int, parsed: ParsedQuery
    ) -> dict[str, float]:
        mine = self._searcher(order, generation)
        with _silenced():
            q = _to_whoosh(parsed.root, mine.searcher.reader())
            results = mine.searcher.search(q, limit=None)
            ids = mine.ids
            return {
                doc_id: float(score)
                for docnum, score in results.items()
                if (doc_id := ids[docnum]) is not None
            }


def _with_seconds(report: IndexReport, seconds: float) -> IndexReport:
    from dataclasses import replace

    return replace(report, seconds=seconds)


def scan_search(
    catalog: Catalog,
    query: str,
    flt: Filter | None = None,
    *,
    sort: Sort = "relevance",
    limit: int | None = None,
    highlight: int = HIGHLIGHTED,
) -> SearchResult:
    """Search ``catalog`` by scanning it (no index): what :class:`SearchEngine` does until ready."""
    flt = flt or Filter()
    text = " ".join(p for p in (f"({flt.query})" if flt.query else "", query) if p.strip())
    parsed = parse_query(text)
    decisions = tuple(catalog.decisions)
    scores = None if parsed.is_all else scan(decisions, parsed.root, _shared_scan_cache)
    notes = list(parsed.problems)
    return finish(
        decisions,
        catalog,
        parsed,
        scores,
        flt,
        sort=sort,
        limit=limit,
        highlight=highlight,
        notes=notes,
        source="scan",
        stem=_analysis.stem,
    )


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
        result = engine.search("", flt, sort=sort, highlight=0)
    return [d for d in (catalog.get(i) for i in result.ids) if d is not None]
