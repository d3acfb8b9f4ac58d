"""Decision numbers from file names and references.

File names are trusted before headings ("headings lie"), but date prefixes
(``20240120-``, ``2024-01-20-``, ``202012-``) are dates, and ``000_87ab95d21ce61485``
(a number, then a bare hex hash and no slug) is an exported blob, not a
numbered name. A number may follow a date prefix: ``2023-07-05_024-offline-mode``, or
end the name: ``implement-cli-framework_001`` (compliance-trestle).
"""

from __future__ import annotations

import datetime as dt
import re

from adr_tui.core.adrnames import record_folder_name, stem_of
from adr_tui.core.parsing.codes import coded_id

# "0001-x", "adr-001-x", and GitBook's "nr.-003-x" (made from the heading "Nr. 003: X").
_NAME_NUMBER = re.compile(r"(?i)^(?:adr|rfc|add|decision|nr\.?)?[-_ ]?(\d{1,8})(?:([-_ .])(.*))?$")
# What follows the first part of a version: "ADR-0.1.0-x" (tvproductions/gzkit) is no record 0.
_VERSION_REST = re.compile(r"^\d{1,4}\.\d{1,4}(?![\d.])")
# "2024-01-20-x", "2021_09_21_x" (underscores throughout, as some logs name files), and
# "2026-08-3-x" (a day, or month, of one digit: then only a year of this era).
_ISO_PREFIX = re.compile(r"^(\d{4})([-_])(\d{1,2})\2(\d{1,2})(?=[-_ .]|$)")
# Year and month only ("202012-receive-split"): a date-ish prefix, never a number.
_YEAR_MONTH = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])$")
# The number some repositories put after the date: "2023-07-05_024-offline-mode".
_NUMBER_AFTER_DATE = re.compile(r"[-_](\d{1,4})[-_]")
_HASH = re.compile(r"^[0-9a-fA-F]{12,64}$")
# What follows a year in a year-scoped id ("ADR-2024-001-x", "2024-0847-x") or a date
# ("ADR-2024-08-31-x"): the year is no decision number.
_AFTER_YEAR = re.compile(r"^\d{2,4}(?:[-_ .]|$)")
# A clock time after a compact date: "20240603162604-slug" (YYYYMMDD then HHMM or HHMMSS).
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$")
# compliance-trestle's "<slug>_<NNN>": the number after the slug (exactly three digits,
# so "upgrade-to-python_3" keeps its version number in the slug).
_SUFFIX_NUMBER = re.compile(r"^(.+?)_(\d{3})$")
# "ADR 2023-04-14" names a record by its date: no number (the lookahead refuses a date).
# No word boundary is needed against Chinese or Japanese: "ADR-0013的".
# "ADR-2024-003" (a year-scoped id) names no number either, nor "hub-adr-0009" (another
# repository's record, prefixed by its name).
_REF_NUMBER = re.compile(
    # "ADR-026a": a record lettered after 26 (links tell the letters apart).
    r"(?i)(?:(?<![a-z0-9_])(?<![a-z0-9_]-)(?:adr|rfc|add)[-_ #]?|#)0*(\d{1,6})[a-z]?(?![a-z0-9_])"
    r"(?![-/.]\d\d?[-/.]\d)"
    r"(?!(?<=(?:19|20)\d\d)[-_]\d{2,4}(?!\d))"
)
_ALL_DIGITS = re.compile(r"^\s*#?0*(\d{1,6})\s*$")
# A document named by its path without a suffix, as Sphinx names pages and sphinx-needs
# fields do: "adr/0004-switch-to-mongodb" (the name is numbered and has words).
_PATH_NAME = re.compile(r"^/?(?:[\w.-]{1,100}/){1,10}[\w.-]{1,200}$")
# A category letter before a zero-padded number: "A001-framework", "I002-database".
_CATEGORY_NUMBER = re.compile(r"^[A-Z](0\d{2,5})(?:[-_ .](.*))?$")
MAX_NUMBER_DIGITS = 6


def log_folder_of(path: str) -> str:
    """The folder a record lies in: its folder's for one kept as a folder's page."""
    folder = path.rpartition("/")[0]
    return folder.rpartition("/")[0] if record_folder_name(path) is not None else folder


def _is_compact_date(digits: str) -> bool:
    if len(digits) != 8:
        return False
    try:
        dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def _iso_prefix(stem: str) -> re.Match[str] | None:
    """The ``2024-01-20`` (or ``2026-08-3``) a stem starts with, else None."""
    match = _ISO_PREFIX.match(stem)
    if match is None or len(match[3]) + len(match[4]) == 4 or match[1][:2] in ("19", "20"):
        return match
    return None  # "0001-2-3-x": a number, then more numbers


