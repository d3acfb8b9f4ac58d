"""The search query language: text → a small, engine-neutral syntax tree.

Both the Whoosh index (``adr_tui.core.search``) and the plain catalogue scan
(``matching.py``) evaluate the same tree, which is what makes a scan during an
index build return the same result set; ``highlight.py`` marks its words.
Parsing never raises: a query that cannot be read falls back to its plain
words, and :attr:`ParsedQuery.problems` says what was not understood.

Syntax (see ``docs/search.md``)::

    session handling            both words (AND is the default)
    "session handling"          phrase
    sess*   sesion~   sesion~2  prefix, typo tolerance (edit distance 1 or 2)
    a OR b   a AND b   NOT a   -a   ( … )
    status:accepted  tag:auth  decider:"Grace Lee"  title:redis  body:cache
    number:55  number:10..20  date:>2024-01-01  date:2024-01-01..2024-06-30
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection
from dataclasses import FrozenInstanceError
from functools import lru_cache
from typing import Any, Literal

from adr_tui.core.model import Status

Sort = Literal["relevance", "number", "date", "title"]
"""Orders a caller may ask results in; relevance needs a query."""
SORTS: tuple[Sort, ...] = ("relevance", "number", "date", "title")

CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f"
"""Kana, CJK ideographs and Hangul syllables: scripts written without spaces between words."""

WORD_PATTERN = rf"[^\W{CJK}]+|[{CJK}]"  # the common case first: 10% faster
"""What a word is, for queries and for both engines' unstemmed fields: a run of letters
and digits, except that each CJK character is a word of its own. Japanese and Chinese
put no space between words, so 'スキーマ' inside 'スキーマ進化のたびに' was no word at
all; a query of several such characters is their phrase, which finds it."""

WORD: re.Pattern[str]
""":data:`WORD_PATTERN`, compiled when first asked for (by a search, not by the UI's first
filter: 4 ms for the CJK class). ``re.UNICODE`` (the default) spelled out because Whoosh
compiles the pattern of the index's analyser with it: the same key in ``re``'s cache, so
one compilation serves both."""


def __getattr__(name: str) -> re.Pattern[str]:
    """:data:`WORD` on first use (a module attribute asked for before it exists)."""
    if name != "WORD":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _word()


def _word() -> re.Pattern[str]:
    """:data:`WORD`, compiled and kept as the module's attribute the first time."""
    found: re.Pattern[str] | None = globals().get("WORD")
    if found is None:
        found = globals()["WORD"] = re.compile(WORD_PATTERN, re.UNICODE)
    return found


# --- the tree ---------------------------------------------------------------


