"""Review 15: a log's first record titled after the log keeps its heading."""

from __future__ import annotations

import pytest

from .helpers import decision

BODY = "\n\n## Status\n\nAccepted\n\n## Context\n\nWe need to record decisions.\n"


@pytest.mark.parametrize(
    ("heading", "path"),
    [
        ("Architecture Decision Records", "docs/adr/0001-adr.md"),
        ("Using ADRs", "docs/adr/0001-use-adrs.md"),
        ("ADRs", "docs/adr/0001-adrs.md"),
        ("Decision Log", "docs/adr/0001-decision-log.md"),
        ("Architectural Decision Records", "doc/decisions/0001-records.md"),
    ],
)
def test_a_heading_naming_the_log_s_subject_over_a_status_is_the_title(
    heading: str, path: str
) -> None:
    # A log's first record is often about keeping the log, and titled so.
    d = decision(f"# {heading}{BODY}", path)
    assert (d.number, d.title) == (1, heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Architecture Decision Record",
        "Architectural Decision Record",
        "ADR",
        "Decision Record (ADR)",
    ],
)
def test_the_kind_s_name_singular_over_a_status_gives_way_to_the_file_name(heading: str) -> None:
    # The template's heading left as it was: one record of the kind, naming none.
    d = decision(f"# {heading}{BODY}", "docs/adr/0007-use-redis.md")
    assert (d.number, d.title) == (7, "Use redis")


def test_the_template_s_heading_over_a_proposal_still_gives_way() -> None:
    text = "# RFC Proposal\n\n* Status: Implemented\n\n## Motivation\n\nWhy.\n"
    assert decision(text, "rfcs/0002-monorepo.md").title == "Monorepo"


def test_a_heading_less_first_line_s_id_gives_way_to_the_file_s_number() -> None:
    # As a heading's would: the file's number wins, and the disagreement is noted.
    text = "ADR 5: Use Kafka\n\nContext: we need events.\n\nDecision: Kafka.\n"
    d = decision(text, "docs/adr/0007-kafka.md")
    assert (d.number, d.title) == (7, "Use Kafka")
    assert d.warnings == ("title number 5 differs from the file name's 7; kept 7",)