def _date_prefix_end(stem: str) -> int:
    """Length of a ``2024-01-20``, ``20240120`` or ``20240120162604`` prefix of ``stem``, else 0."""
    if not stem[:1].isdigit():
        return 0  # "adr-001-x", "use-x": most names, decided at once
    if iso := _iso_prefix(stem):
        return iso.end()
    head = stem[:8]
    if not (head.isdigit() and _is_compact_date(head)):
        return 0
    rest = stem[8:]
    clock = len(rest) - len(rest.lstrip("0123456789"))
    if clock == 0:
        return 8
    return 8 + clock if _CLOCK.match(rest[:clock]) else 0


def _is_date_ish(digits: str, rest: str | None) -> bool:
    """``20240120``, or ``202012`` followed by a slug: dates, not decision numbers."""
    size = len(digits)
    if size == 8:
        return _is_compact_date(digits)
    return size == 6 and rest is not None and _YEAR_MONTH.match(digits) is not None


def date_from_name(path: str) -> dt.date | None:
    """The date a file name starts with (``2023-07-05_024-x``, ``20200101-x``), or None."""
    stem = stem_of(path)
    end = _date_prefix_end(stem)
    if not end:
        return None
    iso = _iso_prefix(stem)
    parts = (iso[1], iso[3], iso[4]) if iso else (stem[:4], stem[4:6], stem[6:8])
    try:
        return dt.date(*(int(part) for part in parts))
    except ValueError:  # "2024-13-45-x": shaped like a date, but none
        return None


def _split_name(stem: str) -> tuple[int | None, str]:
    """(number, slug) of a file stem: one reading serves both public functions."""
    if end := _date_prefix_end(stem):
        after = _NUMBER_AFTER_DATE.match(stem, end)  # "2023-07-05_024-offline-mode"
        return (int(after[1]), stem[after.end() :]) if after else (None, stem[end + 1 :])
    match = _NAME_NUMBER.match(stem)
    if match is None and "___" in stem:  # Logseq names a page "ADR/0007 X" in "ADR___0007 X.md"
        return _split_name(stem.rpartition("___")[2])
    if match is None:
        if (suffix := _SUFFIX_NUMBER.match(stem)) is not None:
            return int(suffix[2]), suffix[1]  # "implement-cli-framework_001"
        if (category := _CATEGORY_NUMBER.match(stem)) is not None:
            return int(category[1]), category[2] or ""  # "A001-framework"
        if (coded := coded_id(stem)) is not None:  # "adr-mb-003": the catalogue may drop it
            return coded[1], stem[len(coded[0]) + 1 :]
        return None, stem
    digits, rest = match[1], match[3] or ""
    if match[2] == "." and _VERSION_REST.match(rest):
        return None, stem
    if _is_date_ish(digits, match[3]):
        return None, rest
    if len(digits) == 4 and digits[:2] in ("19", "20") and _AFTER_YEAR.match(rest):
        return None, stem
    if len(digits) > MAX_NUMBER_DIGITS:
        return None, stem
    if rest and _HASH.match(rest) and any(c.isalpha() for c in rest):
        return None, stem  # "000_87ab95d21ce61485": an exported blob name, not a slug
    return int(digits), rest


OPENS_WITH_ID = re.compile(r"(?i)^\W{0,3}(?:adr|rfc)[-_ ]?\d")
"""Text that opens with a record's id ("ADR-016: …"), not a bare number ("1. …")."""


def numbered_after_date(path: str) -> bool:
    """Whether a file name's number follows a date ("2026-09-01-01-x"): a day's count, maybe."""
    stem = stem_of(path)
    return _date_prefix_end(stem) > 0 and _split_name(stem)[0] is not None


def number_from_name(path: str) -> int | None:
    """The number a file name starts with (``0001-``, ``adr-001-``, ``ADR-001_``), or None."""
    return _split_name(stem_of(path))[0]


def slug_of(path: str) -> str:
    """The words of a file name after any number or date prefix."""
    return _split_name(stem_of(path))[1]


_LETTERED_REFERENCE = re.compile(r"(?i)\d([a-z])$")


def letter_of_reference(raw: str) -> str:
    """The letter a reference's number carries ("a" for "ADR-026a"), else ""."""
    match = _LETTERED_REFERENCE.search(raw.strip())
    return match[1].lower() if match else ""


def number_in_reference(text: str) -> int | None:
    """The decision number a reference names: ``ADR-0012``, ``#12``, ``12``, a file name."""
    if match := _ALL_DIGITS.match(text):
        return int(match[1])
    if match := _REF_NUMBER.search(text):
        return int(match[1])
    if text.lower().endswith((".md", ".markdown", ".txt", ".adoc", ".rst")):
        return number_from_name(text)
    if "/" in text and _PATH_NAME.match(text):
        number, slug = _split_name(stem_of(text))
        return number if slug else None  # "issues/59" names an issue, not decision 59
    return None
