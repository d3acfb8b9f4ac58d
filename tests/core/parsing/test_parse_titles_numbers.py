"""Numbers from file names first, then titles; title prefixes off; titles from names."""

from __future__ import annotations

import pytest

from adr_tui.core.parsing.numbers import number_from_name
from adr_tui.core.parsing.titles import read_title, title_from_name

from .helpers import decision


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("docs/adr/0001-record-decisions.md", 1),
        ("adr/001-x.md", 1),
        ("adr/adr-001-x.md", 1),
        ("adr/ADR-001_x.md", 1),
        ("adr/0001_x.md", 1),
        ("adr/0012.md", 12),
        ("adr/20240120-use-x.md", None),
        ("adr/2024-01-20-use-x.md", None),
        ("adr/000_87ab95d21ce61485.txt", None),
        ("adr/XXXX-proposal.md", None),
        ("adr/use-postgres.md", None),
        ("adr/template.md", None),
    ],
)
def test_number_from_name(path: str, number: int | None) -> None:
    assert number_from_name(path) == number


@pytest.mark.parametrize(
    ("heading", "title", "number"),
    [
        ("1. Record architecture decisions", "Record architecture decisions", 1),
        ("020. Use gRPC", "Use gRPC", 20),
        ("ADR-001: Use X", "Use X", 1),
        ("[ADR-0055] Implement Docker", "Implement Docker", 55),
        ("ADR-0055 Implement Docker", "Implement Docker", 55),
        ("0010 - Split the monolith", "Split the monolith", 10),
        ("ADR 12 - Qux", "Qux", 12),
        ("Architecture Decision Record: Use Kafka", "Use Kafka", None),
        ("**ADR-7: Bold title**", "Bold title", 7),
        ("2024 roadmap", "2024 roadmap", None),
        ("3 reasons to choose Go", "3 reasons to choose Go", None),
    ],
)
def test_title_prefixes(heading: str, title: str, number: int | None) -> None:
    reading = read_title(heading)
    assert (reading.title, reading.number) == (title, number)


def test_file_name_beats_the_heading() -> None:
    d = decision("# [ADR-0055] Implement Docker\n", "adr/0056-implement-docker.md")
    assert (d.number, d.title) == (56, "Implement Docker")


def test_hash_name_falls_back_to_the_title_number() -> None:
    d = decision("# 020. Use gRPC\n", "exports/000_87ab95d21ce61485.txt")
    assert d.number == 20


def test_date_named_file_takes_no_number_from_its_date() -> None:
    d = decision("# Use X\n", "docs/adr/20240120-use-x.md")
    assert d.number is None


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("docs/adr/0001-record-architecture-decisions.md", "Record architecture decisions"),
        ("docs/adr/20200924-use-log4brains.md", "Use log4brains"),
        ("docs/adr/2020-09-24-use_snake_case.md", "Use snake case"),
        ("docs/adr/use-kafka.md", "Use kafka"),
    ],
)
def test_title_from_the_file_name(path: str, title: str) -> None:
    assert title_from_name(path) == title


def test_no_title_heading_uses_the_name_and_warns() -> None:
    d = decision("Status: accepted\n\nSome text.\n", "docs/adr/0003-use-kafka.md")
    assert (d.title, d.number) == ("Use kafka", 3)
    assert any("title" in w for w in d.warnings)
