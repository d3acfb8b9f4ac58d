"""Round 22b: a bold key over a blank line, then its value ("**Status:**", "", "Accepted").

The shape is common in public ADRs found by code search (Certifiable Inc. architecture katas'
"## **Status:**" over "Accepted", "**Date:**" over "2025-11-23"); the excerpts are trimmed.
"""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, parse

KEYS_OVER_BLANKS = (
    "# ADR-006: Tooling Consolidation and Strict Type Checking\n\n"
    "**Date:**\n\n2025-11-23\n\n**Status:**\n\nAccepted\n\n## Context\n\n"
    "Our initial Python code quality stack was fragmented.\n"
)


def test_a_status_and_date_over_a_blank_line_are_read() -> None:
    d = decision(KEYS_OVER_BLANKS, "docs/adr/ADR-006-tooling.md")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "Accepted", dt.date(2025, 11, 23))


def test_heading_keys_over_a_blank_line_are_read() -> None:
    text = (
        "# **ADR-0005: Use of Amazon Neptune DB**\n\n## **Date:**\n\n2025-02-12\n\n"
        "## **Status:**\n\nAccepted\n\n## **Context**\n\nRequests grow.\n"
    )
    d = decision(text, "docs/adr/ADR-0005-neptune.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2025, 2, 12))


def test_a_paragraph_of_prose_under_an_empty_status_is_no_status() -> None:
    text = (
        "# Use Y\n\n**Status:**\n\nWe accepted this after a long debate in which many took part.\n"
        "\n## Context\n\nx\n"
    )
    assert decision(text, "docs/adr/0001-use-y.md").status is Status.UNKNOWN


def test_the_options_under_an_empty_status_are_a_template() -> None:
    text = (
        "# DEC-XXX\n\n**Date:**\n\nYYYY-MM-DD\n\n"
        "**Status:**\n\nAccepted | Superseded | Rejected\n\n"
        "**Decision**\n\nA concise description of the decision.\n"
    )
    outcome = parse(text, "docs/decisions/dec-template.md")
    assert (outcome.is_template, outcome.decision) == (True, None)
