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


# launchdarkly/launchpad-ui docs/adr-001-automated-a11y-tests.md (at 8e1c24a): the successor's
# words over a link to the record's own file (an open item of round 25)
LAUNCHPAD = (
    "# Use Playwright component testing to test accessibility\n\n"
    "- Status: superseded by [ADR-0004](adr-001-automated-a11y-tests.md)\n"
    "- PR: [#180](https://github.com/launchdarkly/launchpad-ui/pull/180)\n\n"
    "## Context and Problem Statement\n\n"
    "We want to have a consistent, automated way to test our components.\n"
)


def test_a_link_to_its_own_file_names_the_record_its_words_name() -> None:
    # Read by its target, the record was superseded by itself: no successor at all.
    record = decision(LAUNCHPAD, "docs/adr-001-automated-a11y-tests.md")
    assert [(r.kind.value, r.ref.number, r.ref.target) for r in record.relations] == [
        ("superseded-by", 4, None)
    ]


@pytest.mark.parametrize("label", ["this record", "ADR-0001", "adr-001-automated-a11y-tests.md"])
def test_a_link_to_its_own_file_naming_itself_relates_nothing(label: str) -> None:
    text = LAUNCHPAD.replace("[ADR-0004]", f"[{label}]")
    assert decision(text, "docs/adr-001-automated-a11y-tests.md").relations == ()