class _Value:
    """A frozen record: equal to (and hashed like) one of its class with equal fields.

    What ``@dataclass(frozen=True, slots=True)`` makes, written once: generating
    those methods for this module's 13 classes took ~14 ms of every start (the
    UI imports this module as its first list shows).
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[_Value], tuple[Any, ...]]:
        return type(self), self._values()  # copy and pickle build it through __init__


_set = object.__setattr__
"""How an ``__init__`` sets a field of a frozen record."""


class Term(_Value):
    """One word; ``field`` None means title and body."""

    __slots__ = ("field", "text")
    field: str | None
    text: str

    def __init__(self, field: str | None, text: str) -> None:
        _set(self, "field", field)
        _set(self, "text", text)


class Phrase(_Value):
    """Words that must appear next to each other, in order."""

    __slots__ = ("field", "words")
    field: str | None
    words: tuple[str, ...]

    def __init__(self, field: str | None, words: tuple[str, ...]) -> None:
        _set(self, "field", field)
        _set(self, "words", words)


class Prefix(_Value):
    """Any word starting with ``text``."""

    __slots__ = ("field", "text")
    field: str | None
    text: str

    def __init__(self, field: str | None, text: str) -> None:
        _set(self, "field", field)
        _set(self, "text", text)


class Fuzzy(_Value):
    """Any word within ``maxdist`` Levenshtein edits of ``text`` (first letter fixed)."""

    __slots__ = ("field", "text", "maxdist")
    field: str | None
    text: str
    maxdist: int

    def __init__(self, field: str | None, text: str, maxdist: int = 1) -> None:
        _set(self, "field", field)
        _set(self, "text", text)
        _set(self, "maxdist", maxdist)


class Keyword(_Value):
    """An exact, case-insensitive value of ``status``, ``tag`` or ``decider``."""

    __slots__ = ("field", "value")
    field: str
    value: str

    def __init__(self, field: str, value: str) -> None:
        _set(self, "field", field)
        _set(self, "value", value)


class Range(_Value):
    """``number`` or ``date`` (as a proleptic ordinal) between two inclusive bounds."""

    __slots__ = ("field", "low", "high")
    field: str
    low: int | None
    high: int | None

    def __init__(self, field: str, low: int | None, high: int | None) -> None:
        _set(self, "field", field)
        _set(self, "low", low)
        _set(self, "high", high)


class And(_Value):
    """Every item matches."""

    __slots__ = ("items",)
    items: tuple[Node, ...]

    def __init__(self, items: tuple[Node, ...]) -> None:
        _set(self, "items", items)


class Or(_Value):
    """At least one item matches."""

    __slots__ = ("items",)
    items: tuple[Node, ...]

    def __init__(self, items: tuple[Node, ...]) -> None:
        _set(self, "items", items)


class Alike(Or):
    """Ways to read one word (as typed, begun, misspelt): any matches, the best one scores.

    Summed like an :class:`Or`, a word would count once per way it matched: 'postgres'
    as typed, as the start of itself and as its own near spelling, three times. (No
    ``__slots__`` of its own: an empty one would hide ``items`` from equality and repr.)
    """


class Some(Or):
    """Some of the items: a record with more of them ranks first (see :data:`COVERAGE`)."""


class Maybe(Or):
    """Words a record need not have: it matches with or without them, and ranks higher with.

    Its first item is :class:`All`, so an evaluator reading it as an :class:`Or` (the
    scan's) matches every record at once and scores the words a record has; the index
    ANDs its words in as optional (Whoosh's AndMaybe). See :func:`without_noise`.
    """


class Named(Or):
    """A record named by its number ('adr 12', 'ADR-0012'): that record, or text naming it so.

    A subclass so a query can be read again as its words (:func:`as_words`) when no
    record is so named: 'decision 12 services' wants the retry policy for 12 services.
    """


COVERAGE = 1000.0
"""What each item of a :class:`Some` a record matches adds to its score: more than words
score, so the records with most of the items rank first, each group by relevance."""


class Not(_Value):
    """The item does not match."""

    __slots__ = ("item",)
    item: Node

    def __init__(self, item: Node) -> None:
        _set(self, "item", item)


class All(_Value):
    """Every decision (the empty query)."""

    __slots__ = ()


class Nothing(_Value):
    """No decision (e.g. ``status:`` with a value that is no status)."""

    __slots__ = ()


Node = (
    Term | Phrase | Prefix | Fuzzy | Keyword | Range | And | Or | Alike | Some | Not | All | Nothing
)

TEXT_FIELDS = frozenset({"title", "body", "decider"})
"""Fields whose values are words (``None``, the default, means title and body)."""

FIELD_ALIASES = {
    "title": "title",
    "body": "body",
    "text": None,
    "status": "status",
    "tag": "tag",
    "tags": "tag",
    "decider": "decider",
    "deciders": "decider",
    "by": "decider",
    "number": "number",
    "num": "number",
    "date": "date",
}
"""Field names a user may type, to the canonical field (None: title and body)."""


class ParsedQuery(_Value):
    """A query as understood: the tree, and what was not understood."""

    __slots__ = ("text", "root", "problems")
    text: str
    """The query as typed."""
    root: Node
    """What to evaluate."""
    problems: tuple[str, ...]
    """Sentences about parts that were not understood (empty when all was)."""

    def __init__(self, text: str, root: Node, problems: tuple[str, ...] = ()) -> None:
        _set(self, "text", text)
        _set(self, "root", root)
        _set(self, "problems", problems)

    @property
    def is_all(self) -> bool:
        """True when the query restricts nothing (empty or only spaces)."""
        return isinstance(self.root, All)


class _Unreadable(ValueError):
    """Raised inside the parser; never escapes :func:`parse_query`."""


# --- lexer ------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<quote>"[^"]*"(?:~\d)?)
  | (?P<openquote>")
  | (?P<word>[^\s()"]+(?:"[^"]*")?)
    """,
    re.VERBOSE,
)


def _lex(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "space"
        if kind == "space":
            continue
        if kind == "openquote":
            raise _Unreadable("a quotation mark is not closed")
        value = match.group()
        if kind == "word" and value in ("AND", "OR", "NOT", "&&", "||"):
            kind = {"&&": "AND", "||": "OR"}.get(value, value)
        tokens.append((kind, value))
    return tokens


# --- values -----------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _date_bounds(text: str) -> tuple[int, int]:
    """First and last day (ordinals) named by ``2024``, ``2024-03`` or ``2024-03-05``."""
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is None:
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    if day is None:
        import calendar  # a month's length, asked rarely: not at every start (2 ms)

        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1).toordinal(), dt.date(year, month, last).toordinal()
    ordinal = dt.date(year, month, day).toordinal()
    return ordinal, ordinal


def _number_bounds(text: str) -> tuple[int, int]:
    cleaned = re.sub(r"^(?:adr[-_]?)", "", text, flags=re.IGNORECASE)
    value = int(cleaned)
    return value, value


def _range(field: str, value: str) -> Range:
    """``>x``, ``>=x``, ``<x``, ``<=x``, ``x..y``, ``x..``, ``..y``, ``x`` (ValueError if bad)."""
    bounds = _date_bounds if field == "date" else _number_bounds
    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            first, last = bounds(value[len(op) :])
            return {
                ">=": Range(field, first, None),
                "<=": Range(field, None, last),
                ">": Range(field, last + 1, None),
                "<": Range(field, None, first - 1),
            }[op]
    if ".." in value:
        low_text, high_text = value.split("..", 1)
        low = bounds(low_text)[0] if low_text else None
        high = bounds(high_text)[1] if high_text else None
        if low is None and high is None:
            raise ValueError(value)
        return Range(field, low, high)
    first, last = bounds(value)
    return Range(field, first, last)


def words_of(text: str) -> tuple[str, ...]:
    """Lower-cased words of ``text``, as the unstemmed fields index them."""
    return tuple(w.lower() for w in _word().findall(text))


def _text_node(field: str | None, raw: str, problems: list[str]) -> Node:
    """A bare word with optional ``*`` or ``~N`` suffix."""
    fuzzy = re.match(r"^(.*?)~(\d?)$", raw)
    if fuzzy and fuzzy.group(1):
        words = words_of(fuzzy.group(1))
        maxdist = min(int(fuzzy.group(2) or 1), 2)
        if len(words) == 1:
            return Fuzzy(field, words[0], max(maxdist, 1))
        raw = fuzzy.group(1)
    if raw.endswith("*") and len(raw) > 1:
        words = words_of(raw[:-1])
        if len(words) == 1:
            return Prefix(field, words[0])
        raw = raw[:-1]
    words = words_of(raw)
    if not words:
        if raw.strip():
            problems.append(f"ignored {raw!r}: it has no letters or digits")
        return All()
    number = _record(words) if field is None else None
    if number is not None:
        return _record_node(words, number)
    if len(words) == 1:
        return _word_node(field, words[0])
    return Phrase(field, words)  # "e-mail", "v1.2": one word to the user


_WORD_FIELDS = (None, "title", "body")
"""Fields whose words have other forms and loosen (a decider's name is matched as typed)."""


SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "k8s": ("kubernetes",),
    "db": ("database",),
    "dbs": ("databases",),
    "auth": ("authentication", "authorization", "authn", "authz"),
    "authn": ("authentication",),
    "authz": ("authorization",),
    "pg": ("postgres", "postgresql"),
    "postgres": ("postgresql",),
    "mongo": ("mongodb",),
    "config": ("configuration",),
    "env": ("environment",),
    "envs": ("environments",),
    "infra": ("infrastructure",),
    "repo": ("repository",),
    "repos": ("repositories",),
    "prod": ("production",),
    "perf": ("performance",),
    "msg": ("message",),
    "msgs": ("messages",),
    "e2e": ("end to end",),
    "sso": ("single sign on",),
    "idp": ("identity provider",),
    "dlq": ("dead letter queue", "dead letter"),
    "hpa": ("horizontal pod autoscaler",),
    "ci": ("continuous integration",),
    "cd": ("continuous delivery", "continuous deployment"),
}
"""Short forms engineers type for what records spell out (a typed word finds both)."""

