"""What the index holds: its schema, the ``Words`` field, word analysis and each ADR's document.

Text is indexed twice, as plain words (exact matches, phrases, prefixes, typos)
and as stems, with the same analysis (Whoosh's stop words, Snowball's English
stemmer and its Russian one for Cyrillic words) that the scan uses, so the index and
the scan find the same decisions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from adr_tui.core.matching import decider_text
from adr_tui.core.model import Decision
from adr_tui.core.querylang import WORD, WORD_PATTERN, norm_name, norm_tag
from adr_tui.core.scan import Analysis
from adr_tui.core.search.lib import (
    STOP_WORDS,
    WHOOSH_VERSION,
    LowercaseFilter,
    RegexTokenizer,
    english_stem,
    pack_uint,
    russian_stem,
    wf,
    wformats,
)

SCHEMA_VERSION = 8  # 8: OWN_STEMS; 7: Snowball's English stemmer (Porter2), not Porter's
"""Bump whenever the schema or the analysers change: old indexes are then ignored."""

VERSION_KEY = f"schema{SCHEMA_VERSION}-whoosh{WHOOSH_VERSION}"
"""Folder name of one schema + tool version: a different version never reads this index."""

TITLE_BOOST = 3.0
"""A word in the title counts this much more than one in the body."""
EXACT_BOOST = 1.5
"""An unstemmed match adds this weight on top of the stemmed one, so exact ranks first."""


def plain_analyzer() -> Any:
    """Whoosh's analyser for plain words: the scan's word pattern, lower-cased."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter()


class Words(wf.TEXT):  # type: ignore[misc]  # Whoosh is untyped
    """A TEXT field that splits its words itself: what the plain analyser yields, faster.

    Whoosh runs each word through a chain of generators and a Token object:
    ~2 µs a word, half a million words for 1,000 ADRs, a third of a cold
    build. Splitting with one regex call gives the same postings (a test
    compares them) with a dict of positions per word.
    """

    def index(self, value: Any, **_: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """Each word of ``value`` as Whoosh wants it: (word, count, weight, encoded value)."""
        positions: dict[str, list[int]] = {}
        for position, word in enumerate(WORD.findall(value)):
            positions.setdefault(word.lower(), []).append(position)
        boost = self.format.field_boost
        if isinstance(self.format, wformats.Positions):
            encode = self.format.encode
            for word, found in positions.items():
                yield word.encode("utf-8"), len(found), len(found) * boost, encode(found)
        else:
            for word, found in positions.items():
                yield word.encode("utf-8"), len(found), len(found) * boost, pack_uint(len(found))


def make_schema() -> Any:
    """The Whoosh schema of the index: which fields it has and how each is analysed."""
    plain = plain_analyzer()
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
        title=Words(analyzer=plain, phrase=False),
        title_exact=Words(analyzer=plain, phrase=True),
        body=Words(analyzer=plain, phrase=False),
        body_exact=Words(analyzer=plain, phrase=True),
        status=wf.ID(),
        tags=wf.KEYWORD(lowercase=True, commas=True),
        deciders=wf.KEYWORD(lowercase=True, commas=True),
        decider_words=Words(analyzer=plain, phrase=True),
    )


FIELD_NAMES = frozenset(make_schema().names())
"""The fields an index must have to be trusted (an older schema's index is rebuilt)."""

_CYRILLIC = re.compile("[\u0400-\u04ff]+")


def stem_word(word: str) -> str:
    """A lower-cased word's stem: Snowball's Russian stemmer for Cyrillic, else its English one.

    English is Porter2, not Porter's first stemmer: that one left 'logging' (logg) apart
    from 'logs' (log) and 'deprecated' (deprecat) from 'deprecation' (deprec), words an
    incident search types either way. Both keep a word's first letter, and change at
    most its last two letters (checked over 22,000 words; see matching.Marker and
    scan._STEM_CHANGES).

    By script, not by document: a word's letters say which stemmer can read it, and an
    English log that quotes a Russian term (or the reverse) stems both right. Logs in
    Russian decline every noun ('оркестратор', 'оркестратора'); Porter left them apart.
    """
    # A whole Cyrillic word only: the Russian stemmer turns Latin letters of a mixed word
    # ('postgresа' with a Cyrillic 'а') into Cyrillic ones.
    if _CYRILLIC.fullmatch(word):
        return str(russian_stem(word))
    if "'" in word:  # never in a word (they split at it), and Porter2 drops a first one
        return word
    return OWN_STEMS.get(word) or str(english_stem(word))


OWN_STEMS = {
    # Related (a section of most templates): Porter2's 'relat'.
    **dict.fromkeys(("relative", "relatively", "relativity"), "relativ"),
    **dict.fromkeys(("relational", "relationally"), "relational"),
    # Decision (every template's heading): 'decis'.
    **dict.fromkeys(("decisive", "decisively"), "decisiv"),
    # Consequences (Nygard's, MADR's): 'consequ'.
    **dict.fromkeys(("consequent", "consequently"), "consequent"),
    # Considered Options (MADR): 'option'.
    **dict.fromkeys(("optional", "optionally"), "optional"),
    # Positive Consequences (MADR 2): 'posit'.
    **dict.fromkeys(("position", "positions", "positional", "positionally"), "position"),
    # Accepted (the status most records state): 'accept'.
    "acceptance": "acceptanc",
    **dict.fromkeys(("acceptable", "acceptably"), "acceptabl"),
}
"""Words that keep a stem of their own: Porter2 files them under a word an ADR template
puts in nearly every record, so each matched every record ('relative' and 'relational
database' every one with a 'Related' section, 'position' every MADR record). Only
such words: elsewhere a merge of this kind finds more than it loses. Each keeps its
first letter and its word's start, as :func:`stem_word`'s stems do."""


analysis = Analysis(stem_word, STOP_WORDS)
"""Whoosh's stop words and the stemmers, for the index fields, the scan and queries alike."""


def indexed_digest(d: Decision) -> str:
    """The digest the index records for ``d`` (call it after reading ``d.body``).

    None when its body came from a file that changed after ``d`` was read: the next
    build indexes it again, rather than keep that text under a digest it does not have.
    """
    return "" if d.body_stale else d.digest


_RAW_ID = "\x7fraw:"
"""Heads a stored id kept as its file name's bytes in hex (see :func:`stored_id`)."""


def stored_id(decision_id: str) -> str:
    """``decision_id`` as the index keeps it: Whoosh writes UTF-8.

    A file name that is not UTF-8 (``café.md`` named on a Latin-1 system: 0xE9) reaches us
    with its odd bytes as surrogates, which no UTF-8 writer takes: indexing such a log
    ended in a UnicodeEncodeError. Its id is kept as its bytes in hex behind a mark no
    file name starts with; every other id is kept as it is.
    """
    try:
        decision_id.encode("utf-8")
    except UnicodeEncodeError:
        return _RAW_ID + decision_id.encode("utf-8", "surrogateescape").hex()
    return decision_id


def read_id(stored: str) -> str:
    """The decision id :func:`stored_id` kept as ``stored``."""
    if stored.startswith(_RAW_ID):
        return bytes.fromhex(stored[len(_RAW_ID) :]).decode("utf-8", "surrogateescape")
    return stored


def document(d: Decision) -> dict[str, Any]:
    """The fields Whoosh indexes for ``d`` (see :func:`make_schema`)."""
    title_stems = analysis.stems_of(analysis.words(d.title))
    body_stems = analysis.stems_of(analysis.words(d.body))
    doc: dict[str, Any] = {
        "id": stored_id(d.id),
        "digest": indexed_digest(d),
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
