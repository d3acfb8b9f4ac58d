"""The plain scan: search the catalogue without an index, with the index's word analysis.

What :class:`~adr_tui.core.search.SearchEngine` answers with until its index is
ready (and what :func:`~adr_tui.core.search.scan_ids` uses). Words are split
and stemmed by :class:`Analysis` exactly as the index's fields hold them, so a
scan returns the index's result set. No Whoosh here: ``adr_tui.core.search`` passes in
Whoosh's stemmer and stop words.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable, Sequence

from adr_tui.core.matching import DocWords, Evaluator, decider_text
from adr_tui.core.model import Decision
from adr_tui.core.querylang import WORD, And, Node, Phrase, Prefix, Term, norm_name, norm_tag


class Analysis(threading.local):
    """Per-thread word analysis with a stem cache (shared by the index and the scan)."""

    def __init__(self, stemmer: Callable[[str], str], stop_words: Collection[str]) -> None:
        self._stemmer = stemmer
        self._stop_words = stop_words
        self.stems: dict[str, str | None] = {}

    def stem(self, word: str) -> str | None:
        """The stem of a lower-cased word; None for stop words and one-letter words.

        What Whoosh's StemmingAnalyzer does (StopFilter, then the stemmer given:
        the index's ``schema.stem_word``), minus its per-token objects.
        """
        try:
            return self.stems[word]
        except KeyError:
            out = None if len(word) < 2 or word in self._stop_words else self._stemmer(word)
            if len(self.stems) > 100_000:
                self.stems.clear()
            self.stems[word] = out
            return out

    def words(self, text: str) -> tuple[str, ...]:
        """Lower-cased words of ``text``.

        Same result as the index's plain analyser (regex, then lower-case each
        token), without Whoosh's per-token objects: 10x faster.
        """
        return tuple(map(str.lower, WORD.findall(text)))

    def stems_of(self, words: Iterable[str]) -> frozenset[str]:
        """Stems that differ from their word (what the stem fields index)."""
        known, stem = self.stems, self.stem
        out = set()
        for word in set(words):
            # Inline cache probe: this loop runs for every distinct word of every ADR.
            found = known[word] if word in known else stem(word)
            if found is not None and found != word:
                out.add(found)
        return frozenset(out)


def doc_words(d: Decision, analysis: Analysis) -> DocWords:
    """``d`` reduced to what queries look at."""
    title = analysis.words(d.title)
    body = analysis.words(d.body)
    return DocWords(
        title=title,
        title_stems=analysis.stems_of(title),
        body=body,
        body_set=frozenset(body),
        body_stems=analysis.stems_of(body),
        deciders=analysis.words(decider_text(d.deciders)),
        decider_names=frozenset(norm_name(n) for n in d.deciders),
        tags=frozenset(norm_tag(t) for t in d.tags),
        status=d.status.value,
        number=d.number,
        date=d.date.toordinal() if d.date else None,
    )


_SCAN_CACHE_SIZE = 50_000


class ScanCache:
    """DocWords per (id, digest), so repeated scans tokenise each file version once."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._lock = threading.Lock()
        self._words: dict[tuple[str, str], DocWords] = {}

    def known(self, d: Decision) -> DocWords | None:
        """The words of ``d`` if a scan split them already."""
        return self._words.get(_key(d))

    def get(self, d: Decision) -> DocWords:
        """The words of ``d``, computed on first use."""
        key = _key(d)
        found = self._words.get(key)
        if found is None:
            found = doc_words(d, self.analysis)
            if d.body_stale:
                return found  # not this version's words: never kept under its key
            with self._lock:
                if len(self._words) >= _SCAN_CACHE_SIZE:
                    self._words.clear()  # old file versions pile up in a long session
                self._words[key] = found
        return found


def _key(d: Decision) -> tuple[str, str]:
    return (d.id, d.digest or str(hash((d.title, d.body))))


SCAN_CHECK_EVERY = 64
"""Decisions scanned between looks at ``cancelled``: a first scan of 10,000 ADRs takes
seconds, and a search the user typed past must not keep the CPU from the next."""


def scan(
    decisions: Sequence[Decision],
    node: Node,
    cache: ScanCache,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, float] | None:
    """Ids of matching decisions with a rough score (same result set as the index).

    None when ``cancelled`` turned true mid-way; the words read so far stay cached.
    """
    evaluator = Evaluator(cache.analysis.stem)
    probes = text_probes(node, cache.analysis.stem)
    found: dict[str, float] = {}
    for count, d in enumerate(decisions):
        if cancelled is not None and count % SCAN_CHECK_EVERY == 0 and cancelled():
            return None
        words = cache.known(d)
        if words is None:
            if probes and not _may_match(d, probes):
                continue  # not split into words: a first scan of 10,000 ADRs took seconds
            words = cache.get(d)
        if evaluator.matches(node, words):
            found[d.id] = evaluator.score(node, words)
    return found


def matched_anywhere(
    decisions: Sequence[Decision],
    node: Node,
    cache: ScanCache,
    cancelled: Callable[[], bool] | None = None,
) -> bool | None:
    """Whether any decision matches ``node`` (the first one found ends the look).

    Every decision is split into words, without :func:`scan`'s text probes: it asks this
    of a loose query's words, whose scan splits them all next, and the probes lower-cased
    each text again for each word. None when ``cancelled`` turned true mid-way.
    """
    evaluator = Evaluator(cache.analysis.stem)
    for count, d in enumerate(decisions):
        if cancelled is not None and count % SCAN_CHECK_EVERY == 0 and cancelled():
            return None
        if evaluator.matches(node, cache.get(d)):
            return True
    return False


_FOLDS = str.maketrans({"ё": "е", "ъ": "ь", "ς": "σ"})
"""Letters a stem, or lower-casing a word alone, writes otherwise than lower-casing a text."""
_STEM_CHANGES = 3
"""Last letters of a stem that may differ from its word's (Snowball's English stemmer:
"dying" → "die"; at most two over 400,000 words of Python's and this project's text,
Russian included)."""
_TEXT_FIELDS = (None, "title", "body")


def text_probes(node: Node, stem: Callable[[str], str | None]) -> frozenset[str]:
    """Strings the lower-cased title and body of every decision ``node`` matches contain.

    A word, the start of its stem (the start of every word of that stem), a phrase's
    words, a prefix: what a query's every match must show. Empty when nothing must.
    """
    if isinstance(node, Term) and node.field in _TEXT_FIELDS:
        base = stem(node.text) or node.text
        return frozenset({_folded(base[: max(1, len(base) - _STEM_CHANGES)])})
    if isinstance(node, Phrase) and node.field in _TEXT_FIELDS:
        return frozenset(_folded(word) for word in node.words)
    if isinstance(node, Prefix) and node.field in _TEXT_FIELDS:
        return frozenset({_folded(node.text)})
    if isinstance(node, And):
        return frozenset(p for item in node.items for p in text_probes(item, stem))
    return frozenset()


def _may_match(d: Decision, probes: frozenset[str]) -> bool:
    """Whether ``d``'s title and body hold every probe (else no query that needs them matches)."""
    text = _folded(f"{d.title}\n{d.body}".lower())
    return all(probe in text for probe in probes)


def _folded(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLDS)