_LONG_FORMS: dict[str, tuple[str, ...]] = {}
for _short, _longs in SHORT_FORMS.items():
    for _long in _longs:
        if " " not in _long:  # a typed phrase is read as words, not as one long form
            _LONG_FORMS[_long] = (*_LONG_FORMS.get(_long, ()), _short)


STATUS_WORDS = frozenset(s.value for s in Status if s is not Status.UNKNOWN)
"""Words that name a status: typed alone ('superseded', 'what is deprecated') they also
find the records in that status, which rarely say the word ('unknown' is only a word)."""


def _word_node(field: str | None, word: str) -> Node:
    """A typed word, and the forms that say the same (``k8s`` and ``kubernetes``) if any.

    A word naming a status also matches that status (a record's status line reads
    'Superseded by ADR-0010', 'Approved', '✅ Accepted': the status is what was meant).
    """
    others = SHORT_FORMS.get(word, ()) + _LONG_FORMS.get(word, ())
    status = field is None and word in STATUS_WORDS
    if field not in _WORD_FIELDS or not (others or status):
        return Term(field, word)
    forms: list[Node] = [Term(field, word)]
    for other in others:
        parts = tuple(other.split())
        forms.append(Phrase(field, parts) if len(parts) > 1 else Term(field, other))
    if status:
        forms.append(Keyword("status", word))
    return Alike(tuple(forms))


