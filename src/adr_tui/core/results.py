"""Search results as plain data, and how matches become them (the same for index and scan).

:func:`finish` takes the ids a query matched (from the index or a scan), applies
the filter's facets, orders, cuts and highlights them into a :class:`SearchResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import field
from typing import Any, Literal

from adr_tui.core.filters import Filter, apply_filter
from adr_tui.core.highlight import Highlighter
from adr_tui.core.model import Decision
from adr_tui.core.querylang import Fragment, ParsedQuery, Sort
from adr_tui.core.records import record


@record
class Hit:
    """One matching decision."""

    id: str
    """Decision id (look it up in the catalogue)."""
    score: float
    """Relevance (BM25F from the index; a rough word count from a scan). Higher is better."""
    title: Fragment
    """The title with the matched words' spans (none past the highlighted hits)."""
    body: tuple[Fragment, ...] = ()
    """Up to three excerpts of the body around matched words (empty when none matched
    there, and past the highlighted hits: ask :attr:`SearchResult.highlighter`)."""


@record
class SearchResult:
    """The answer to one query with one filter."""

    query: str
    """The query as typed."""
    hits: tuple[Hit, ...]
    """Matches in the requested order, at most ``limit`` of them."""
    total: int
    """How many decisions matched before ``limit`` was applied."""
    problems: tuple[str, ...] = ()
    """What the query parser did not understand (the query then ran on its plain words)."""
    source: Literal["index", "scan"] = "scan"
    """Whether the index answered, or a scan of the catalogue (index not ready)."""
    query_ids: frozenset[str] | None = None
    """Ids matching the query alone, before the filter's facets (for facet counts)."""
    highlighter: Highlighter | None = field(default=None, compare=False)
    """Highlights any hit on demand (the first ``highlight`` hits already carry theirs)."""

    @property
    def ids(self) -> list[str]:
        """Hit ids in order."""
        return [h.id for h in self.hits]


def sort_key(sort: Sort, scores: dict[str, float]) -> Callable[[Decision], tuple[Any, ...]]:
    """Key ordering decisions by ``sort`` (relevance from ``scores``), then by number and path."""

    def number(d: Decision) -> tuple[bool, int, str]:
        return (d.number is None, d.number or 0, d.path)

    if sort == "number":
        return number
    if sort == "date":
        return lambda d: (d.date is None, -(d.date.toordinal() if d.date else 0), *number(d))
    if sort == "title":
        return lambda d: (d.title.casefold(), *number(d))
    return lambda d: (-scores.get(d.id, 0.0), *number(d))


def finish(
    decisions: Sequence[Decision],
    catalog: Any,
    parsed: ParsedQuery,
    scores: dict[str, float] | None,
    flt: Filter,
    *,
    sort: Sort,
    limit: int | None,
    highlight: int,
    notes: list[str],
    source: Literal["index", "scan"],
    stem: Callable[[str], str | None],
) -> SearchResult:
    """Filter, order, cut and highlight: identical for index and scan results.

    ``scores`` holds the query's matches (None: the query restricts nothing);
    ``stem`` is the analysis the query was matched with, for the highlights.
    """
    query_ids = frozenset(scores) if scores is not None else None
    if query_ids is not None:  # only the matches need filtering, not the whole catalogue
        decisions = [d for d in (catalog.get(i) for i in query_ids) if d is not None]
    facets = flt.without_query()
    kept = list(decisions) if facets.is_empty else apply_filter(decisions, facets, lookup=catalog)
    scores = scores or {}
    kept.sort(key=sort_key(sort, scores))
    shown = kept if limit is None else kept[: max(limit, 0)]
    marks = Highlighter(parsed.root, stem)
    hits = tuple(
        Hit(d.id, round(scores.get(d.id, 0.0), 6), marks.title(d.title), marks.body(d.body))
        if i < highlight
        else Hit(d.id, round(scores.get(d.id, 0.0), 6), Fragment(d.title, ()))
        for i, d in enumerate(shown)
    )
    return SearchResult(parsed.text, hits, len(kept), tuple(notes), source, query_ids, marks)
