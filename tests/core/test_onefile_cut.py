"""Round 22o-3 (review 11): which headings of a log kept in one file are its decisions."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.logfile import dated_title, split_log
from adr_tui.core.settings import Settings

_PARTS = b"### 1. Context\n\nc\n\n### 2. Decision\n\nd\n\n### 3. Consequences\n\nq\n\n"


def _keys(data: bytes) -> list[str]:
    return [p.key for p in split_log(data)]


def test_numbered_sub_headings_of_a_numbered_decision_are_its_own() -> None:
    data = b"# Decisions\n\n## 1. Use X\n\n" + _PARTS + b"## 2. Use Y\n\n" + _PARTS
    first, second = split_log(data)
    assert (first.key, second.key) == ("1", "2")
    assert b"# 3. Consequences\n\nq\n" in first.data and first.data.startswith(b"# 1. Use X")


def test_a_single_numbered_decision_and_its_numbered_parts_are_no_log() -> None:
    assert split_log(b"# ADR\n\n## 1. Use X\n\n" + _PARTS) == ()


def test_the_shallowest_level_that_reads_as_a_log_wins_over_the_fullest() -> None:
    # three numbered decisions at level 2, five numbered notes in the last (deeper, more)
    notes = b"".join(b"### %d. Note\n\nn\n\n" % i for i in range(1, 6))
    data = b"# Log\n\n## 1. A\n\na\n\n## 2. B\n\nb\n\n## 3. C\n\n" + notes
    assert _keys(data) == ["1", "2", "3"]


def test_a_log_written_newest_first_reads_as_one() -> None:
    data = b"# Log\n\n## 3. C\n\nc\n\n## 2. B\n\nb\n\n## 1. A\n\n" + _PARTS
    assert _keys(data) == ["3", "2", "1"]


def test_years_over_dated_entries_are_no_decisions() -> None:
    data = (
        b"# Decision Log\n\n## 2024\n\n### 2024-03-01: Use X\n\nx\n\n"
        b"### 2024-05-01: Use Y\n\ny\n\n## 2023\n\n### 2023-01-05: Use Z\n\nz\n"
    )
    parts = split_log(data)
    assert [p.key for p in parts] == ["2024-03-01-use-x", "2024-05-01-use-y", "2023-01-05-use-z"]
    assert b"2023" not in parts[1].data  # the year after it ends it


def test_a_log_numbered_from_adr_2024_keeps_its_numbers() -> None:
    assert _keys(b"# D\n\n## ADR-2024: X\n\nx\n\n## ADR-2025: Y\n\ny\n") == ["2024", "2025"]


def test_headings_in_an_html_comment_are_text() -> None:
    data = (
        b"# Decisions\n\n## ADR-001: Use X\n\nx\n\n<!--\n## ADR-002: Draft\n\nd\n-->\n\n"
        b"## ADR-002: Use Z\n\nz <!-- said inline --> too\n\n```\n<!--\n```\n\n## ADR-003: W\n\nw\n"
    )
    first, second, third = split_log(data)
    assert (first.key, second.key, third.key) == ("1", "2", "3")
    assert (
        b"Use Z" in second.data
        and b"<!--" not in first.data
        and first.text == b"## ADR-001: Use X\n\nx\n"
    )
    assert b"said inline" in second.data  # a comment inside a section stays in it


def test_a_comment_never_closed_hides_the_rest() -> None:
    assert _keys(b"# D\n\n## ADR-1: X\n\n## ADR-2: Y\n\n<!--\n## ADR-3: Z\n") == ["1", "2"]


def test_a_dated_heading_alone_or_in_brackets_gives_its_date() -> None:
    assert dated_title("2024-03-02") == ("2024-03-02", "2024-03-02")
    assert dated_title("[2024-01-05] Use X") == ("Use X", "2024-01-05")
    assert dated_title("**2024-01-05** - Use X") == ("Use X", "2024-01-05")


def test_dated_entries_alone_or_in_brackets_are_dated(make_repo: RepoFactory) -> None:
    log = "# Log\n\n## 2024-03-02\n\nStatus: Accepted\n\nx\n\n## [2024-01-05] Use X\n\ny\n"
    catalog = load_catalog(make_repo({"DECISIONS.md": log}), Settings(use_cache=False))
    assert sorted((str(d.date), d.title) for d in catalog) == [
        ("2024-01-05", "Use X"),
        ("2024-03-02", "2024-03-02"),
    ]


def test_numbered_sub_headings_of_dated_entries_are_theirs() -> None:
    data = (
        b"# Log\n\n## 2024-01-05: A\n\na\n\n## 2024-02-05: B\n\nb\n\n"
        b"### 1. Context\n\nc\n\n### 2. Decision\n\nd\n"
    )
    first, second = split_log(data)
    assert (first.key, second.key) == ("2024-01-05-a", "2024-02-05-b")
    assert second.data.endswith(b"## 2. Decision\n\nd\n")
