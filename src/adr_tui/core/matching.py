"""What a query tree matches in one decision's words: the scan's evaluator and word marks.

A decision is reduced once to :class:`DocWords`; :class:`Evaluator` says whether
it satisfies a :mod:`~adr_tui.core.querylang` tree (exactly as the Whoosh index
would, given the same stemmer) and scores it roughly; :class:`Marker` finds the
word positions to highlight. No Whoosh here: the stemmer is passed in.

Go-to's name words live here too (:func:`named_by_words`): words typed for a
decision agree with its file name's and title's in the singular or the plural.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from adr_tui.core.model import Decision
from adr_tui.core.querylang import (
    COVERAGE,
    All,
    And,
    Fuzzy,
    Keyword,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Range,
    Some,
    Term,
    positive_leaves,
)
from adr_tui.core.records import record

NUMBER_WEIGHT = 100 * 3.0 * 1.5
"""What the scan adds for a record's own number a query names ('adr 38'): as the index
weighs it (translate.NUMBER_BOOST), a hundred times an exact title word."""
STATUS_WEIGHT = 3.0 * 1.5
"""What the scan adds for the status a typed word names: an exact title word's weight."""

DECIDER_GAP = "adrtuigap"
"""A word placed between deciders' names so a phrase never spans two people."""


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a transposition is one edit), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


_NAME_SPLIT = re.compile(r"[\W_]+")
_UNCOUNTED = ("ss", "us", "is")
"""Endings of singular words whose final ``s`` is no plural (access, status, redis)."""


def word_forms(word: str) -> frozenset[str]:
    """``word`` and what it may be the plural of: simple English endings only.

    ``sessions`` → {sessions, session}; ``caches`` → {caches, cache, cach};
    ``policies`` → {policies, policy}. Two words agree when their forms meet,
    so a singular matches its plural either way round. Short words (``aws``,
    ``ecs``) and words ending like ``status`` or ``redis`` stay as they are.
    """
    forms = {word}
    if len(word) > 3 and word.endswith("s") and not word.endswith(_UNCOUNTED):
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
        if word.endswith("ies"):
            forms.add(word[:-3] + "y")
    return frozenset(forms)


def typed_words(text: str) -> list[str]:
    """The case-folded words of a name (split at hyphens, underscores, spaces, dots)."""
    return [w for w in _NAME_SPLIT.split(text.casefold()) if w]


def name_words(name: str) -> frozenset[str]:
    """Every form (see :func:`word_forms`) of every word of ``name``."""
    return frozenset(form for word in typed_words(name) for form in word_forms(word))


def name_agrees(typed: Sequence[str], name: str) -> bool:
    """Whether each typed word is a word of ``name``, singular or plural."""
    folded = name.casefold()
    # Words that agree share all but their last three letters at most ('policy', 'policies'):
    # a name without those (most names) is rejected before it is split into words.
    if not all(word[: max(1, len(word) - 3)] in folded for word in typed):
        return False
    words = name_words(folded)
    return all(not words.isdisjoint(word_forms(word)) for word in typed)


def named_by_words(
    name: str, decisions: Sequence[Decision], matched: Sequence[Decision]
) -> list[Decision]:
    """``matched`` (what ``Catalog.matches`` found) and the decisions ``name`` names by words.

    Words typed for go-to agree with a file name's or a title's words in the
    singular or the plural ('sessions' finds ``0003-use-redis-for-session-storage``,
    'database' finds "Pool database connections"). A number or a path is
    ``Catalog.matches``'s alone: 'g 3' must not add a title that says "3".
    In catalogue order.
    """
    typed = typed_words(name)
    loose = "/" not in name and any(w != "adr" and not w.isdigit() for w in typed)
    ids = {d.id for d in matched}
    return [
        d
        for d in decisions
        if d.id in ids or (loose and name_agrees(typed, f"{d.path.rsplit('/', 1)[-1]} {d.title}"))
    ]


def fuzzy_match(word: str, target: str, maxdist: int) -> bool:
    """Whether ``word`` is a typo-tolerant match for ``target`` (first letter must agree)."""
    if not word or not target or word[0] != target[0]:
        return False
    return edit_distance(word, target, maxdist) <= maxdist


