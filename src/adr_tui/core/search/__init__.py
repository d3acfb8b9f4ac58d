"""Full-text search: the only package that uses Whoosh. Nothing Whoosh-typed leaves it.

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

Modules, each using only those listed above it:

- ``standins``: two modules Whoosh's import pulls in, loaded only if used.
- ``lib``: Whoosh itself, imported with its warnings silenced; no other module imports it.
- ``schema``: the fields, the ``Words`` field, word analysis, each ADR's document.
- ``translate``: a query tree as a Whoosh query.
- ``scoring``: Whoosh's BM25F, each segment's field lengths read once per searcher.
- ``storage``: the index on disk or in memory: verified opening, build, update.
- ``scanning``: search without an index (:func:`scan_ids`).
- ``engine``: :class:`SearchEngine`, :class:`IndexReport`, :func:`run_query`,
  :data:`RELAXED_NOTE`.

Importing this package imports Whoosh: Whoosh-free modules (filters) import
it inside the function that needs it, never at module level.
"""

from __future__ import annotations

from adr_tui.core.search.engine import (
    RELAXED_NOTE,
    IndexReport,
    SearchEngine,
    run_query,
    scan_search,
)
from adr_tui.core.search.scanning import HIGHLIGHTED, scan_ids
from adr_tui.core.search.schema import VERSION_KEY
from adr_tui.core.search.storage import Cancelled, index_home

__all__ = [
    "HIGHLIGHTED",
    "RELAXED_NOTE",
    "VERSION_KEY",
    "Cancelled",
    "IndexReport",
    "SearchEngine",
    "index_home",
    "run_query",
    "scan_ids",
    "scan_search",
]
