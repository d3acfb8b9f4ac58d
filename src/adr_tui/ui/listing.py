"""What the Browse list shows: entries from one or more catalogues, filtered, searched, sorted.

This is the single adapter between the UI and the core's ``filters`` and
``search`` modules. It runs inside a worker (never on the UI thread) and
returns plain values: the UI's :class:`Query` becomes a core ``Filter`` per
repository, a search goes to that repository's ``SearchEngine`` (which scans
until its index is built), and results from several repositories are merged.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field, replace
from enum import StrEnum
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from adr_tui.core.catalog import Catalog
from adr_tui.core.lazypattern import LazyPattern
from adr_tui.core.lazyseq import MadeOnRead
from adr_tui.core.model import Decision, Status
from adr_tui.core.records import record
from adr_tui.core.settings import Settings
from adr_tui.core.supersession import is_in_force
from adr_tui.ui.fields import status_label

if TYPE_CHECKING:  # Whoosh loads on first search, in a worker, not before the first paint
    from adr_tui.core.filters import Filter  # and the filters (and query language) on the
    from adr_tui.core.highlight import Highlighter  # first filter, search or facet count
    from adr_tui.core.querylang import Fragment
    from adr_tui.core.search import SearchEngine


class SortKey(StrEnum):
    """Orders the list can take; ``s`` cycles through them."""

    RELEVANCE = "relevance"
    NUMBER = "number"
    DATE = "date"
    TITLE = "title"

    def next(self) -> SortKey:
        """The following order, wrapping round."""
        members = list(SortKey)
        return members[(members.index(self) + 1) % len(members)]


@record
class Entry:
    """One decision of one repository, as the list knows it."""

    repo: str
    """Display name of the repository (its folder name)."""
    root: Path
    """Absolute repository root."""
    decision: Decision
    """The decision itself."""

    @property
    def key(self) -> str:
        """Unique across repositories: used to keep the selection across reloads."""
        return f"{self.root}\0{self.decision.id}"


@record
class Query:
    """Everything the user asked the list to show."""

    text: str = ""
    """Search words; empty for no search."""
    statuses: frozenset[Status] = frozenset()
    """Keep only these statuses (empty: all)."""
    tags: frozenset[str] = frozenset()
    """Keep decisions carrying any of these tags (empty: all)."""
    deciders: frozenset[str] = frozenset()
    """Keep decisions made by any of these people (empty: all)."""
    repos: frozenset[str] = frozenset()
    """Keep decisions of these repositories (empty: all)."""
    hide_not_in_force: bool = False
    """Hide superseded, deprecated and rejected decisions."""
    sort: SortKey = SortKey.RELEVANCE
    """Row order; relevance (the default) means number order when nothing is searched."""

    @property
    def effective_sort(self) -> SortKey:
        """The order actually used: relevance needs a search, else number order."""
        if self.sort is SortKey.RELEVANCE and not self.text.strip():
            return SortKey.NUMBER
        return self.sort

    def describe(self) -> list[str]:
        """Short phrases naming each active filter, for the header and empty message."""
        parts: list[str] = []
        if self.text.strip():
            parts.append(f"search {self.text.strip()!r}")
        for name, values in (
            # As the badges and the filter panel say them ("no status", not "unknown").
            ("status", sorted(status_label(s).lower() for s in self.statuses)),
            ("tag", sorted(self.tags)),
            ("decider", sorted(self.deciders)),
            ("repo", sorted(self.repos)),
        ):
            if values:
                parts.append(f"{name}: {', '.join(values)}")
        if self.hide_not_in_force:
            parts.append("in force only")
        return parts

    @property
    def filtered(self) -> bool:
        """Whether anything narrows the list."""
        return bool(self.describe())

    def cleared(self) -> Query:
        """The same order with no filter and no search."""
        return Query(sort=self.sort)


class Hit:
    """Why a row matched a search; its excerpt is made the first time it is asked for.

    The first hits of a search come with their excerpt; the others get theirs
    from the search's highlighter when the list draws them, so a keystroke pays
    for one screen of excerpts and every row still has one when scrolled to.
    """

    __slots__ = ("_excerpt", "score")

    def __init__(
        self, score: float, excerpt: Fragment | Callable[[], Fragment | None] | None = None
    ) -> None:
        self.score = score
        """Higher is better."""
        self._excerpt = excerpt

    def _made(self) -> Fragment | None:
        if callable(self._excerpt):
            self._excerpt = self._excerpt()
        return self._excerpt

    @property
    def snippet(self) -> str:
        """A one-line excerpt around the first match (plain text; the list makes it inert)."""
        made = self._made()
        return made.text if made else ""

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Character ranges of ``snippet`` that matched, for highlighting."""
        made = self._made()
        return made.spans if made else ()


