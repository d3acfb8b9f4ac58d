"""Round 15: relations of real logs read wrong (RST fields, the tracker's numbers)."""

from __future__ import annotations

import datetime as dt

from tests.core.parsing.helpers import decision, numbers

from adr_tui.core.model import Status

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
