"""Links in the reference sections name records too, round 7 (excerpts name their sources)."""

from __future__ import annotations

import pytest

from .helpers import decision


def _related(text: str, path: str = "docs/adr/0009-x.md") -> list[tuple[int | None, str | None]]:
    return [(r.ref.number, r.ref.target) for r in decision(text, path).relations]


@pytest.mark.parametrize("heading", ["References", "More Information", "Links", "Notes"])
def test_a_record_linked_in_a_reference_section_is_related(heading: str) -> None:
    # gtema/keystone, CERTCC/SSVC ("## More Information"), emustudio-style "## References".
    text = f"# 9. X\n\n## Status\n\nAccepted\n\n## {heading}\n\nSee [the store](0003-sea-orm.md).\n"
    assert _related(text) == [(3, "0003-sea-orm.md")]


def test_other_documents_and_web_pages_under_references_name_no_record() -> None:
    # CERTCC/SSVC docs/adr/0012-ssvc-namespaces.md: "../reference/code/namespaces.md".
    text = (
        "# 12. Use of Namespaces\n\n## Status\n\nAccepted\n\n## More Information\n\n"
        "- [SSVC Namespace Documentation](../reference/code/namespaces.md)\n"
        "- [FIRST CVSS SIG](https://www.first.org/cvss)\n- [read me](README.md)\n"
    )
    assert _related(text, "docs/adr/0012-ssvc-namespaces.md") == []


def test_a_reference_definition_links_its_record() -> None:
    # DependencyTrack/hyades docs/architecture/decisions/003-notification-publishing.md
    text = (
        "| Status   | Date       |\n|:--|:--|\n| Proposed | 2025-01-19 |\n\n## Context\n\n"
        "By dropping the Kafka dependency ([ADR-001]), we miss a means.\n\n"
        "[ADR-001]: 001-drop-kafka-dependency.md\n[^1]: 002-workflow-orchestration.md\n"
        "[Protobuf]: https://protobuf.dev/\n"
    )
    path = "docs/architecture/decisions/003-notification-publishing.md"
    assert _related(text, path) == [(1, "001-drop-kafka-dependency.md")]


def test_a_dated_record_in_the_same_folder_is_related() -> None:
    # citizensadvice/design-system contributing/adr/2026-08-3-migrate-from-eslint-to-oxlint.md
    text = (
        "# Migrate from ESLint to Oxlint\n\nDate: 2026-08-03\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nWe decided to [move from jest to vitest]"
        "(./2025-06-17-migrate-to-vitest-for-unit-tests.md).\n"
    )
    path = "contributing/adr/2026-08-3-migrate-from-eslint-to-oxlint.md"
    assert _related(text, path) == [(None, "2025-06-17-migrate-to-vitest-for-unit-tests.md")]


def test_a_related_line_under_more_information_relates_the_records_it_numbers() -> None:
    # CERTCC/Vultron docs/adr/0043-adr-status-as-confidence-signal.md
    text = (
        "---\nstatus: accepted-provisional\ndate: 2026-07-29\n---\n\n# Use the status field\n\n"
        "## More Information\n\nRelated: ADR-0038 (spec taxonomy), `notes/specs-vs-adrs.md`"
        " (the status decision tree).\n"
    )
    assert _related(text, "docs/adr/0043-adr-status.md") == [(38, None)]
