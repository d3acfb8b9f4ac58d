"""Round 23: relations of real records from repositories no earlier round read (trimmed
excerpts; each names its source). A part of a record replaced, the rest in force, amends it."""

from __future__ import annotations

from adr_tui.core.model import Status

from .helpers import decision, numbers

# from randomparity/kdive docs/adr/0094-remote-host-dump-via-coredump-volume.md
SUPERSEDES_IN_PART_KEY = (
    "# ADR-0094: Remote host_dump via core-dump-to-volume + stream download (M2.5)\n\n"
    "- **Status:** Proposed\n- **Date:** 2026-06-11\n- **Deciders:** kdive maintainers\n"
    "- **Supersedes (in part):** [ADR-0084](0084-remote-control-two-phase-vmcore-retrieve.md)"
    " — its\n  decision that host_dump is host-coupled and therefore unsupported on remote.\n\n"
    "## Context\n\nText.\n"
)


def test_a_supersedes_in_part_key_amends_the_record_it_names() -> None:
    d = decision(SUPERSEDES_IN_PART_KEY, "docs/adr/0094-remote-host-dump-via-coredump-volume.md")
    assert d.status is Status.PROPOSED
    assert (numbers(d, "amends"), numbers(d, "supersedes")) == ([84], [])


def test_the_key_names_a_record_without_a_link_too() -> None:
    # "**Supersedes (in part):** ADR-157 clause that blocked …" (a stage log's ADR-158)
    text = (
        "# ADR-158: Stage 76 Delivery Track Opened\n\n**Status:** Accepted  \n"
        "**Date:** 2026-08-11  \n**Supersedes (in part):** ADR-157 clause that blocked opening"
        " the next delivery track\n\n## Context\n\nText.\n"
    )
    assert numbers(decision(text, "docs/adr/ADR-158-stage-76.md"), "amends") == [157]


def test_superseded_in_part_by_as_a_key_is_amended_by() -> None:
    text = "# 12. X\n\n* Status: Accepted\n* Superseded (partially) by: ADR-0020\n\n## C\n\nx\n"
    d = decision(text, "docs/adr/0012-x.md")
    assert (numbers(d, "amended-by"), numbers(d, "superseded-by")) == ([20], [])


# An ADR 0009 "MkDocs Material + Mermaid for HTML docs and ERDs generated from the XSD" (its
# repository the search index does not name); "partly" sits between the verb and "by".
def test_superseded_in_part_by_in_a_status_reads_as_partly_superseded_by() -> None:
    for status in (
        "Superseded (in part) by [ADR 0010](0010-xs3p-html-schema-reference.md)",
        "Superseded in part by ADR-0010",
        "Superseded (partially) by ADR-0010",
        "Partly superseded by ADR-0010",
    ):
        text = f"# ADR 0009: MkDocs\n\n- **Status**: {status}\n- **Date**: 2026-06-13\n\nx\n"
        d = decision(text, "docs/adr/0009-mkdocs.md")
        assert (numbers(d, "amended-by"), numbers(d, "superseded-by")) == ([10], []), status


def test_a_whole_supersession_is_still_superseded_by() -> None:
    text = "# ADR 0009: X\n\n- **Status**: Superseded by ADR-0010\n\n## C\n\nx\n"
    d = decision(text, "docs/adr/0009-x.md")
    assert (d.status, numbers(d, "superseded-by")) == (Status.SUPERSEDED, [10])
