"""Round 21b: leftovers of the whole-log round 21 (minimal excerpts; each names its source).
Fields written as headings with a bold key, a status given as a sub-heading of its section."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision

# from LBHackney-IT/lbh-adrs DES/Accepted/Documents-API.md
BOLD_HEADING_FIELDS = (
    "### **Title:** Documents API\n\n### **Date:** 1st June 2021\n\n## **Status**\n\n"
    "ACCEPTED\n\n### **Context:**\n\nThe Document Evidence Service stores evidence.\n"
)
# from LBHackney-IT/lbh-adrs Platform/Trial/Event-Driven-Architecture.md
BOLD_HEADING_STATUS = (
    "#  Event-Driven Architecture SNS + SQS\n\n### **Date:** 8th April 2021\n\n"
    "### **Status:** TRIAL\n\n## **Context**\n\nWhen the microservices need to interact.\n"
)


def test_a_bold_key_in_a_heading_states_the_field() -> None:
    d = decision(BOLD_HEADING_FIELDS, "DES/Accepted/Documents-API.md")
    assert (d.title, d.date, d.status) == ("Documents API", dt.date(2021, 6, 1), Status.ACCEPTED)
    assert not any("title" in warning for warning in d.warnings)


def test_a_bold_status_heading_under_the_title_is_the_status() -> None:
    d = decision(BOLD_HEADING_STATUS, "Platform/Trial/Event-Driven-Architecture.md")
    title = "Event-Driven Architecture SNS + SQS"
    assert (d.title, d.status_raw, d.date) == (title, "TRIAL", dt.date(2021, 4, 8))


def test_a_bold_heading_that_is_no_field_stays_a_section() -> None:
    text = "# Use queues\n\n### **Note:** read this first\n\nWe decided.\n"
    d = decision(text, "docs/adr/0003-use-queues.md")
    assert (d.title, d.status, d.date) == ("Use queues", Status.UNKNOWN, None)


# from edgexfoundry/edgex-docs docs_src/design/adr/0006-Metrics-Collection.md
STATUS_SUB_HEADING = (
    "# EdgeX Metrics Collection\n\n## Status\n\n### Proposed\n\n- design for Ireland\n"
    "- implementation for Jakarta (stretch for Ireland)\n\n## Context\n\nMetrics are collected.\n"
)


def test_a_status_written_as_a_sub_heading_is_the_status() -> None:
    d = decision(STATUS_SUB_HEADING, "docs_src/design/adr/0006-Metrics-Collection.md")
    assert (d.status, d.status_raw) == (Status.PROPOSED, "Proposed")


def test_a_sub_heading_naming_no_status_leaves_the_paragraph_below_as_the_status() -> None:
    text = "# X\n\n## Status\n\n### History\n\nAccepted\n\n## Context\n\nx\n"
    assert decision(text, "docs/adr/0002-x.md").status is Status.UNKNOWN
    stated = "# X\n\n## Status\n\nAccepted\n\n### Superseded\n\nAn old note.\n"
    d = decision(stated, "docs/adr/0002-x.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Accepted")
