"""Our query tree (:mod:`adr_tui.core.querylang`) as a Whoosh query.

The Whoosh query matches what the scan's evaluator matches, so the index and
the scan return the same decisions; the index adds BM25F scores, with title
words and unstemmed matches boosted.
"""

from __future__ import annotations

import itertools
from typing import Any

from adr_tui.core.matching import fuzzy_match
from adr_tui.core.querylang import (
    COVERAGE,
    Alike,
    All,
    And,
    Fuzzy,
    Keyword,
    Maybe,
    Node,
    Not,
    Nothing,
    Or,
    Phrase,
    Prefix,
    Range,
    Some,
    Term,
)
from adr_tui.core.search.lib import (
    ArrayUnionMatcher,
    DisjunctionMaxMatcher,
    WrappingMatcher,
    wq,
)
from adr_tui.core.search.schema import EXACT_BOOST, TITLE_BOOST, analysis

NUMBER_BOOST = 100 * TITLE_BOOST * EXACT_BOOST
"""A record's own number scores (constantly) above any word: 'adr 53' read loosely wants
record 53 first, not the records whose short titles say 'ADR', and 'ADR-0017' wants it
above a short record that cites 'ADR-0017' twice (ten times the title's weight was
less than such a phrase scored). Every match of a range alone, or ANDed, gets it alike:
only alternatives are ordered by it."""

STATUS_BOOST = 4 * TITLE_BOOST * EXACT_BOOST
"""A record in the status a typed word names ('superseded') scores as if its title said
the word: above records that only mention it ('Superseded by: N/A' in a template). Its
match scores the boost alone, and a title's word scores 15-22 by BM25 in a short log."""

MAX_PREFIX_TERMS = 256
"""Past this many expansions a prefix is matched with Whoosh's constant-score Prefix."""


def to_whoosh(node: Node, reader: Any) -> Any:
    """The Whoosh query for ``node``: what :class:`Evaluator` matches, plus BM25F scores."""
    if isinstance(node, Term):
        return _term(node, reader)
    if isinstance(node, Phrase):
        return _any_of(
            [wq.Phrase(f, list(node.words), boost=b) for f, b in _exact_fields(node.field)]
        )
    if isinstance(node, Prefix):
        if node.field == "tag":
            return wq.Prefix("tags", node.text)
        return _any_of([_prefix(f, node.text, b, reader) for f, b in _exact_fields(node.field)])
    if isinstance(node, Fuzzy):
        return _fuzzy(node, reader)
    if isinstance(node, Keyword):
        name = {"status": "status", "tag": "tags", "decider": "deciders"}[node.field]
        return wq.Term(name, node.value)
    if isinstance(node, Range):
        boost = NUMBER_BOOST if node.field == "number" else 1.0
        return wq.NumericRange(node.field, node.low, node.high, boost=boost)
    if isinstance(node, And):
        return _all_of(node, reader)
    if isinstance(node, Alike):  # before Or, which it is
        return _best_of(node, reader)
    if isinstance(node, Some):  # before Or, which it is
        return _some_of(node, reader)
    if isinstance(node, Or):
        return _any_of([to_whoosh(i, reader) for i in node.items])
    if isinstance(node, Not):
        return wq.AndNot(wq.Every(), to_whoosh(node.item, reader))
    if isinstance(node, Nothing):
        return wq.NullQuery
    return wq.Every()


def _exact_fields(field: str | None) -> list[tuple[str, float]]:
    if field == "title":
        return [("title_exact", TITLE_BOOST * EXACT_BOOST)]
    if field == "body":
        return [("body_exact", EXACT_BOOST)]
    if field == "decider":
        return [("decider_words", 1.0)]
    return [("title_exact", TITLE_BOOST * EXACT_BOOST), ("body_exact", EXACT_BOOST)]


def _stem_fields(field: str | None) -> list[tuple[str, float]]:
    if field == "title":
        return [("title", TITLE_BOOST)]
    if field == "body":
        return [("body", 1.0)]
    if field == "decider":
        return []
    return [("title", TITLE_BOOST), ("body", 1.0)]


