"""Round 25: a "References" field names the records a decision builds on (trimmed excerpts;
each names its source)."""

from __future__ import annotations

import pytest

from .helpers import decision


def _related(text: str, path: str) -> list[tuple[str, int | None]]:
    return sorted((r.kind.value, r.ref.number) for r in decision(text, path).relations)


# neuralmagic/crucible docs/adr/ADR-0005.md: the records cited in a field under the title
CRUCIBLE = (
    "<!-- GENERATED: do not edit. Source: ADR-0005 -->\n\n"
    "# ADR-0005: Engine-side EPP builds, brokered to the agent over MCP\n\n"
    "> **Status:** accepted | **Date:** 2026-06-26\n\n"
    "**References:** [ADR-0001](../adr/ADR-0001.md), [ADR-0002](../adr/ADR-0002.md)\n\n"
    "## Context\n\nThe sandboxed agent cannot build or see the measurement.\n"
)


def test_a_references_field_relates_the_records_it_links() -> None:
    assert _related(CRUCIBLE, "docs/adr/ADR-0005.md") == [
        ("relates-to", 1),
        ("relates-to", 2),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # standards and tickets cited beside a record: only the record is one of the log's
        ("RFC 7231, ISO 8601, TICKET-005, ADR-0009", [("relates-to", 9)]),
        ("[RFC 9110](https://www.rfc-editor.org/rfc/rfc9110), OWASP ASVS 4.0", []),
        ("[the cache decision](0007-cache-reads.md)", [("relates-to", 7)]),
    ],
)
def test_a_references_field_cites_standards_that_are_no_records(
    value: str, expected: list[tuple[str, int]]
) -> None:
    text = f"# ADR-0005: X\n\n**Status:** accepted\n\n**References:** {value}\n\n## Context\n\nx\n"
    assert _related(text, "docs/adr/0005-x.md") == expected
