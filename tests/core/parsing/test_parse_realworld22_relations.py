"""Round 22: relations of real records from repositories no earlier round read (trimmed
excerpts; each names its source)."""

from __future__ import annotations

from .helpers import decision, numbers

# from s3gw-tech/s3gw docs/decisions/0007-release-process.md (a MkDocs site: the link is to the
# page "0004-release-captain.md" is served as)
SITE_PAGE_LINK = (
    "# Context and Problem Statement\n\nReleasing is an essential process for the `s3gw` "
    "process.\n\nThis document defines and agrees on the Release Process for the `s3gw` "
    "project, and results\nfrom several iterations defining the Release Process (previously "
    "kept in the\n[Release Captain ADR](/decisions/0004-release-captain)). The previous\n"
    "document suffered significant changes since its inception.\n\n## Definitions\n\n"
    "- Version: the state of a given project, at a specific point in time.\n"
)


def targets(text: str, path: str) -> list[tuple[str, int | None, str | None]]:
    return [(r.kind.value, r.ref.number, r.ref.target) for r in decision(text, path).relations]


def test_a_link_to_a_records_site_page_relates_the_record() -> None:
    found = targets(SITE_PAGE_LINK, "docs/decisions/0007-release-process.md")
    # from the site's root, which is not the repository's: the page's name names the record
    assert found == [("relates-to", 4, "0004-release-captain")]


def test_a_relative_page_link_keeps_its_path() -> None:
    # up the tree, as a file link there, only when its words say it is a record
    for link in ("0004-release-captain", "../0004-release-captain/"):
        text = f"# 7. X\n\n## Context\n\nAs the [release captain ADR]({link}) said.\n"
        found = targets(text, "docs/decisions/0007-x.md")
        assert found == [("relates-to", 4, link.rstrip("/"))]


def test_a_page_link_that_names_no_record_relates_nothing() -> None:
    for link in ("0004", "../guides/0004-setup", "0004-x.png", "https://x.org/0004-setup"):
        text = f"# 7. X\n\n## Context\n\nSee [the guide]({link}).\n"
        assert decision(text, "docs/decisions/0007-x.md").relations == ()


# from aistar-au/aistralis TASKS/completed/ADR-019-adr-018-follow-up-correctness-cutover-cleanup.md
ADR_CHAIN = (
    "# ADR-019: ADR-018 Follow-up — Correctness, Cutover, and Cleanup\n\n**Date:** 2026-02-22\n"
    "**Status:** Accepted\n**Deciders:** Core maintainer\n"
    "**Related tasks:** B1, U1, U2, U3, U4, D1, D2 (dispatcher-assigned work items)\n"
    "**ADR chain:** ADR-006, ADR-007, ADR-008, ADR-009, ADR-010, ADR-018\n\n## Context\n\n"
    "ADR-018 defines the managed TUI direction.\n"
)


def test_a_key_naming_records_over_a_list_of_records_relates_them() -> None:
    path = "TASKS/completed/ADR-019-adr-018-follow-up-correctness-cutover-cleanup.md"
    d = decision(ADR_CHAIN, path)
    assert numbers(d, "relates-to") == [6, 7, 8, 9, 10, 18]
    assert ("ADR chain", "ADR-006, ADR-007, ADR-008, ADR-009, ADR-010, ADR-018") in d.extra


def test_a_key_naming_records_over_anything_else_relates_nothing() -> None:
    for line in (
        "**ADR chain:** ADR-006, and the wiki page",  # not records alone
        "**ADR No.:** ADR-019",  # the record's own number
        "**ADR template:** ADR-000",
        "**Related tasks:** B1, ADR-006",  # a key that names no records
    ):
        text = f"# ADR-019: X\n\n**Status:** Accepted\n{line}\n\n## Context\n\nx\n"
        assert decision(text, "docs/adr/ADR-019-x.md").relations == (), line


# from IBM/mcp-context-forge docs/docs/architecture/adr/056-harden-scoped-tool-lookup-cache.md
REFERENCES_BY_ID = (
    "# ADR-056: Harden Scoped Tool Lookup Resolution and Invalidation\n\n- *Status:* Accepted\n"
    "- *Date:* 2026-09-25\n- *Deciders:* Platform Team\n- *Supersedes:* ADR-055\n\n"
    "## Context\n\nADR-055 isolated tool lookup cache entries by virtual server.\n\n"
    "## References\n\n- GitHub Issue #6992: Complete tool lookup cache follow-ups from PR #6968\n"
    "- ADR-033: Tool Lookup Cache for `invoke_tool`\n- ADR-055: Scope Tool Lookup Cache Entries\n"
    "- `mcpgateway/cache/tool_lookup_cache.py`\n"
)


def test_a_reference_that_opens_with_an_adr_id_relates_it() -> None:
    d = decision(REFERENCES_BY_ID, "docs/docs/architecture/adr/056-harden-x.md")
    assert (numbers(d, "supersedes"), numbers(d, "relates-to")) == ([55], [33, 55])


def test_a_reference_that_names_no_record_of_the_log_relates_nothing() -> None:
    for item in (
        "RFC-7231: HTTP/1.1 Semantics",  # a standard, not a record of the log
        "GitHub Issue #1621: Rewrite transport layer in Rust",
        "ADR-003 was discussed at length in the meeting",  # prose about a record
        "ADR templates live in `docs/templates`",
    ):
        head = "# ADR-038: X\n\n- *Status:* Proposed\n\n## Context\n\nx\n\n"
        text = f"{head}## References\n\n- {item}\n"
        assert decision(text, "docs/adr/038-x.md").relations == (), item


