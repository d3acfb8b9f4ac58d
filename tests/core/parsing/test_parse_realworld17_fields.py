"""Round 17: fields of real logs read wrong (italic fields, labels, a status then its end)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.core.parsing.helpers import decision

from adr_tui.core.model import Status

# from a public Starlight site's ADR-0001 (the index named no repository): each field line is
# set in italics with a Markdown hard break ("  ") after it, under front matter of the site.
ITALIC = (
    '---\ntitle: "ADR-0001: Record Format"\nsidebar:\n  label: ADR-0001\n  order: 1\n---\n\n'
    "# ADR-0001 — Record Format\n\n"
    "_Status: ✅ Accepted_  \n_Date: 2025-08-16_  \n_Deciders: Benito Anagua, Maintainers_\n\n"
    "---\n\n## Context\n\nWe needed a consistent, lightweight way.\n"
)


def test_field_lines_set_in_underscore_italics_are_the_records_fields() -> None:
    d = decision(ITALIC, "docs/adr/0001-record-format.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "✅ Accepted")
    assert d.date == dt.date(2025, 8, 16)
    assert d.deciders == ("Benito Anagua", "Maintainers")


# from a public log's docs/adr/0026 (the index named no repository): one starred line holds
# the status and the date after a dash.
STARRED = (
    "# 0026 – Backend Context Processing Update\n\n"
    "*Status: ✅ Accepted – 2025-07-30*\n\n"
    "## Context\nThe initial MVP (ADR-0025) stored the context document on the filesystem.\n"
)


def test_a_status_line_set_in_star_italics_gives_the_status_and_its_date() -> None:
    d = decision(STARRED, "docs/adr/0026-backend-context.md")
    assert (d.number, d.status, d.date) == (26, Status.ACCEPTED, dt.date(2025, 7, 30))


def test_italic_prose_with_a_colon_is_no_field() -> None:
    text = STARRED.replace("*Status: ✅ Accepted – 2025-07-30*", "*Note: read this first*")
    d = decision(text, "docs/adr/0026-backend-context.md")
    assert (d.status, d.date) == (Status.UNKNOWN, None)


# from a public log's docs/decisions/2026-05-24-… (the index named no repository): each record
# opens with the label "Decision Record:" before its title, as "ADR:" does elsewhere.
LABELLED = (
    "# Decision Record: Adopt foundational tech stack\n\n"
    "- **Status:** Accepted\n- **Deciders:** Paul Bouwer\n- **Date:** 24 May 2026\n\n"
    "## Context\n\nx\n"
)


def test_a_decision_record_label_is_no_part_of_the_title() -> None:
    d = decision(LABELLED, "docs/decisions/2026-05-24-adopt-foundational-tech-stack.md")
    assert (d.title, d.status, d.date) == (
        "Adopt foundational tech stack",
        Status.ACCEPTED,
        dt.date(2026, 5, 24),
    )
    assert d.deciders == ("Paul Bouwer",)


def test_a_decision_record_title_without_a_label_stays_whole() -> None:
    text = LABELLED.replace("Decision Record: ", "Decision records for the tech stack ")
    d = decision(text, "docs/decisions/2026-05-24-adopt-foundational-tech-stack.md")
    assert d.title == "Decision records for the tech stack Adopt foundational tech stack"


# from a public log's docs/adr/0021 (the index named no repository): the status it had, then
# a sentence that retires it; so "Status: Accepted. Superseded by [42](0042-….md)." elsewhere.
RETIRED = (
    "# ADR 0021: External Connections Registry\n\n## Status\n\n"
    "**Accepted. Superseded by ADR-0023 + ADR-0024.**\n\n"
    "This ADR shipped the `external_connections` table.\n\n## Context\n\nx\n"
)


def test_a_status_then_a_sentence_retiring_it_is_superseded() -> None:
    d = decision(RETIRED, "docs/adr/0021-external-connections-registry.md")
    assert d.status is Status.SUPERSEDED
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [
        ("superseded-by", 23),
        ("superseded-by", 24),
    ]


def test_a_status_then_what_this_record_supersedes_keeps_the_status() -> None:
    text = RETIRED.replace("Accepted. Superseded by", "Proposed. Supersedes")
    assert decision(text, "docs/adr/0021-x.md").status is Status.PROPOSED


def test_a_rejected_record_named_superseded_stays_rejected() -> None:
    text = RETIRED.replace("Accepted.", "Rejected.")
    assert decision(text, "docs/adr/0021-x.md").status is Status.REJECTED


# The date may stand between the verb and "by": a public log's decision (the index named no
# repository) reads "Superseded on 2026-08-20 by `docs/decisions/2026-08-20-….md`".
@pytest.mark.parametrize(
    "status",
    [
        "Accepted. Superseded on 2026-08-20 by ADR-0023 (see below).",
        "Accepted; superseded (2026-08-20) by [ADR-0023](0023-declarative-connections.md)",
    ],
)
def test_a_retiring_sentence_with_its_date_supersedes_and_names_the_successor(
    status: str,
) -> None:
    text = RETIRED.replace("**Accepted. Superseded by ADR-0023 + ADR-0024.**", status)
    d = decision(text, "docs/adr/0021-external-connections-registry.md")
    assert d.status is Status.SUPERSEDED
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 23)]


# from a public log's "Decision Record: Multi-Environment Setup" (the index named no
# repository): the date names a month; round 16 saw "2026-05" warned as unreadable.
MONTH = (
    "# Decision Record: Multi-Environment Setup\n\n**Decision ID**: ADR-2024-001  \n"
    "**Date**: December 2024  \n**Author(s)**: Project Lead  \n**Status**: Accepted\n\n"
    "## Context\nDapFlow needed a robust development and deployment strategy.\n"
)


@pytest.mark.parametrize("written", ["December 2024", "2026-05", "Dezember 2024"])
def test_a_month_without_a_day_is_said_so_not_unreadable(written: str) -> None:
    d = decision(MONTH.replace("December 2024", written), "docs/decisions/multi-env.md")
    assert (d.title, d.status, d.date) == ("Multi-Environment Setup", Status.ACCEPTED, None)
    assert d.warnings == (f"date {written!r} names a month, not a day; no date recorded",)


def test_a_season_is_still_unreadable() -> None:
    d = decision(MONTH.replace("December 2024", "Q3 2024"), "docs/decisions/multi-env.md")
    assert d.warnings == ("unreadable date 'Q3 2024'; no date recorded",)