GitDate = Callable[[Entry], dt.date | None]
"""When Git first saw an entry's file, once known: what dates an undated decision."""


@record
class Row:
    """One line of the list."""

    entry: Entry
    hit: Hit | None = None
    in_force: bool = True
    """False for decisions no longer governing (status, or replaced by one in effect)."""


FacetItem = tuple[str, str, int]
"""(value as filtered on, label as written, count)."""

Facets = dict[str, list[FacetItem]]
"""Facet name (``status``, ``tag``, ``decider``, ``repo``) → items, most frequent first."""


@record
class Listing:
    """The computed list and its facet counts."""

    rows: Sequence[Row]
    """A tuple, or the rows of one catalogue in its own order (:class:`CatalogRows`)."""
    total: int
    query: Query
    facets: Facets = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    """What the search did not understand, or how it answered (shown above the list)."""


_NO_CACHE = Settings(use_cache=False)
"""For a repository without an engine: the engine then scans, which needs no index."""


TOP_FOLDER = "(top)"
"""The label of a monorepo's outermost ADR folder (``docs/adr`` beside ``services/*/docs/adr``)."""


def folder_labels(adr_dirs: Sequence[str]) -> dict[str, str]:
    """Short names telling ADR folders apart.

    A folder inside another ADR folder is named by its path below it ("clients" for
    camunda's "docs/adr/clients" beside "docs/adr": its whole path, cut to the column,
    read "docs/a…lients"). Of the others, what is left of each path once the trailing
    folders they all share (``docs/adr``) are dropped; only its last name when those
    are distinct.
    """
    labels: dict[str, str] = {}
    outer = []
    for d in adr_dirs:
        parent = max((o for o in adr_dirs if o != d and _below(d, o)), key=len, default=None)
        if parent is None:
            outer.append(d)
        else:
            labels[d] = d[len(parent) :].lstrip("/")
    split = [PurePosixPath(d).parts for d in outer]
    shared = 0
    while all(len(p) > shared for p in split) and len({p[-1 - shared] for p in split}) == 1:
        shared += 1
    rest = [p[: len(p) - shared] for p in split]
    last = [p[-1] if p else "" for p in rest]
    use_last = len(set(last)) == len(last)
    for d, p, name in zip(outer, rest, last, strict=True):
        labels[d] = (name if use_last else "/".join(p)) or TOP_FOLDER
    # Short names that still collide ("api" below docs/adr, and api/docs/adr): whole paths.
    taken = Counter(labels.values())
    return {d: d if taken[label] > 1 and d else label for d, label in labels.items()}


def _below(path: str, folder: str) -> bool:
    """Whether ``path`` lies inside ``folder`` ("" is the repository's root)."""
    return not folder or path.startswith(folder + "/")


def folder_namer(catalogs: Sequence[Catalog]) -> Callable[[Entry], str] | None:
    """Names each entry's log in the list's repository column, where a folder tells logs apart.

    One repository with several ADR folders (a monorepo): the folder ("billing"). Several
    repositories, one or more a monorepo: the repository, then the folder ("shop/billing");
    the repository alone lost which of its logs a row is from. None when the repository's
    name says all (or there is no column): one folder each.
    """
    namings = {
        c.root: naming
        for c in catalogs
        if (naming := folder_naming(c.discovery.adr_dirs)) is not None
    }
    if not namings:
        return None
    if len(catalogs) == 1:
        of_path = namings[catalogs[0].root]
        return lambda entry: of_path(entry.decision.path)

    def name(entry: Entry) -> str:
        of_path = namings.get(entry.root)
        folder = of_path(entry.decision.path) if of_path else ""
        return repo_folder(entry.repo, folder)

    return name


