"""Decision numbers from file names and references.

File names are trusted before headings ("headings lie"), but date prefixes
(``20240120-``, ``2024-01-20-``, ``202012-``) are dates, and ``000_87ab95d21ce61485``
(a number, then a bare hex hash and no slug) is an exported blob, not a
numbered name. A number may follow a date prefix: ``2023-07-05_024-offline-mode``.
"""

from __future__ import annotations

import datetime as dt
import re

_NAME_NUMBER = re.compile(r"(?i)^(?:adr|rfc|add|decision)?[-_ ]?(\d{1,8})(?:([-_ .])(.*))?$")
_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[-_ .]|$)")
# Year and month only ("202012-receive-split"): a date-ish prefix, never a number.
_YEAR_MONTH = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])$")
# The number some repositories put after the date: "2023-07-05_024-offline-mode".
_NUMBER_AFTER_DATE = re.compile(r"[-_](\d{1,4})[-_]")
_HASH = re.compile(r"^[0-9a-fA-F]{12,64}$")
_REF_NUMBER = re.compile(r"(?i)(?:\b(?:adr|rfc|add)[-_ #]?|#)0*(\d{1,6})\b")
_ALL_DIGITS = re.compile(r"^\s*#?0*(\d{1,6})\s*$")
MAX_NUMBER_DIGITS = 6


def stem_of(path: str) -> str:
    """File name of ``path`` without directory and suffix."""
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


def _is_compact_date(digits: str) -> bool:
    if len(digits) != 8:
        return False
    try:
        dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def _date_prefix_end(stem: str) -> int:
    """Length of a ``2024-01-20`` or ``20240120`` prefix of ``stem``, else 0."""
    if _ISO_PREFIX.match(stem):
        return 10
    if len(stem) >= 8 and _is_compact_date(stem[:8]) and not stem[8:9].isdigit():
        return 8
    return 0


def _is_date_ish(digits: str, rest: str | None) -> bool:
    """``20240120``, or ``202012`` followed by a slug: dates, not decision numbers."""
    if _is_compact_date(digits):
        return True
    return rest is not None and _YEAR_MONTH.match(digits) is not None


def _number_after_date(stem: str) -> tuple[int, int] | None:
    """(number, where its slug starts) for ``2023-07-05_024-slug``, else None."""
    end = _date_prefix_end(stem)
    if not end:
        return None
    match = _NUMBER_AFTER_DATE.match(stem, end)
    return (int(match[1]), match.end()) if match else None


def date_from_name(path: str) -> dt.date | None:
    """The date a file name starts with (``2023-07-05_024-x``, ``20200101-x``), or None."""
    stem = stem_of(path)
    end = _date_prefix_end(stem)
    if not end:
        return None
    digits = stem[:end].replace("-", "")
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:  # "2024-13-45-x": shaped like a date, but none
        return None


def number_from_name(path: str) -> int | None:
    """The number a file name starts with (``0001-``, ``adr-001-``, ``ADR-001_``), or None."""
    stem = stem_of(path)
    if _date_prefix_end(stem):
        after = _number_after_date(stem)
        return after[0] if after else None
    match = _NAME_NUMBER.match(stem)
    if match is None:
        return None
    digits, rest = match[1], match[3] or ""
    if _is_date_ish(digits, match[3]) or len(digits) > MAX_NUMBER_DIGITS:
        return None
    if rest and _HASH.match(rest) and any(c.isalpha() for c in rest):
        return None  # "000_87ab95d21ce61485": an exported blob name, not a slug
    return int(digits)


def slug_of(path: str) -> str:
    """The words of a file name after any number or date prefix."""
    stem = stem_of(path)
    if end := _date_prefix_end(stem):
        after = _number_after_date(stem)
        return stem[after[1] :] if after else stem[end + 1 :]
    match = _NAME_NUMBER.match(stem)
    if match and number_from_name(path) is not None:
        return match[3] or ""
    if match and _is_date_ish(match[1], match[3]):
        return match[3] or ""
    return stem


def number_in_reference(text: str) -> int | None:
    """The decision number a reference names: ``ADR-0012``, ``#12``, ``12``, a file name."""
    if match := _ALL_DIGITS.match(text):
        return int(match[1])
    if match := _REF_NUMBER.search(text):
        return int(match[1])
    if text.lower().endswith((".md", ".markdown", ".txt", ".adoc", ".rst")):
        return number_from_name(text)
    return None
