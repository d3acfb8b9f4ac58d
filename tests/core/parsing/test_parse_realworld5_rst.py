"""Real-world reStructuredText shapes, round 5 (minimal excerpts; each test names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision


# input-output-hk/plutus (now IntersectMBO/plutus) doc/adr/0001-record-architecture-decisions.rst:
# an "Authors" section, then the "Status" heading underlined on the next line.
def test_an_underlined_heading_ends_the_people_list() -> None:
    text = (
        "ADR 1: Record architectural decisions\n"
        "=======================================\n\n"
        "Date: 2022-06-08\n\n"
        "Authors\n---------\n\n"
        "koslambrou <konstantinos.lambrou@iohk.io>\n\n"
        "Status\n------\n\nAccepted\n\n"
        "Context\n-------\n\nWe are in search for a means to document our decisions.\n"
    )
    d = decision(text, "doc/adr/0001-record-architecture-decisions.rst")
    assert d.deciders == ("koslambrou",)
    assert (d.number, d.title) == (1, "Record architectural decisions")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2022, 6, 8))
    assert ("Authors", "Status") not in d.extra


def test_a_heading_right_after_a_list_item_is_no_item() -> None:
    text = (
        "Use queues\n==========\n\nDeciders\n--------\n\n* Ann Lee\n* Bo Chen\n"
        "Status\n------\n\nProposed\n"
    )
    d = decision(text, "docs/adr/0004-use-queues.rst")
    assert d.deciders == ("Ann Lee", "Bo Chen")
    assert d.status is Status.PROPOSED


def test_a_short_dash_line_under_a_field_is_still_no_heading() -> None:
    # Markdown: "---" shorter than the line above it is a rule, not an underline.
    d = decision("# Use queues\n\nStatus: Accepted\n---\n", "docs/adr/0004-use-queues.md")
    assert d.status is Status.ACCEPTED


# openedx/edx-platform docs/decisions/0014-no-new-apps.rst: the title line is not underlined,
# so "Status" over "------" is the first underlined title.
def test_a_section_name_is_not_the_title_of_a_record() -> None:
    text = (
        "14. No new apps in edx-platform\n\nStatus\n------\nIn Review\n\n"
        "Context\n-------\nIn recent years, edX and the software industry.\n"
    )
    d = decision(text, "docs/decisions/0014-no-new-apps.rst")
    assert (d.number, d.title) == (14, "No new apps in edx-platform")
    assert (d.status, d.status_raw) == (Status.PROPOSED, "In Review")


def test_a_document_opening_with_a_status_heading_has_no_title() -> None:
    d = decision(
        "# Status\n\nAccepted\n\n# Context\n\nWe need queues.\n", "docs/adr/0004-use-queues.md"
    )
    assert (d.title, d.status) == ("Use queues", Status.ACCEPTED)
