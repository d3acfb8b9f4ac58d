"""Titles: numbering prefixes off, the number they carried, a fallback from the file name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from adr_tui.core.parsing.inline import fold_accents, strip_marks
from adr_tui.core.parsing.numbers import slug_of, stem_of

# "Architecture Decision Record: Use X", "ADR: Use X" (a label, no number).
_LABEL = re.compile(r"(?i)^(?:architecture\s+decision\s+record|adr)\s*[:\-\u2013\u2014]\s*")
# "ADR-0055", "[ADR-0055]", "ADR 12 -", "ADR-001:", "ADR #3", "RFC 12:", "Decision 6 -",
# "Nr. 003:", "No. 4 -", "ADR-0014 · Title", "ADR 3 | Title", "ADR-0014：标题" (full-width),
# "Architecture Decision Record 6:" (boilerplate with the number inside it).
_ADR_NUMBER = re.compile(
    r"(?i)^\[?\s*(?:architecture\s+decision\s+record|adr|rfc|add|decision|nr\.?|no\.)\s?[-_ #]?\s?"
    r"(\d{1,6})\s*\]?\s*[:.\-\u2013\u2014)\u00b7|\uff1a]?\s*"
)
# "1. Title", "020. Title", "0010 - Title", "3: Title", "7) Title", "0014 · Title",
# "0014：标题", and a zero-padded number with only a space, "0003 FHIR Server" (never
# "2 Phase Commit": no leading zero).
_BARE_NUMBER = re.compile(
    r"^(\d{1,6})(?:\.\s+|\s*[:)\-\u2013\u2014\u00b7|]\s+|\s+[-\u2013\u2014]\s*|\s*\uff1a\s*)"
    r"|^(0\d{1,5})\s+(?=[^\W\d])"
)
# A record named by its date: "ADR 2022-12-05: Adding labels" (no number in it).
_ADR_DATE = re.compile(
    r"(?i)^\[?\s*(?:architecture\s+decision\s+record|adr|decision)\s?[-_ #]?\s?"
    r"\d{4}-\d{2}-\d{2}\s*\]?\s*[:.\-\u2013\u2014)]?\s*"
)
# Placeholders left by templates: ADR-XXX, ADR-NNNN.
_PLACEHOLDER_NUMBER = re.compile(
    r"(?i)^\[?\s*adr\s?[-_ #]?\s?(?:x{2,}|n{2,}|#{2,})\s*\]?\s*[:.\-]?\s*"
    # … and bare, as a numbered heading would be: "xx. Title", "NNNN) Title", "XXXX - Title"
    r"|^(?:x{2,}|n{2,})(?:[.:)]\s+|\s+[-\u2013\u2014]\s+)"
)


# The title of a page that lists the records: "ADR Indexer", "Architecture Decision Records",
# "Architectural Decision Log", "Decision Register"; or a guide to them: "Working with ADRs"
# (vshn/application-catalog-docs), "How to write an ADR".
_RECORD_LIST = re.compile(
    r"(?i)^(?:(?:working\s+with|about|using|writing|how\s+to\s+(?:write|use))\s+)?"
    r"(?:the\s+|an?\s+)?(?:(?:architectur(?:e|al)|any)\s+)?(?:decisions?|adrs?)"
    r"(?:\s+records?)?(?:\s*\(adrs?\))?"
    r"(?:\s+(?:index(?:er)?|log|list|overview|register|catalog(?:ue)?))?$"
)


def names_a_record_list(title: str) -> bool:
    """True for the title of an index or guide page rather than of one decision."""
    return len(title) <= 60 and _RECORD_LIST.match(title.strip()) is not None


# "Décision (MADR)", "Architecture Decision Record (ADR)": the kind of record, its template named.
_TEMPLATE_NOTE = re.compile(r"(?i)\s*\((?:[ml]?adrs?|nygard)\)$")


def names_the_record_type(title: str) -> bool:
    """True for a title that names the kind of document (``Décision (MADR)``), not a decision."""
    text = _TEMPLATE_NOTE.sub("", fold_accents(title).strip())
    return text.lower() in ("madr", "ladr") or names_a_record_list(text)


@dataclass(frozen=True, slots=True)
class TitleReading:
    """A heading split into its number and its words."""

    title: str
    number: int | None
    placeholder_number: bool = False
    """True when the heading was numbered ``ADR-XXX`` or similar (a template sign)."""


@lru_cache(maxsize=1024)  # asked twice per document: by the template check, then for the title
def read_title(heading: str) -> TitleReading:
    """Split a title heading such as ``[ADR-0055] Implement Docker`` into number and words."""
    text = strip_marks(heading).strip()
    if match := _PLACEHOLDER_NUMBER.match(text):
        return TitleReading(text[match.end() :].strip() or text, None, placeholder_number=True)
    number: int | None = None
    if match := _ADR_DATE.match(text):
        text = text[match.end() :]
    elif match := _ADR_NUMBER.match(text) or _BARE_NUMBER.match(text):
        number = _group_number(match)
        text = text[match.end() :]
    elif match := _LABEL.match(text):
        text = text[match.end() :]
        if again := _ADR_NUMBER.match(text) or _BARE_NUMBER.match(text):
            number = _group_number(again)
            text = text[again.end() :]
    return TitleReading(text.strip() or heading.strip(), number)


def _group_number(match: re.Match[str]) -> int:
    """The number of whichever alternative matched (``_BARE_NUMBER`` has two)."""
    return int(next(group for group in match.groups() if group is not None))


def title_from_name(path: str) -> str:
    """``0001-use-postgres-for-storage.md`` → ``Use postgres for storage``."""
    words = re.sub(r"[-_\s]+", " ", slug_of(path)).strip()
    if not words:
        words = stem_of(path)
    return words[:1].upper() + words[1:]