def _term(node: Term, reader: Any, *, own_stem: bool = False) -> Any:
    """A word: as typed, its stem, and its stem written as a word (``own_stem``: see _best_of)."""
    wanted = [(f, node.text, b) for f, b in _exact_fields(node.field)]
    stem = analysis.stem(node.text)
    if own_stem and stem == node.text and _stem_fields(node.field):
        wanted = [(f, t, b * (1 + 1 / EXACT_BOOST)) for f, t, b in wanted]
    if stem is not None:
        # A stem-field hit, or the stem written as a word (see schema.make_schema).
        wanted += [(f, stem, b) for f, b in _stem_fields(node.field)]
        if stem != node.text:
            wanted += [(f, stem, b / EXACT_BOOST) for f, b in _exact_fields(node.field)]
    # Terms the index lacks match nothing; leaving them out saves their matchers.
    return _any_of([wq.Term(f, t, boost=b) for f, t, b in wanted if (f, t) in reader])


def _prefix(field: str, text: str, boost: float, reader: Any) -> Any:
    """A prefix as an OR of its expansions, each scored and boosted like a typed word.

    Whoosh's Prefix scores one expansion by BM25 without its boost and several
    by a constant, so a title matching ``postgres*`` ranked below bodies that
    merely mention Postgres often.
    """
    words = list(itertools.islice(reader.expand_prefix(field, text), MAX_PREFIX_TERMS + 1))
    if not words:
        return wq.NullQuery
    if len(words) > MAX_PREFIX_TERMS:
        return wq.Prefix(field, text, boost=boost)
    return _any_of([wq.Term(field, word, boost=boost) for word in words])


def _fuzzy(node: Fuzzy, reader: Any) -> Any:
    # Expanded here with querylang's distance (not Whoosh's FuzzyTerm, whose
    # automaton and fallback disagree on transpositions) so scan == index.
    clauses = []
    for f, b in _exact_fields(node.field):
        for btext in reader.expand_prefix(f, node.text[:1]):
            word = btext.decode("utf-8") if isinstance(btext, bytes) else btext
            if fuzzy_match(word, node.text, node.maxdist):
                clauses.append(wq.Term(f, word, boost=b if word == node.text else b / 2))
    return _any_of(clauses)


def _best_of(node: Alike, reader: Any) -> Any:
    """Each record's best reading of a word; the word as typed (the first) counts most.

    Other forms ('kubernetes' for 'k8s', a prefix's or a typo's other words) weigh what
    a stem does: the word exactly as typed ranks first, as everywhere else. A record's
    number ('adr 38', or a typed number read loosely) keeps its own weight, and so does
    the status a word names (:data:`STATUS_BOOST`).
    """
    first, *rest = node.items
    # A typed word that is its own stem ('db', 'k8s') is no stem field's term (they hold
    # only stems that differ), so its other form scored twice, exact and stem: 'db' ranked
    # 'Use a relational database' above 'One db per service'. Its match counts for both.
    if isinstance(first, Term) and any(isinstance(i, Term | Phrase) for i in rest):
        typed = _term(first, reader, own_stem=True)
    else:
        typed = to_whoosh(first, reader)
    others = [to_whoosh(i, reader) for i in rest]
    alike = [_alike(item, q) for item, q in zip(node.items[1:], others, strict=True)]
    alike = [q for q in alike if q is not wq.NullQuery]
    return _BestOf([typed, *alike]) if alike else typed


class _BestOf(wq.DisjunctionMax):  # type: ignore[misc]  # Whoosh is untyped
    """Whoosh's DisjunctionMax, scoring each record by its own readings only (see _Best)."""

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        reader = searcher.reader()
        return self._tree_matcher(
            subs, _Best, searcher, context, lambda q: q.estimate_size(reader), tiebreak=0.0
        )


class _Best(DisjunctionMaxMatcher):  # type: ignore[misc]  # Whoosh is untyped
    """The best score of the readings on the current record.

    Whoosh 2.7.4's matcher takes the higher score of both sides whenever both are
    active, one of them on a later record: 'db' gave 'Use a relational database' the
    score of 'One db per service' (the typed word's, on another record), a tie.
    """

    def score(self) -> float:
        a, b = self.a, self.b
        if not b.is_active() or (a.is_active() and a.id() < b.id()):
            return float(a.score())
        if not a.is_active() or b.id() < a.id():
            return float(b.score())
        return max(float(a.score()), float(b.score()))