def repo_folder(repo: str, folder: str) -> str:
    """A repository's log by its folder: "shop/billing"; "shop (top)" for its outermost."""
    if not folder:
        return repo
    return f"{repo} {folder}" if folder == TOP_FOLDER else f"{repo}/{folder}"


def column_names(catalogs: Sequence[Catalog]) -> list[str]:
    """Every name the list's repository (or folder) column may show; none without the column."""

    def labels(catalog: Catalog) -> list[str]:
        dirs = catalog.discovery.adr_dirs
        return list(folder_labels(dirs).values()) if len(dirs) > 1 else [""]

    if len(catalogs) > 1:
        return [repo_folder(c.root.name, label) for c in catalogs for label in labels(c)]
    return [label for c in catalogs for label in labels(c) if label]


def folder_naming(adr_dirs: Sequence[str]) -> Callable[[str], str] | None:
    """Names the ADR folder of a repository-relative path; None for a single folder."""
    if len(adr_dirs) < 2:
        return None
    labels = folder_labels(adr_dirs)
    deepest_first = sorted(labels, key=len, reverse=True)

    def name(path: str) -> str:
        return next((labels[d] for d in deepest_first if _below(path, d)), "")

    return name


def entries_of(catalogs: Sequence[Catalog]) -> tuple[Entry, ...]:
    """Flatten catalogues into entries, in catalogue order."""
    return tuple(Entry(c.root.name, c.root, d) for c in catalogs for d in c.decisions)


def to_filter(query: Query) -> Filter:
    """The core filter for the facet part of ``query`` (the text goes to the search engine)."""
    from adr_tui.core.filters import Filter

    return Filter.of(
        statuses=query.statuses,
        tags=query.tags,
        deciders=query.deciders,
        hide_not_in_force=query.hide_not_in_force,
    )


_LAST_WORD = LazyPattern(r"(?:^|\s)(\w{2,})$")


EAGER_EXCERPTS = 20
"""Hits whose excerpt comes with the search results (a screenful); the list asks for
the others' when it draws them. Excerpts were half a keystroke's cost when all came first."""


def _first_excerpt(highlighter: Highlighter | None, d: Decision) -> Fragment | None:
    # The body is read here, when the row is drawn: a hit's body may still be in its file
    # (core/snapshot.py), and reading all 238 of a query's took ~100 ms at each keystroke.
    excerpts = highlighter.body(d.body, limit=1) if highlighter else ()
    return excerpts[0] if excerpts else None


def as_you_type(text: str) -> str:
    """``text`` with its last word also matched as a prefix: ``postg`` finds PostgreSQL.

    The core matches whole words (stemmed); while typing, the last word is
    usually unfinished. ``(w OR w*)`` keeps exact and stemmed matches of ``w``.
    Field filters (``status:acc``), operators and open quotes are left alone.
    """
    match = _LAST_WORD.search(text)
    if match is None or text.count('"') % 2 or match.group(1) in {"AND", "OR", "NOT"}:
        return text
    word = match.group(1)
    return f"{text[: match.start(1)]}({word} OR {word}*)"


def _number_key(r: Row) -> tuple[bool, int, str, str]:
    """Number order; the same number by repository, then path (a catalogue's own order)."""
    entry = r.entry
    d = entry.decision
    return (d.number is None, d.number or 0, str(entry.root), d.path)


