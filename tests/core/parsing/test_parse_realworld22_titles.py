"""Round 22: titles of real records from repositories no earlier round read (trimmed excerpts;
each names its source)."""

from __future__ import annotations

from .helpers import decision


# from Zainul884/adr ADR4.md: "## **ADR 4:**" is all the heading says
def test_a_heading_that_is_only_the_id_titles_the_record_by_its_id() -> None:
    d = decision("## **ADR 4:**\n\n**Status**\n\nProposed\n", "ADR4.md")
    assert (d.number, d.title) == (4, "ADR 4")  # not "**ADR 4:**", marks and all
    assert decision("# RFC 3:\n\nText.\n", "docs/rfc/x.md").title == "RFC 3"