# from ethersync/ethersync docs/decisions/10-cursor-positions-ephemeral.md
SUPERSEDED_BY_THIS_ONE = (
    "---\nstatus: proposed\ndate: 2025-06-25\n---\n# How do we transmit cursor positions?\n\n"
    "## Context and Problem Statement\n\nAn important feature of collaborative editing is "
    "being able to see each other's cursors.\n\n## Decision Outcome\n\nChosen option: "
    '"Gossip user states to last-write-wins".\n\n## More Information\n\n'
    "See ADR 07 for more Information on this decision, which is superseded by this one.\n"
)


def test_a_note_whose_record_is_superseded_by_this_one_is_superseded() -> None:
    d = decision(SUPERSEDED_BY_THIS_ONE, "docs/decisions/10-cursor-positions-ephemeral.md")
    assert numbers(d, "supersedes") == [7]


def test_a_note_of_other_records_or_other_words_states_no_supersession() -> None:
    for line in (
        "See ADR 07 and ADR 08, which are superseded by this one.",  # which of the two?
        "See ADR 07 for more; this one was hard to write.",
        "ADR 07 is superseded by this one's successor, ADR 12.",
    ):
        text = f"# 10. X\n\n## Context\n\nx\n\n## More Information\n\n{line}\n"
        d = decision(text, "docs/decisions/10-x.md")
        assert (numbers(d, "supersedes"), numbers(d, "amends")) == ([], []), line


# from IMBArator/miniDSP-Linux-qt docs/decisions/0030-support-windows-by-delegating-transport-
# selection-to-the-protocol-library.md and 0012-catch-only-device-and-transport-errors.md
# (More Information hard-wrapped at 80 columns)
WRAPPED_AMENDS = (
    "---\nstatus: accepted\n---\n# Support Windows by delegating transport selection\n\n"
    "## Context and Problem Statement\n\nThe app reads hidraw.\n\n## More Information\n\n"
    "* Amends [ADR-0001](0001-build-on-the-minidsp-linux-protocol-library.md) and\n"
    "  [ADR-0012](0012-catch-only-device-and-transport-errors.md), both of which\n"
    "  describe device I/O as hidraw-specific; see the amendment notes there.\n"
    "* Expected to be revisited twice.\n"
)
WRAPPED_RELATED = (
    "---\nstatus: accepted\n---\n# Catch only device and transport errors\n\n"
    "## Context and Problem Statement\n\nThe poll loop dies.\n\n## More Information\n\n"
    "* Related: ADR-0001 (upstream relationship), ADR-0005 (the loop being protected),\n"
    "  ADR-0017 (`DeviceLockedError` in the lock flow)\n"
    "* Amended by [ADR-0030](0030-support-windows.md):\n"
    "  the `OSError` member covers the `hidraw`/libusb layer on Linux.\n"
)


def test_a_note_item_wrapped_over_its_records_names_them_all() -> None:
    d = decision(WRAPPED_AMENDS, "docs/decisions/0030-support-windows.md")
    assert (numbers(d, "amends"), numbers(d, "relates-to")) == ([1, 12], [])
    d = decision(WRAPPED_RELATED, "docs/decisions/0012-catch-only-device-errors.md")
    assert numbers(d, "relates-to") == [1, 5, 17]
    assert numbers(d, "amended-by") == [30]


def test_a_note_item_goes_on_only_while_it_is_unfinished_and_over_records() -> None:
    for item, kind, want in (
        ("* Superseded by ADR-9, which\n  explains why ADR-3 was wrong.", "superseded-by", [9]),
        ("- Superseded by ADR-9\n  because the store changed; ADR-2 holds.", "superseded-by", [9]),
        ("* Related: ADR-4,\n  the cache notes; ADR-6 is older.", "relates-to", [4]),
        ("* Related: ADR-4 and\n\n  ADR-6 in a paragraph of its own.", "relates-to", [4]),
        (
            "* Related: ADR-4, ADR-5,\n  ADR-6 (x), ADR-7,\n  ADR-8 and more prose",
            "relates-to",
            [4, 5, 6, 7, 8],
        ),
    ):
        text = f"# 10. X\n\n## Context\n\nx\n\n## More Information\n\n{item}\n"
        assert numbers(decision(text, "docs/decisions/10-x.md"), kind) == want, item


# from ahitrin/SiebenApp doc/adr/0004-document-old-decisions.md (adr-tools, "adr new -l")
ADR_TOOLS_OWN_VERB = (
    "# 4. Document old decisions\n\nDate: 2020-08-16\n\n## Status\n\nAccepted\n\n"
    "Implemented in [5. Forever alpha version](0005-forever-alpha-version.md)\n\n"
    "## Context\n\nI've started to use ADR in 2017, but declined after a while.\n"
)


def test_an_adr_tools_link_of_a_verb_of_its_own_relates_the_record() -> None:
    d = decision(ADR_TOOLS_OWN_VERB, "doc/adr/0004-document-old-decisions.md")
    assert (d.status_raw, numbers(d, "relates-to")) == ("Accepted", [5])


def test_a_status_line_not_in_adr_tools_link_shape_relates_nothing() -> None:
    for line in (
        "See [5. Forever alpha](0006-forever-alpha.md)",  # the words' number is not the file's
        "We all agreed to this at the meeting in [5. X](0005-x.md)",  # a sentence
        "Implemented in [5. X](0005-x.md) and the release notes",
        "Implemented in [the alpha](0005-x.md)",
    ):
        text = f"# 4. T\n\nDate: 2020-08-16\n\n## Status\n\nAccepted\n\n{line}\n\n## Context\n\nx\n"
        assert numbers(decision(text, "doc/adr/0004-t.md"), "relates-to") == [], line