RECORD_WORDS = frozenset({"adr", "adrs", "decision"})
"""Words that, before a number, name a record by it: 'adr 38', 'ADR-0017', 'decision 6'."""

_RECORD_NUMBER = re.compile(r"(?:adrs?|decision)[-_]?(\d{1,6})")
"""One word that names a record ('adr0017'); a number longer than six digits is no record's."""


def _record(words: tuple[str, ...]) -> int | None:
    """The number ``words`` name a record by ('adr', '0017' → 17), else None."""
    if len(words) == 1:
        match = _RECORD_NUMBER.fullmatch(words[0])
        return int(match.group(1)) if match else None
    if len(words) == 2 and words[0] in RECORD_WORDS and _is_number(words[1]):
        return int(words[1])
    return None


def _is_number(word: str) -> bool:
    return word.isascii() and word.isdigit() and len(word) <= 6


def _record_node(words: tuple[str, ...], number: int) -> Node:
    """The record numbered ``number``, or text that names it so ('see ADR-0017').

    Either counts and both add up: record 36 whose file says 'ADR-0036' before another
    numbered 36, each before a record that only mentions 'ADR-0036'.
    """
    named = Phrase(None, words) if len(words) > 1 else Term(None, words[0])
    return Named((Range("number", number, number), named))


def _typed_number(node: Node) -> str | None:
    """The digits of a plain number clause: '38', or '(38 OR 38*)' as the TUI sends it."""
    if isinstance(node, Or) and node.items:
        node = node.items[0] if all(_is_plain(i) for i in node.items) else node
    if isinstance(node, Term) and node.field is None and _is_number(node.text):
        return node.text
    return None


def _is_plain(node: Node) -> bool:
    return isinstance(node, Term | Prefix) and node.field is None


def _records_named(items: list[Node]) -> list[Node]:
    """``items`` with each 'adr' or 'decision' followed by a number read as that record."""
    named: list[Node] = []
    for item in items:
        previous = named[-1] if named else None
        digits = _typed_number(item)
        if digits and isinstance(previous, Term) and previous.field is None:
            number = _record((previous.text, digits))
            if number is not None:
                named[-1] = _record_node((previous.text, digits), number)
                continue
        named.append(item)
    return named


def _field_node(name: str, value: str, problems: list[str]) -> Node:
    field = FIELD_ALIASES[name.lower()]
    quoted = value.startswith('"') and value.endswith('"') and len(value) >= 2
    inner = value[1:-1] if quoted else value
    if field in ("date", "number"):
        try:
            return _range(field, inner.strip())
        except ValueError:
            example = "2024-01-01..2024-06-30" if field == "date" else "55 or 10..20"
            problems.append(f"could not read {name}:{value} (try {name}:{example}); ignored it")
            return All()
    if field == "status":
        return _status_node(inner.strip().lower(), problems)
    if field == "tag":
        tag = norm_tag(inner)
        if tag.endswith("*") and not quoted:
            return Prefix("tag", tag[:-1])
        return Keyword("tag", tag) if tag else All()
    if quoted:
        words = words_of(inner)
        if not words:
            return All()
        phrase: Node = Phrase(field, words) if len(words) > 1 else Term(field, words[0])
        if field == "decider":
            return Or((Keyword("decider", norm_name(inner)), phrase))
        return phrase
    return _text_node(field, inner, problems)


