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
from adr_tui.core.querylang import WORD, Node, norm_name, norm_tag


class Analysis(threading.local):
    """Per-thread word analysis with a stem cache (shared by the index and the scan)."""

    def __init__(self, stemmer: Callable[[str], str], stop_words: Collection[str]) -> None:
        self._stemmer = stemmer
        self._stop_words = stop_words
        self.stems: dict[str, str | None] = {}

    def stem(self, word: str) -> str | None:
        """The stem of a lower-cased word; None for stop words and one-letter words.

        What Whoosh's StemmingAnalyzer does (StopFilter, then the Porter
        stemmer), minus its per-token objects.
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

    def get(self, d: Decision) -> DocWords:
        """The words of ``d``, computed on first use."""
        key = (d.id, d.digest or str(hash((d.title, d.body))))
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
    found: dict[str, float] = {}
    for count, d in enumerate(decisions):
        if cancelled is not None and count % SCAN_CHECK_EVERY == 0 and cancelled():
            return None
        words = cache.get(d)
        if evaluator.matches(node, words):
            found[d.id] = evaluator.score(node, words)
    return found