@record
class DocWords:
    """A decision reduced to what queries look at (computed once per file version)."""

    title: tuple[str, ...]
    """Lower-cased title words in order (for phrases)."""
    title_stems: frozenset[str]
    """Stems of title words that differ from the word itself (as the index holds them)."""
    body: tuple[str, ...]
    """Lower-cased body words in order."""
    body_set: frozenset[str]
    body_stems: frozenset[str]
    deciders: tuple[str, ...]
    """Words of every decider's name, names separated by :data:`DECIDER_GAP`."""
    decider_names: frozenset[str]
    """Whole names, lower-cased, inner spaces collapsed."""
    tags: frozenset[str]
    status: str
    number: int | None
    date: int | None
    """Date as a proleptic ordinal."""


def decider_text(names: tuple[str, ...]) -> str:
    """Deciders as one text with a gap word between names (how both engines tokenise them)."""
    return f" {DECIDER_GAP} ".join(names)


def _has_phrase(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    first = phrase[0]
    return any(
        words[i : i + size] == phrase
        for i, word in enumerate(words)
        if word == first and i + size <= len(words)
    )


class Evaluator:
    """Evaluates a tree against :class:`DocWords` with a given stemmer.

    ``stem`` maps one lower-cased word to its stemmed index term, or None when
    the stemmed field drops it (a stop word, too short) — exactly as the index does.
    """

    def __init__(self, stem: Callable[[str], str | None]) -> None:
        self.stem = stem

    def _field_words(self, doc: DocWords, field: str | None) -> list[tuple[str, ...]]:
        if field == "title":
            return [doc.title]
        if field == "body":
            return [doc.body]
        if field == "decider":
            return [doc.deciders]
        return [doc.title, doc.body]

    def _term(self, node: Term, doc: DocWords) -> bool:
        if node.field == "decider":
            return node.text in doc.deciders
        # Mirrors the index: the word itself, its stem in the stem field (which
        # holds only stems differing from their word), or the stem as a word.
        stem = self.stem(node.text)
        forms = {node.text} if stem is None else {node.text, stem}
        title = node.field in (None, "title") and (
            not forms.isdisjoint(doc.title) or (stem is not None and stem in doc.title_stems)
        )
        body = node.field in (None, "body") and (
            not forms.isdisjoint(doc.body_set) or (stem is not None and stem in doc.body_stems)
        )
        return title or body

    def matches(self, node: Node, doc: DocWords) -> bool:
        """Whether ``doc`` satisfies ``node``."""
        if isinstance(node, Term):
            return self._term(node, doc)
        if isinstance(node, Phrase):
            return any(_has_phrase(w, node.words) for w in self._field_words(doc, node.field))
        if isinstance(node, Prefix):
            if node.field == "tag":
                return any(t.startswith(node.text) for t in doc.tags)
            return any(
                w.startswith(node.text) for ws in self._field_words(doc, node.field) for w in ws
            )
        if isinstance(node, Fuzzy):
            return any(
                fuzzy_match(w, node.text, node.maxdist)
                for ws in self._field_words(doc, node.field)
                for w in ws
            )
        if isinstance(node, Keyword):
            if node.field == "status":
                return doc.status == node.value
            if node.field == "tag":
                return node.value in doc.tags
            return node.value in doc.decider_names
        if isinstance(node, Range):
            value = doc.date if node.field == "date" else doc.number
            return (
                value is not None
                and (node.low is None or value >= node.low)
                and (node.high is None or value <= node.high)
            )
        if isinstance(node, And):
            return all(self.matches(item, doc) for item in node.items)
        if isinstance(node, Or):
            return any(self.matches(item, doc) for item in node.items)
        if isinstance(node, Not):
            return not self.matches(node.item, doc)
        return isinstance(node, All)

    def score(self, node: Node, doc: DocWords) -> float:
        """A rough relevance for the scan (title above body, exact above stemmed)."""
        total = 0.0
        for leaf in positive_leaves(node):
            for words, weight, field in ((doc.title, 3.0, "title"), (doc.body, 1.0, "body")):
                if leaf.field not in (None, field):
                    continue
                marks = word_marks(words, [leaf], self.stem)
                exact = sum(1 for m in marks.values() if m == 2)
                total += weight * (1.5 * exact + (len(marks) - exact)) / (1 + len(words)) ** 0.5
        return total + self._coverage(node, doc) + self._named(node, doc)

    def _named(self, node: Node, doc: DocWords) -> float:
        """What a record's own number or status adds, where ``node`` names it and it matches.

        Word leaves are scored above; without this 'ADR-0017' ranked a record citing it
        above record 17 itself until the index was built.
        """
        if isinstance(node, Range) and node.field == "number":
            return NUMBER_WEIGHT if self.matches(node, doc) else 0.0
        if isinstance(node, Keyword) and node.field == "status":
            return STATUS_WEIGHT if self.matches(node, doc) else 0.0
        if isinstance(node, And | Or):
            return sum(self._named(item, doc) for item in node.items)
        return 0.0

    def _coverage(self, node: Node, doc: DocWords) -> float:
        """:data:`COVERAGE` for each item of a :class:`Some` that ``doc`` matches."""
        if isinstance(node, Some):
            return COVERAGE * sum(1 for item in node.items if self.matches(item, doc))
        if isinstance(node, And):
            return sum(self._coverage(item, doc) for item in node.items)
        return 0.0


class Marker:
    """Which words a query's word clauses match; remembers each verdict.

    One marker serves every hit of one query, so each distinct word of all the
    highlighted documents is judged once. In ASCII text, ``stem`` keeps a word's
    first letter (the English stemmer changes only endings): a word there can then match only
    if it begins with one of :attr:`initials`. Not beyond ASCII: Russian's stemmer
    folds a first "ё" to "е", so other text is judged word by word.
    """

    def __init__(
        self, leaves: list[Term | Phrase | Prefix | Fuzzy], stem: Callable[[str], str | None]
    ) -> None:
        self.leaves = leaves
        self.singles = [leaf for leaf in leaves if not isinstance(leaf, Phrase)]
        self.phrases = [leaf for leaf in leaves if isinstance(leaf, Phrase)]
        self.stem = stem
        terms = [leaf.text for leaf in self.singles if isinstance(leaf, Term)]
        fuzzies = [leaf for leaf in self.singles if isinstance(leaf, Fuzzy)]
        # Sets and a prefix tuple, so judging a word is a few lookups, not a loop.
        self.exact = frozenset(terms) | {leaf.text for leaf in fuzzies}
        self.wanted = frozenset(s for s in map(stem, terms) if s is not None)
        self.prefixes = tuple(leaf.text for leaf in self.singles if isinstance(leaf, Prefix))
        self.fuzzies = fuzzies
        starts = [*self.exact, *self.wanted, *self.prefixes]  # exact: fuzzies too (1st letter kept)
        self.initials = frozenset(word[0] for word in starts if word)
        """The first letters of every lower-cased word a word clause can match."""
        self.verdicts: dict[str, int] = {}
        self._judged_forms: set[str] = set()
        self._marked_forms: set[str] = set()

    def _judge(self, word: str) -> int:
        if word in self.exact:
            return 2
        if self.wanted and self.stem(word) in self.wanted:
            return 1
        if self.prefixes and word.startswith(self.prefixes):
            return 1
        return int(any(fuzzy_match(word, f.text, f.maxdist) for f in self.fuzzies))

    def verdict(self, word: str) -> int:
        """2 when a lower-cased ``word`` matches exactly, 1 stemmed/prefix/fuzzy, 0 not at all."""
        found = self.verdicts.get(word)
        if found is None:
            found = self.verdicts[word] = self._judge(word)
        return found

    def marked_forms(self, forms: set[str]) -> set[str]:
        """Which of these words, as written (any case), a word clause matches.

        Only for markers without phrases (a phrase needs word positions, see
        :meth:`marks`). Set operations keep the cost per highlighted document
        to its words not seen before in this query's hits.
        """
        new = forms - self._judged_forms
        if new:
            self._marked_forms.update(f for f in new if self.verdict(f.lower()))
            self._judged_forms |= new
        return forms & self._marked_forms

    def marks(self, words: tuple[str, ...]) -> dict[int, int]:
        """Positions of ``words`` matched: 2 for an exact match, 1 for stemmed/prefix/fuzzy."""
        marks: dict[int, int] = {}
        if self.singles:
            for i, word in enumerate(words):
                found = self.verdict(word)
                if found:
                    marks[i] = found
        for leaf in self.phrases:
            size = len(leaf.words)
            for i, word in enumerate(words):
                if word == leaf.words[0] and words[i : i + size] == leaf.words:
                    for j in range(i, i + size):
                        marks[j] = 2
        return marks


def word_marks(
    words: tuple[str, ...],
    leaves: list[Term | Phrase | Prefix | Fuzzy],
    stem: Callable[[str], str | None],
) -> dict[int, int]:
    """Positions of ``words`` that ``leaves`` match: 2 for an exact match, 1 for stemmed/fuzzy."""
    return Marker(leaves, stem).marks(words)