def _sort(rows: list[Row], key: SortKey, git_date: GitDate | None = None) -> None:
    rows.sort(key=_number_key)
    if key is SortKey.DATE:  # newest first, undated last
        dated = git_date or (lambda entry: None)

        def newest_first(r: Row) -> tuple[bool, int]:
            when = r.entry.decision.date or dated(r.entry)
            return (when is None, -(when or dt.date.min).toordinal())

        rows.sort(key=newest_first)
    elif key is SortKey.TITLE:
        rows.sort(key=lambda r: r.entry.decision.title.casefold())
    elif key is SortKey.RELEVANCE:
        rows.sort(key=lambda r: -(r.hit.score if r.hit else 0.0))


def _merge_facets(
    into: dict[str, Counter[str]],
    labels: dict[str, str],
    name: str,
    items: Sequence[tuple[str, str, int]],
) -> None:
    for value, label, count in items:
        into[name][value] += count
        labels.setdefault(f"{name}:{value}", label)


def compute(
    catalogs: Sequence[Catalog],
    query: Query,
    engines: Mapping[Path, SearchEngine] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    facets: bool = True,
    git_date: GitDate | None = None,
) -> Listing | None:
    """Apply ``query`` to every catalogue; None when ``cancelled`` turned true mid-way.

    Without ``facets`` the counts are left out (empty): the first list at start-up
    does not wait for them (over half of this function's time at 10,000 ADRs).
    ``git_date`` dates undated decisions for the date order (when Git first saw them).
    """
    text = query.text.strip()
    narrowed = query.statuses or query.tags or query.deciders or query.hide_not_in_force
    if not (facets or text or narrowed):  # every decision: the start-up list
        return _everything(catalogs, query, cancelled, git_date)
    from adr_tui.core.filters import apply_filter, facet_counts

    flt = to_filter(query)
    rows: list[Row] = []
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("status", "tag", "decider", "repo")}
    labels: dict[str, str] = {}
    notes: list[str] = []
    total = 0
    for catalog in catalogs:
        if cancelled():
            return None
        total += len(catalog.decisions)
        repo = catalog.root.name
        hits: dict[str, Hit] = {}
        query_ids = None
        if text:
            from adr_tui.core.search import Cancelled, SearchEngine

            engine = (engines or {}).get(catalog.root) or SearchEngine(catalog, _NO_CACHE)
            try:
                result = engine.search(
                    as_you_type(text),
                    flt,
                    sort=query.effective_sort.value,
                    highlight=EAGER_EXCERPTS,
                    cancelled=cancelled,
                )
            except Cancelled:  # a scan the user typed past (no index yet)
                return None
            notes.extend(result.problems)
            query_ids = result.query_ids
            kept = [d for d in (catalog.get(i) for i in result.ids) if d is not None]
            for i, (h, d) in enumerate(zip(result.hits, kept, strict=True)):
                if i < EAGER_EXCERPTS:
                    hits[h.id] = Hit(h.score, h.body[0] if h.body else None)
                else:
                    hits[h.id] = Hit(h.score, partial(_first_excerpt, result.highlighter, d))
        else:
            kept = apply_filter(catalog.decisions, flt, lookup=catalog)
        if facets:
            found = facet_counts(
                catalog.decisions, flt.with_query(text), query_ids=query_ids, lookup=catalog
            )
            _merge_facets(
                counts, labels, "status", [(f.value, f.label, f.count) for f in found.statuses]
            )
            _merge_facets(counts, labels, "tag", [(f.value, f.label, f.count) for f in found.tags])
            _merge_facets(
                counts, labels, "decider", [(f.value, f.label, f.count) for f in found.deciders]
            )
            counts["repo"][repo] += len(kept)
        if query.repos and repo not in query.repos:
            continue
        rows.extend(
            Row(Entry(repo, catalog.root, d), hits.get(d.id), is_in_force(d, catalog)) for d in kept
        )
    if len(catalogs) > 1 or not text:
        _sort(rows, query.effective_sort, git_date)  # one repository's search is in order
    if not facets:
        return Listing(tuple(rows), total, query, {}, tuple(dict.fromkeys(notes)))
    order = [s.value for s in Status]
    facets_out: Facets = {
        "status": sorted(
            ((v, v, n) for v, n in counts["status"].items()), key=lambda item: order.index(item[0])
        ),
    }
    for name in ("tag", "decider", "repo"):
        facets_out[name] = sorted(
            ((v, labels.get(f"{name}:{v}", v), n) for v, n in counts[name].items()),
            key=lambda item: (-item[2], item[1].casefold()),
        )
    return Listing(tuple(rows), total, query, facets_out, tuple(dict.fromkeys(notes)))


