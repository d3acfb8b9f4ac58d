"""Round 25: a dotted record id in the heading stays whole (an open item of round 24's notes,
from a log the search index did not name)."""

from __future__ import annotations

import pytest

from .helpers import decision


@pytest.mark.parametrize("heading", ["ADR 2.1: Split the API", "ADR-2.1: Split the API"])
def test_a_dotted_id_is_not_cut_after_its_first_part(heading: str) -> None:
    # the file's number is the id's first part: "ADR 2" then "1: Split the API" was the title
    d = decision(f"# {heading}\n\n## Status\n\nAccepted\n", "docs/adr/0002-split-the-api.md")
    assert (d.number, d.title) == (2, heading)


def test_the_file_s_id_still_leaves_the_heading() -> None:
    d = decision("# ADR 2. Split the API\n\n## Status\n\nAccepted\n", "docs/adr/0002-split.md")
    assert (d.number, d.title) == (2, "Split the API")


@pytest.mark.parametrize(
    ("heading", "title"),
    [("Decision 2024: Use Kafka", "Use Kafka"), ("Entscheidung 2023: Kein CMS", "Kein CMS")],
)
def test_a_year_after_the_word_decision_is_no_number(heading: str, title: str) -> None:
    # an open item of round 24's notes: "Decision 2024" dates the record, it does not count it
    d = decision(f"# {heading}\n\n## Status\n\nAccepted\n", "docs/decisions/use-it.md")
    assert (d.number, d.title) == (None, title)


@pytest.mark.parametrize(("heading", "number"), [("ADR 2024: Use X", 2024), ("Decision 6 - X", 6)])
def test_a_record_number_after_the_word_stays(heading: str, number: int) -> None:
    assert decision(f"# {heading}\n\nx\n", "docs/decisions/use-it.md").number == number
