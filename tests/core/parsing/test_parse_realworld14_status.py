"""Round 14: status texts of whole real logs that were read as the wrong status."""

from __future__ import annotations

from tests.core.parsing.helpers import decision

from adr_tui.core.model import Status

# from cisagov/manage.get.gov docs/architecture/decisions/0031: the template's Status line
# was never replaced.
HTMX = (
    "# 31. Adopt htmx and Alpine.js for Frontend Interactions\n\nDate: 2026-04-15\n\n"
    "## Status\n\n[change when approved]\n\n## Context\n\nWe have been using DTL.\n"
)


def test_a_bracketed_instruction_is_no_status_and_is_warned() -> None:
    d = decision(HTMX, "docs/architecture/decisions/0031-adopt-htmx-and-alpine.md")
    assert d.status is Status.UNKNOWN
    assert d.status_raw == "[change when approved]"
    assert d.warnings == (
        "status '[change when approved]' is a template's placeholder; shown as unknown",
    )


def test_a_status_word_opening_brackets_is_still_read() -> None:
    d = decision(HTMX.replace("[change when approved]", "[Accepted]"), "docs/0031-htmx.md")
    assert d.status is Status.ACCEPTED
    assert d.warnings == ()


# from usnistgov/OSCAL decisions/0002 (2023-02-03): the record open for the community's comments.
EVENTS = (
    "# 2. Communicating NIST's OSCAL Events to the Public\n\nDate: 2023-02-03\n\n## Status\n\n"
    "Feedback Requested\n\n## Context\n\nThe NIST OSCAL Team has necessary touchpoints.\n"
)


def test_feedback_requested_is_proposed() -> None:
    d = decision(EVENTS, "decisions/0002-record-architecture-decisions.md")
    assert (d.status, d.warnings) == (Status.PROPOSED, ())
