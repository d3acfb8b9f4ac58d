from __future__ import annotations

import copy
import datetime as dt
import pickle
from dataclasses import FrozenInstanceError

import pytest

from adr_tui.core.highlight import Highlighter
from adr_tui.core.matching import edit_distance
from adr_tui.core.querylang import (
    All,
    And,
    Fragment,
    Fuzzy,
    Keyword,
    Not,
    Nothing,
    Or,
    Phrase,
    Prefix,
    Range,
    Term,
    parse_query,
)


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("", All()),
        ("   ", All()),
        ("Redis", Term(None, "redis")),
        ("session handling", And((Term(None, "session"), Term(None, "handling")))),
        ('"session handling"', Phrase(None, ("session", "handling"))),
        ("sess*", Prefix(None, "sess")),
        ("sesion~", Fuzzy(None, "sesion", 1)),
        ("sesion~2", Fuzzy(None, "sesion", 2)),
        ("a OR b", Or((Term(None, "a"), Term(None, "b")))),
        ("a AND b", And((Term(None, "a"), Term(None, "b")))),
        ("a NOT b", And((Term(None, "a"), Not(Term(None, "b"))))),
        ("a -b", And((Term(None, "a"), Not(Term(None, "b"))))),
        (
            "(a OR b) c",
            And((Or((Term(None, "a"), Term(None, "b"))), Term(None, "c"))),
        ),
        ("e-mail", Phrase(None, ("e", "mail"))),
        ("status:Accepted", Keyword("status", "accepted")),
        ("tag:Auth", Keyword("tag", "auth")),
        ("tags:auth*", Prefix("tag", "auth")),
        (
            'decider:"Grace  Lee"',
            Or((Keyword("decider", "grace lee"), Phrase("decider", ("grace", "lee")))),
        ),
        ("decider:grace", Term("decider", "grace")),
        ("title:redis", Term("title", "redis")),
        ('body:"edge cache"', Phrase("body", ("edge", "cache"))),
        ("number:55", Range("number", 55, 55)),
        ("number:ADR-0055", Range("number", 55, 55)),
        ("number:10..20", Range("number", 10, 20)),
        ("number:>50", Range("number", 51, None)),
        ("date:>2024-01-01", Range("date", day("2024-01-02"), None)),
        ("date:>=2024-01-01", Range("date", day("2024-01-01"), None)),
        ("date:<2024-01-01", Range("date", None, day("2023-12-31"))),
        ("date:2024-01-01..2024-06-30", Range("date", day("2024-01-01"), day("2024-06-30"))),
        ("date:2024-02", Range("date", day("2024-02-01"), day("2024-02-29"))),
        ("date:2024", Range("date", day("2024-01-01"), day("2024-12-31"))),
        ("date:..2023", Range("date", None, day("2023-12-31"))),
    ],
)
def test_query_forms(text: str, root: object) -> None:
    parsed = parse_query(text)
    assert parsed.root == root
    assert parsed.problems == ()


@pytest.mark.parametrize(
    ("text", "words", "fragment"),
    [
        ("(session handling", ("session", "handling"), "parenthesis is not closed"),
        ("session) handling", ("session", "handling"), "closing parenthesis"),
        ('"session handling', ("session", "handling"), "quotation mark"),
        ("session AND", ("session",), "operator"),
        ("OR redis", ("redis",), "operator"),
        ("()", (), "empty parentheses"),
    ],
)
def test_unreadable_query_falls_back_to_plain_words(
    text: str, words: tuple[str, ...], fragment: str
) -> None:
    parsed = parse_query(text)
    terms = tuple(Term(None, w) for w in words)
    expected = All() if not terms else terms[0] if len(terms) == 1 else And(terms)
    assert parsed.root == expected
    assert len(parsed.problems) == 1
    assert fragment in parsed.problems[0]


def test_unknown_field_is_searched_as_words_and_reported() -> None:
    parsed = parse_query("colour:blue redis")
    unknown = And((Term(None, "colour"), Term(None, "blue")))
    assert parsed.root == And((unknown, Term(None, "redis")))
    assert "unknown field 'colour'" in parsed.problems[0]


def test_a_field_being_typed_narrows_as_far_as_it_goes() -> None:
    # Search runs at each keystroke: "status:" and "status:acc" are on the way somewhere.
    assert parse_query("status:").root == All() and parse_query("title:").root == All()
    assert parse_query("redis title:").root == Term(None, "redis")
    assert parse_query("status:acc").root == Keyword("status", "accepted")
    both = Or((Keyword("status", "draft"), Keyword("status", "deprecated")))
    assert parse_query("status:d").root == both
    assert parse_query("colour:").root == Term(None, "colour")  # no field: the word
    assert not parse_query("status:acc").problems


def test_bad_values_are_reported_not_raised() -> None:
    assert parse_query("status:bogus").root == Nothing()
    assert "not a status" in parse_query("status:bogus").problems[0]
    bad_date = parse_query("date:yesterday redis")
    assert bad_date.root == Term(None, "redis")
    assert "date:yesterday" in bad_date.problems[0]
    assert parse_query("date:2024-13-01").problems  # month 13


def test_urls_and_times_are_not_fields() -> None:
    parsed = parse_query("http://example.com")
    assert parsed.problems == () or "unknown field 'http'" in parsed.problems[0]
    assert parse_query("10:30").problems == ()


def test_edit_distance_counts_a_transposition_once() -> None:
    assert edit_distance("session", "sesion", 2) == 1
    assert edit_distance("session", "sessoin", 2) == 1
    assert edit_distance("session", "cession", 2) == 1
    assert edit_distance("session", "sensation", 1) == 2  # capped at limit + 1


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in spans]


def identity_stem(word: str) -> str | None:
    return word.rstrip("s") or None


def test_highlights_are_plain_text_and_spans() -> None:
    query = parse_query("session").root
    title = Highlighter(query, identity_stem).title("Sessions and Session handling")
    assert _marked(title.text, title.spans) == ["Sessions", "Session"]
    body = "Intro line.\n" + "filler " * 40 + "the session handling rules\n" + "more " * 40
    phrase = parse_query('"session handling" -intro').root
    fragments = Highlighter(phrase, identity_stem).body(body)
    assert len(fragments) == 1
    fragment = fragments[0]
    assert "\n" not in fragment.text
    assert fragment.text.startswith("…") and fragment.text.endswith("…")
    assert _marked(fragment.text, fragment.spans) == ["session", "handling"]


def test_highlights_respect_fields_and_negation() -> None:
    marks = Highlighter(parse_query("title:redis -cache").root, identity_stem)
    assert marks.body("redis cache") == ()
    assert marks.title("Redis cache").spans == ((0, 5),)


def test_tree_values_are_frozen_and_equal_by_class_and_fields() -> None:
    term = Term("title", "redis")
    assert term == Term("title", "redis") and hash(term) == hash(Term("title", "redis"))
    assert term != Prefix("title", "redis") and term != Term(None, "redis")
    assert Fuzzy(None, "sesion") == Fuzzy(None, "sesion", 1) != Fuzzy(None, "sesion", 2)
    assert All() == All() and All() != Nothing()
    assert repr(Fragment("a b", ((0, 1),))) == "Fragment(text='a b', spans=((0, 1),))"
    with pytest.raises(FrozenInstanceError):
        term.text = "kafka"
    tree = parse_query('"a b" OR c* -d~2 number:3..').root
    assert copy.deepcopy(tree) == tree == pickle.loads(pickle.dumps(tree))
