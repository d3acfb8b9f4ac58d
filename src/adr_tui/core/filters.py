"""Filters and facet counts: one value object, applied the same way by the CLI and the TUI.

Within a facet the chosen values are alternatives (OR); across facets every
facet must hold (AND). The text query, when there is one, is one more facet:
its matches come from :mod:`adr_tui.core.search` (the index, or a scan).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import field, replace

from adr_tui.core.matching import typed_words
from adr_tui.core.model import Decision, Status
from adr_tui.core.querylang import norm_name, norm_tag
from adr_tui.core.records import record
from adr_tui.core.supersession import Lookup, effective_status, is_in_force


@record
class Filter:
    """What the user narrowed the decision log to. Immutable and hashable (a cache key)."""

    statuses: frozenset[Status] = frozenset()
    """Statuses to keep; empty keeps every status."""
    tags: frozenset[str] = frozenset()
    """Tags (lower-case) to keep; a decision needs one of them. Empty keeps all."""
    deciders: frozenset[str] = frozenset()
    """Deciders (normalised by :func:`~adr_tui.core.querylang.norm_name`); one must match."""
    since: dt.date | None = None
    """Earliest decision date kept (inclusive); undated decisions drop out when set."""
    until: dt.date | None = None
    """Latest decision date kept (inclusive); undated decisions drop out when set."""
    query: str = ""
    """Search text in the query language (``docs/search.md``); empty matches everything."""
    hide_not_in_force: bool = False
    """Hide superseded, deprecated and rejected decisions (and any replaced by one in effect)."""

    @classmethod
    def of(
        cls,
        *,
        statuses: Iterable[Status | str] = (),
        tags: Iterable[str] = (),
        deciders: Iterable[str] = (),
        since: dt.date | None = None,
        until: dt.date | None = None,
        query: str = "",
        hide_not_in_force: bool = False,
    ) -> Filter:
        """A filter from loose user input (strings, any case).

        Raises:
            ValueError: a status is not one of :class:`~adr_tui.core.model.Status`.
        """
        return cls(
            statuses=frozenset(Status(str(s).strip().lower()) for s in statuses),
            tags=frozenset(norm_tag(t) for t in tags if norm_tag(t)),
            deciders=frozenset(norm_name(d) for d in deciders if norm_name(d)),
            since=since,
            until=until,
            query=query.strip(),
            hide_not_in_force=hide_not_in_force,
        )

    @property
    def is_empty(self) -> bool:
        """True when the filter keeps every decision."""
        return self == Filter()

    def toggled(self, facet: str, value: str) -> Filter:
        """This filter with one value of ``status``, ``tag`` or ``decider`` switched."""
        if facet == "status":
            status = Status(value)
            return replace(self, statuses=self.statuses ^ {status})
        if facet == "tag":
            return replace(self, tags=self.tags ^ {norm_tag(value)})
        if facet == "decider":
            return replace(self, deciders=self.deciders ^ {norm_name(value)})
        raise ValueError(f"unknown facet {facet!r}")

    def with_query(self, query: str) -> Filter:
        """This filter with another text query."""
        return replace(self, query=query.strip())

    def without_query(self) -> Filter:
        """The facet part only (what applies to a list of search hits)."""
        return replace(self, query="") if self.query else self


def _status_ok(flt: Filter, d: Decision, lookup: Lookup) -> bool:
    # As listed: a file saying accepted that a decision in effect replaced is superseded.
    return not flt.statuses or effective_status(d, lookup) in flt.statuses


def _tags_ok(flt: Filter, d: Decision) -> bool:
    return not flt.tags or any(norm_tag(t) in flt.tags for t in d.tags)


def _deciders_ok(flt: Filter, d: Decision) -> bool:
    return not flt.deciders or any(norm_name(n) in flt.deciders for n in d.deciders)


def deciders_named(decisions: Iterable[Decision], typed: str) -> tuple[str, ...]:
    """The deciders (as :func:`norm_name` writes them) a user names by ``typed``.

    The name itself, or each name holding all its words (``lee``: "Grace Lee";
    ``luc``: "Jean-Luc Picard"), as ``decider:lee`` finds in a query: what the
    command line's ``--decider`` selects. A filter keeps exact names, so a facet
    clicked in the TUI keeps as many decisions as its count says.
    """
    wanted = norm_name(typed)
    words = set(typed_words(typed))
    found = {
        norm_name(name)
        for d in decisions
        for name in d.deciders
        if norm_name(name) == wanted or (words and words <= set(typed_words(name)))
    }
    return tuple(sorted(found)) or (wanted,)


def _base_ok(flt: Filter, d: Decision, lookup: Lookup) -> bool:
    """Date range and in-force: the parts that are not clickable facets."""
    if flt.since is not None and (d.date is None or d.date < flt.since):
        return False
    if flt.until is not None and (d.date is None or d.date > flt.until):
        return False
    return not flt.hide_not_in_force or is_in_force(d, lookup)


def _query_ids(decisions: Sequence[Decision], flt: Filter) -> Collection[str] | None:
    if not flt.query:
        return None
    from adr_tui.core.search import scan_ids  # imports Whoosh's analyzers: only when needed

    return scan_ids(decisions, flt.query)


def apply_filter(
    decisions: Iterable[Decision],
    flt: Filter,
    *,
    query_ids: Collection[str] | None = None,
    lookup: Lookup | None = None,
) -> list[Decision]:
    """The decisions ``flt`` keeps, in their given order.

    Args:
        decisions: the decisions to filter (usually ``catalog.decisions``).
        flt: the filter.
        query_ids: ids matching ``flt.query`` when the caller already searched
            (e.g. with :class:`~adr_tui.core.search.SearchEngine`); when None and
            the filter has a query, the decisions are scanned.
        lookup: where superseding decisions are found (default: ``decisions`` themselves).
    """
    items = list(decisions)
    look: Lookup = lookup if lookup is not None else {d.id: d for d in items}
    if query_ids is None:
        query_ids = _query_ids(items, flt)
    kept = []
    for d in items:
        if query_ids is not None and flt.query and d.id not in query_ids:
            continue
        if (
            _status_ok(flt, d, look)
            and _tags_ok(flt, d)
            and _deciders_ok(flt, d)
            and _base_ok(flt, d, look)
        ):
            kept.append(d)
    return kept


@record
class FacetValue:
    """One clickable value of a facet and how many decisions it would leave."""

    value: str
    """The value as filtered on (status word, lower-case tag, normalised name)."""
    label: str
    """The value as first written in a document (for display)."""
    count: int
    """Decisions matching every other facet that have this value."""
    selected: bool = False
    """Whether the filter currently selects this value."""


@record
class Facets:
    """Facet counts for the current result set."""

    total: int
    """Decisions the whole filter keeps."""
    statuses: tuple[FacetValue, ...] = ()
    tags: tuple[FacetValue, ...] = ()
    deciders: tuple[FacetValue, ...] = field(default=())


def _values(
    counts: Counter[str], labels: dict[str, str], selected: frozenset[str]
) -> tuple[FacetValue, ...]:
    keys = set(counts) | set(selected)
    ordered = sorted(keys, key=lambda k: (-counts[k], k))
    return tuple(FacetValue(k, labels.get(k, k), counts[k], k in selected) for k in ordered)


def facet_counts(
    decisions: Iterable[Decision],
    flt: Filter,
    *,
    query_ids: Collection[str] | None = None,
    lookup: Lookup | None = None,
) -> Facets:
    """Counts per status, tag and decider for what each next click would leave.

    A facet's counts ignore that facet's own selection (values are ORed within
    a facet), so the count next to an unselected tag is how many of the
    decisions matching everything else carry that tag.
    """
    items = list(decisions)
    look: Lookup = lookup if lookup is not None else {d.id: d for d in items}
    if query_ids is None:
        query_ids = _query_ids(items, flt)
    base = [
        d
        for d in items
        if (query_ids is None or not flt.query or d.id in query_ids) and _base_ok(flt, d, look)
    ]
    statuses: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    deciders: Counter[str] = Counter()
    labels: dict[str, str] = {}
    total = 0
    for d in base:
        s_ok, t_ok, d_ok = _status_ok(flt, d, look), _tags_ok(flt, d), _deciders_ok(flt, d)
        total += s_ok and t_ok and d_ok
        if t_ok and d_ok:
            statuses[effective_status(d, look).value] += 1
        if s_ok and d_ok:
            for tag in dict.fromkeys(norm_tag(t) for t in d.tags):
                tags[tag] += 1
        if s_ok and t_ok:
            names = {norm_name(n): " ".join(n.split()) for n in reversed(d.deciders)}
            for key, label in names.items():
                labels.setdefault(key, label)
                deciders[key] += 1
    order = {s.value: i for i, s in enumerate(Status)}
    status_values = sorted(set(statuses) | {s.value for s in flt.statuses}, key=lambda v: order[v])
    return Facets(
        total=total,
        statuses=tuple(
            FacetValue(v, v, statuses[v], Status(v) in flt.statuses) for v in status_values
        ),
        tags=_values(tags, {}, flt.tags),
        deciders=_values(deciders, labels, flt.deciders),
    )