# --- parser -----------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], problems: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.problems = problems

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek() is not None:
            raise _Unreadable("a closing parenthesis has no opening one")
        return node

    def or_expr(self) -> Node:
        items = [self.and_expr()]
        while self.peek() == "OR":
            self.take()
            items.append(self.and_expr())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def and_expr(self) -> Node:
        items = [self.unary()]
        while self.peek() not in (None, "OR", "rparen"):
            if self.peek() == "AND":
                self.take()
            items.append(self.unary())
        kept = _records_named([i for i in items if not isinstance(i, All)])
        if not kept:
            return All()
        return kept[0] if len(kept) == 1 else And(tuple(kept))

    def unary(self) -> Node:
        kind = self.peek()
        if kind is None or kind in ("OR", "AND", "rparen"):
            raise _Unreadable("an operator has nothing on one side")
        if kind == "NOT":
            self.take()
            return _negate(self.unary())
        return self.atom()

    def atom(self) -> Node:
        kind, value = self.take()
        if kind == "lparen":
            if self.peek() == "rparen":
                raise _Unreadable("empty parentheses")
            node = self.or_expr()
            if self.peek() != "rparen":
                raise _Unreadable("a parenthesis is not closed")
            self.take()
            return node
        if kind == "quote":
            body, _, slop = value.rpartition('"')
            if slop:
                self.problems.append("phrase slop (~N) is not supported; matched the exact phrase")
            return _field_value(None, body + '"', self.problems)
        negated = value.startswith("-") and len(value) > 1
        if negated or (value.startswith("+") and len(value) > 1):
            value = value[1:]
        node = _word_or_field(value, self.problems)
        return _negate(node) if negated else node


def _negate(node: Node) -> Node:
    if isinstance(node, All):
        return All()  # "-" or "NOT" before nothing searchable: ignore, as the word was
    return Not(node)


def _field_value(field: str | None, quoted: str, problems: list[str]) -> Node:
    if field is None:
        words = words_of(quoted[1:-1])
        if not words:
            return All()
        return Phrase(None, words) if len(words) > 1 else Term(None, words[0])
    return _field_node(field, quoted, problems)


def _status_node(status: str, problems: list[str]) -> Node:
    """A status, or the statuses it begins (``status:acc`` as it is typed, ``status:d``)."""
    known = [s.value for s in Status]
    begun = [s for s in known if s.startswith(status)] if status not in known else [status]
    if not begun:
        problems.append(f"{status!r} is not a status ({', '.join(known)})")
        return Nothing()
    if len(begun) == 1:
        return Keyword("status", begun[0])
    return Or(tuple(Keyword("status", s) for s in begun))


def _word_or_field(value: str, problems: list[str]) -> Node:
    name, colon, rest = value.partition(":")
    if colon and name and not rest and name.lower() in FIELD_ALIASES:
        return All()  # a field still being typed ("status:"): nothing to narrow by yet
    if colon and name and rest:
        if name.lower() in FIELD_ALIASES:
            return _field_node(name, rest, problems)
        if re.fullmatch(r"[A-Za-z]\w*", name):
            known = ", ".join(sorted(k for k in FIELD_ALIASES if k not in _SYNONYMS))
            problems.append(f"unknown field {name!r} (known: {known}); searched it as words")
            parts = [_text_node(None, name, problems), _text_node(None, rest, problems)]
            return And(tuple(p for p in parts if not isinstance(p, All)))
    return _text_node(None, value, problems)


_SYNONYMS = frozenset({"num", "by", "tags", "deciders", "text"})


def _plain_terms(text: str) -> Node:
    """The fallback reading: every word, ANDed, operators and punctuation dropped."""
    words = [w for w in _word().findall(text) if w not in ("AND", "OR", "NOT")]
    terms = tuple(_word_node(None, w.lower()) for w in words)
    if not terms:
        return All()
    return terms[0] if len(terms) == 1 else And(terms)


