"""Review 9b: what the later session-9 parser changes lost (repros of the review)."""

from __future__ import annotations

from tests.core.parsing.helpers import decision

from adr_tui.core.model import Status

_HEAD = "# 5. X\n\n"


def _relations(text: str) -> list[tuple[str, int | None, str | None]]:
    d = decision(text, "docs/adr/0005-x.md")
    return [(r.kind.value, r.ref.number, r.ref.target) for r in d.relations]


# M1: "without" (and its kin) inside a linked or bracketed title does not cut the field.


def test_without_in_a_linked_title_keeps_the_supersession() -> None:
    text = (
        _HEAD + "* Status: accepted\n* Supersedes: [ADR-0004: Deploy without downtime]"
        "(0004-deploy-without-downtime.md)\n\n## Context\nText.\n"
    )
    assert _relations(text) == [("supersedes", 4, "0004-deploy-without-downtime.md")]


def test_sans_in_a_linked_title_keeps_the_later_records() -> None:
    text = (
        _HEAD + "* Status: accepted\n* Supersedes: [ADR-0002: Use Open Sans as UI font]"
        "(0002-open-sans.md), [ADR-0003](0003-y.md)\n\n## Context\nText.\n"
    )
    assert _relations(text) == [
        ("supersedes", 2, "0002-open-sans.md"),
        ("supersedes", 3, "0003-y.md"),
    ]


def test_without_in_a_parenthesised_title_keeps_the_later_records() -> None:
    text = (
        _HEAD + "* Status: accepted\n* Supersedes: ADR-0002 (Build without Docker), ADR-0003\n\n"
        "## Context\nText.\n"
    )
    assert [(kind, number) for kind, number, _ in _relations(text)] == [
        ("supersedes", 2),
        ("supersedes", 3),
    ]


def test_without_outside_titles_still_leaves_the_records_after_it() -> None:
    text = (
        _HEAD + "* Status: accepted\n* Supersedes: ADR-0008 without rewriting ADR-0007\n\n"
        "## Context\nText.\n"
    )
    assert [(kind, number) for kind, number, _ in _relations(text)] == [("supersedes", 8)]


# M2: an acceptance date states the record accepted only when it is a day.


def test_a_placeholder_acceptance_date_states_no_status() -> None:
    d = decision(_HEAD + "Date accepted: TBD\n\n## Context\nText.\n", "docs/adr/0005-x.md")
    assert d.status is Status.UNKNOWN


def test_a_pending_approval_date_states_no_status() -> None:
    text = _HEAD + "* Approval date: pending\n* Author: Ann\n\n## Context\nText.\n"
    d = decision(text, "docs/adr/0005-x.md")
    assert (d.status, d.status_raw) == (Status.UNKNOWN, "")


def test_a_dash_for_the_approval_date_in_a_table_states_no_status() -> None:
    text = (
        _HEAD + "| Field | Value |\n|---|---|\n| Approval Date | - |\n| Author | Ann |\n\n"
        "## Context\nText.\n"
    )
    assert decision(text, "docs/adr/0005-x.md").status is Status.UNKNOWN


def test_a_dated_acceptance_still_states_the_record_accepted() -> None:
    text = _HEAD + "* Approval date: 2024-03-01\n* Author: Ann\n\n## Context\nText.\n"
    assert decision(text, "docs/adr/0005-x.md").status is Status.ACCEPTED


# M3: a status item that ends with a word needing its object goes on over the wrapped line.


def test_a_status_item_wrapped_after_by_keeps_its_supersession() -> None:
    text = (
        _HEAD + "- Status: superseded by\n  [ADR-0009](0009-y.md)\n- Date: 2024-01-01\n\n"
        "## Context\nText.\n"
    )
    d = decision(text, "docs/adr/0005-x.md")
    assert d.status is Status.SUPERSEDED
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 9)]


def test_a_status_item_wrapped_after_and_keeps_the_second_successor() -> None:
    text = (
        _HEAD + "- Status: Superseded by ADR-0009 and\n  ADR-0010\n- Date: 2024-01-01\n\n"
        "## Context\nText.\n"
    )
    d = decision(text, "docs/adr/0005-x.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [
        ("superseded-by", 9),
        ("superseded-by", 10),
    ]


def test_prose_under_a_finished_status_item_stays_out_of_it() -> None:
    text = _HEAD + "- Status: accepted\n  The team met on Monday.\n\n## Context\nText.\n"
    assert decision(text, "docs/adr/0005-x.md").status_raw == "accepted"


