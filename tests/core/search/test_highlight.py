"""Highlights found by distinct word forms agree with a word-by-word walk of the text."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adr_tui.core.highlight import Highlighter, _runs_on, prose
from adr_tui.core.matching import Marker
from adr_tui.core.querylang import CJK, WORD, parse_query, positive_leaves
from adr_tui.core.search.schema import analysis


def suffix_stem(word: str) -> str | None:
    return word.removesuffix("ing").removesuffix("s") or None


_WORDS = ["session", "Sessions", "SESSION", "sessioning", "cache", "Caché", "x_session", "42"]
_WORDS += ["スキーマ", "は", "移行", "세션"]  # CJK: each character is a word of its own
_GLUE = [" ", "-", "_", ".", "\n", "", "é", "ß", "İ"]

texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=30).map(
    lambda parts: "".join(w + g for w, g in parts)
)
queries = st.sampled_from(
    ["session", "sess*", "sesion~", "cache OR 42", "caché", "x_session", "sessions -cache"]
    + ["スキーマ", "は", "移行 OR cache", "세션"]
)


def walked_spans(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """The spans a word-by-word walk marks: every token judged in order."""
    leaves = [leaf for leaf in positive_leaves(parse_query(query).root) if leaf.field is None]
    found = list(WORD.finditer(text))
    marks = Marker(leaves, suffix_stem).marks(tuple(m.group().lower() for m in found))
    return tuple(found[i].span() for i in sorted(marks))


@given(texts, queries)
def test_form_lookup_marks_exactly_the_walked_words(text: str, query: str) -> None:
    fragment = Highlighter(parse_query(query).root, suffix_stem).title(text)
    assert fragment.spans == walked_spans(text, query)


def test_a_form_inside_a_longer_word_is_not_marked() -> None:
    text = "session_store sessions session-x xsession session"
    fragment = Highlighter(parse_query("session").root, suffix_stem).title(text)
    assert [text[a:b] for a, b in fragment.spans] == ["sessions", "session", "session"]


def test_a_cjk_word_is_marked_inside_its_run_of_characters() -> None:
    text = "SQLiteはALTER TABLEでカラム削除が不可能。スキーマ進化のたびに"
    fragment = Highlighter(parse_query("スキーマ sqlite").root, suffix_stem).title(text)
    assert [text[a:b] for a, b in fragment.spans] == ["SQLite", "ス", "キ", "ー", "マ"]


def test_one_highlighter_serves_many_texts_without_leaking_between_them() -> None:
    marks = Highlighter(parse_query("cache").root, suffix_stem)
    assert marks.title("Cache caches").spans == ((0, 5), (6, 12))
    assert marks.title("no match here").spans == ()
    assert marks.title("the CACHE").spans == ((4, 9),)
    assert [f.text for f in marks.body("a\ncache line")] == ["a cache line"]


MARKDOWN = """## Decision Outcome

**Status:** Accepted

| Option | Session store |
|--------|---------------|
| Redis  | *fast*        |

