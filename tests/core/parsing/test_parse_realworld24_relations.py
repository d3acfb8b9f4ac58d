"""Round 24: a section headed by a relation's name ("## Supersedes", "## Superseded by") states
that relation of the records it lists (trimmed excerpts; the search index names none of their
repositories)."""

from __future__ import annotations

import pytest

from .helpers import decision


def _kinds(text: str, path: str = "docs/adr/ADR-011-x.md") -> list[tuple[str, int | None]]:
    return sorted((r.kind.value, r.ref.number) for r in decision(text, path).relations)


def test_a_supersedes_section_supersedes_the_record_it_lists() -> None:
    text = (
        "# ADR-011: Governed Runtime Lifecycle Standard\n\n## Status\n\n- Accepted\n\n"
        "## Supersedes\n\n"
        "- [ADR-010-governed-openclaw-prod-lifecycle.md](ADR-010-governed-openclaw-prod-"
        "lifecycle.md)\n\n## Context\n\nADR-010 introduced a bounded prod lifecycle.\n"
    )
    assert _kinds(text) == [("supersedes", 10)]


def test_a_superseded_by_section_is_superseded_by_its_record_written_alone() -> None:
    text = (
        "# ADR-0013: Analyze runtime risk\n\n## Status\n\nSuperseded\n\n## Superseded by\n\n"
        "[ADR-0014: Reusable VBA LSP server](ADR-0014-reusable-vba-lsp-server.md)\n\n"
        "## Related\n\n- `docs/adr/ADR-0012-analyze-rules.md`\n"
    )
    assert _kinds(text, "docs/adr/ADR-0013-analyze-runtime-risk.md") == [
        ("relates-to", 12),
        ("superseded-by", 14),
    ]


def test_a_part_of_a_record_replaced_amends_it() -> None:
    # "## Supersedes" over "- [ADR-0034](…), only its requirement that …" and
    # "- [ADR-0010](…#decision): only the historical Windows Server exclusion"
    text = (
        "# ADR-0041: X\n\n## Status\n\nAccepted\n\n## Supersedes\n\n"
        "- [ADR-0034](0034-drive-context-collection-from-competition-profiles.md), only\n"
        "  its requirement that an implicit current Bundesliga matchday view itself\n"
        "  contain exactly nine fixtures.\n"
        "- [ADR-0010](0010-windows-native-filesystem-boundary.md#decision): only the\n"
        "  historical Windows Server exclusion; filesystem/security boundaries remain.\n"
        "- [ADR-009](009-phase-g-module-decomposition-evaluation.md) for the `4.9.0` release\n"
    )
    assert _kinds(text, "docs/adr/0041-x.md") == [
        ("amends", 10),
        ("amends", 34),
        ("supersedes", 9),
    ]


@pytest.mark.parametrize(
    "sections",
    [
        "## Supersedes\n\nNONE\n\n## Superseded By\n\nNONE\n",
        "## Supersedes\n\n- None\n\n## Superseded by\n\n- None\n",
        "## Superseded by\n\nNone (current).\n",
    ],
)
def test_none_in_such_a_section_names_no_record(sections: str) -> None:
    text = f"# ADR-016: X\n\n## Status\n\nAccepted\n\n{sections}\n## Evidence\n\nx\n"
    assert _kinds(text, "docs/adr/ADR-016-x.md") == []
