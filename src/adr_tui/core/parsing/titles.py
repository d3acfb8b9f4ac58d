"""Titles: numbering prefixes off, the number they carried, a fallback from the file name."""

from __future__ import annotations

import re
from functools import lru_cache

from adr_tui.core.adrnames import stem_of
from adr_tui.core.parsing.codes import coded_id
from adr_tui.core.parsing.inline import fold_accents, plain_hyphens, strip_marks
from adr_tui.core.parsing.numbers import number_from_name, slug_of
from adr_tui.core.records import record

# "Architecture Decision Record: Use X", "ADR: Use X", "Decision Record: Use X" (a label, no
# number; ThoughtWorks-style logs open every record so). A hyphen before a digit joins an id:
# "ADR-2.1: Split the API" is no label over "2.1: Split the API".
# So is the template's field name kept in the heading: "# Title: Use X", "# Subject: Use X".
_LABEL = re.compile(
    r"(?i)^(?:(?:(?:architecture\s+)?decision\s+record|adr)\s*(?:[:\u2013\u2014]|-(?!\d))"
    r"|(?:title|subject)\s*:)\s*"
)
# "ADR-0055", "[ADR-0055]", "ADR 12 -", "ADR-001:", "ADR #3", "RFC 12:", "Decision 6 -",
# "Nr. 003:", "No. 4 -", "ADR-0014 · Title", "ADR 3 | Title", "ADR-0014：标题" (full-width),
# "Architecture Decision Record 6:" (boilerplate with the number inside it), and "Decision"
# in the log's language: "Entscheidung 002: Kein Custom Post Type", "Décision 0006 : implémenter
# …", "Beslutning 003 — Endelig designvalg" (logs the search index does not name).
_ADR_NUMBER = re.compile(
    r"(?i)^\[?\s*(?:architecture\s+decision\s+record|adr|rfc|add|decision|nr\.?|no\."
    r"|entscheidung|d[ée]cision|decisi[oó]n|decis[aã]o|decisione|beslutning|beslut|besluit)"
    r"\s?[-_ #]?\s?"
    # "ADR-026b — …": a record added after 26, lettered; its letter goes with the number.
    # Not a day's: "Beslutning 05.10.2026 — 1.2" heads a dated entry.
    r"(\d{1,6})(?!\d|[./]\d)(?:[a-z](?=\s*[:.\-\u2013\u2014)\u00b7|\uff1a]))?\s*\]?\s*[:.\-\u2013\u2014)\u00b7|\uff1a]?\s*"
)
# A year after the word "Decision" dates the record: "# Decision 2024: Use Kafka" is no
# decision 2024 (a log numbered "ADR 2024" keeps its number).
_YEAR_AFTER_WORD = re.compile(
    r"(?i)^\[?\s*(?:decision|entscheidung|d[ée]cision|decisi[oó]n|decis[aã]o|decisione|beslutning"
    r"|beslut|besluit)\s?[-_ #]?\s?(?:19|20)\d\d(?!\d)"
)
# "1. Title", "020. Title", "0010 - Title", "3: Title", "7) Title", "0014 · Title",
# "0014：标题", and a zero-padded number with only a space, "0003 FHIR Server", or a hyphen,
# "0005-Дата создания решения" (kreghek/SynAdor; never "2 Phase Commit": no leading zero).
_BARE_NUMBER = re.compile(
    r"^(\d{1,6})(?:\.\s+|\s*[:)\-\u2013\u2014\u00b7|]\s+|\s+[-\u2013\u2014]\s*|\s*\uff1a\s*)"
    r"|^(0\d{1,5})(?:\s+|-)(?=[^\W\d])"
    # The template's brackets kept round the number: "[0010]. [FHIRPath Python Module]".
    r"|^\[(\d{1,6})\]\.?\s+"
)
# The day a numbered record was written, between its number and its words: "RFC 2221 - 2020-04-04 -
# Kubernetes Integration" (vectordotdev/vector). A separator must follow: "2020-04-04 release" is
# the title's own phrase.
_DAY_AFTER_NUMBER = re.compile(r"^\d{4}-\d{2}-\d{2}\s*(?:[:|\u2013\u2014]|\s-)\s*(?=\S)")
# A record named by its date: "ADR 2022-12-05: Adding labels", or by a year-scoped id:
# "ADR-2024-001: Migração …", "ADR-2024-0847: Email Threads API" (no number in either).
_ADR_DATE = re.compile(
    r"(?i)^\[?\s*(?:architecture\s+decision\s+record|adr|decision)\s?[-_ #]?\s?"
    r"(?:\d{4}-\d{2}-\d{2}|(?:19|20)\d\d-\d{2,4}(?!\d))\s*\]?\s*[:.\-\u2013\u2014)]?\s*"
)
# A record of a lettered series: "ADR-D34: Selective rerank …" (D for one track of decisions).
# Its number is the series', not the log's: no number. A separator must follow the id.
_ADR_SERIES = re.compile(
    r"(?i)^\[?\s*adr\s?[-_ #]?\s?[a-z]{1,3}-?\d{1,6}"
    r"(?:\s*\]\s*[:\u2013\u2014)]?|\s*[:\u2013\u2014)]|\s+-)\s*"
)
# A record named by a version: "ADR-0.1.0 — Enforced Governance Foundation" (tvproductions/gzkit
# names each record by the release it plans). "0.1.0" is no number of a log: no number, and the
# id is kept (group 1) to show beside the title.
_ADR_VERSION = re.compile(
    r"(?i)^\[?\s*(adr\s?[-_ #]?\s?v?\d{1,4}(?:\.\d{1,4}){2})(?![\w.])"
    r"\s*\]?\s*(?:[:\u2013\u2014)]|\s-)?\s*"
)
# Placeholders left by templates: ADR-XXX, ADR-NNNN.
_PLACEHOLDER_NUMBER = re.compile(
    r"(?i)^\[?\s*adr\s?[-_ #]?\s?(?:x{2,}|n{2,}|#{2,})\s*\]?\s*[:.\-]?\s*"
    # … and bare, as a numbered heading would be: "xx. Title", "NNNN) Title", "XXXX - Title",
    # and adr-tools' "NUMBER." replaced by one x and its dot (athensresearch/athens' "# x.
    # Record architecture decisions" in doc/adr/000x-boot.md), zeros before it or not; one X
    # otherwise is a word ("# X - Sign in with X")
    r"|^(?:x{2,}|n{2,})(?:[.:)]\s+|\s+[-\u2013\u2014]\s+)|^0*x\.\s+"
)