- keep [session data](https://example.com/sessions) in `redis_cache`
> quoted <br/> session
```yaml
session: true
```
"""


def test_excerpts_are_prose_without_markdown_marks() -> None:
    text = prose(MARKDOWN)
    for mark in ("##", "**", "|---", "`", "](", "<br", "- keep", "> quoted", "*fast*"):
        assert mark not in text, mark
    assert "Option · Session store" in text and "Redis · fast" in text
    assert "keep session data in redis_cache" in text  # snake_case keeps its underscore
    fragments = Highlighter(parse_query("session").root, suffix_stem).body(MARKDOWN, limit=5)
    marked = [f.text[a:b] for f in fragments for a, b in f.spans]
    assert marked and all(word.lower() == "session" for word in marked)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        # a break takes the spaces and tabs before it and all space after; the end keeps its own
        ("line  \t\n \xa0 next \t\n\n\t  last \t", "line\nnext\nlast \t"),
        ("- [a link](x.md) and `code` ![an image](i.png) <br/>end", "a link and code an image end"),
        ("![no source] then [a link](y.md)", "![no source] then a link"),
        ("> ***both*** *one* _two_ 2*3 snake_case **half", "both one two 2*3 snake_case half"),
        ("| a | b |\n|---|:-:|\n| c | d |", "a · b\nc · d"),
        ("```yaml\nkey: [v](w)\n```\n# Heading [t](u)", "\nkey: v\nHeading t"),
    ],
)
def test_prose_removes_line_and_inline_marks_in_one_reading(markdown: str, expected: str) -> None:
    # Line marks and inline marks are removed in two passes: these mix them on one line.
    assert prose(markdown) == expected


def test_a_word_runs_on_through_exactly_the_characters_word_pattern_runs_through() -> None:
    # Every code point: letters, digits and '_' of any script continue a word, CJK ones don't.
    run = re.compile(rf"[^\W{CJK}]")
    differ = [c for c in map(chr, range(sys.maxunicode + 1)) if bool(run.match(c)) != _runs_on(c)]
    assert differ == []


ascii_texts = st.lists(
    st.tuples(
        st.sampled_from([w for w in _WORDS if w.isascii()] + ["Sesion", "s"]),
        st.sampled_from([g for g in _GLUE if g.isascii()] + ["S", "_s"]),
    ),
    max_size=30,
).map(lambda parts: "".join(w + g for w, g in parts))


@given(ascii_texts | st.text(st.characters(max_codepoint=127)), queries)
def test_ascii_text_marks_the_walked_words_by_their_initials(text: str, query: str) -> None:
    # ASCII text looks only at words beginning with a query word's first letter.
    fragment = Highlighter(parse_query(query).root, suffix_stem).title(text)
    assert fragment.spans == walked_spans(text, query)


@given(st.text(st.characters(max_codepoint=127), min_size=1))
def test_the_stemmers_keep_an_ascii_words_first_letter(word: str) -> None:
    # What lets highlighting skip words that begin with another letter (Marker.initials),
    # which it does in ASCII text only: Russian's stemmer folds a first "ё" to "е".
    stem = analysis.stem(word.lower())
    assert stem is None or stem[:1] == word.lower()[:1]


@given(texts)
def test_prose_keeps_every_word_of_plain_text(text: str) -> None:
    assert WORD.findall(prose(text)) == WORD.findall(text)


def test_an_excerpt_never_cuts_a_link_in_half() -> None:
    body = (
        "Intro line.\n"
        "The client follows [ADR-0011: Pydantic models for every payload]"
        "(../../docs/adr/0011-pydantic-models.md) and nothing else.\n"
    )
    (fragment,) = Highlighter(parse_query("pydantic").root, suffix_stem).body(body)
    assert "](" not in fragment.text and ".md" not in fragment.text
    assert "Pydantic models for every payload" in fragment.text
    assert [fragment.text[a:b] for a, b in fragment.spans] == ["Pydantic"]


def test_two_matches_that_make_one_excerpt_show_it_once() -> None:
    # usnistgov/OSCAL (audit round 14): the match in the link's address is far from the
    # one in its text, yet shows as that text: 'search calendar' printed one line twice
    body = (
        "The NIST OSCAL Team will use [a public shared calendar from a service account in "
        "the Office 365 instance for NIST, as documented below]"
        "(#service-account-with-published-nist-office-365-calendar).\n\n"
        "Events are announced on the mailing list and on the website as well, each week.\n\n"
        "## Published NIST Office 365 Calendar\n\nUpon testing, this solution meets all needs.\n"
    )
    fragments = Highlighter(parse_query("calendar").root, suffix_stem).body(body)
    texts = [f.text for f in fragments]
    assert len(texts) == len(set(texts)) == 2
    assert texts[0].startswith("…a public shared calendar") and "Calendar" in texts[1]


def test_an_excerpt_prefers_the_text_to_the_title_line_it_repeats() -> None:
    marks = Highlighter(parse_query("postgresql").root, suffix_stem)
    body = "# Use PostgreSQL\n\nStatus: Accepted\n\nOrders live in PostgreSQL from now on.\n"
    (excerpt,) = marks.body(body, limit=1)
    assert "Use PostgreSQL" not in excerpt.text and "Orders live in PostgreSQL" in excerpt.text
    near = "# Use PostgreSQL\nWe pick PostgreSQL.\n"  # the title line within reach
    (excerpt,) = marks.body(near, limit=1)
    assert "Use" not in excerpt.text  # not shown without its match marked
    assert [excerpt.text[a:b] for a, b in excerpt.spans] == ["PostgreSQL"]
    underlined = "Use PostgreSQL\n==============\n\nOrders live in PostgreSQL.\n"
    (excerpt,) = marks.body(underlined, limit=1)
    assert "Use PostgreSQL" not in excerpt.text and "Orders live in PostgreSQL" in excerpt.text
    only_title = "# Use PostgreSQL\n\nStatus: Accepted\n"
    (excerpt,) = marks.body(only_title, limit=1)
    assert "Use PostgreSQL" in excerpt.text  # nothing better to show


def _whole_words_of(excerpt: str, text: str) -> bool:
    """Whether ``excerpt`` less its ellipses is a run of whole words of ``text``."""
    core = excerpt.removeprefix("…").removesuffix("…")
    at = text.find(core)
    end = at + len(core)
    return (
        at >= 0
        and (at == 0 or text[at - 1].isspace())
        and (end == len(text) or text[end].isspace())
        and excerpt.startswith("…") == (at > 0)
        and excerpt.endswith("…") == (end < len(text))
    )


def test_an_excerpt_cut_inside_a_long_word_drops_it_and_says_so() -> None:
    # A URL or an identifier longer than the slack ended excerpts mid-word ("…/long/pa").
    url = "https://example.com/" + "segment/" * 12
    ident = "AbstractSingletonProxyFactoryBeanConfigurationProvider"
    marks = Highlighter(parse_query("session").root, suffix_stem)
    for body in (
        f"Keep the {ident} session state small and see {url} for the details.",
        f"{ident}{ident} session then some words {url}",
        f"Read it. session {'word ' * 12}{url}",
    ):
        (excerpt,) = marks.body(body, limit=1)
        assert _whole_words_of(excerpt.text, body), excerpt.text
        assert [excerpt.text[a:b] for a, b in excerpt.spans] == ["session"]


@given(
    st.lists(
        st.sampled_from(["session", "a", "to", "x" * 40, "https://example.com/" + "p/" * 30]),
        min_size=1,
        max_size=40,
    )
)
def test_every_excerpt_is_whole_words_with_its_matches_marked(words: list[str]) -> None:
    body = " ".join(words)
    for excerpt in Highlighter(parse_query("session").root, suffix_stem).body(body):
        core = excerpt.text.removeprefix("…").removesuffix("…")
        if body.count(core) == 1:  # else where it was cut from is ambiguous
            assert _whole_words_of(excerpt.text, body), excerpt.text
        assert {excerpt.text[a:b] for a, b in excerpt.spans} == {"session"}


def test_the_title_line_excerpt_comes_after_the_text_ones() -> None:
    # The list shows a hit's first excerpt: 'kafka' showed "ADR-0021: Use Kafka for parcel
    # events Status: Accepted…", the title again, not "…publish to Apache Kafka…".
    body = "# ADR-0021: Use Kafka for parcel events\n\n**Status:** Accepted\n\n" + (
        "Filler words here. " * 10 + "\n\nWe publish parcel events to Apache Kafka (MSK).\n"
    )
    excerpts = Highlighter(parse_query("kafka").root, suffix_stem).body(body)
    assert [("Apache Kafka" in e.text, "Use Kafka" in e.text) for e in excerpts] == [
        (True, False),
        (False, True),
    ]


def test_a_body_repeating_the_word_gives_excerpts_a_row_can_show() -> None:
    """Matches every line chained into one window: one hit's excerpt was a 5 MB body."""
    body = "Use the bold flag for this line of filler text here.\n" * 20_000  # ~1 MB
    pieces = Highlighter(parse_query("bold").root, suffix_stem).body(body)
    assert pieces  # repeats of one excerpt are shown once
    assert all(len(piece.text) < 400 for piece in pieces)
    assert all(piece.spans for piece in pieces)
