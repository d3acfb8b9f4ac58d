"""Decision numbers from file names and references.

File names are trusted before headings ("headings lie"), but date prefixes
(``20240120-``, ``2024-01-20-``) are dates, and ``000_87ab95d21ce61485``
(a number, then a bare hex hash and no slug) is an exported blob, not a
numbered name.
"""

from __future__ import annotations

import datetime as dt
import re

_NAME_NUMBER = re.compile(r"(?i)^(?:adr|rfc|add|decision)?[-_ ]?(\d{1,8})(?:([-_ .])(.*))?$")
_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[-_ .]|$)")
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


def number_from_name(path: str) -> int | None:
    """The number a file name starts with (``0001-``, ``adr-001-``, ``ADR-001_``), or None."""
    stem = stem_of(path)
    if _ISO_PREFIX.match(stem):
        return None
    match = _NAME_NUMBER.match(stem)
    if match is None:
        return None
    digits, rest = match[1], match[3] or ""
    if _is_compact_date(digits) or len(digits) > MAX_NUMBER_DIGITS:
        return None
    if rest and _HASH.match(rest) and any(c.isalpha() for c in rest):
        return None  # "000_87ab95d21ce61485": an exported blob name, not a slug
    return int(digits)


def slug_of(path: str) -> str:
    """The words of a file name after any number or date prefix."""
    stem = stem_of(path)
    if _ISO_PREFIX.match(stem):
        return stem[11:]
    match = _NAME_NUMBER.match(stem)
    if match and number_from_name(path) is not None:
        return match[3] or ""
    if match and _is_compact_date(match[1]):
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