def _alike(item: Node, query: Any) -> Any:
    """The weight of one other reading of a typed word (see :func:`_best_of`)."""
    if query is wq.NullQuery or isinstance(item, Range):
        return query
    if isinstance(item, Keyword):
        return query.with_boost(STATUS_BOOST)
    return query.with_boost(query.boost / EXACT_BOOST)


def _some_of(node: Some, reader: Any) -> Any:
    """An OR whose every matched item adds :data:`COVERAGE` (what the scan's score adds)."""
    queries = [to_whoosh(i, reader) for i in node.items]
    return _any_of([_Covered(q) for q in queries if q is not wq.NullQuery])


class _Covered(wq.WrappingQuery):  # type: ignore[misc]  # Whoosh is untyped
    """A query whose every match scores :data:`COVERAGE` more (one item of a :class:`Some`).

    A wrapper, not an OR with a constant-score copy: that read every posting twice (a
    relaxed two-word query at 1,000 ADRs took 40 ms, most of it there).
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return _PlusCoverage(self.child.matcher(searcher, context))


class _PlusCoverage(WrappingMatcher):  # type: ignore[misc]  # Whoosh is untyped
    def _replacement(self, newchild: Any) -> Any:
        return _PlusCoverage(newchild)

    def supports_block_quality(self) -> bool:
        return False  # scores are not the child's times a boost: no quality skipping

    def max_quality(self) -> float:
        return float(self.child.max_quality()) + COVERAGE

    def score(self) -> float:
        return float(self.child.score()) + COVERAGE


def _all_of(node: And, reader: Any) -> Any:
    required = [i for i in node.items if not isinstance(i, Not | Maybe)]
    positive = [to_whoosh(i, reader) for i in required]
    negative = [to_whoosh(i.item, reader) for i in node.items if isinstance(i, Not)]
    base = wq.And(positive) if len(positive) > 1 else (positive or [wq.Every()])[0]
    optional = [
        to_whoosh(word, reader)
        for maybe in node.items
        if isinstance(maybe, Maybe)
        for word in maybe.items
        if not isinstance(word, All)
    ]
    optional = [q for q in optional if q is not wq.NullQuery and _rare(q, reader)]
    if optional:  # scored where present, required nowhere
        base = wq.AndMaybe(base, _any_of(optional))
    return wq.AndNot(base, _any_of(negative)) if negative else base


def _rare(query: Any, reader: Any) -> bool:
    """Whether no term of ``query`` is in most records (an optional word worth scoring).

    'the' or 'is' is in nearly every record: it would add almost nothing to any score
    (BM25 weighs a word by its rarity), and reading every record's postings of it made
    'it is the cache' at 1,000 ADRs take 34 ms instead of 20.
    """
    half = reader.doc_count_all() / 2
    return all(reader.doc_frequency(field, text) <= half for field, text in query.iter_all_terms())


def _any_of(queries: list[Any]) -> Any:
    if not queries:
        return wq.NullQuery
    return queries[0] if len(queries) == 1 else _Or(queries)


class _Or(wq.Or):  # type: ignore[misc]  # Whoosh is untyped
    """Whoosh's OR, whose preloading matcher takes a small segment in one part its size.

    For more than two clauses on a segment of up to 5,000 documents Whoosh adds
    the clauses' scores into an array of 2,048 slots, made and cleared slot by slot
    in Python for each segment (of 250 ADRs): ~30% of a query for a word whose
    stem differs ('sessions'). The same sums, in the same order, in a smaller array.
    """

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        doccount = searcher.doc_count_all()
        needs_current = context.needs_current if context else True
        # Whoosh's own choice (Or._matcher): preload unless one of these holds.
        if self.matcher_type != self.AUTO_MATCHER or (
            len(subs) < self.TOO_MANY_CLAUSES
            and (needs_current or self.scale or len(subs) == 2 or doccount > 5000)
        ):
            return super()._matcher(subs, searcher, context)
        scored = context.weighting is not None if context else True
        matchers = [sub.matcher(searcher, context) for sub in subs]
        part = max(1, min(doccount, 2048))
        return ArrayUnionMatcher(matchers, doccount, boost=self.boost, scored=scored, partsize=part)
