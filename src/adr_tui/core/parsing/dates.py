"""Calendar dates as ADRs write them: ISO, day-first, month names, YAML dates."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_DAY_NAME = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)")
# "2019 Sep 04" (changelogs): year, month name, day.
_YEAR_NAME = re.compile(r"(?<!\d)(\d{4})\s+([A-Za-z]{3,9})\.?\s+(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_first(match: re.Match[str]) -> dt.date | None:
    first, second, year_text = int(match[1]), int(match[2]), match[3]
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 70 else 1900
    if second > 12 >= first:  # unambiguously month/day (US order)
        first, second = second, first
    return _make(year, second, first)


def _named(month_name: str, day: str, year: str) -> dt.date | None:
    month = _MONTHS.get(month_name.lower())
    return _make(int(year), month, int(day)) if month else None


def parse_date(value: object) -> dt.date | None:
    """The first calendar date in ``value`` (text, ``date`` or ``datetime``), else None.

    Accepts ``2024-01-20``, ``2024-01-20T10:00Z``, ``2024/01/20``, ``20/01/2024``,
    ``20/01/24``, ``January 20, 2024``, ``20 Jan 2024``, ``2024 Jan 20`` and ``20240120``.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value[:200]
    if match := _ISO.search(text):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_FIRST.search(text):
        return _day_first(match)
    if match := _MONTH_FIRST.search(text):
        return _named(match[1], match[2], match[3])
    if match := _DAY_NAME.search(text):
        return _named(match[2], match[1], match[3])
    if (match := _YEAR_NAME.search(text)) and (named := _named(match[2], match[3], match[1])):
        return named
    if match := _COMPACT.search(text):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    return None


def date_alone(text: str) -> dt.date | None:
    """The date a line holds when the line is nothing but that date (``27 July 2022``).

    Emphasis and inline code around it are dress: ``**2021-07-09**``, `` `2021-07-09` ``.
    """
    text = text.strip(" *_.`")
    if len(text) > 40 or not any(char.isdigit() for char in text[:4] + text[-4:]):
        return None  # prose, or no date at either end: decided without a regex
    for pattern in (_ISO, _DAY_FIRST, _MONTH_FIRST, _DAY_NAME):
        if pattern.fullmatch(text) is not None:
            return parse_date(text)
    return None


_NOT_YET = frozenset({"TBD", "TBC", "TBA", "N/A", "TO BE DECIDED", "TO BE DETERMINED"})
"""Dates not set yet: a placeholder, not an unreadable date."""


def is_date_placeholder(text: str) -> bool:
    """True for template dates such as ``YYYY-MM-DD`` or ``{date}``."""
    upper = text.upper()
    return "YYYY" in upper or "DD/MM" in upper or "MM/DD" in upper or _is_braced(text)


def is_date_unset(text: str) -> bool:
    """True for a date written as not set yet (``TBD``, ``N/A``) or a template's placeholder."""
    return is_date_placeholder(text) or text.upper().strip(" *_`.") in _NOT_YET


def _is_braced(text: str) -> bool:
    stripped = text.strip().strip("*_` ")
    return bool(stripped) and stripped[0] in "{<[" and stripped[-1] in "}>]"
