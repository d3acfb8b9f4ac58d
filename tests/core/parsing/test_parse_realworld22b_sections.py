"""Round 22b: section names written as plain lines, with no "#" (raming/max-ai-platform)."""

from __future__ import annotations

from adr_tui.core.model import Status

from .helpers import decision, numbers

# from raming/max-ai-platform docs/adr/adr-0010-messaging-backbone.md (trimmed)
PLAIN_SECTIONS = (
    "# ADR-0010: Messaging Backbone and Asynchronous Work\n\nStatus: Proposed\n\n"
    "Context\nWe need reliable asynchronous processing for events, retries, and DLQs.\n\n"
    "Decision\n- Use BullMQ (Redis) as the initial internal job queue\n\n"
    "Consequences\n- Slight operational overhead to run Redis\n\n"
    "References\n"
    "- docs/adr/adr-0002-usage-aggregation.md (scheduling via n8n → BullMQ)\n"
    "- docs/design/architecture-overview.md\n"
)
PATH = "docs/adr/adr-0010-messaging-backbone.md"


def test_plain_lines_that_name_sections_are_its_sections() -> None:
    d = decision(PLAIN_SECTIONS, PATH)
    assert [s.title for s in d.sections[1:]] == [
        "Context",
        "Decision",
        "Consequences",
        "References",
    ]
    assert [s.line for s in d.sections[1:]] == [4, 7, 10, 13]  # the lines as written
    assert d.body.splitlines()[4] == "Context"  # the body is shown as written


def test_a_record_listed_by_its_path_under_references_is_related() -> None:
    d = decision(PLAIN_SECTIONS, PATH)
    assert (d.status, numbers(d, "relates-to")) == (Status.PROPOSED, [2])


def test_a_document_with_headings_keeps_its_plain_lines_prose() -> None:
    text = PLAIN_SECTIONS.replace("Consequences\n", "## Consequences\n")
    d = decision(text, PATH)
    assert [s.title for s in d.sections[1:]] == ["Consequences"]
    assert numbers(d, "relates-to") == []  # "References" is a line of the section's prose


def test_one_plain_section_name_alone_is_prose() -> None:
    text = (
        "# Use Redis\n\nStatus: Accepted\n\nWe weighed it for a month.\n\nDecision\n\n"
        "was hard; see docs/adr/adr-0002-x.md for the background.\n"
    )
    assert [s.title for s in decision(text, "docs/adr/0003-use-redis.md").sections] == ["Use Redis"]


def test_a_section_name_inside_a_sentence_or_a_fence_is_no_heading() -> None:
    text = (
        "# Use Redis\n\nStatus: Accepted\n\nContext\nx.\n\n```\n\nDecision\n```\n\n"
        "the Decision\nand References\n"
    )
    # "Context" is the one line that names a section: one alone may be prose's word
    assert [s.title for s in decision(text, "docs/adr/0003-use-redis.md").sections] == ["Use Redis"]
