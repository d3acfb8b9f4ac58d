"""Round 17: relations of real logs read wrong (adr-tools' own link pairs, a part superseded)."""

from __future__ import annotations

from tests.core.parsing.helpers import decision, numbers

# from vwt-digital/operational-data-hub architecture/adr/0031-use-bucket-level-acl.md: adr-tools
# writes a custom link pair ("adr new -l '6:Implements:Implemented by'") under the status.
IMPLEMENTS = (
    "# 31. Use bucket level ACL\n\nDate: 2020-09-21\n\n## Status\n\nAccepted\n\n"
    "Implements [6. Implement Security by Design](0006-implement-security-by-design.md)\n\n"
    "## Context\n\nThe issue motivating this decision.\n"
)


def test_an_implements_line_under_the_status_relates_the_record_it_names() -> None:
    d = decision(IMPLEMENTS, "architecture/adr/0031-use-bucket-level-acl.md")
    assert numbers(d, "relates-to") == [6]
    assert d.status_raw == "Accepted"


def test_an_implemented_by_line_relates_the_record_it_names() -> None:
    # from the same log's 0059-runtime-dependency-only-on-gcp.md
    text = IMPLEMENTS.replace("Implements [6.", "Implemented by [6.")
    d = decision(text, "architecture/adr/0059-runtime-dependency-only-on-gcp.md")
    assert numbers(d, "relates-to") == [6]


def test_implements_in_the_decision_prose_relates_nothing() -> None:
    link = "Implements [6. Implement Security by Design](0006-implement-security-by-design.md)"
    text = IMPLEMENTS.replace(link, "").replace(
        "The issue motivating this decision.", "The gateway implements ADR-7 checks."
    )
    assert decision(text, "architecture/adr/0031-x.md").relations == ()


# from a public log (docs/adr/0003, an English-feedback app): the record replaces one named
# part of ADR 0002 and says Part B stands, so it amends 0002 rather than replacing it.
PART_A = (
    "# 0003. Feedback is one scrolling page, not a card stack\n\n"
    "## Status: accepted (2026-08-12) — supersedes ADR 0002 **Part A** only\n\n"
    "ADR 0002 Part B is **not** reopened by this ADR and stands exactly as written.\n\n"
    "## Context\n\nADR 0002 Part A shipped this morning.\n"
)


def test_superseding_a_named_part_of_a_record_amends_it() -> None:
    d = decision(PART_A, "docs/adr/0003-feedback-one-page.md")
    assert (numbers(d, "amends"), numbers(d, "supersedes")) == ([2], [])
    assert d.date is not None and d.date.isoformat() == "2026-08-12"


def test_superseding_a_whole_record_still_supersedes_it() -> None:
    d = decision(PART_A.replace(" **Part A** only", ""), "docs/adr/0003-feedback-one-page.md")
    assert (numbers(d, "amends"), numbers(d, "supersedes")) == ([], [2])


def test_a_lower_case_part_word_narrows_nothing() -> None:
    text = PART_A.replace(" **Part A** only", ", part a larger plan")
    d = decision(text, "docs/adr/0003-feedback-one-page.md")
    assert numbers(d, "supersedes") == [2]


# from ministryofjustice/offender-management-architecture-decisions decisions/0020: the
# amended record linked by its GitHub page, the '.md' left off.
AMENDS_PAGE = (
    "# 16. Unify API and Presentation layers\n\nDate: 2019-02-06\n\n## Status\n\nAccepted\n\n"
    "Amends [Separate API and user facing applications](https://github.com/ministryofjustice/"
    "offender-management-architecture-decisions/blob/master/decisions/0004-separate-api-and-"
    "user-facing-applications)\n\n## Context\n\nx\n"
)


def test_a_forge_page_without_its_suffix_names_the_record_in_its_name() -> None:
    d = decision(AMENDS_PAGE, "decisions/0020-unify-api-and-presentation-layer.md")
    assert numbers(d, "amends") == [4]


def test_a_forge_page_of_a_file_without_a_number_names_no_record() -> None:
    text = AMENDS_PAGE.replace("decisions/0004-separate-api-and-user-facing-applications", "README")
    d = decision(text, "decisions/0020-unify-api-and-presentation-layer.md")
    assert numbers(d, "amends") == []


# from a public log's docs/adr/035 (the index named no repository): the Related list says what
# this record does to each record, that record the verb's object.
RELATED = (
    "# ADR-035: Add `Delete` to the state axis\n\n"
    "## Status: Accepted (2026-06-04) — additive amendment to the frozen state axis (rat/1)\n\n"
    "## Decision\n\nAdd one RPC to `StateService`.\n\n## Related\n\n"
    "- [ADR-009](009-data-plane-contract-freeze-v1.md) — the state-axis v1 freeze this amends.\n"
    "- [ADR-032](032-filesystem-axis.md) — the fs axis (the richer alternative, still deferred).\n"
)


def test_a_related_item_saying_this_record_amends_it_is_amended() -> None:
    d = decision(RELATED, "docs/adr/035-state-delete.md")
    assert (numbers(d, "amends"), numbers(d, "relates-to")) == ([9], [32])


def test_a_related_item_saying_this_record_supersedes_it_is_superseded() -> None:
    text = RELATED.replace("the state-axis v1 freeze this amends.", "(which this ADR supersedes)")
    d = decision(text, "docs/adr/035-state-delete.md")
    assert (numbers(d, "supersedes"), numbers(d, "relates-to")) == ([9], [32])


def test_this_amending_something_else_leaves_the_item_related() -> None:
    text = RELATED.replace("the state-axis v1 freeze this amends.", "this amends its timeout.")
    d = decision(text, "docs/adr/035-state-delete.md")
    assert (numbers(d, "amends"), numbers(d, "relates-to")) == ([], [9, 32])


# from a public log's docs/decisions/2026-05-24-adopt-… (the index named no repository): the
# log names its records by dates, and a field of related documents links one beside it.
RELATED_DOCS = (
    "# Decision Record: Adopt foundational tech stack\n\n"
    "- **Status:** Accepted\n- **Deciders:** Paul Bouwer\n- **Date:** 24 May 2026\n"
    "- **Related Docs:** [Repository purpose DR](./2026-05-24-establish-repository-purpose-"
    "and-audience.md)\n\n## Context\n\nx\n"
)
DATED = "docs/decisions/2026-05-24-adopt-foundational-tech-stack.md"


def test_a_related_document_named_by_a_date_beside_this_record_is_related() -> None:
    d = decision(RELATED_DOCS, DATED)
    assert [(r.kind.value, r.ref.target) for r in d.relations] == [
        ("relates-to", "./2026-05-24-establish-repository-purpose-and-audience.md")
    ]


def test_a_related_document_without_a_date_or_number_is_no_record() -> None:
    text = RELATED_DOCS.replace("./2026-05-24-establish-", "./establish-")
    assert decision(text, DATED).relations == ()


def test_a_related_document_named_by_a_date_in_another_folder_is_no_record() -> None:
    text = RELATED_DOCS.replace("./2026-05-24-establish-", "../notes/2026-05-24-establish-")
    assert decision(text, DATED).relations == ()
