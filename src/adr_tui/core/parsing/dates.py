"""Calendar dates as ADRs write them: ISO, day-first, month names, YAML dates."""

from __future__ import annotations

import datetime as dt
import re

from adr_tui.core.parsing.inline import fold_accents, plain_hyphens

# Month names, without accents, as ADRs write them: English, then French, Spanish, Portuguese,
# German, Italian, Dutch, Polish and Russian (nominative and the genitive dates use, "4 marca
# 2021", "30 сентября 2025"), Czech as dates decline them ("20. července 2026"), and those
# Indonesian (and Norwegian) spell apart: "21 Agustus 2026".
_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    (
        "jan",
        "january",
        "janv",
        "janvier",
        "enero",
        "janeiro",
        "januar",
        "janner",
        "gennaio",
        "januari",
        "styczen",
        "stycznia",
        "ledna",
        "январь",
        "января",
    ),
    (
        "feb",
        "february",
        "fevr",
        "fevrier",
        "febrero",
        "fevereiro",
        "februar",
        "febbraio",
        "februari",
        "luty",
        "lutego",
        "unora",
        "февраль",
        "февраля",
    ),
    (
        "mar",
        "march",
        "mars",
        "marzo",
        "marco",
        "marz",
        "maerz",
        "maart",
        "marzec",
        "marca",
        "brezna",
        "maret",
        "март",
        "марта",
    ),
    (
        "apr",
        "april",
        "avr",
        "avril",
        "abril",
        "aprile",
        "kwiecien",
        "kwietnia",
        "dubna",
        "апрель",
        "апреля",
    ),
    ("may", "mai", "mayo", "maio", "maggio", "mei", "maj", "maja", "kvetna", "май", "мая"),
    (
        "jun",
        "june",
        "juin",
        "junio",
        "junho",
        "juni",
        "giugno",
        "czerwiec",
        "czerwca",
        "cervna",
        "июнь",
        "июня",
    ),
    (
        "jul",
        "july",
        "juil",
        "juillet",
        "julio",
        "julho",
        "juli",
        "luglio",
        "lipiec",
        "lipca",
        "cervence",
        "июль",
        "июля",
    ),
    (
        "aug",
        "august",
        "aout",
        "agosto",
        "augustus",
        "agustus",
        "sierpien",
        "sierpnia",
        "srpna",
        "август",
        "августа",
    ),
    (
        "sep",
        "sept",
        "september",
        "septembre",
        "septiembre",
        "setiembre",
        "setembro",
        "settembre",
        "wrzesien",
        "wrzesnia",
        "zari",
        "сентябрь",
        "сентября",
    ),
    (
        "oct",
        "october",
        "octobre",
        "octubre",
        "outubro",
        "okt",
        "oktober",
        "ottobre",
        "pazdziernik",
        "pazdziernika",
        "rijna",
        "октябрь",
        "октября",
    ),
    (
        "nov",
        "november",
        "novembre",
        "noviembre",
        "novembro",
        "listopad",
        "listopada",
        "listopadu",
        "ноябрь",
        "ноября",
    ),
    (
        "dec",
        "december",
        "decembre",
        "diciembre",
        "dezembro",
        "dez",
        "dezember",
        "dicembre",
        "grudzien",
        "grudnia",
        "prosince",
        "desember",
        "декабрь",
        "декабря",
    ),
)
# Turkish, January to December: "**Tarih:** 12 Temmuz 2025" (alidurmus/collective-memory),
# "25 Ağustos 2026". Its dotless "ı" has no accent to fold, so "Mayis" typed without it (and
# "MAYIS", which lowercases so) is listed too.
_TURKISH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("ocak",),
    ("şubat",),
    ("mart",),
    ("nisan",),
    ("mayıs", "mayis"),
    ("haziran",),
    ("temmuz",),
    ("ağustos",),
    ("eylül",),
    ("ekim",),
    ("kasım", "kasim"),
    ("aralık", "aralik"),
)
# Looked up without accents: Russian "май" is "маи" then.
_MONTHS = {
    fold_accents(name): index
    for table in (_MONTH_NAMES, _TURKISH_MONTHS)
    for index, names in enumerate(table, start=1)
    for name in names
}
# "2024-01-20", "2024/01/20", "2024.01.20", and Korean "2025. 7. 25." (a space after each dot).
_ISO = re.compile(r"(?<!\d)(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?!\d)")
# "20/01/2024", "20-01-24", and as Danish writes it, a space before the year: "25/09 2024".
_DAY_FIRST = re.compile(
    r"(?<!\d)(\d{1,2})[-/.](\d{1,2})(?:[-/.]|\s(?=\d{4}(?!\d)))(\d{4}|\d{2})(?!\d)"
)
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
# "20 Jan 2024", and as other languages write it: "4 mars 2021", "1er avril 2020",
# "12. März 2023", "3 de abril de 2022", "4 marca 2021" (any letters: "März", "août"), and
# "12-Mar-2024".
_DAY_NAME = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s+|-)(?:de\s+)?([^\W\d_]{3,12})\.?,?(?:\s+|-)"
    r"(?:del?\s+)?(\d{4})(?!\d)"
)
# "2019 Sep 04" (changelogs): year, month name, day.
_YEAR_NAME = re.compile(r"(?<!\d)(\d{4})\s+([A-Za-z]{3,9})\.?\s+(\d{1,2})(?!\d)")
# Chinese and Japanese "2021年3月4日", Korean "2022년 3월 4일": year, month, day marked.
_MARKED = re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _iso(year: int, month: int, day: int) -> dt.date | None:
    # "2024-29-08" (Sylius/Sylius): year, day, month, as only one order reads a date, the way
    # "01/31/2024" is read month first.
    if month > 12 >= day:
        month, day = day, month
    return _make(year, month, day)


