"""Dates: the forms ADRs use, YAML values, and unreadable ones."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.parsing.dates import parse_date

from .helpers import decision

JAN_20 = dt.date(2024, 1, 20)


@pytest.mark.parametrize(
    "text",
    [
        "2024-01-20",
        "2024/01/20",
        "20/01/2024",
        "20/01/24",
        "2024-01-20T10:00Z",
        "2024-01-20 10:00:00+02:00",
        "January 20, 2024",
        "Jan 20 2024",
        "20 Jan 2024",
        "20th January 2024",
        "`2024-01-20`",
        "**2024-01-20** (updated 2024-03-01)",
        "01/20/2024",
        "20.01.2024",
    ],
)
def test_text_forms(text: str) -> None:
    assert parse_date(text) == JAN_20


def test_date_objects_pass_through() -> None:
    assert parse_date(JAN_20) == JAN_20
    assert parse_date(dt.datetime(2024, 1, 20, 23, 59)) == JAN_20


@pytest.mark.parametrize("value", ["soon", "2024-13-45", "31/02/2024", "", None, 42, "Q3 2024"])
def test_unreadable(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    "line", ["Date: 2024-01-20", "Date 2024-01-20", "* Date: `2024-01-20`", "**Date:** 20/01/2024"]
)
def test_date_lines_with_or_without_colon(line: str) -> None:
    assert decision(f"# T\n\n{line}\n\n## Context\n").date == JAN_20


def test_yaml_dates() -> None:
    assert decision("---\ndate: 2024-01-20\n---\n# T\n").date == JAN_20
    assert decision("---\ndate: 2024-01-20T10:00:00Z\n---\n# T\n").date == JAN_20
    assert decision("---\ndate: !!timestamp 2024-01-20\n---\n# T\n").date == JAN_20


def test_unreadable_date_warns() -> None:
    d = decision("# T\n\nDate: next Tuesday\n")
    assert d.date is None
    assert any("next Tuesday" in w for w in d.warnings)