def listed_as_is(catalogs: Sequence[Catalog], query: Query) -> Listing | None:
    """The list of one catalogue in its own order, when ``query`` asks for nothing else.

    Made at once, with no row built (:class:`CatalogRows`): the UI shows it without a
    worker, so the first list is in the first frame. None when it takes computing.
    """
    text, narrowed = query.text.strip(), query.statuses or query.tags or query.deciders
    if text or narrowed or query.hide_not_in_force or len(catalogs) != 1:
        return None
    (catalog,) = catalogs
    if query.repos and catalog.root.name not in query.repos:
        return None
    if not catalog.in_number_order or query.effective_sort is not SortKey.NUMBER:
        return None
    return Listing(CatalogRows(catalog), len(catalog.decisions), query, {})


def _everything(
    catalogs: Sequence[Catalog],
    query: Query,
    cancelled: Callable[[], bool],
    git_date: GitDate | None = None,
) -> Listing | None:
    """What :func:`compute` lists when nothing narrows it and no facets are counted.

    The same rows, without the filters module: it and the query language it
    imports load with the first filter, search or facet count, after the list shows.
    """
    if (as_is := listed_as_is(catalogs, query)) is not None:
        return as_is
    rows: list[Row] = []
    shown = [c for c in catalogs if not query.repos or c.root.name in query.repos]
    for catalog in shown:
        if cancelled():
            return None
        rows.extend(CatalogRows(catalog))
    _sort(rows, query.effective_sort, git_date)
    return Listing(tuple(rows), sum(len(c.decisions) for c in catalogs), query, {})


class CatalogRows(MadeOnRead[Row]):
    """A row per decision of one catalogue, in its order, each made when first read.

    The start-up list draws ~40 rows of a log: at 10,000 ADRs making them all (and
    the decisions a snapshot builds when first read) was ~80 ms of CPU before the
    first list.
    """

    __slots__ = ("_catalog", "_repo")

    def __init__(self, catalog: Catalog) -> None:
        super().__init__(len(catalog.decisions))
        self._catalog = catalog
        self._repo = catalog.root.name

    def _make(self, index: int) -> Row:
        catalog = self._catalog
        d = catalog.decisions[index]
        return Row(Entry(self._repo, catalog.root, d), None, is_in_force(d, catalog))

    def same(self, other: CatalogRows) -> bool:
        """Whether ``other`` lists the same catalogue (the same rows, none built to tell)."""
        return self._catalog is other._catalog

    def index_of(self, key: str) -> int | None:
        """Where the row of :attr:`Entry.key` ``key`` is (found without building rows)."""
        root, _, decision_id = key.partition("\0")
        if root != str(self._catalog.root):
            return None
        return self._catalog.index_of(decision_id)


def index_of_key(rows: Sequence[Row], key: str) -> int | None:
    """Where the row whose :attr:`Entry.key` is ``key`` is in ``rows``; None if absent."""
    if isinstance(rows, CatalogRows):
        return rows.index_of(key)
    return next((i for i, r in enumerate(rows) if r.entry.key == key), None)


def toggle(values: frozenset[str], value: str) -> frozenset[str]:
    """``values`` with ``value`` added or removed."""
    return values - {value} if value in values else values | {value}


def with_facet(query: Query, facet: str, value: str) -> Query:
    """``query`` with one facet value toggled."""
    if facet == "status":
        return replace(query, statuses=query.statuses ^ {Status(value)})
    if facet == "tag":
        return replace(query, tags=toggle(query.tags, value))
    if facet == "decider":
        return replace(query, deciders=toggle(query.deciders, value))
    return replace(query, repos=toggle(query.repos, value))
