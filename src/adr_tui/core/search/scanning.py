"""Search without an index: the catalogue scan (:mod:`adr_tui.core.scan`) with Whoosh's analysis.

What filters use to count matches (:func:`scan_ids`); the engine scans the
same way until its index is ready. Also what the
scan and the engine share: the query a filter and typed text make, and how many
hits carry highlights by default.
"""

from __future__ import annotations

from collections.abc import Sequence

from adr_tui.core.filters import Filter
from adr_tui.core.model import Decision
from adr_tui.core.querylang import parse_query
from adr_tui.core.scan import ScanCache, scan
from adr_tui.core.search.schema import analysis

HIGHLIGHTED = 20
"""Hits highlighted with the answer by default: a screenful (the CLI shows 20)."""

_shared_scan_cache = ScanCache(analysis)
"""Words of the decisions scanned without an engine, kept across calls."""


def query_text(query: str, flt: Filter) -> str:
    """``query`` ANDed with the filter's own query (grouped, so its ORs stay inside)."""
    return " ".join(p for p in (f"({flt.query})" if flt.query else "", query) if p.strip())


def scan_ids(decisions: Sequence[Decision], query: str) -> frozenset[str]:
    """Ids of the decisions matching ``query``, by scanning (no index)."""
    parsed = parse_query(query)
    if parsed.is_all:
        return frozenset(d.id for d in decisions)
    found = scan(decisions, parsed.root, _shared_scan_cache)
    if found is None:  # only a scan given ``cancelled`` stops without a result
        raise RuntimeError("a scan without a cancel hook stopped")
    return frozenset(found)