@lru_cache(maxsize=512)
def parse_query(text: str) -> ParsedQuery:
    """Parse ``text``; never raises (cached: search-as-you-type re-parses the same prefixes)."""
    problems: list[str] = []
    try:
        root = _Parser(_lex(text), problems).parse() if text.strip() else All()
    except _Unreadable as exc:
        fallback = _plain_terms(text)
        note = f"could not read the query ({exc}); searched its words instead"
        return ParsedQuery(text, fallback, (note,))
    return ParsedQuery(text, root, tuple(problems))


QUESTION_WORDS = frozenset({"why", "what", "how", "which", "who", "where", "did", "do", "does"})
"""Words of a question typed as a query ('why graphql', 'why did we drop mongo')."""


def without_noise(root: Node, stop_words: Collection[str] = frozenset()) -> Node:
    """``root`` without its question words, and its stop words optional, when other words remain.

    'why graphql' wants records on GraphQL, not records that also say 'why'; 'emails not
    sending' wants the ones on sending emails, most of which never say 'not'. But a stop
    word may be what is asked (Whoosh's list holds 'us', 'it', 'can', 'may', 'not'): 'us
    region' wants the US region first, so a record that has it ranks higher (:class:`Maybe`).
    Quoted phrases keep every word; a query of noise alone ('the who') is searched as typed.
    """
    items = root.items if isinstance(root, And) else (root,)
    noise = QUESTION_WORDS.union(stop_words)
    kept = tuple(i for i in items if not _is_one_of(i, noise))
    if not kept or len(kept) == len(items):
        return root
    asked = (i for i in items if _is_one_of(i, stop_words) and not _is_one_of(i, QUESTION_WORDS))
    optional = tuple(dict.fromkeys(asked))  # 'the the region': one optional 'the'
    if optional:
        kept += (Maybe((All(), *optional)),)
    return kept[0] if len(kept) == 1 else And(kept)


def _is_one_of(node: Node, words: Collection[str]) -> bool:
    """Whether ``node`` is a plain word (of title and body) among ``words``."""
    return isinstance(node, Term) and node.field is None and node.text in words


def as_words(root: Node) -> Node | None:
    """``root`` with each record it names by number ('decision 12') read as words; None if none.

    What a query means when no record so named has its other words: 'decision 12
    services' names no record 12 on services, and a record on 12 services says 'decision'
    under its heading. A name in one word ('adr0012') is read as that word already.
    """
    if isinstance(root, Named):
        named = root.items[-1]
        if isinstance(named, Phrase):
            return And(tuple(_word_node(None, word) for word in named.words))
        return None
    if isinstance(root, And | Or):
        read = [as_words(item) for item in root.items]
        if all(r is None for r in read):
            return None
        items = [item if r is None else r for item, r in zip(root.items, read, strict=True)]
        if type(root) is And:  # 'decision 12 services': three words, not two and a pair
            items = [
                part for item in items for part in (item.items if type(item) is And else (item,))
            ]
        return type(root)(tuple(items))
    if isinstance(root, Not):
        item = as_words(root.item)
        return None if item is None else Not(item)
    return None


def relaxed(
    root: Node,
    stop_words: Collection[str] = frozenset(),
    unmatched: Callable[[Term], bool] = lambda _: False,
) -> Node | None:
    """A looser reading of a query that matched nothing; None when nothing would loosen.

    Words typed at 3 a.m. miss: a typo ('kuberentes'), a short form ('postgres' for
    PostgreSQL), a word the record never uses ('why graphql', 'db connection pool').
    Here every plain word also matches the words it begins and, from four letters,
    words one edit away (two from eight letters), and the words become alternatives:
    a record with more of them ranks first (:class:`Some`). A phrase stays a phrase (one of the
    alternatives); fields, ranges and NOTs keep their meaning. A number also names a
    record's number ('adr 53'). Stop words and question words ('why not mongodb') are
    left out when other words remain: they would rank records that merely say 'not'
    first, as having more of the words. ``unmatched`` tells a word no record has as
    typed: the likeliest typo, always loosened (see :data:`MAX_LOOSENED`).
    """
    items = root.items if isinstance(root, And) else (root,)
    words = [item for item in items if _is_words(item)]
    noise = QUESTION_WORDS.union(stop_words)
    meant = [w for w in words if not (isinstance(w, Term) and w.text in noise)]
    words = meant or words
    if not words:
        return None
    # A pasted log line is a dozen words: only a few get near spellings and starts (each
    # adds a union of terms over every record: 250 ms at 1,000 ADRs). Every word no record
    # has as typed, however short ('kafak', and its near spellings are few), then the
    # longest: the longest three alone left out a misspelt product name.
    typos = [w for w in words if _unmatched(w, unmatched)]
    longest = sorted((w for w in words if w not in typos), key=_length, reverse=True)
    chosen = typos + longest[: max(0, MAX_LOOSENED - len(typos))]
    loose = [_loosened(item) if item in chosen else item for item in words]
    if loose == words:
        return None
    kept = [item for item in items if not _is_words(item)]
    anyof = loose[0] if len(loose) == 1 else Some(tuple(loose))
    return And((anyof, *kept)) if kept else anyof