def _day_first(match: re.Match[str]) -> dt.date | None:
    first, second, year_text = int(match[1]), int(match[2]), match[3]
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 70 else 1900
    if second > 12 >= first:  # unambiguously month/day (US order)
        first, second = second, first
    return _make(year, second, first)


def _named(month_name: str, day: str, year: str) -> dt.date | None:
    month = _MONTHS.get(fold_accents(month_name.lower()))
    return _make(int(year), month, int(day)) if month else None


def _first_named(text: str) -> dt.date | None:
    """The first date written with a month name: a word before it that names none is skipped."""
    for match in _MONTH_FIRST.finditer(text):
        if named := _named(match[1], match[2], match[3]):
            return named
    for match in _DAY_NAME.finditer(text):
        if named := _named(match[2], match[1], match[3]):
            return named
    for match in _YEAR_NAME.finditer(text):
        if named := _named(match[2], match[3], match[1]):
            return named
    return None


WRITTEN_KEY = "date as written"
"""The ``extra`` key that keeps a numeric date whose day and month the log may order."""


def slash_order(text: str) -> str | None:
    """Which comes first in a numeric day-month-year date, as far as it shows.

    "day" (``31/01/2024``), "month" (``01/31/2024``) or "either" (``07/05/2023``); None for
    a date of another shape.
    """
    text = text[:200]
    if _ISO.search(text) or (match := _DAY_FIRST.search(text)) is None:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return "day"
    if second > 12 >= first:
        return "month"
    return "either" if first != second and max(first, second) <= 12 else None


def month_first(text: str) -> dt.date | None:
    """``07/05/2023`` read month first (5 July 2023), as a log of US dates writes it."""
    if (match := _DAY_FIRST.search(text[:200])) is None:
        return None
    day_first = _day_first(match)
    return None if day_first is None else _make(day_first.year, day_first.day, day_first.month)


def parse_date(value: object) -> dt.date | None:
    """The first calendar date in ``value`` (text, ``date`` or ``datetime``), else None.

    Accepts ``2024-01-20``, ``2024-01-20T10:00Z``, ``2024/01/20``, ``20/01/2024``,
    ``20/01/24``, ``January 20, 2024``, ``20 Jan 2024``, ``2024 Jan 20`` and ``20240120``;
    month names in the languages of the status table (``12. März 2023``, ``3 de abril de
    2022``) and year-month-day marked in Chinese, Japanese or Korean (``2021年3月4日``). A month
    without its day (``November 2025``) is no date: a day is never made up.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = plain_hyphens(value[:200])
    if match := _ISO.search(text):
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_FIRST.search(text):
        return _day_first(match)
    if named := _first_named(text):
        return named
    if not text.isascii() and (match := _MARKED.search(text)):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    if match := _COMPACT.search(text):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    return None


def date_alone(text: str) -> dt.date | None:
    """The date a line holds when the line is nothing but that date (``27 July 2022``).

    Emphasis and inline code around it are dress: ``**2021-07-09**``, `` `2021-07-09` ``.
    """
    text = plain_hyphens(text.strip(" *_.`"))
    if len(text) > 40 or not any(char.isdigit() for char in text[:4] + text[-4:]):
        return None  # prose, or no date at either end: decided without a regex
    for pattern in (_ISO, _DAY_FIRST, _MONTH_FIRST, _DAY_NAME, _MARKED):
        if pattern.fullmatch(text) is not None:
            return parse_date(text)
    return None


# A month without its day: "2026-05", "2026/05", "December 2024", "Dezember 2024", "2024 Dec".
_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)[-/.](0?[1-9]|1[0-2])")
_MONTH_YEAR = re.compile(
    r"(?:([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)|((?:19|20)\d\d)\s+([^\W\d_]{3,12})\.?)"
)


def is_month_only(text: str) -> bool:
    """True for a date that names a month and its year but no day (``2026-05``, ``May 2026``)."""
    text = text.strip(" *_`.")
    if len(text) > 20:
        return False
    if _YEAR_MONTH.fullmatch(text) is not None:
        return True
    match = _MONTH_YEAR.fullmatch(text)
    if match is None:
        return False
    name: str = match[1] or match[4]
    return fold_accents(name.lower()) in _MONTHS


def is_year_only(text: str) -> bool:
    """True for a date that is a year alone (``Date: 2018``), readable but without a day."""
    text = text.strip(" *_`.")
    return len(text) == 4 and text[:2] in ("19", "20") and text.isdigit()


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
