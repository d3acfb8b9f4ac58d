"""Whoosh's BM25F scores, with each segment's field lengths read once per searcher.

BM25F divides by a document's field length. Whoosh reads it per document and
field, through five layers and a seek and read of the segment file each time:
a third of a query's time in Whoosh (~1 ms of ~3 ms for 238 hits at 1,000
ADRs). Here the length column of a field is read in one call the first time a
searcher scores that field, and the scores are Whoosh's own (a test compares).
"""

from __future__ import annotations

from typing import Any

from adr_tui.core.search.lib import (
    BM25F,
    LENGTHS_COLUMN,
    BM25FScorer,
    byte_to_length,
    length_column_name,
)

_LENGTHS = (None, *(byte_to_length(code) for code in range(1, 256)))
"""A length byte's value, as Whoosh decodes it (0 stands for no length: None, like Whoosh)."""


class LengthsOnce(BM25F):  # type: ignore[misc]  # Whoosh is untyped
    """BM25F with Whoosh's parameters; one per searcher, like the lengths it keeps."""

    def __init__(self) -> None:
        super().__init__()
        self._lengths: dict[tuple[Any, str], list[int | None] | None] = {}

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        """Whoosh's scorer for the term, reading lengths from this searcher's lists."""
        scorer = super().scorer(searcher, fieldname, text, qf)
        if isinstance(scorer, BM25FScorer):
            lengths = self._lengths_of(searcher.reader(), fieldname)
            if lengths is not None:
                scorer.dfl = lengths.__getitem__
        return scorer

    def _lengths_of(self, reader: Any, fieldname: str) -> list[int | None] | None:
        key = (reader, fieldname)
        found = self._lengths.get(key)
        if found is None and key not in self._lengths:
            found = self._lengths[key] = _read_lengths(reader, fieldname)
        return found


def _read_lengths(reader: Any, fieldname: str) -> list[int | None] | None:
    """Each document's length of ``fieldname`` in one segment (what its scorer's dfl gives).

    None when the segment is not laid out as Whoosh 2.7's: Whoosh then reads them itself.
    """
    try:
        column = reader._perdoc._cached_reader(length_column_name(fieldname), LENGTHS_COLUMN)
        if column is None:  # no lengths stored: Whoosh's dfl gives its default
            return None
        stored = column._dbfile.get(column._basepos, column._count)
    except AttributeError:
        return None
    missing = reader.doc_count_all() - len(stored)  # trailing zero lengths are not written
    return [_LENGTHS[code] for code in stored] + [None] * missing
