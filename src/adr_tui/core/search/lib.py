"""Whoosh, imported once and quietly: the only module of adr-tui that imports it.

The other search modules take every Whoosh name from here, so switching Whoosh
distribution or silencing a new warning is done in one place.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator

from adr_tui.core.search.standins import standing_in

# Whoosh 2.7.4 compiles with SyntaxWarnings on Python 3.12+ (fatal under -W error
# when no bytecode is cached) and some releases warn at run time: no warning
# from it may reach the user's terminal, so every import and call is wrapped.
# The submodules Whoosh would import lazily mid-search are imported here too,
# so that their compilation happens inside this filter as well. Two modules Whoosh
# imports and a search never uses load only if used (see standins).
with warnings.catch_warnings(), standing_in():
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
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN
    from whoosh.codec.whoosh3 import _lenfield as length_column_name
    from whoosh.filedb.filestore import FileStorage, RamStorage
    from whoosh.lang.porter2 import stem as english_stem
    from whoosh.lang.snowball.russian import RussianStemmer
    from whoosh.matching import ArrayUnionMatcher, DisjunctionMaxMatcher, WrappingMatcher
    from whoosh.scoring import BM25F, BM25FScorer
    from whoosh.system import pack_uint
    from whoosh.util.numeric import byte_to_length
    from whoosh.writing import SegmentWriter

__all__ = [
    "BM25F",
    "ArrayUnionMatcher",
    "LENGTHS_COLUMN",
    "STOP_WORDS",
    "WHOOSH_VERSION",
    "BM25FScorer",
    "DisjunctionMaxMatcher",
    "FileStorage",
    "LowercaseFilter",
    "RamStorage",
    "RegexTokenizer",
    "SegmentWriter",
    "WrappingMatcher",
    "byte_to_length",
    "length_column_name",
    "english_stem",
    "pack_uint",
    "russian_stem",
    "silenced",
    "wf",
    "wformats",
    "wq",
]

russian_stem = RussianStemmer().stem
"""Snowball's Russian stemmer: 'оркестратора' and 'оркестраторы' to 'оркестратор'."""

WHOOSH_VERSION: str = whoosh.versionstring()
"""Recorded in every index: another Whoosh version never reads it."""


@contextlib.contextmanager
def silenced() -> Iterator[None]:
    """Drop every warning raised inside (see the imports above for why)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
