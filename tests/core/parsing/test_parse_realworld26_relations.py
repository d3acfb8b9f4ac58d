"""Round 26: how new repositories state the links between records (trimmed excerpts; each
names its source)."""

from __future__ import annotations

import pytest

from .helpers import decision


def _related(text: str, path: str) -> list[tuple[str, int | None]]:
    return sorted((r.kind.value, r.ref.number) for r in decision(text, path).relations)


# thehumanworks/synextra backend/adrs/0006-sdk-dependency-inversion.md: a part of ADR 0005 (its
# layout) replaced, the rest of it still in force
SYNEXTRA = (
    "# ADR 0006: Invert backend dependency to standalone Synextra SDK\n\n"
    "- Status: accepted\n"
    "- Date: 2026-02-18\n"
    "- Supersedes aspects of: ADR 0005 implementation layout\n\n"
    "## Context\n\n"
    "The previous layout made `sdk/` depend on `backend/` by re-exporting "
    "`synextra_backend.sdk`.\n"
)


def test_superseding_aspects_of_a_record_amends_it() -> None:
    # It stated no relation at all: the key was no field of ours.
    assert _related(SYNEXTRA, "backend/adrs/0006-sdk-dependency-inversion.md") == [("amends", 5)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- **Supersedes aspects of:** ADR-0005 (its layout)", [("amends", 5)]),
        ("Supersedes parts of [ADR-0005](0005-layout.md).", [("amends", 5)]),
        ("Partially supersedes ADR-0005.", [("amends", 5)]),
        # the whole record replaced, as before
        ("Supersedes ADR-0005.", [("supersedes", 5)]),
        ("- Supersedes: ADR 0005", [("supersedes", 5)]),
    ],
)
def test_a_part_replaced_amends_and_the_whole_supersedes(
    line: str, expected: list[tuple[str, int]]
) -> None:
    text = f"# ADR 0006: X\n\n- Status: accepted\n\n{line}\n\n## Context\n\nx\n"
    assert _related(text, "backend/adrs/0006-x.md") == expected
