"""Review 9: what the round-19 parser changes read too much into (repros of the review)."""

from __future__ import annotations

import datetime as dt

from tests.core.parsing.helpers import decision, numbers

from adr_tui.core.model import Status
from adr_tui.core.parsing.keys import canonical_key


def _kinds(text: str, path: str = "docs/adr/0005-x.md") -> list[tuple[str, int | None]]:
    return [(r.kind.value, r.ref.number) for r in decision(text, path).relations]


# M1: a relation value that ends with a separator goes on only over a line naming records.


def test_prose_after_a_related_value_ending_in_a_comma_is_no_record() -> None:
    # The review's repro: the sentence became a relates-to naming no ADR, and check exited 1.
    text = (
        "# 4. Four\n\nStatus: Accepted\nRelated: ADR-0001, ADR-0002,\n"
        "This decision builds on the caching work.\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/0004-four.md")
    assert [(r.kind.value, r.ref.raw) for r in d.relations] == [
        ("relates-to", "ADR-0001"),
        ("relates-to", "ADR-0002"),
    ]


def test_a_line_naming_records_still_goes_on_a_related_value() -> None:
    text = "# 4. Four\n\nRelated: ADR-0001, ADR-0002,\nADR-0003; ADR-0006\n\n## Context\n\nx\n"
    assert numbers(decision(text, "docs/adr/0004-four.md"), "relates-to") == [1, 2, 3, 6]


# M2: "<Verb> by:" in a Status section states the status only when the section states none.


def test_decided_by_leaves_the_sections_superseded_status() -> None:
    # The review's repro: 'Decided' was taken as the status (accepted), and check reported the
    # record stale: superseded by 2 "but its status is accepted".
    text = (
        "# 1. Use a cache\n\n## Status\n\nDecided by: Architecture Board\n\n"
        "Superseded by [2. Use queues](0002-use-queues.md)\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/0001-use-a-cache.md")
    assert d.status is Status.SUPERSEDED
    assert d.status_raw == "Superseded by [2. Use queues](0002-use-queues.md)"
    assert d.deciders == ("Architecture Board",)


def test_approved_by_over_the_sections_status_leaves_it() -> None:
    d = decision("# 5. X\n\n## Status\n\nApproved by: Alice\nProposed\n")
    assert (d.status, d.status_raw, d.deciders) == (Status.PROPOSED, "Proposed", ("Alice",))


def test_approved_by_alone_in_the_status_section_states_it_as_written() -> None:
    d = decision("# 5. X\n\n## Status\n\n- Approved by: Alice\n\n## Context\n\nx\n")
    assert (d.status, d.status_raw, d.deciders) == (
        Status.ACCEPTED,
        "Approved by: Alice",
        ("Alice",),
    )


def test_decided_by_alone_names_no_status() -> None:
    d = decision("# 5. X\n\n## Status\n\nDecided by: the Board\n\n## Context\n\nx\n")
    assert (d.status, d.deciders) == (Status.UNKNOWN, ("the Board",))


# M3: a rule inside a Links or Notes section does not end what the section says.


def test_a_rule_in_the_links_keeps_the_supersession_after_it() -> None:
    text = (
        "# 5. X\n\nStatus: accepted\n\n## Links\n\n* Relates to [ADR-2](0002-x.md)\n\n"
        "---\n\n* Superseded by [ADR-0020](0020-x.md)\n"
    )
    assert _kinds(text) == [("relates-to", 2), ("superseded-by", 20)]


def test_a_rule_in_the_links_keeps_an_unbulleted_supersession_after_it() -> None:
    # The review's probe "footer_after_links"
    text = (
        "# 13. Z\n\n## Status\nAccepted\n\n## Links\n\n* Relates to [ADR-0002](0002-x.md)\n\n"
        "---\n\nSuperseded by [ADR-0020](0020-x.md)\n"
    )
    assert _kinds(text, "docs/adr/0013-z.md") == [("relates-to", 2), ("superseded-by", 20)]


def test_a_rule_opening_the_notes_keeps_the_supersession_after_it() -> None:
    text = "# 5. X\n\n## Notes\n\n---\n\nSuperseded by [ADR-0020](0020-x.md)\n"
    assert _kinds(text) == [("superseded-by", 20)]


# S1: a status, date or number item goes on over an indented line only while visibly open.


def test_a_note_under_a_status_item_is_no_part_of_the_status() -> None:
    d = decision("# 5. X\n\n- Status: accepted\n  The team met on Monday and agreed.\n")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "accepted")


def test_a_sentence_under_a_superseded_item_is_no_part_of_the_status() -> None:
    text = "# 5. X\n\n- Status: superseded\n    by a later decision we have yet to write.\n"
    assert decision(text).status_raw == "superseded"


def test_a_note_under_a_date_item_is_no_part_of_the_date() -> None:
    d = decision("# 5. X\n\n- Date: 2024-01-02\n  The review took a week.\n- Status: accepted\n")
    assert (d.date, d.status) == (dt.date(2024, 1, 2), Status.ACCEPTED)


def test_a_status_item_with_an_open_parenthesis_goes_on() -> None:
    text = "# 5. X\n\n- Status: accepted (after the\n  second review)\n"
    assert decision(text).status_raw == "accepted (after the second review)"


# S2: fields under a rule are a footer only when nothing else follows them.


def test_an_example_under_a_rule_in_prose_states_no_field() -> None:
    text = (
        "# 5. X\n\n## Decision\n\nWe write a header on each page, like this:\n\n---\n\n"
        "**Date**: 1999-01-01\n**Author**: Example Person\n\nThe header is checked in CI.\n"
    )
    d = decision(text)
    assert (d.date, d.deciders) == (None, ())


def test_deciders_under_a_rule_before_more_prose_are_an_example() -> None:
    text = (
        "---\nstatus: accepted\ndate: 2024-03-01\n---\n# Use X\n\n## Context\n\nText.\n\n"
        "## More Information\n\n---\n\nDeciders: Someone Else\n\nThe line above is a sample.\n"
    )
    d = decision(text)
    assert (d.date, d.deciders) == (dt.date(2024, 3, 1), ())


# S4: a bar splits off a second field only before a known key (or after a status).


def test_a_bar_in_a_title_before_an_unknown_key_is_the_title() -> None:
    d = decision("Title: Pipes | Filters: a pattern\n\nStatus: accepted\n")
    assert d.title == "Pipes | Filters: a pattern"


def test_a_bar_before_a_known_key_still_splits() -> None:
    d = decision("# 5. X\n\n- Deciders: Ann | Date: 2024-01-02\n")
    assert (d.deciders, d.date) == (("Ann",), dt.date(2024, 1, 2))


# NIT: "Non-deciders" are not deciders.


def test_non_deciders_are_no_deciders() -> None:
    assert canonical_key("Non-deciders") is None
    d = decision("# 5. X\n\n- Deciders: Ann\n- Non-deciders: Carol\n")
    assert d.deciders == ("Ann",)
