"""Round 15: relations of real logs read wrong (RST fields, the tracker's numbers)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.core.parsing.helpers import decision, numbers

from adr_tui.core.model import Status
from adr_tui.core.parsing.relations import references

# from netresearch/t3x-nr-llm Documentation/Adr/Adr122ToolEffectContractDeferred.rst: the
# older record names who amended it, with dates, as the newer one says ":Amends:".
AMENDED = (
    "=================================================================\n"
    "ADR-122: The side-effecting tool contract waits for a side-effecting tool\n"
    "=================================================================\n\n"
    ":Status: Accepted (premise expired — see :ref:`ADR-135 <adr-135>` and "
    ":ref:`ADR-136 <adr-136>`)\n"
    ":Date: 2026-07-29\n"
    ":Amended: 2026-08-09 by :ref:`ADR-135 <adr-135>` and :ref:`ADR-136 <adr-136>`; "
    "2026-08-21 by :ref:`ADR-182 <adr-182>`\n"
    ":Authors: Netresearch DTT GmbH\n\nContext\n=======\n\nThe roadmap asked.\n"
)


def test_an_amended_field_names_who_amended_the_record() -> None:
    d = decision(AMENDED, "Documentation/Adr/Adr122ToolEffectContractDeferred.rst")
    assert numbers(d, "amended-by") == [135, 136, 182]
    assert (d.number, d.status, d.date) == (122, Status.ACCEPTED, dt.date(2026, 7, 29))


# from rust-works/succinctly docs/adrs/adr-0016.md: "#647" is the tracker's, beside a link
# to a document that is no record.
RELATED = (
    "# ADR-0016: Reject SIMD Escape Scanning for jq Format Functions\n\n## Status\n\n"
    "✅ Accepted\n\n## Context\n\nMeasured.\n\n## Related\n\n"
    "- [ADR-0007](adr-0007.md) — origin of the ~32-byte AVX2 threshold (P5 / issue #5).\n"
    "- [docs/optimizations/jq-format-allocation.md](../optimizations/jq-format-allocation.md)"
    " — #647's\n  sibling investigation, also rejected.\n"
)


def test_an_issue_number_beside_a_link_relates_nothing() -> None:
    d = decision(RELATED, "docs/adrs/adr-0016.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("relates-to", 7)]
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "✅ Accepted")


def test_a_number_alone_in_a_related_list_still_relates() -> None:
    d = decision(RELATED.split("- [ADR")[0] + "- See #7\n", "docs/adrs/adr-0016.md")
    assert numbers(d, "relates-to") == [7]


# from gupy-io/searchops docs/adr/20210203-optional-document-schema-validation.md: a
# reference-style link whose text names the tracker's issue.
ISSUE = (
    "# Optional document schema validation\n\n- Status: draft\n- Date: 2021-02-03\n"
    "- Tags: validation, mappings\n\n## Context and Problem Statement\n\nAjv.\n\n"
    "## Links <!-- optional -->\n\n"
    "- [GitHub Issue #163: Upgrade to Ajv 7.x introduced critical performance issue][issue]\n"
    "\n[issue]: (https://github.com/gupy-io/searchops/issues/163)\n"
)


def test_an_issue_named_as_an_issue_is_no_record() -> None:
    d = decision(ISSUE, "docs/adr/20210203-optional-document-schema-validation.md")
    assert d.relations == ()
    assert (d.status, d.tags) == (Status.DRAFT, ("validation", "mappings"))


def test_a_pull_request_named_as_one_is_no_record() -> None:
    d = decision(ISSUE.replace("GitHub Issue #163", "Superseded by PR #12"), "docs/adr/x.md")
    assert d.relations == ()


# from joeycumines/go-utilpkg docs/adr/006-logiface-slog-adapter-design.md: a range of records.
RANGE = (
    "# ADR 006: logiface-slog Adapter Design\n\n**Status:** Accepted\n"
    "**Context:** logiface-slog\n**Date:** 2026-02-18\n"
    "**Related:** ADR 001-005 (general logiface patterns)\n\n---\n\n## Context\n\nlogiface.\n"
)


def test_a_range_of_records_relates_each() -> None:
    d = decision(RANGE, "docs/adr/006-logiface-slog-adapter-design.md")
    assert numbers(d, "relates-to") == [1, 2, 3, 4, 5]
    assert (d.number, d.status, d.date) == (6, Status.ACCEPTED, dt.date(2026, 2, 18))


def test_a_years_record_is_no_range() -> None:
    d = decision(RANGE.replace("ADR 001-005", "ADR-2024-003"), "docs/adr/006-x.md")
    assert numbers(d, "relates-to") == [None]


def test_a_range_too_wide_for_a_log_names_its_first_record_only() -> None:
    d = decision(RANGE.replace("ADR 001-005", "ADR 1-900"), "docs/adr/006-x.md")
    assert numbers(d, "relates-to") == [1]


# from FoamScience/OpenFOAMDocsWebpages content/en/adr/0000-use-markdown-architectural-
# decision-records.md: Hugo front matter whose "related" lists the page itself.
HUGO = (
    "---\nlayout: adr\ntitle: Use Markdown Architectural Decision Records\nrelated:\n"
    "    - Use Markdown Architectural Decision Records\n"
    "status: enforced # proposed, rejected, deprecated, superseded, under-review\n"
    "date: 2024-11-01\ndecision_makers:\n    - elwardi\nadr_tags:\n  - backend\n  - ui/ux\n"
    "---\n\n## Context and Problem Statement\n\nWhich format?\n"
)


def test_a_record_related_to_its_own_title_relates_nothing() -> None:
    d = decision(HUGO, "content/en/adr/0000-use-markdown-architectural-decision-records.md")
    assert d.relations == ()
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "enforced")
    assert (d.deciders, d.tags) == (("elwardi",), ("backend", "ui/ux"))


def test_a_record_related_to_another_title_keeps_it() -> None:
    d = decision(HUGO.replace("    - Use Markdown", "    - Use Hugo for"), "content/en/adr/x.md")
    assert [r.ref.raw for r in d.relations] == ["Use Hugo for Architectural Decision Records"]


@pytest.mark.parametrize(
    ("written", "related"),
    [
        ("ADR-0004 - 12 factor app configuration", [4]),
        ("ADR 0002 - 3 replicas", [2]),
        ("ADR-0004 \u2013 12 factors", [4]),
    ],
)
def test_a_record_then_a_title_starting_with_a_number_is_no_range(
    written: str, related: list[int]
) -> None:
    """Review 7: "ADR-0004 - 12 factor app" related ADR-0004 … ADR-0012, its own among them."""
    d = decision(RANGE.replace("ADR 001-005", written), "docs/adr/006-x.md")
    assert numbers(d, "relates-to") == related


@pytest.mark.parametrize(
    ("written", "related"),
    [("ADR-3 \u2013 ADR-5", [3, 4, 5]), ("ADR 3-5", [3, 4, 5]), ("ADR 7-9", [7, 8, 9])],
)
def test_a_range_written_as_one_is_still_one(written: str, related: list[int]) -> None:
    d = decision(RANGE.replace("ADR 001-005", written), "docs/adr/006-x.md")
    assert numbers(d, "relates-to") == related


def test_a_record_named_by_number_beside_a_web_link_is_kept() -> None:
    """Review 7: any link on the line dropped '#3'; only a link to a document names the line's."""
    found = references("#3 (see [discussion](https://github.com/o/r/issues/40))")
    assert [(r.raw, r.number) for r in found] == [("#3", 3)]