MAX_LOOSENED = 3
"""How many words of a query read loosely get near spellings and starts, the longest, unless
more match nothing as typed: every one of those does."""


def _unmatched(node: Node, unmatched: Callable[[Term], bool]) -> bool:
    """Whether no record has ``node``'s word as typed: a plain word, or its forms ('k8s').

    The TUI's last word ('kafak OR kafak*') too. Only a typed word can be misspelt.
    """
    if isinstance(node, Or):
        terms = [item for item in node.items if isinstance(item, Term)]
        return bool(terms) and all(unmatched(term) for term in terms)
    return isinstance(node, Term) and unmatched(node)


def _length(node: Node) -> int:
    """How long the word of a word clause is (a phrase's or alternatives' longest)."""
    if isinstance(node, Term | Prefix | Fuzzy):
        return len(node.text)
    if isinstance(node, Phrase):
        return max(len(word) for word in node.words)
    return max((_length(item) for item in node.items), default=0) if isinstance(node, Or) else 0


def _is_words(node: Node) -> bool:
    """A plain word, a word's prefix or near spellings, or alternatives of those."""
    if isinstance(node, Term | Prefix | Fuzzy | Phrase):
        return node.field in _WORD_FIELDS
    if not isinstance(node, Or):
        return False
    # A status a typed word names goes with the word (a status: field alone is no word).
    words = [i for i in node.items if not (isinstance(i, Keyword) and i.field == "status")]
    return bool(words) and all(_is_words(item) for item in words)


def _loosened(node: Node) -> Node:
    if isinstance(node, Or):
        return type(node)(tuple(_loosened(item) for item in node.items))
    if not isinstance(node, Term):
        return node
    text, field = node.text, node.field
    alternatives: list[Node] = [node]
    if text.isascii() and text.isdigit():
        if len(text) <= 6:  # a record's number, not a year's worth of digits
            alternatives.append(Range("number", int(text), int(text)))
    else:
        if len(text) >= 3:
            alternatives.append(Prefix(field, text))
        if len(text) >= 4:
            alternatives.append(Fuzzy(field, text, 1 if len(text) < 8 else 2))
    return node if len(alternatives) == 1 else Alike(tuple(alternatives))


def positive_leaves(node: Node) -> list[Term | Phrase | Prefix | Fuzzy]:
    """Word-like clauses not under a NOT: what highlighting should mark."""
    if isinstance(node, Term | Phrase | Prefix | Fuzzy):
        return [node]
    if isinstance(node, And | Or):
        return [leaf for item in node.items for leaf in positive_leaves(item)]
    return []


# --- normalised names ------------------------------------------------------


def norm_name(name: str) -> str:
    """A decider's name as matched: lower-cased, commas dropped, inner spaces collapsed."""
    return " ".join(name.replace(",", " ").split()).lower()


def norm_tag(tag: str) -> str:
    """A tag as matched: lower-cased, commas dropped, surrounding spaces removed."""
    return " ".join(tag.replace(",", " ").split()).lower()


# --- results shown to the user ----------------------------------------------


class Fragment(_Value):
    """Plain text with the character spans of matched words (for any presenter)."""

    __slots__ = ("text", "spans")
    text: str
    spans: tuple[tuple[int, int], ...]
    """(start, end) offsets into ``text``, sorted and non-overlapping."""

    def __init__(self, text: str, spans: tuple[tuple[int, int], ...] = ()) -> None:
        _set(self, "text", text)
        _set(self, "spans", spans)
