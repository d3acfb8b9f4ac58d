"""Real-world status shapes, round 4 (minimal excerpts; each test names where it comes from)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import read_status

from .helpers import decision


# An ADR log found by its text through the public index, whose repository the index does not
# name ("0080. Level-2: foreign signatures reconstructed from source …"): a promotion keeps
# the old status struck through, "- Status: ~~Proposed~~ **Accepted** _(2026-07-06: …)_".
def test_struck_through_status_is_no_longer_the_status() -> None:
    text = (
        "# 0080. Level-2: foreign signatures\n\n"
        "- Status: ~~Proposed~~ **Accepted** _(2026-07-06: accepted by the maintainer)_\n"
        "- Date: 2026-07-05\n"
    )
    d = decision(text, "docs/adr/0080-level-2-foreign-signatures.md")
    assert d.status is Status.ACCEPTED
    assert d.status_raw.startswith("~~Proposed~~ **Accepted**")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("~~Proposed~~ Accepted", Status.ACCEPTED),
        ("<del>Proposed</del> Rejected", Status.REJECTED),
        ("<s>Accepted</s> Superseded by ADR-9", Status.SUPERSEDED),
        ("~~Accepted~~", Status.ACCEPTED),  # everything struck: what is left to read is it
        ("Accepted ~~(draft)~~", Status.ACCEPTED),
    ],
)
def test_struck_words_are_skipped(text: str, status: Status) -> None:
    assert read_status(text).status is status


# hyperledger/identus-cloud-agent docs/decisions/20230118-quill-library-for-sql-statement-
# generation.md: the status chosen, then the template's options kept in brackets.
def test_status_before_the_templates_bracketed_options() -> None:
    text = (
        "# Quill library for SQL statement generation and validation\n\n"
        "- Status: draft [ accepted | deprecated | superseded by [xxx](yyyymmdd-xxx.md)]\n"
        "- Deciders: Yurii Shynbuiev, Fabio Pinheiro, Benjamin Voiturier \n"
        "- Date: [2023-01-17] \n- Tags: DAL, SQL, Postrgresql, Typesafe\n"
    )
    d = decision(text, "docs/decisions/20230118-quill-library-for-sql-statement-generation.md")
    assert (d.status, d.date) == (Status.DRAFT, dt.date(2023, 1, 17))
    assert d.relations == ()
    assert d.tags == ("dal", "sql", "postrgresql", "typesafe")


def test_bracketed_options_alone_are_still_a_template() -> None:
    reading = read_status("[proposed | accepted | deprecated]")
    assert (reading.status, reading.choices) == (Status.UNKNOWN, True)


# canonical/identity-team decisions/20250909-external-groups-management.md
def test_tags_in_brackets_on_a_bullet_line() -> None:
    text = (
        "# External Groups management\n\n- Status: proposed\n"
        "- Tags: [identity-platform, cip, groups]\n"
    )
    d = decision(text, "decisions/20250909-external-groups-management.md")
    assert d.tags == ("identity-platform", "cip", "groups")
