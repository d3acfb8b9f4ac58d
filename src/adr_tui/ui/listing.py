"""What the Browse list shows: entries from one or more catalogues, filtered, searched, sorted.

This is the single adapter between the UI and the core's filtering and
searching. It runs inside a worker (never on the UI thread) and returns plain
values. Until ``core/filters.py`` and ``core/search.py`` land, it filters and
scores with a small built-in scan; swapping in the core's ``Filter``/``apply``
and ``SearchEngine`` only changes :func:`compute`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from adr_tui.core.catalog import Catalog
from adr_tui.core.model import Decision, Status


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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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
            ("status", sorted(self.statuses)),
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


@dataclass(frozen=True, slots=True)
class Hit:
    """Why a row matched a search."""

    score: float
    """Higher is better."""
    snippet: str = ""
    """A one-line excerpt around the first match (already inert-safe plain text)."""
    spans: tuple[tuple[int, int], ...] = ()
    """Character ranges of ``snippet`` that matched, for highlighting."""


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the list."""

    entry: Entry
    hit: Hit | None = None


Facets = dict[str, list[tuple[str, int]]]
"""Facet name (``status``, ``tag``, ``decider``, ``repo``) → (value, count) pairs."""


@dataclass(frozen=True, slots=True)
class Listing:
    """The computed list and its facet counts."""

    rows: tuple[Row, ...]
    total: int
    query: Query
    facets: Facets = field(default_factory=dict)


def entries_of(catalogs: Sequence[Catalog]) -> tuple[Entry, ...]:
    """Flatten catalogues into entries, in catalogue order."""
    return tuple(Entry(c.root.name, c.root, d) for c in catalogs for d in c.decisions)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\W+", text.casefold()) if w]


def _scan(decision: Decision, words: list[str]) -> Hit | None:
    """Score one decision against all words (each must occur); a stand-in for core/search."""
    title = decision.title.casefold()
    body = decision.body.casefold()
    tags = " ".join(decision.tags)
    score = 0.0
    for word in words:
        in_title, in_tags, in_body = word in title, word in tags, body.count(word)
        if not (in_title or in_tags or in_body):
            return None
        score += 5.0 * in_title + 3.0 * in_tags + min(in_body, 10) * 0.5
    first = min((i for w in words if (i := body.find(w)) >= 0), default=-1)
    if first < 0:
        return Hit(score)
    start = max(0, first - 30)
    raw = decision.body[start : start + 90]
    snippet = ("…" if start else "") + re.sub(r"\s", " ", raw)
    lowered = snippet.casefold()
    spans = sorted((m.start(), m.end()) for w in words for m in re.finditer(re.escape(w), lowered))
    return Hit(score, snippet, tuple(spans))


def _keep(d: Decision, repo: str, q: Query, skip: str = "") -> bool:
    if q.hide_not_in_force and not d.status.in_force:
        return False
    if skip != "status" and q.statuses and d.status not in q.statuses:
        return False
    if skip != "tag" and q.tags and not q.tags.intersection(d.tags):
        return False
    if skip != "decider" and q.deciders and not q.deciders.intersection(d.deciders):
        return False
    return not (skip != "repo" and q.repos and repo not in q.repos)


def _facets(entries: Iterable[Entry], q: Query, matched: set[str]) -> Facets:
    """Counts per value, each facet ignoring its own selection (so choices stay visible)."""
    counters: dict[str, Counter[str]] = {k: Counter() for k in ("status", "tag", "decider", "repo")}
    for e in entries:
        if e.key not in matched:
            continue
        d = e.decision
        if _keep(d, e.repo, q, "status"):
            counters["status"][d.status.value] += 1
        if _keep(d, e.repo, q, "tag"):
            counters["tag"].update(d.tags)
        if _keep(d, e.repo, q, "decider"):
            counters["decider"].update(d.deciders)
        if _keep(d, e.repo, q, "repo"):
            counters["repo"][e.repo] += 1
    order = [s.value for s in Status]
    result: Facets = {
        "status": sorted(counters["status"].items(), key=lambda kv: order.index(kv[0])),
    }
    for name in ("tag", "decider", "repo"):
        result[name] = sorted(counters[name].items(), key=lambda kv: (-kv[1], kv[0]))
    return result


def _sort(rows: list[Row], key: SortKey) -> None:
    def by_number(r: Row) -> tuple[bool, int, str]:
        d = r.entry.decision
        return (d.number is None, d.number or 0, r.entry.key)

    rows.sort(key=by_number)
    if key is SortKey.DATE:
        # Newest first; undated decisions at the end.
        rows.sort(key=lambda r: r.entry.decision.date is None)
        dated = [r for r in rows if r.entry.decision.date is not None]
        dated.sort(key=lambda r: r.entry.decision.date or dt.date.min, reverse=True)
        rows[: len(dated)] = dated
    elif key is SortKey.TITLE:
        rows.sort(key=lambda r: r.entry.decision.title.casefold())
    elif key is SortKey.RELEVANCE:
        rows.sort(key=lambda r: -(r.hit.score if r.hit else 0.0))


def compute(
    entries: Sequence[Entry], query: Query, cancelled: Callable[[], bool] = lambda: False
) -> Listing | None:
    """Apply ``query`` to ``entries``; None when ``cancelled`` turned true mid-way."""
    words = _words(query.text)
    hits: dict[str, Hit | None] = {}
    for index, e in enumerate(entries):
        if index % 256 == 0 and cancelled():
            return None
        if words:
            hit = _scan(e.decision, words)
            if hit is None:
                continue
            hits[e.key] = hit
        else:
            hits[e.key] = None
    rows = [
        Row(e, hits[e.key]) for e in entries if e.key in hits and _keep(e.decision, e.repo, query)
    ]
    _sort(rows, query.effective_sort)
    return Listing(tuple(rows), len(entries), query, _facets(entries, query, set(hits)))


def toggle(values: frozenset[str], value: str) -> frozenset[str]:
    """``values`` with ``value`` added or removed."""
    return values - {value} if value in values else values | {value}


def with_facet(query: Query, facet: str, value: str) -> Query:
    """``query`` with one facet value toggled."""
    if facet == "status":
        return replace(
            query,
            statuses=frozenset(
                Status(v) for v in toggle(frozenset(s.value for s in query.statuses), value)
            ),
        )
    if facet == "tag":
        return replace(query, tags=toggle(query.tags, value))
    if facet == "decider":
        return replace(query, deciders=toggle(query.deciders, value))
    return replace(query, repos=toggle(query.repos, value))