# M4: a footer of fields is still one when a link definition, footnote or comment follows it.

_FOOTER = (
    "# 5. X\n\n## Context\n\nText.\n\n---\n\nStatus: Accepted\nDate: 2024-01-01\nDeciders: Ann\n\n"
)


def test_a_footer_above_an_html_comment_states_the_record() -> None:
    d = decision(_FOOTER + "<!-- generated -->\n", "docs/adr/0005-x.md")
    assert (d.status, str(d.date), list(d.deciders)) == (Status.ACCEPTED, "2024-01-01", ["Ann"])


def test_a_footer_above_a_link_definition_states_the_record() -> None:
    d = decision(_FOOTER + "[1]: https://example.com\n", "docs/adr/0005-x.md")
    assert (d.status, str(d.date), list(d.deciders)) == (Status.ACCEPTED, "2024-01-01", ["Ann"])


def test_a_footer_above_a_footnote_states_the_record() -> None:
    d = decision(_FOOTER + "[^1]: Minutes of the board.\n", "docs/adr/0005-x.md")
    assert d.status is Status.ACCEPTED


def test_fields_under_a_rule_with_prose_after_them_are_still_no_footer() -> None:
    d = decision(_FOOTER + "[1]: https://example.com\n\nMore prose here.\n", "docs/adr/0005-x.md")
    assert d.status is Status.UNKNOWN


# S1: a partial marker inside a linked title, or "(only" without a part, replaces no part.


def test_exclusively_for_in_a_linked_title_is_still_a_supersession() -> None:
    text = (
        _HEAD + "* Status: superseded\n* Superseded by: [ADR-0009: Use Redis exclusively for "
        "caching](0009-redis.md)\n\n## Context\nText.\n"
    )
    assert _relations(text) == [("superseded-by", 9, "0009-redis.md")]


def test_only_with_no_part_after_it_is_still_a_supersession() -> None:
    text = (
        _HEAD + "* Status: accepted\n* Supersedes: ADR-0002 (only kept for history)\n\n"
        "## Context\nText.\n"
    )
    assert [(kind, number) for kind, number, _ in _relations(text)] == [("supersedes", 2)]


def test_only_the_part_after_a_link_still_amends() -> None:
    text = (
        _HEAD + "* Status: accepted\n* Supersedes: [ADR-0002](0002-y.md) (only the caching "
        "section)\n\n## Context\nText.\n"
    )
    assert [(kind, number) for kind, number, _ in _relations(text)] == [("amends", 2)]


# S3: lower-case handles joined by "and" are two deciders; a role of two words stays one.


def _deciders(value: str) -> list[str]:
    text = _HEAD + f"* Status: accepted\n* Deciders: {value}\n\n## Context\nText.\n"
    return list(decision(text, "docs/adr/0005-x.md").deciders)


def test_lower_case_handles_joined_by_and_are_two_deciders() -> None:
    assert _deciders("jdoe and msmith, tkelly") == ["jdoe", "msmith", "tkelly"]
    assert _deciders("alice and bob, carol and dave") == ["alice", "bob", "carol", "dave"]


def test_a_role_joined_by_and_stays_one_decider() -> None:
    assert _deciders("Tech lead, Accessibility and design reviewer, Security reviewer") == [
        "Tech lead",
        "Accessibility and design reviewer",
        "Security reviewer",
    ]


# S5: "with" goes from a decider only when a name follows it.


def test_with_before_words_that_are_no_name_is_kept() -> None:
    assert _deciders("Ann, with review from Lex") == ["Ann", "with review from Lex"]


def test_with_before_a_name_is_dropped() -> None:
    assert _deciders("identity-team, with platform-team") == ["identity-team", "platform-team"]


# S4: a people field ends at a bar before a field of any key.


def test_a_bar_ends_a_deciders_value_before_an_unknown_key() -> None:
    assert _deciders("Ann | Reviewer: Bob") == ["Ann"]


def test_a_bar_ends_an_author_value_before_an_unknown_key() -> None:
    text = _HEAD + "* Status: accepted\n* Author: Ann | Reviewer: Bob\n\n## Context\nText.\n"
    assert list(decision(text, "docs/adr/0005-x.md").deciders) == ["Ann"]


def test_a_bar_in_a_title_value_still_stays_in_it() -> None:
    text = "Title: Pipes | Filters: a pattern\nStatus: accepted\n\n## Context\nText.\n"
    assert decision(text, "docs/adr/0005-x.md").title == "Pipes | Filters: a pattern"