# A number still to be decided: "ADR00TBD: Try Rust for an API" (alphagov/forms), "ADR-TBD: X".
# No number, and no template's sign either: a draft awaiting its number.
# So is a draft's word in its place, written as the id ("# ADR-DRAFT: Use X", jaunder-org/jaunder:
# the title read "DRAFT: Use X"), and a generated id of five lower-case letters and digits, two
# letters at least ("# ADR-8mnaz Concurrent Process Locking", kopi-vm/kopi: not ADR 8).
_UNDECIDED_NUMBER = re.compile(
    r"(?i)^\[?\s*adr\s?[-_ #]?\s?\d{0,4}(?:tbd|tbc|tba)\s*\]?\s*[:.\-\u2013\u2014]?\s+"
    r"|^\[?\s*adr[-_#](?:draft|new|wip|pending)\s*\]?\s*(?:[:\u2013\u2014]|\s-)\s*"
    r"|^\[?\s*adr[-_ ](?-i:(?=(?:\d*[a-z]){2})(?=[a-z]*\d)[a-z\d]{5})(?![\w-])\s*\]?"
    r"\s*(?:[:\u2013\u2014]|\s-)?\s*"
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
# The template's own name, kept over a record: "ADR Template", "Template", and the heading every
# proposal of a log opens with, "RFC Proposal" (CMSgov/beneficiary-fhir-data rfcs/).
_KIND_NAME = re.compile(
    r"(?i)(?:(?:(?:architecture\s+)?decision\s+record|adr|madr|rfc)\s+)?template"
    r"|(?:rfc|adr)\s+proposal"  # whole titles only: fullmatch
)


def names_the_record_type(title: str) -> bool:
    """True for a title that names the kind of document (``Décision (MADR)``), not a decision."""
    text = _TEMPLATE_NOTE.sub("", fold_accents(title).strip())
    return text.lower() in ("madr", "ladr") or names_a_record_list(text) or names_the_template(text)


def names_the_template(title: str) -> bool:
    """True for the template's own name kept as a record's title: "ADR Template", "RFC Proposal"."""
    text = title.strip()
    return text[-8:].lower() in ("template", "proposal") and _KIND_NAME.fullmatch(text) is not None


# The kind of record, one of it: "Architecture Decision Record", "ADR", "Decision Record (ADR)".
# Plural, or a log's or a guide's name ("ADRs", "Decision Log", "Using ADRs"), names the log's
# subject instead: the title of many a log's first record.
_ONE_RECORD = re.compile(
    r"(?i)(?:(?:architectur(?:e|al)\s+)?decision\s+record|adr)(?:\s*\([ml]?adr\))?"
)


def names_one_record(title: str) -> bool:
    """True for the name of the kind of record, singular: the template's heading left as it was."""
    text = title.strip()
    return text[-1:] in "dDrR)" and _ONE_RECORD.fullmatch(text) is not None


@record
class TitleReading:
    """A heading split into its number and its words."""

    title: str
    number: int | None
    placeholder_number: bool = False
    """True when the heading was numbered ``ADR-XXX`` or similar (a template sign)."""
    version_id: str = ""
    """The id a heading named by a version had (``ADR-0.1.0``), taken off the title."""


@lru_cache(maxsize=1024)  # asked twice per document: by the template check, then for the title
def read_title(heading: str) -> TitleReading:
    """Split a title heading such as ``[ADR-0055] Implement Docker`` into number and words.

    The prefix is read with Unicode's hyphens as ASCII ones ("ADR\u20110063 \u2014 X"); the
    words are kept as written.
    """
    written = strip_marks(heading).strip()
    read = plain_hyphens(written)
    reading = _read_title(read, heading)
    if read is written or not read.endswith(reading.title):
        return reading
    # The words are what is left after the prefix: the same end of the heading as written.
    words = written[len(written) - len(reading.title) :]
    return TitleReading(words, reading.number, reading.placeholder_number, reading.version_id)


def _read_title(text: str, heading: str) -> TitleReading:
    """The reading of ``text``, the heading's marks off, its hyphens plain."""
    if match := _PLACEHOLDER_NUMBER.match(text):
        return TitleReading(text[match.end() :].strip() or text, None, placeholder_number=True)
    number: int | None = None
    if text[:1] in "aA[" and (version := _ADR_VERSION.match(text)):
        return TitleReading(text[version.end() :].strip() or text, None, version_id=version[1])
    if coded := coded_id(text):  # "ADR-MB-006: Datastores": numbered within its code
        return TitleReading(_after_id(text, coded[0]) or text, coded[1])
    if match := _ADR_DATE.match(text) or _ADR_SERIES.match(text) or _UNDECIDED_NUMBER.match(text):
        text = text[match.end() :]
    elif match := _ADR_NUMBER.match(text) or _BARE_NUMBER.match(text):
        number = None if _YEAR_AFTER_WORD.match(text) else _group_number(match)
        text = text[match.end() :]
        if text[:1].isdigit() and (dated := _DAY_AFTER_NUMBER.match(text)):
            text = text[dated.end() :]
    elif match := _LABEL.match(text):
        text = text[match.end() :]
        if again := _ADR_NUMBER.match(text) or _BARE_NUMBER.match(text):
            number = _group_number(again)
            text = text[again.end() :]
    return TitleReading(text.strip() or _id_only(heading), number)


def _after_id(text: str, written: str) -> str:
    """The words of ``text`` after the id ``written`` in it and the mark that ends it."""
    end = text.index(written) + len(written)
    after = _AFTER_ID.match(text, end)  # all optional: always a match
    return text[after.end() if after else end :].strip()


def _id_only(heading: str) -> str:
    """The title of a heading that is only the record's id: "**ADR 4:**" reads "ADR 4"."""
    return strip_marks(heading).strip().rstrip(":.\uff1a -\u2013\u2014") or heading.strip()


def _group_number(match: re.Match[str]) -> int:
    """The number of whichever alternative matched (``_BARE_NUMBER`` has two)."""
    return int(next(group for group in match.groups() if group is not None))


# A record id that starts a file name and its heading: "DEC-2026-013-spfx.md" with "# DEC-2026-013:
# SPFx …", "TDR-0027-direct-deploys.md" with "# TDR-0027: Direct …" (ids the number rules leave).
# Never the front of a dotted id: "# ADR 2.1: Split the API" in 0002-split-the-api.md is no
# "ADR 2" followed by a title "1: Split the API".
_LEADING_ID = re.compile(r"^\[?([A-Za-z]{2,10}(?:[-_ ]\d{1,8}){1,3})(?![\w-]|\.\d)")
_FILE_ID = re.compile(r"^([A-Za-z]{2,10}(?:[-_]\d{1,8}){1,3})(?=[-_ .]|$)")
_AFTER_ID = re.compile(r"\s*\]?\s*(?:[:.\u00b7|\uff1a]|\s[-\u2013\u2014]|[\u2013\u2014])?\s*")
_ID_PARTS = re.compile(r"[-_ ]")


def without_file_id(path: str, title: str) -> str:
    """``title`` without the record id it shares with the file name, else ``title``.

    The same id ("DEC-2026-013-x.md", "# DEC-2026-013: X"), or an id of the file's number
    ("012-at-mention.md", "# TDR-012: At-mention autocomplete").
    """
    if (head := _LEADING_ID.match(title)) is None:
        return title  # the common case, decided at the first character or so
    named = _FILE_ID.match(stem_of(path))
    same = named is not None and (
        _ID_PARTS.sub("-", named[1].lower()) == _ID_PARTS.sub("-", head[1].lower())
    )
    if not same:
        own = heading_id(title)
        if own is None or own[1] != number_from_name(path):
            return title
    after = _AFTER_ID.match(title, head.end())  # all optional: always a match
    rest = title[after.end() if after else head.end() :]
    return rest or title


_HEADING_ID = re.compile(r"^\[?([A-Za-z]{2,10})[-_ ]?0*(\d{1,6})(?![\w-]|\.\d)")


def heading_id(heading: str) -> tuple[str, int] | None:
    """``TDR-012: At-mention`` → ``("tdr", 12)``: the letters and number a heading's id has."""
    match = _HEADING_ID.match(heading)
    return (match[1].lower(), int(match[2])) if match else None


def title_from_name(path: str) -> str:
    """``0001-use-postgres-for-storage.md`` → ``Use postgres for storage``."""
    words = re.sub(r"[-_\s]+", " ", slug_of(path)).strip()
    if not words:
        words = stem_of(path)
    return words[:1].upper() + words[1:]
