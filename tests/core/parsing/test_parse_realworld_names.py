"""Real-world shapes of file names and title headings (QA pass): own minimal fixtures."""

from __future__ import annotations

import pytest

from adr_tui.core.parsing.numbers import number_from_name, number_in_reference, slug_of
from adr_tui.core.parsing.titles import read_title

from .helpers import decision


@pytest.mark.parametrize(
    ("path", "number", "slug"),
    [
        ("docs/adr/2021-03-04_012-use-queues.md", 12, "use-queues"),
        ("docs/adr/2021-03-04-012-use-queues.md", 12, "use-queues"),
        ("docs/adr/20210304_7_use-queues.md", 7, "use-queues"),
        ("docs/adr/2021-03-04-use-queues.md", None, "use-queues"),
        ("docs/adr/2021-03-04-2fa-for-admins.md", None, "2fa-for-admins"),
        ("docs/proposals/202105-split-ingest.md", None, "split-ingest"),
        ("docs/proposals/199912_old-plan.md", None, "old-plan"),
        ("docs/adr/201399-not-a-month.md", 201399, "not-a-month"),
    ],
)
def test_number_after_or_instead_of_a_date_prefix(path: str, number: int | None, slug: str) -> None:
    assert number_from_name(path) == number
    assert slug_of(path) == slug


def test_file_number_after_date_beats_stale_front_matter_numbers() -> None:
    text = "---\nslug: 9. Use queues\ntitle: |\n  1. Use queues\n---\n## Status\nProposed\n"
    d = decision(text, "docs/adr/2021-03-04_012-use-queues.md")
    assert d.number == 12
    assert d.title == "Use queues"
    assert any("title number 1 differs" in w for w in d.warnings)


@pytest.mark.parametrize(
    ("heading", "title", "number"),
    [
        ("0007 Message Bus Choice", "Message Bus Choice", 7),
        ("2 Phase Commit", "2 Phase Commit", None),
        ("100 Days of Logs", "100 Days of Logs", None),
        ("Architecture Decision Record 6: Blue vs. Green rollout", "Blue vs. Green rollout", 6),
        ("ADR 6: Blue rollout", "Blue rollout", 6),
        ("Decision 6 - Blue rollout", "Blue rollout", 6),
        ("RFC 12: Blue rollout", "Blue rollout", 12),
    ],
)
def test_heading_number_prefixes(heading: str, title: str, number: int | None) -> None:
    reading = read_title(heading)
    assert (reading.title, reading.number) == (title, number)


def test_zero_padded_heading_number_that_disagrees_with_the_file_is_reported() -> None:
    d = decision("# 0007 Message Bus Choice\n\n## Status\nAccepted\n", "adr/0008-message-bus.md")
    assert (d.title, d.number) == ("Message Bus Choice", 8)
    assert any("title number 7 differs from the file name's 8" in w for w in d.warnings)


# Doxygen / Pandoc / kramdown heading anchors: "# 14) Title {#adr_0014}" (Wikibase-style ADRs).
@pytest.mark.parametrize(
    "heading",
    ["# 14) Make it a monorepo {#adr_0014}", "# 14) Make it a monorepo {: #adr-14 .adr}"],
)
def test_heading_attribute_block_is_not_part_of_the_title(heading: str) -> None:
    d = decision(f"{heading}\n\nDate: 2020-08-05\n\n## Status {{#status}}\n\nproposed\n")
    assert (d.title, d.number) == ("Make it a monorepo", 1)
    assert d.status.value == "proposed"
    assert [s.title for s in d.sections] == ["14) Make it a monorepo", "Status"]


def test_braces_that_are_words_stay_in_the_title() -> None:
    assert decision("# Use {placeholders} in {templates}\n").title.endswith("{templates}")


# Logs that name each record by its date: "# ADR 2022-12-05: Adding labels" in
# 2022-12-05-adding-labels.md, and references such as "[ADR 2023-04-14](…)".
@pytest.mark.parametrize(
    "heading", ["ADR 2022-12-05: Adding labels", "[ADR-2022-12-05] Adding labels"]
)
def test_a_date_as_the_records_id_is_not_a_number(heading: str) -> None:
    assert read_title(heading) == read_title("Adding labels")
    d = decision(f"# {heading}\n\n**Status**: Done\n", "docs/adrs/2022-12-05-adding-labels.md")
    assert (d.number, d.title) == (None, "Adding labels")


def test_a_reference_by_date_names_no_number() -> None:
    assert number_in_reference("ADR 2023-04-14") is None
    assert number_in_reference("ADR-0012") == 12


# compliance-trestle names records "<slug>_<NNN>.md"; some MADR tools prefix a
# YYYYMMDDHHMMSS timestamp ("20240603162604-msw-for-mocks.md").
@pytest.mark.parametrize(
    ("path", "number", "slug"),
    [
        ("docs/decisions/implement-cli-framework_001.md", 1, "implement-cli-framework"),
        ("docs/decisions/record-architecture-decisions_000.md", 0, "record-architecture-decisions"),
        ("docs/decisions/upgrade-to-python_3.md", None, "upgrade-to-python_3"),
        ("docs/decisions/oauth-for-2023.md", None, "oauth-for-2023"),
        ("docs/decisions/20240603162604-msw-for-mocks.md", None, "msw-for-mocks"),
    ],
)
def test_number_suffixes_and_timestamp_prefixes(path: str, number: int | None, slug: str) -> None:
    assert (number_from_name(path), slug_of(path)) == (number, slug)


# A proposal whose number is not assigned yet: "# xx. Organizing Python code" in 00xx-….md.
@pytest.mark.parametrize("heading", ["xx. Organizing Python code", "xx - Organizing Python code"])
def test_unassigned_bare_number_is_not_part_of_the_title(heading: str) -> None:
    reading = read_title(heading)
    assert (reading.title, reading.number, reading.placeholder_number) == (
        "Organizing Python code",
        None,
        True,
    )
    text = f"# {heading}\n\nDate: 2025-11-28\n\n## Status\n\nProposed\n"
    d = decision(text, "docs/architecture/decisions/00xx-python-lib.md")
    assert (d.title, d.number) == ("Organizing Python code", None)


# Records that start with a level-2 heading and have no level-1 heading at all.
def test_a_level_two_heading_at_the_top_is_the_title_when_there_is_no_level_one() -> None:
    text = "## Standardise comments\n\nDate: 2025-06-17\n\n### Status\nAccepted\n\n### Context\nx\n"
    d = decision(text, "docs/adr/002-comment-strategy.md")
    assert (d.title, d.number, d.status.value) == ("Standardise comments", 2, "accepted")
    assert not any("no title heading" in w for w in d.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "## Context and Problem Statement\n\nWe need queues.\n\n## Decision Outcome\n\nUse them.\n",
        "Some words first.\n\n## Use queues\n\nWe need queues.\n",
        "## Status\n\nAccepted\n\n## Context\n\nWe need queues.\n",
    ],
)
def test_a_section_heading_or_a_later_one_is_not_taken_as_the_title(text: str) -> None:
    assert decision(text, "docs/adr/0003-use-queues.md").title == "Use queues"


# Bilingual section names: "### ステータス (Status)", "## 背景 / Context".
@pytest.mark.parametrize("heading", ["Estado (Status)", "Status / Estado", "Statut (status)"])
def test_a_bilingual_status_heading_is_the_status_section(heading: str) -> None:
    assert decision(f"# Use queues\n\n## {heading}\n\nAccepted\n").status.value == "accepted"
