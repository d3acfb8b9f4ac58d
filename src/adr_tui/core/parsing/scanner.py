"""One pass over the head of a Markdown body, collecting metadata candidates.

Only structure decides what is metadata: the lines before the first prose
section, sections named Status/Date/Tags/Links/Metadata/Authors/Changelog…,
metadata tables, and never anything inside a code fence or an HTML comment.
Prose before the first section counts only when it says "this ADR supersedes …";
a footnote counts only when it starts with a verb ("[^1]: Superseded by …").
Values are kept as written; :mod:`document` interprets them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from adr_tui.core.model import Reference, Relation, RelationKind, Section, Status
from adr_tui.core.parsing import lines as md
from adr_tui.core.parsing.dates import date_alone, parse_date
from adr_tui.core.parsing.inline import MAX_VALUE, plain
from adr_tui.core.parsing.keys import (
    ACCEPTANCE_DATE_KEYS,
    SECTIONS,
    canonical_key,
    names_of,
    normalise,
    section_kind,
)
from adr_tui.core.parsing.numbers import number_in_reference
from adr_tui.core.parsing.relations import (
    FIELD_KINDS,
    cjk_notice,
    field_relations,
    leading_record_id,
    listed_records,
    numbered_as_record,
    opens_with_no_record,
    references,
    related_kind,
    relation_line,
    relations_in_text,
    retiring_notice,
    self_relation,
    slug_reference,
    stated,
)
from adr_tui.core.parsing.statuses import chosen, lists_choices, read_status
from adr_tui.core.parsing.titles import names_the_record_type, read_title

_VERTICAL_HEADERS = frozenset(
    {"", "field", "key", "property", "attribute", "name", "item", "metadata", "fields"}
    # The same column in French, Spanish, Portuguese, Italian, German, Chinese, Japanese,
    # Korean: "| Attribut | Valeur |", "| Campo | Valor |", "| 项目 | 内容 |".
    | {"attribut", "champ", "propriete", "campo", "atributo", "propiedad", "propriedade"}
    | {"attributo", "proprieta", "feld", "eigenschaft", "merkmal", "项目", "字段", "属性"}
    | {"項目", "항목", "속성"}
)
_IDENTITY_KEYS = frozenset({"title", "number", "id"})
"""Columns that name a record: a table with them and several rows lists records."""
_LIST_SECTIONS = frozenset({"tags", "deciders", "consulted", "informed", "authors"})
"""Sections whose lines (or list items) are the values of the key of the same name."""
_FIELD_ZONES = frozenset({"preamble", "metadata", "status"})
_STATUS_BY = re.compile(r"^(?:accepted|approved)\s+by$", re.IGNORECASE)
"""A deciders key whose verb names a status: "Accepted by", "Approved by" ("Decided by" names
none: a record decided may since have been superseded)."""
_BULLETS = frozenset("-*+")
_UNWRAPPED = _LIST_SECTIONS | {None}
"""Keys whose item never goes on over an indented line: a list of names ends at its item
(a comma carries it on), and an unknown key's value is kept as written."""
_ONE_LINE_KEYS = frozenset({"status", "date", "number", "id"})
"""Keys whose item goes on over an indented line only while its value is visibly open: a
note under "- Status: accepted" is a paragraph of its own in all but Markdown's eyes."""
MAX_ITEM_LINES = 6
"""Lines a list item's field may go on over: a wrapped value, not a paragraph."""
_LIST_SEPARATORS = (",", ";", "\u3001", "\uff0c", "\uff1b")
"""What ends a value whose list goes on over the next line (",", "、", "，", "；")."""
_FIRST_PART = re.compile("[" + "".join(_LIST_SEPARATORS) + "]")
"""Where a list's first part ends."""
_MAX_RELATION_HEADING = 40
"""Longest heading read as a relation's name ("## Superseded by"); longer ones are prose."""
_RELATION_HEADS = frozenset(
    key[:3] for key, kind in FIELD_KINDS.items() if kind is not RelationKind.RELATES_TO
)
"""How the names of relations other than "related" begin ("sup", "rep", "ame" …): most
headings are told apart by their first letters, without normalising them."""
# "- [ADR-0034](0034-….md), only its requirement that …" under "## Supersedes": a part of it
# replaced, which amends it (as "Supersedes (in part):" does).
_ONLY_A_PART = re.compile(r"(?i)[,:)]\s+only\b")
# A key of no field of ours that names records, over a list of records and nothing else:
# "**ADR chain:** ADR-006, ADR-007, ADR-018" (aistar-au/aistralis), "Prior ADRs: ADR-3". The
# record's own number ("ADR No."), a template or a status names no other record.
_RECORDS_KEY = re.compile(r"(?i)\badrs?\b")
_OWN_KEY_WORDS = re.compile(
    r"(?i)\b(?:ids?|no|nr|num|number|ref|template|format|status|state|date|title|version)\b"
)
# The line "adr new -l 'TARGET:LINK:REVERSE-LINK'" writes under a Status of adr-tools: a verb of
# a few words and a link whose words are the record's number and title, its target the
# record's file ("Implemented in [5. Forever alpha version](0005-forever-alpha-version.md)").
_ADR_TOOLS_LINK = re.compile(
    r"^[A-Za-z][\w'-]{0,30}(?: [A-Za-z][\w'-]{0,30}){0,3} \[(\d{1,5})\. [^\]\n]{1,300}\]"
    r"\(\.?/?0*\1-[^()\s]{1,300}\.md\)$"
)
# A note's list item that opens with a record of the log named as an ADR: "- ADR-003: Expose
# Multi-Transport Endpoints" under "## References" (IBM/mcp-context-forge). Only "ADR": the
# same place lists "RFC-7231" and "GitHub Issue #1621", which are no records of the log. The
# file may be named by its path: "- docs/adr/adr-0002-usage-aggregation.md (scheduling …)"
# (raming/max-ai-platform).
_LEADING_ADR = re.compile(
    r"(?i)^[*_`\[]*(?:[\w.-]{1,60}/){0,6}(adr[-_ ]?\d{1,6}[a-z]?)[*_`\]]*"
    r"(?=\s*[:(\u2013\u2014-]|\s*$)"
)
# A line that is only a section's name in bold: "**Status**", "__Context__". With a colon it is
# a key ("**Status:**" over "* proposed", "**Décision**:" over the lines it introduces).
_BOLD_HEADING = re.compile(r"^(\*\*|__)([^*_:\uff1a\n]{1,40}?)\1$")
_FIELD_FENCE_INFO = frozenset({"", "text", "txt", "plain", "plaintext", "yaml", "yml"})
"""Info strings of a fence that may hold a header's fields (not a language's code)."""
MAX_FENCE_FIELDS = 12
"""Lines of a fenced header read ahead: a handful of fields."""
_FOOTED_ZONES = frozenset({"other", "links", "notes"})
"""Zones a rule may close over a footer of fields ("---" under "## Related Decisions")."""
# Prose that may state this record's relation (see relations.self_relation): a prefix test
# keeps the other prose lines on the hot path.
_SELF_OPENINGS = ("This ADR", "this ADR", "This decision", "this decision", "This record")
# Sets, not strings: a blank line's "" is in every string.
_ADR_LETTERS = frozenset("ADRadr")  # the 6th letter of each opening
_SINGULAR_TAG_KEYS = frozenset({"tag", "category", "keyword", "label"})
_MAY_MATTER = frozenset({"#", "`", "~", "<", "[", "=", "/"})  # "[": footnotes; "/": "////" blocks
_UNDERLINES = frozenset({"-", "*", "+", "^"})
_LOOKED_AT = _UNDERLINES | frozenset("Tt")
"""Leads of prose lines read at all: a setext underline or list, and "This ADR …" notices."""
"""Other characters that underline a reStructuredText title ("Context" over "-------");
in prose, such a line is looked at only when it is a rule, never for a list item."""
_RULE_LEADS = _UNDERLINES | {"=", "#"}
_RULE_STARTS = frozenset(lead * 3 for lead in _RULE_LEADS)
# "##Status", "#46. Generalize EventBus": an ATX heading whose space was forgotten.
_GLUED_HEADING = re.compile(r"^(#{1,6})([^\W_].{0,200})$")
_NUMBERED_TITLE = re.compile(r"^\d{1,5}\.[ \t]+\S")
# A heading that is a record's id alone, perhaps with a revision: "**ADR_002-00**:", "ADR-0003".
_ID_HEADING = re.compile(r"(?i)^(?:\*\*|__)?adr[-_ #]?(\d{1,6})(?:-\d{1,3})?(?:\*\*|__)?:?$")
"""How an underline starts ("---"): a list item ("- x", "**Status**") never does."""
_ADOC_TABLE = "|==="
"""The fence marker an open AsciiDoc table holds (:meth:`Scanner._skipped` reads its lines)."""
_ADOC_COLS = re.compile(r"\bcols\s*=\s*\"?([^\",\]]{0,40}(?:,[^\",\]]{0,40}){0,40})")
"""The ``cols`` attribute of an AsciiDoc table's block attributes: ``[cols="1,3"]``."""
# A sphinx-design badge alone on its line: ":bdg-danger:`Rejected`" under the title is the
# status (AWhetter/pathseq); the role's colour ("-line" for the outlined kind) says nothing more.
_SPHINX_BADGE = re.compile(r"^:bdg(?:-[a-z]{1,12}){0,2}:`([^`\n]{1,60})`$")
_STATUS_NAMES = frozenset(status.value for status in Status if status is not Status.UNKNOWN)
"""The canonical status names: the only badge words that are a status."""
_WEAK_DATE_KEYS = frozenset({"data", "dato"})
"""Date keys of other languages that are also words of another (English "data", Spanish and
Italian "dato", a datum): a field only with a date value."""
_DATA_LABELS = frozenset(
    {"original", "criado-em", "criado", "criacao", "data-de-criacao", "data-original"}
    | {"ultima-atualizacao", "atualizado-em", "atualizacao", "aprovado-em", "decidido-em"}
    | {"publicado-em", "data-da-decisao", "data"}
)
"""Portuguese labels (normalised) of the date on a ``## Data`` section's first line."""
# A task-list box: "- [x] Accepted" is the status chosen, "- [ ] Proposed" an option not.
_CHECKBOX = re.compile(r"^\[([ xX])\]\s*")
# A title line that stops mid-phrase: "… for the", "… of *", "… and", "Storage,", "… —" (a
# function word in lower case: "Choose Plan A" is whole).
_OPEN_PHRASE = re.compile(
    r"(?:[,:/&\u2013\u2014-]|(?<![^\W_])(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the"
    r"|to|with|without|versus|vs))[*_`\s]*$"
)
_BLANK_SIGNS = frozenset({"date", "status"})
"""One-line fields whose empty value is a template's placeholder (lists may follow a
bare ``Deciders:`` line, so only these count)."""
_PROSE_SECTIONS = frozenset(
    normalise(name)  # as headings are compared: Hangul, for one, decomposes
    for name in {
        "context",
        "context-and-problem-statement",
        "problem-statement",
        "problem",
        "background",
        "summary",
        "overview",
        "introduction",
        "decision",
        "decision-outcome",
        "decision-drivers",
        "considered-options",
        "consequences",
    }
    # The same sections as logs in other languages name them (normalised: accents off).
    | {"kontext", "kontext-und-problemstellung", "problemstellung", "hintergrund"}
    | {"ausgangslage", "zusammenfassung", "entscheidung", "entscheidungstreiber"}
    | {"betrachtete-optionen", "konsequenzen", "folgen", "auswirkungen"}
    | {"contexte", "contexte-et-enonce-du-probleme", "contexte-et-probleme", "probleme"}
    | {"facteurs-de-decision", "options-envisagees", "resultat-de-la-decision"}
    | {"contexto", "contexto-y-problema", "contexto-y-planteamiento-del-problema"}
    | {"contexto-y-declaracion-del-problema", "antecedentes", "resumen", "consecuencias"}
    | {"opciones-consideradas", "resultado-de-la-decision", "factores-de-decision"}
    | {"contexto-e-problema", "decisao", "consequencias", "opcoes-consideradas", "resumo"}
    | {"contesto", "contesto-e-problema", "decisione", "conseguenze", "opzioni-considerate"}
    | {"besluit", "beslissing", "gevolgen", "kontekst", "decyzja", "konsekwencje"}
    | {"背景", "上下文", "问题", "决策", "决定", "后果", "影响", "考虑的选项", "决策结果"}
    | {"コンテキスト", "決定", "判断", "結果", "影響", "検討した選択肢"}
    | {"맥락", "배경", "컨텍스트", "결정", "결과", "고려한-옵션"}
)
"""Section names that never title a record: a document opening with one has no title."""
_SECTION_HEADS = frozenset(
    name.split("-", 1)[0] for name in (*SECTIONS, *_PROSE_SECTIONS) if name.isascii()
)
"""First words of the English section names ("status", "context", "decision", "see" …)."""
MAX_SECTION_NAME = 48
"""Longer headings name no section ("Context and Problem Statement" is 29 characters)."""
MAX_ZONE_LINES = 80
"""Metadata blocks are short; after this many lines a zone is treated as prose."""
MAX_FOOTER_LINES = 12
"""Fields under a rule in prose: a footer of a few lines, not a list that goes on."""


@dataclass(slots=True)
class Value:
    """A metadata value as written and the shape it came in."""

    raw: object
    style: str


@dataclass(slots=True)
class Scan:
    """What one pass found."""

    title: str | None = None
    title_line: int = -1
    title_level: int = 1
    """2 when the title is a level-2 heading at the top of a document with no level 1 (yet)."""
    fields: dict[str, Value] = field(default_factory=dict)
    extra: list[tuple[str, str]] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    """Every heading seen, in order (lines outside fences and comments)."""
    later_h1: list[int] = field(default_factory=list)
    """Line numbers of level-1 headings after the title (where an example may start)."""
    conflicts: list[str] = field(default_factory=list)
    blanks: set[str] = field(default_factory=set)
    """Keys written with no value or only a comment (``Date: <!-- Today's date -->``)."""
    hidden: list[int] = field(default_factory=list)
    """Lines of code blocks and comments (only those the scan visited: never in plain prose)."""
    tag_phrases: bool = False
    """True when the tags came under a singular key (``tag: Web Client``): one tag a value."""
    accepted_on: str = ""
    """The key of a day of acceptance (``Accepted Date: 2023-01-03``), as written."""
    retired_by: str = ""
    """A notice outside the metadata naming the record's successor, as written: a banner over
    the record or its closing line ("Superseded by [ADR014](…): use native fetch.")."""

    def put(self, key: str, raw: object, style: str, written: str = "") -> None:
        """Record ``key`` unless an earlier source stated it (the first statement wins)."""
        if key == "tags" and "tags" not in self.fields and written:
            self.tag_phrases = _singular_tag_key(written)
        if key in _LIST_SECTIONS and key in self.fields:
            held = self.fields[key]
            if held.style == style and isinstance(held.raw, list) and isinstance(raw, list):
                held.raw.extend(raw)
            return
        if key not in self.fields or (key == "date" and _page_date(self.fields[key], style)):
            self.fields[key] = Value(raw, style)
        elif key == "status" and str(self.fields[key].raw).strip() != str(raw).strip():
            self.conflicts.append(str(raw))


_TIME_OF_DAY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")


def _page_date(held: Value, style: str) -> bool:
    """Whether ``held`` is a site's page date that a date in the record's text overrides.

    Hugo writes the moment a page was made ("date: 2021-08-17T12:56:53+01:00") into its
    front matter; the record's own "* Date: 2021-10-28" says when it was decided
    (owncloud/ocis). A front-matter date of a day alone is the record's and stays.
    """
    if held.style != "yaml" or style == "yaml":
        return False
    return isinstance(held.raw, dt.datetime) or bool(_TIME_OF_DAY.match(str(held.raw)))


@dataclass(slots=True)
class _State:
    zone: str = "preamble"
    zone_lines: int = 0
    """Content lines seen in the current zone (metadata zones end after a few)."""
    zone_title: str = ""
    """The heading that opened the current zone, as written."""
    fence: str | None = None
    in_comment: bool = False
    zone_level: int = 0
    """The level of the heading that opened the current zone."""
    status_taken: bool = False
    version: dt.date | None = None
    """The date of the version heading the Status section is under ("### [1.0.0] - 2025-07-01")."""
    status_version: dt.date | None = None
    """The date of the version whose status was taken, when one was."""
    status_open: Value | None = None
    """The status taken from the first paragraph of a Status section, while it goes on."""
    status_options: bool = False
    """True while the status this Status section gave is its template's options, none chosen
    ("Proposed | Accepted | Rejected"): a paragraph below that names one status is the choice."""
    verb_open: str | None = None
    link_kind: RelationKind | None = None
    """The relation a section's heading names ("## Superseded by"): what its records are."""
    status_by: str | None = None
    """A Status section's "Accepted by: Dennis & Jakob", as written: the status when the
    section states none of its own (read when the section ends)."""
    """A status that ends in a verb and a colon ("Superseded by:"): list items name its objects."""
    list_open: list[object] | None = None
    """A list field whose last value ended with a comma: the next plain line continues it."""
    untitled_sections: bool = False
    """True once a first-level heading named a section before any title ("# Status")."""
    bold_sections: bool = False
    """True once a bold line under the title named a section: the record's headings are bold."""
    relation_open: tuple[RelationKind, str] | None = None
    """A relation field whose value ended with a separator (kind, key): "**相关**：[ADR-0003](…)、"
    over "  [ADR-0006](…)、": the next plain line names more records."""
    note_through: int = -1
    """The last line of a note's list item read whole (a relation wrapped under its bullet)."""
    title_open: Value | None = None
    """A title field's value, while its paragraph goes on ("**Title**: Functions should report
    errors using `StatusOr<T>` *instead of*" over "throwing exceptions.")."""
    key_open: tuple[str, str, str] | None = None
    """A one-line field written with no value (key, key as written, style): "Status:" over
    "* Accepted" takes the list item that follows as its value."""
    table: list[list[str]] = field(default_factory=list)
    previous: str = ""
    lead: tuple[str, int] = ("", -1)
    """The first line of content before any heading, and its number (a title not marked up)."""
    adoc: list[str] | None = None
    """The cells of an open AsciiDoc table (``|===``), in order."""
    adoc_columns: int = 0
    """Its columns: from ``[cols="1,3"]`` above it, else the cells of its first row (0 yet)."""
    adoc_lines: int = 0
    id_heading: str = ""
    """The number of a first heading that is only the record's id ("### **ADR_002-00**:")."""
    weak_date: dt.date | None = None
    """The date a ``## Data`` section gives: the record's unless a date key states one."""


class Scanner:
    """Scans lines; keep one per document (it holds the pass's state)."""

    def __init__(self, scan: Scan | None = None) -> None:
        self.scan = scan if scan is not None else Scan()
        self._state = _State()
        self._lines: list[str] = []
        self._first = 0
        self._at = 0
        """The number of the line being read."""

    def run(self, lines: list[str], first: int = 0) -> Scan:
        """Scan ``lines`` (numbered from ``first``) and return what was found."""
        state, handle, may_matter, underlines = self._state, self._line, _MAY_MATTER, _UNDERLINES
        looked_at = _LOOKED_AT  # one test for most prose lines: the hot path
        self._lines, self._first = lines, first
        prose = False
        for number, line in enumerate(lines, start=first):
            if prose:  # the hot path: in prose only a heading, fence or comment can matter
                lead = line[:1]
                if lead == " ":
                    lead = line.lstrip()[:1]
                if lead not in may_matter:
                    if lead not in looked_at:
                        continue
                    if lead not in underlines:  # "T": "This ADR has been superseded by …"
                        if line[5:6] in _ADR_LETTERS and line.startswith(_SELF_OPENINGS):
                            found = self_relation(line.strip(), notice_only=True)
                            self.scan.relations += found or []
                        continue
                    body = line if line[:1] == lead else line.lstrip()
                    # "- item" is decided at its 2nd char; "- # Links" is Logseq's heading block
                    if (
                        (body[1:2] != lead or not md.is_rule(body))
                        and line[2:3] != "#"
                        and not (state.bold_sections and body[:2] == "**")
                    ):
                        continue
            handle(number, line)
            prose = state.zone == "other" and state.fence is None and not state.in_comment
        if prose:
            self._closing_notice(lines)
        if self.scan.title is None and not self.scan.sections:
            self._labelled_lead()
        self._flush_table()
        self._settle_status_by()
        if state.weak_date is not None and "date" not in self.scan.fields:
            self.scan.put("date", state.weak_date, "nygard")
        return self.scan

    def _labelled_note(self, item: str) -> bool:
        """Keep a labelled item of a people section that names no one as a field of its own.

        "- **Forum**: Executive leadership offsite, March 19, 2026" and "- **Reversibility**:
        Reversible in 12–18 months" under "## Deciders" beside "- **Decision made by**:
        Sarah Chen (CRO), Marcus Webb (CTO)" (an ADR in a public skill's examples): each
        comma part of them was a decider. "- Author: Jane Doe" still names Jane.
        """
        if ": " not in item or (label := md.field_of(item)) is None:
            return False
        if canonical_key(label.key) in _LIST_SECTIONS or not _names_no_one(label.value):
            return False
        self.scan.extra.append((label.key, label.value))
        return True

    def _retired_by(self, text: str, found: list[Relation]) -> None:
        """Keep ``text`` as the notice that retires the record when it names its successor."""
        if not self.scan.retired_by and any(r.kind is RelationKind.SUPERSEDED_BY for r in found):
            self.scan.retired_by = text

    def _closing_notice(self, lines: list[str]) -> None:
        """The relations of a last paragraph that is one line: a later hand's notice.

        "Superseded by [ADR014](./adr014-use-fetch.md): use native fetch." closing a record
        whose log states no status (the UI walk's backstage log), as a banner over the title
        is; in the prose the scan skips, it was a mention. Only that notice (see
        retiring_notice): a last line that narrates is prose as any other (review 13).
        """
        end = len(lines) - 1
        while end > 0 and not lines[end].strip():
            end -= 1
        if end < 1 or lines[end - 1].strip() or lines[end][:1].isspace():
            return  # not a paragraph of its own (or indented: code)
        text = lines[end].strip()
        if found := retiring_notice(text):
            self.scan.relations += found
            self._retired_by(text, found)

    # -- line dispatch ---------------------------------------------------------------

    def _skipped(self, stripped: str, number: int) -> bool:
        """Fences and comments: True when the line is not Markdown content."""
        state = self._state
        if state.fence is _ADOC_TABLE and state.adoc is not None:
            return self._adoc_line(state.adoc, stripped)
        marker = md.fence_of(stripped)
        if state.fence is not None:
            if marker is not None and _closes(state.fence, marker, stripped):
                state.fence = None
            return True
        if marker is not None:
            state.fence = marker
            if state.zone == "preamble" and self.scan.title is not None and self._under_title():
                self._fenced_fields(number, stripped[len(marker) :].strip().lower())
            return True
        if state.in_comment:
            state.in_comment = "-->" not in stripped
            return True
        if stripped.startswith("<!--"):
            state.in_comment = "-->" not in stripped[4:]
            return True
        return False

    def _bold_heading(self, number: int, text: str) -> bool:
        """A bold line that names a section, under the title: read as that section's heading.

        "**Status**" over "Accepted", then "**Context**" over its prose (the bold headings of
        a record written without "#": "# Architectural Decision Record: Payment
        Integration" in a course's logs). Only before the first real section: a bold
        "**Status**" in a Consequences section is a paragraph's lead. Markdown draws it as a
        paragraph, so it is no section of the table of contents. Once the record's headings
        are bold, a later one is read in the prose too: "**Context**", "**Decision**", then
        "**Status**" over "Overruled by ADR 7" (a game's log the search index does not name).
        """
        head = _BOLD_HEADING.match(text)
        if head is None or not self._under_title():
            return False
        name = head[2].strip()
        titled = _names_title(name)
        if not titled and not self._names_section(name):
            return False
        self._heading(number, 1 if titled else 2, name, section=False)
        self._state.bold_sections = True
        return True

    def _under_title(self) -> bool:
        """Whether no section has opened since the title (the title's own heading aside)."""
        sections = self.scan.sections
        return not sections or (len(sections) == 1 and sections[0].line == self.scan.title_line)

    def _fenced_fields(self, number: int, info: str) -> None:
        """The fields of a fence under the title that holds nothing else (read ahead).

        "```" over "Author: @thomaseizinger", "Date: 29/12/2021", "Status: Active"
        (get10101/itchysats): a header set in a code block to look like one. Only a fence of
        fields alone, two of them or more of ours; code or an example is left unread.
        """
        if info not in _FIELD_FENCE_INFO:
            return
        start = number - self._first + 1
        fields: list[tuple[int, str]] = []
        ours = 0
        for at, line in enumerate(self._lines[start : start + MAX_FENCE_FIELDS + 1], number + 1):
            stripped = line.strip()
            if md.fence_of(stripped) is not None:
                break
            if not stripped:
                continue
            found = md.field_of(stripped)
            if found is None or not found.value:
                return  # a line of something else: not a header
            fields.append((at, stripped))
            ours += canonical_key(found.key) is not None
        else:
            return  # no end within reach: a block of code
        if ours < 2:
            return
        for at, text in fields:
            self._at = at
            self._field_line(text, allow_unknown=True)

    def _line(self, number: int, line: str) -> None:
        state = self._state
        stripped = line.strip()
        if not stripped:
            self._end_block()
            return
        if state.fence or state.in_comment or stripped[0] in "`~</":
            if self._skipped(stripped, number):
                self.scan.hidden.append(number)
                self._end_block()
                return
            if stripped[:2] == "//":
                self.scan.hidden.append(number)
                return  # an AsciiDoc comment line ("// proposed | accepted"): not even a break
        text = md.unquote(stripped) if stripped[0] == ">" else stripped
        if "<!--" in text:  # "- Status: accepted <!-- optional -->", "## Links <!-- optional -->"
            text, state.in_comment = md.without_comments(text)
        if not text or len(text) > MAX_VALUE:
            self._end_block()
            return
        lead = text[0]
        if lead == "<" and text.startswith("<table") and text.endswith("</table>"):
            self._flush_table()
            self._state.table = md.html_table_rows(text)
            self._flush_table()
            return
        if lead == "|":
            if text.startswith("|===") and not text.strip("|="):
                self._open_adoc_table()
            else:
                state.table.append(md.table_cells(text))
            return
        if state.table:
            self._flush_table()
        if lead == "[" and text.startswith("[^") and self._footnote(text):
            return
        if lead == "[" and "]: #" in text and _ANCHOR_DEFINITION.match(text):
            return  # "## Status" over "[Status]: #status" (CMSgov's RFCs): drawn as nothing
        if lead == "#" and (heading := md.heading_of(text)) is not None:
            self._heading(number, *heading)
        elif text[2:3] == "#" and lead in "-*+" and (heading := md.heading_of(text[2:])):
            self._heading(number, *heading)  # "- # Context": a heading block (Logseq)
        elif lead == "#" and (glued := self._glued(text)) is not None:
            # Markdown draws it as a paragraph, so it is no section of the document.
            self._heading(number, *glued, section=False)
        elif lead == "=" and (heading := md.asciidoc_heading(text)) is not None:
            self._heading(number, *heading)  # "= Title", "== Context"
        elif lead == text[-1] and lead in _RULE_LEADS and (level := self._underline(number, text)):
            self._heading(number - 1, level, state.previous)  # "Title" over "====="
        elif lead in _UNDERLINES and state.zone in _FOOTED_ZONES and md.is_rule(text):
            if self._footer_below(number):  # "---" over "**Date**: 2025-01-26" to the end
                state.zone, state.zone_lines = "footer", 0
        else:
            if text[-1] == ">":  # "**Status**: PROPOSED<br />"
                text = md.without_break(text)
            elif text[-1] == "+" and text.endswith(" +"):  # AsciiDoc's hard line break
                text = text[:-2].rstrip()
            elif text[-1] == "\\":  # Markdown's hard line break: "**Status:** Accepted\"
                text = text[:-1].rstrip()
            elif lead == "." and text.startswith(".. :"):  # ".. :Date: 2025-01-18", in a comment
                text = text[3:]
            elif lead == "." and text.startswith(".. admonition::"):
                self._admonition(number, text[15:].strip())
                return
            if lead in "*_" and text[-1] in "*_" and self._bold_heading(number, text):
                state.previous = text
                return
            index = number - self._first + 1  # a title's underline is the next line
            below = self._lines[index] if index < len(self._lines) else ""
            if text and not (below[:3] in _RULE_STARTS and self._titles(below, text)):
                self._content(number, text)
        state.previous = text

    def _glued(self, text: str) -> tuple[int, str] | None:
        """(level, text) of an ATX heading whose space was forgotten, as Markdown.pl read it.

        "##Status" over "proposed" (alecn2002/ArchKatasFall2024-Archi) when the words name a
        section; "#46. Generalize EventBus" (apache/james-project) as the record's first
        line, a number and a full stop after the "#". Elsewhere "#46" is an issue, a channel
        or a colour, and "#hashtag" a word.
        """
        match = _GLUED_HEADING.match(text)
        if match is None:
            return None
        level, words = len(match[1]), match[2].strip()
        if self._names_section(words):
            return level, words
        scan, state = self.scan, self._state
        if scan.title is not None or scan.sections or state.zone != "preamble" or state.zone_lines:
            return None
        return (1, words) if level == 1 and _NUMBERED_TITLE.match(words) else None

    def _end_block(self) -> None:
        """A blank, skipped or over-long line: it ends tables, paragraphs, setext titles."""
        if self._state.table:
            self._flush_table()
        self._state.previous = ""
        self._state.status_open = None
        self._state.list_open = None
        self._state.relation_open = None
        self._state.title_open = None

    def _may_title(self, text: str) -> bool:
        """Whether a first-level heading may be the title (over one from a lower level).

        Not after "# Status" and "# Context" named the sections of an untitled record:
        "# Proposals" there is one more (lyz-code/repository-orm).
        """
        scan = self.scan
        if scan.title is None:
            return not self._state.untitled_sections
        return scan.title_level > 1 or self._generic(text)

    def _heading(self, number: int, level: int, text: str, *, section: bool = True) -> None:
        scan, state = self.scan, self._state
        if section:
            scan.sections.append(Section(text, level, number))
        if len(scan.sections) <= 2 and not state.zone_lines and self._below_id(level, text, number):
            return
        if (level == 1 or len(scan.sections) == 1) and _names_title(text):
            # "# TITLE" (or a first "### Title") over the title's own paragraph.
            scan.title, scan.title_line, scan.title_level = text, number, 1
            state.zone, state.zone_lines = "title", 0
            return
        if scan.title is None and self._names_section(text):
            self._untitled_lead()  # "14. No new apps" over "Status" / "------": not a title
            state.untitled_sections = state.untitled_sections or level == 1
        elif level == 1 and self._may_title(text):
            scan.title, scan.title_line, scan.title_level = text, number, 1
            return
        if scan.title is None and not state.untitled_sections and self._top_heading(level, text):
            # "## Standardise comments" first, and no "#" heading: the title (until one comes).
            scan.title, scan.title_line, scan.title_level = text, number, level
            return
        if level == 1:
            scan.later_h1.append(number)
        if state.zone == "status" and level > state.zone_level and (dated := parse_date(text)):
            # "### [1.0.0] - 2025-07-01" over "- Accepted.": the Status section is a changelog.
            state.version, state.status_taken, state.status_open = dated, False, None
            return
        if state.zone == "status" and level > state.zone_level and self._status_heading(text):
            return
        kind, key, written, value = _classify(text)
        self._settle_status_by()
        state.key_open = None
        state.status_taken = key == "status"
        state.status_open = None
        state.status_options = False
        state.verb_open = None
        if key is not None:
            # "## Status: ✅ Accepted | Date: Week 2": a second field after a bar is its own
            value, rest = md.heading_fields(value)
            self._field(key, written, value, "nygard")
            if rest:
                self._field_line(rest, allow_unknown=False)
        state.zone = "other" if kind is None else kind
        state.link_kind = None
        if (
            kind is None
            and len(text) <= _MAX_RELATION_HEADING
            and text.lstrip("0123456789. ")[:3].lower() in _RELATION_HEADS
        ):
            named = FIELD_KINDS.get(names_of(text)[0])
            if named is not None and named is not RelationKind.RELATES_TO:
                # "## Superseded by" over "- [ADR-030](0030-x.md)": its records are so,
                # where a section of links relates them (they read as related mentions)
                state.zone, state.link_kind = "links", named
        if kind is None and level <= 2 and len(text) < 8 and _weak_date_key(text):
            state.zone = "weak-date"  # "## Data": Portuguese for date, or English prose
        state.zone_level, state.version = level, None
        state.zone_title = text
        state.zone_lines = 0

    def _status_heading(self, text: str) -> bool:
        """A Status section's first line as a heading of its own: the status, when it names one.

        "## Status" over "### Proposed" and a list of what it plans (edgexfoundry/edgex-docs
        0006-Metrics-Collection.md). A sub-heading that names no status ("### History") is a
        section as ever.
        """
        state = self._state
        if state.status_taken or state.zone_lines or not read_status(text).known:
            return False
        self.scan.put("status", text, "nygard")
        state.status_taken = True
        return True

    def _below_id(self, level: int, text: str, number: int) -> bool:
        """A first heading that is only the record's id, then the title's heading.

        "### **ADR_002-00**:" over "### Picking the Architecture Style for migrating the
        monolith" (amitosaurus/pentagram, "-00" its revision): the id numbers the record, the
        next heading names it, and the fields below are the preamble's.
        """
        state, scan = self._state, self.scan
        if len(scan.sections) == 1 and text[:1] in "*_aArR" and (found := _ID_HEADING.match(text)):
            state.id_heading = found[1]  # read as ever: "# ADR-0003" alone may be the title
        elif state.id_heading and len(scan.sections) == 2 and not self._names_section(text):
            scan.title = f"ADR {state.id_heading}: {text}"
            scan.title_line, scan.title_level = number, level
            state.zone, state.zone_lines = "preamble", 0
            return True
        return False

    def _named_below(self, text: str, number: int) -> bool:
        """The numbered line under a title that names only the kind of record: the title.

        "# Architecture Decision Record (ADR)" over "ADR-0040: MQTT topic name conventions
        Ultra-light Architecture Decision Record (ADR)" (setmy-info/setmy-info.github.io).
        """
        scan = self.scan
        if len(scan.sections) != 1 or scan.title is None or text[:1] not in "aA":
            return False
        if read_title(text).number is None or not names_the_record_type(scan.title):
            return False
        scan.title, scan.title_line = text, number
        return True

    def _generic(self, heading: str) -> bool:
        """Whether the numbered ``heading`` is the title, under one that names the kind of page.

        "= Architecture Decision", an author line and attributes, then "# 5. Persistence
        Layer Using Spring Data Mongo" (kenmcneil/kenmcneil): every record of the log opens
        with the same document title, and its own comes next.
        """
        scan = self.scan
        return (
            len(scan.sections) == 2
            and self._state.zone == "preamble"
            and scan.title is not None
            and read_title(heading).number is not None
            and names_the_record_type(scan.title)
        )

    def _admonition(self, number: int, title: str) -> None:
        """``.. admonition:: Status`` over an indented ``Accepted``: a titled block of metadata.

        It opens its zone as a heading would, but is no section of the document; other
        admonitions (Note, Warning) leave the zone as it is.
        """
        found = _classify(title)
        if found[0] is not None or found[1] is not None:
            self._heading(number, 2, title, section=False)

    def _underline(self, number: int, text: str) -> int:
        """The level of the title ``text`` underlines, or 0 when it underlines nothing.

        Markdown's setext title: "=====" under the first paragraph line. reStructuredText
        underlines (and overlines) titles with any punctuation, at least as long as the
        title: the first such title is the document's, later ones are sections.
        """
        state = self._state
        if state.zone == "other":  # prose skips lines unread: read the line above
            index = number - self._first - 1
            state.previous = self._lines[index].strip() if 0 <= index < len(self._lines) else ""
        return self._underline_level(text, state.previous)

    def _underline_level(self, rule: str, above: str) -> int:
        """The level of the title ``above`` when ``rule`` underlines it, else 0."""
        if not md.is_rule(rule) or not above or above.startswith(("|", "-", "*", "#", "+")):
            return 0
        if rule[0] == "=" and self.scan.title is None and self._state.zone == "preamble":
            return 1  # Markdown: any length will do
        if len(rule) < len(above):
            return 0
        return 1 if self.scan.title is None or rule[0] == "=" else 2

    def _titles(self, below: str, text: str) -> bool:
        """True when the line ``below`` underlines ``text``: a title, not a value of this zone.

        reStructuredText's "Status" over "------" right after an "Authors" section is the
        next section's title; read as content, it would be one more author.
        """
        return self._underline_level(below.strip(), text) > 0

    @staticmethod
    def _names_section(text: str) -> bool:
        """True for a heading that names a section ("Status", "Context"), never a record."""
        if len(text) > MAX_SECTION_NAME:
            return False
        head = text.lstrip("0123456789.) ").split(" ", 1)[0].lower()
        if head.isalpha() and head.isascii() and head not in _SECTION_HEADS:
            return False  # most titles, decided without normalising a heading seen once
        return _classify(text)[0] is not None or _names_prose(text)

    def _untitled_lead(self) -> None:
        """The first line of the document as its title, when it reads as a numbered one."""
        lead, line = self._state.lead
        if lead and read_title(lead).number is not None:
            self.scan.title, self.scan.title_line, self.scan.title_level = lead, line, 1

    def _labelled_lead(self) -> None:
        """The first line of a record with no heading at all, when it names the record by id.

        "ADR 002: Migrate Database from MySQL to PostgreSQL" over "Context: …" lines
        (adihere/pinecone-vercel-ai tests/adr002-neg.md). Only an "ADR" id, and only the first
        line, on its own: "1. We measured …" opens a list, and "ADR 3: …" that runs on to a
        second line, or comes later, is prose.
        """
        lead, line = self._state.lead
        if line < 0 or lead[:3].lower() != "adr" or len(lead) > MAX_TITLE_LINE:
            return
        after = self._lines[line - self._first + 1 : line - self._first + 2]
        if after and after[0].strip():
            return
        if read_title(lead).number is not None:
            self.scan.title, self.scan.title_line, self.scan.title_level = lead, line, 1

    def _top_heading(self, level: int, text: str) -> bool:
        """A level-2 or -3 heading before any content that names no section: a title.

        A record kept as a chapter of a larger guide opens at "###", its sections at "####"
        (SimonDingemans/Escape-Room-AGV's software guidebook decision log). A "###" heading
        that holds a field ("### **Title:** Documents API") is that field, not the title line.
        """
        state = self._state
        if level not in (2, 3) or len(self.scan.sections) != 1:
            return False
        kind, key, _, _ = _classify(text)
        return (
            state.zone == "preamble"
            and state.zone_lines == 0
            and kind is None
            and (level == 2 or key is None)
            and not _names_prose(text)
        )

    # -- content ---------------------------------------------------------------------

    def _content(self, number: int, text: str) -> None:
        state = self._state
        self._at = number
        state.zone_lines += 1
        if state.zone_lines > MAX_ZONE_LINES and state.zone not in ("links", "notes"):
            state.zone = "other"  # a long run of prose is not a metadata block
            return
        zone = state.zone
        if zone == "status":
            self._status_line(text)
        elif zone == "title":
            state.zone = "preamble"
            if not _is_guidance(text):  # "_Names are short noun phrases…_" guides a template
                self.scan.title = text
        elif zone == "preamble":
            lead = text[0]
            if state.list_open is not None and self._continued(text):
                return
            if state.relation_open is not None and self._relations_continued(text):
                return
            if state.title_open is not None and self._title_continued(text):
                return
            if not self.scan.sections and state.lead[1] < 0:
                state.lead = (text, number)
            if state.zone_lines == 1 and self._named_below(text, number):
                return
            if lead == ":" and (badge := _SPHINX_BADGE.match(text)) is not None:
                self._badge_status(badge[1])
            elif not self._field_line(text, allow_unknown=True):
                self._date_alone(text)
                if text[-1] in ">," and (names := md.author_line(text)):
                    self.scan.put("authors", names, "nygard")  # "Jane Doe <jane@x.org>,"
                    self.scan.extra.append(("Authors", ", ".join(names)))
                # A banner over the record: "> **Superseded by [ADR-0011](…).** Keeping …",
                # "> 本 ADR 已由 [ADR-0005](…) 取代"
                found = relation_line(text) or cjk_notice(text, state.previous)
                self.scan.relations += found
                self._retired_by(text, found)
            # "Note: this ADR supersedes ADR-15": prose before the first section
            # (a "Note:" line is not a field; duplicates of a field are deduplicated).
            if "this" in text or "This" in text or "THIS" in text:  # cheaper than a regex
                self.scan.relations += self_relation(text) or []
        elif zone in _FIELD_ZONES:
            if state.title_open is not None and self._title_continued(text):
                return
            if state.relation_open is not None and self._relations_continued(text):
                return
            if state.list_open is None or not self._continued(text):
                self._field_line(text, allow_unknown=True)
        elif zone == "weak-date":
            self._weak_date(text)
        elif zone == "date":
            if "date" not in self.scan.fields:
                self.scan.put("date", text, "nygard")
        elif zone in _LIST_SECTIONS:
            item = md.list_item(text)
            if zone != "tags" and item is not None and self._labelled_note(item):
                return
            self.scan.put(zone, [item if item is not None else text], "section")
            if zone == "authors":  # may stand in for deciders; kept as written too
                self.scan.extra.append((state.zone_title, item if item is not None else text))
        elif zone == "links":
            self._link_line(text)
        elif zone == "changelog":
            self._changelog_line(text)
        elif zone == "notes":
            self._note_line(text)
        elif zone == "footer":
            self._footer_line(text)

    def _footer_below(self, number: int) -> bool:
        """Whether the rule on line ``number`` opens a footer: a few fields, then the end.

        Review 9: fields under a rule with more prose after them are an example ("---" over
        "**Date**: 1999-01-01" in a Decision section) and said nothing of the record; and
        after a rule in a Links section the section went on ("* Superseded by …").
        """
        fields = 0
        for line in self._lines[number - self._first + 1 :]:
            stripped = line.strip()
            if not stripped or _BESIDE_FOOTER.match(stripped):
                continue
            fields += 1
            if fields > MAX_FOOTER_LINES or md.field_of(stripped) is None:
                return False
        return fields > 0

    def _footer_line(self, text: str) -> None:
        """A line of a footer (see _footer_below): a field there states what the head left unsaid.

        "**Date**: 2025-01-26" and "**Author**: Claude Code" under the last "---" of a record
        (ksyunnnn/claude): its date and author. A field the head stated keeps the head's value.
        """
        found = md.field_of(text)
        key = canonical_key(found.key) if found is not None and found.value else None
        if found is not None and key is not None and key not in self.scan.fields:
            self._field(key, found.key, found.value, found.style)

    def _note_line(self, text: str) -> None:
        """A line of "More Information": a relation verb or key at its start states links.

        "Superseded by …" and "Related: ADR-0038 (spec taxonomy)" do, prose does not; under
        a relation key only numbered records count ("`notes/specs.md`" is a document). Such
        an item is read with the lines it is wrapped over under its bullet ("* Amends
        [ADR-0001](…) and" over "  [ADR-0012](…), both of which …", IMBArator/miniDSP-Linux-qt),
        and those lines are not read again on their own.
        """
        if self._at <= self._state.note_through:
            return  # read with its item
        if (found := relation_line(text)) is not None:
            if (joined := self._note_item(text)) is not None:
                found = relation_line(joined) or found
            self.scan.relations += found
        elif (item := md.list_item(text)) is not None and (lead := _LEADING_ADR.match(item)):
            ref = Reference(lead[1], number_in_reference(lead[1]))
            self.scan.relations.append(Relation(related_kind(item), ref))
        elif "this" in text and (done := related_kind(text)) is not RelationKind.RELATES_TO:
            # "See ADR 07 for more …, which is superseded by this one.": the one record the
            # line names is the one this record supersedes
            if len(refs := references(text)) == 1:
                self.scan.relations += stated(done, refs)
        elif ":" in text and (line := md.field_of(text)) is not None and line.value:
            kind = _relation_kind(canonical_key(line.key) or "")
            if kind is not None:
                value = line.value
                if (joined := self._note_item(value)) is not None:
                    value = joined
                refs = [ref for ref in references(value) if ref.number is not None]
                self.scan.relations += stated(kind, refs)

    def _note_item(self, text: str) -> str | None:
        """``text`` with the lines its note's list item goes on over, naming more records.

        Only while the item is visibly unfinished ("…, ADR-0005 (…)," or "… and") and the
        next line opens with a record: "Superseded by ADR-9, which" over "  explains why
        ADR-3 was wrong." names one record, as written on one line it would be read too.
        """
        taken: list[str] = []
        for below in self._item_below():
            if not _unfinished(taken[-1] if taken else text) or not _opens_with_a_record(below):
                break
            taken.append(below)
        if not taken:
            return None
        self._state.note_through = self._at + len(taken)
        return " ".join([text, *taken])

    def _weak_date(self, text: str) -> None:
        """The first line of a ``## Data`` section: the date when it is one, else prose follows.

        "2026-02-19" alone or "Original: 2026-02-19" (luanalves/realestate_backend) dates the
        record, unless a date key says otherwise (it is kept until the scan ends); "We keep
        customer data in Postgres" or "Snapshot: 2019-01-01" opens an English section.
        """
        self._state.zone = "other"
        found = md.field_of(text)
        if found is not None and normalise(found.key) not in _DATA_LABELS:
            return
        dated = date_alone(found.value if found is not None else text)
        if dated is not None and self._state.weak_date is None:
            self._state.weak_date = dated

    def _badge_status(self, word: str) -> None:
        """A badge under the title that is a status's name is the status; another is a label.

        Only the names themselves: a badge also marks a topic or a state of work ("Done",
        "Open"), which the status table would read as accepted or proposed.
        """
        if "status" not in self.scan.fields and word.strip().lower() in _STATUS_NAMES:
            self.scan.put("status", word, "nygard")

    def _date_alone(self, text: str) -> None:
        """``27 July 2022`` alone under the title: the date, written without a key."""
        if "date" not in self.scan.fields and (alone := date_alone(text)) is not None:
            self.scan.put("date", alone, "nygard")

    def _continued(self, text: str) -> bool:
        """``* Deciders: Ann,`` then ``  Bo, Cy``: a list field wrapped onto the next line."""
        held = self._state.list_open
        self._state.list_open = None
        if held is None or md.list_item(text) is not None or md.field_of(text) is not None:
            return False
        held[-1] = f"{held[-1]} {text}"
        if text.endswith(","):
            self._state.list_open = held
        return True

    def _item_goes_on(self, value: str) -> str:
        """``value`` and the lines its list item goes on over, indented under its bullet.

        "- Status: accepted (…) — **Phases" over "  0–5 done on branch `zenoh`**"
        (Atostek/ros2-client): Markdown joins them into one item. A blank line, a line no
        deeper than the bullet, a list item, a field or a block's mark ends the item.
        """
        return " ".join([value, *self._item_below()])

    def _item_below(self) -> list[str]:
        """The lines the current line's list item goes on over (see _item_goes_on)."""
        index = self._at - self._first
        line = self._lines[index]
        bullet = len(line) - len(line.lstrip())
        parts: list[str] = []
        if line[bullet : bullet + 1] not in _BULLETS:
            return parts  # a quoted or numbered item: left as written
        for below in self._lines[index + 1 : index + 1 + MAX_ITEM_LINES]:
            text = below.strip()
            if not text or len(below) - len(below.lstrip()) <= bullet or _opens_block(text):
                break
            if md.list_item(text) is not None or md.field_of(text) is not None:
                break
            parts.append(text)
        return parts

    def _relations_continued(self, text: str) -> bool:
        """A plain line under a relation field that ended with a separator: more records.

        "**相关**：[ADR-0003](…)、[ADR-0004](…)、" over "  [ADR-0005](…)、[ADR-0006](…)、" and
        "  [ADR-0007](…)；规格 …" (tangniyuqi/tm-stock): the field names all five.
        """
        held, self._state.relation_open = self._state.relation_open, None
        if held is None or md.list_item(text) is not None or md.field_of(text) is not None:
            return False
        if not _opens_with_a_record(text):
            return False  # "This decision builds on the caching work.": prose, not a record
        kind, key = held
        self.scan.relations += field_relations(kind, text, key)
        if text.endswith(_LIST_SEPARATORS):
            self._state.relation_open = held
        return True

    def _title_continued(self, text: str) -> bool:
        """A plain line under a title field's line that carries on its phrase: the title goes on.

        Markdown joins the two lines, but a title is one phrase: "… *instead of*" over "throwing
        exceptions." goes on (the phrase is unfinished, the line opens in lower case), where
        "Use Postgres for storage" over "We need a relational store." is the prose below it.
        """
        held, self._state.title_open = self._state.title_open, None
        if held is None or md.list_item(text) is not None or md.field_of(text) is not None:
            return False
        if not (text[0].islower() or _OPEN_PHRASE.search(str(held.raw))):
            return False
        held.raw = f"{held.raw} {text}"
        return True

    def _field_line(self, text: str, *, allow_unknown: bool) -> bool:
        state = self._state
        state.list_open = None
        state.relation_open = None
        state.title_open = None
        opened, state.key_open = state.key_open, None
        found = md.field_of(text)
        if found is None:
            if opened is not None and md.list_item(text) is not None and opened[0] in FIELD_KINDS:
                # "**Related Decisions**:" over "- [ADR 0002: …](0002-x.md)": each item names one
                for item in self._list_below():
                    self._field(opened[0], opened[1], item, opened[2])
                return True
            if opened is not None and md.list_item(text) is not None:
                # "Status:" over "* Accepted", or over a checklist with one box ticked
                if (ticked := _chosen_item(self._list_below())) is None:
                    return False  # a template's options: the key stays blank
                self._field(opened[0], opened[1], ticked, opened[2])
                return True
            if opened is not None and opened[0] in _BLANK_SIGNS and _value_alone(opened[0], text):
                # "**Status:**" over a blank line, then "Accepted" (the same for "**Date:**")
                self._field(opened[0], opened[1], text, opened[2])
                return True
            return False
        if found.rest:
            self._field_line(found.rest, allow_unknown=allow_unknown)
        if not found.value:
            if (blank := canonical_key(found.key)) in _BLANK_SIGNS:
                self.scan.blanks.add(blank)  # a template's placeholder, unless filled later
                state.key_open = (blank, found.key, found.style)
            elif blank in FIELD_KINDS:
                state.key_open = (blank, found.key, found.style)  # its records listed below
                # … or written on the next line: "- **Membangun di atas:**" (builds on) over
                # "  [ADR-0090](0090-delegated-access….md) (aktor" (an Indonesian log)
                state.relation_open = (FIELD_KINDS[blank], blank)
            return False
        key = canonical_key(found.key)
        if key is None and found.style == "nygard":
            return False  # "Note: …" prose; plain lines count only for known keys
        if _wraps(key, found) and _may_go_on(key, found.value):
            found = md.FieldLine(found.key, self._item_goes_on(found.value), found.style)
        if key is None:
            if allow_unknown:
                self.scan.extra.append((found.key, found.value))
                # "**Context:** Continuation of ADR-0003 (Auth); …" (get-forge/forge-docs): a
                # field of another name whose value opens with a relation states it.
                stated_here = relation_line(found.value)
                if stated_here is None and _lists_records(found.key, found.value):
                    stated_here = field_relations(RelationKind.RELATES_TO, found.value)
                self.scan.relations += stated_here or []
            return allow_unknown
        self._field(key, found.key, found.value, found.style)
        return True

    def _field(self, key: str, written: str, value: str, style: str) -> None:
        kind = _relation_kind(key)
        if kind is not None:
            found = field_relations(kind, value, key)
            self.scan.relations += found
            if value.endswith(_LIST_SEPARATORS):  # the records go on over the next line
                self._state.relation_open = (kind, key)
            # "Superseded: 2026-05-08 by ADR-016"; "Superseded by: ADR-12" as the Status
            # section's only line: the status, as the line says.
            named = kind is RelationKind.SUPERSEDED_BY and self._state.zone == "status" and found
            if (named or normalise(written) == "superseded") and "status" not in self.scan.fields:
                self.scan.put("status", f"{written}: {value}", style)  # as the line says
            return
        if key == "deciders" and self._state.zone == "status":
            verb = written.strip("*_` ")
            if _STATUS_BY.match(verb):
                self._state.status_by = f"{verb}: {value}"  # the status, if the section has none
        if key == "authors":  # may stand in for deciders; kept as written too
            self.scan.extra.append((written.strip("*_` "), value))
        elif key == "date" and normalise(written) in ACCEPTANCE_DATE_KEYS:
            # A template's "Date accepted: TBD" (or "-") says nothing was accepted yet.
            if parse_date(value) is not None:
                self.scan.accepted_on = self.scan.accepted_on or written.strip("*_` ")
        elif key == "date" and parse_date(value) is None and _weak_date_key(written):
            self.scan.extra.append((written.strip("*_` "), value))  # "Data: customer orders"
            return
        if key in _LIST_SECTIONS:
            values = [value]
            self.scan.put(key, values, style, written)
            held = self.scan.fields[key].raw
            if value.endswith(",") and isinstance(held, list) and held and held[-1] is value:
                self._state.list_open = held  # the value goes on over the next line
        else:
            self.scan.put(key, value, style)
            if key == "title" and (held := self.scan.fields["title"]).raw is value:
                self._state.title_open = held  # its paragraph may go on over the next line

    def _settle_status_by(self) -> None:
        """At a Status section's end, "Accepted by: Dennis & Jakob" states its status too.

        The key names the deciders and its verb the status (digitalservicebund/
        elterngeldrechner), unless the section stated one: review 9 found "Approved by:
        Alice" over "Proposed" read accepted when the verb was taken as soon as it was read.
        """
        held, self._state.status_by = self._state.status_by, None
        if held is not None and "status" not in self.scan.fields:
            self.scan.put("status", held, "nygard")

    def _status_line(self, text: str) -> None:
        state = self._state
        fields = self.scan.fields
        if state.status_options and not state.previous and read_status(chosen(text)).known:
            # "> 상태: 제안됨(Proposed)|승인됨(Accepted)|…", a blank, "Accepted" (dnd-side-project/
            # dnd-8th-5-backend): the template's options stay above the status chosen.
            del fields["status"]
            state.status_taken = state.status_options = False
        had = "status" in fields
        if self._field_line(text, allow_unknown=False):
            state.status_taken = state.status_taken or "status" in fields
            state.status_open = None
            if not had and "status" in fields:
                state.status_options = _offers_options(fields["status"].raw)
            return
        if (found := relation_line(text)) is not None and state.status_taken:
            self.scan.relations += found
            state.status_open = None
        elif state.status_taken and text[-4:] == ".md)" and _ADR_TOOLS_LINK.match(text):
            # adr-tools' link of a verb of the user's own: "Implemented in [5. Forever alpha
            # version](0005-forever-alpha-version.md)" (ahitrin/SiebenApp)
            self.scan.relations += stated(RelationKind.RELATES_TO, references(text))
            state.status_open = None
        elif not state.status_taken:
            item = md.list_item(text)
            if item is not None and _CHECKBOX.match(item):  # "- [ ] Proposed" / "- [x] Accepted"
                state.status_taken = True
                if (ticked := _chosen_item(self._list_below())) is not None:
                    self.scan.put("status", ticked, "nygard")
                return
            status = item if item is not None else text
            if state.version is not None:
                self._versioned_status(state.version, status.rstrip("."))
                return
            self.scan.put("status", status, "nygard")
            held = self.scan.fields["status"]
            state.status_open = held if held.raw is status else None
            state.status_options = held.raw is status and _offers_options(status)
            state.status_taken = True
            if status[-1] == ":" and relation_line(status) is not None:
                state.verb_open = status  # "Superseded by:" over "* link:0011-x.adoc[ADR-0011]"
        elif state.verb_open is not None and (item := md.list_item(text)) is not None:
            self.scan.relations += relations_in_text(f"{state.verb_open} {item}")
        elif text[:2] == "**" and (bold := md.field_of(text)) and bold.style == "bold":
            # "**已完成** - 2025-09-23  " over "**实施完成日期**: 2025-09-23" (HaoranTong/
            # ecommerce_platform): a bold key of its own ends the status, kept as written.
            state.status_open = None
            self._field_line(text, allow_unknown=True)
        elif state.status_open is not None and md.list_item(text) is None:
            # The status is the first paragraph, which may be wrapped over lines.
            state.status_open.raw = f"{state.status_open.raw} {text}"

    def _list_below(self) -> list[str]:
        """The items of the list whose first item is the current line, as written.

        Items stand at the first one's indent (blank lines may part them); deeper lines
        are nested, and a line at that indent that is no item ends the list.
        """
        index = self._at - self._first
        first = self._lines[index]
        indent = len(first) - len(first.lstrip())
        items: list[str] = []
        for line in self._lines[index : index + MAX_ZONE_LINES]:
            stripped = line.lstrip()
            at = len(line) - len(stripped)
            stripped = md.unquote(stripped) if stripped[:1] == ">" else stripped
            if not stripped or at > indent:
                continue
            item = md.list_item(stripped.rstrip()) if at == indent else None
            if item is None:
                break
            items.append(item)
        return items

    def _versioned_status(self, version: dt.date, status: str) -> None:
        """The status under a version heading: the latest version's, and its date, win.

        A status stated as a field (front matter, "Status:" line) before the section wins.
        """
        state, fields = self._state, self.scan.fields
        state.status_taken = True
        if "status" in fields and (state.status_version is None or version <= state.status_version):
            return
        held = fields.get("date")
        if held is None or (held.raw == state.status_version and held.style == "section"):
            fields["date"] = Value(version, "section")  # a stated "Date:" stays
        fields["status"] = Value(status, "nygard")
        state.status_version = version

    def _footnote(self, text: str) -> bool:
        """``[^1]: Superseded by [ADR 12](…)``: a status's footnote may name the link."""
        end = text.find("]:")
        if end < 0:
            return False
        self.scan.relations += relation_line(text[end + 2 :]) or []
        return True

    def _changelog_line(self, text: str) -> None:
        """Keep the earliest dated entry of a changelog (``- 2019 Sep 04: Initial draft``).

        Earliest, not first: some logs put the newest edit on top ("- 2022-02-04: added
        content" above "- 2022-01-19: init"), and the record dates from its first entry.
        """
        if md.list_item(text) is None or (dated := parse_date(text)) is None:
            return
        held = self.scan.fields.get("changelog")
        if held is None:
            self.scan.put("changelog", text, "section")
        elif dated < (parse_date(held.raw) or dated):
            held.raw = text

    def _link_line(self, text: str) -> None:
        item = md.list_item(text)
        named = self._state.link_kind
        if item is None:
            found = relation_line(text)
            if found is None and named is not None and _opens_with_a_record(text):
                found = stated(named, references(_FIRST_PART.split(text, 1)[0])[:1])
            if found is None and text.startswith(_SELF_OPENINGS):
                # "This decision supersedes ADR-0026." under "## Supersedes" (voder.ai): in a
                # section of links it states the relation, where the Context may narrate
                found = self_relation(text)
            self.scan.relations += found or []
            return
        found = relation_line(item)
        if found is None:
            refs = references(item)
            if refs and ":" in item and _labels_documents(item):
                # "- Backlog: `TST-001` (`04-testing.md`)" beside "- Related ADRs: ADR-0001"
                # (MarioCarvalhoBr/data_validate): under a label that relates no records, a
                # document counts only when it is numbered as records are.
                refs = [ref for ref in refs if numbered_as_record(ref)]
            records = (
                listed_records(refs) if refs else slug_reference(item) or leading_record_id(item)
            )
            kind = related_kind(item) if len(records) == 1 else RelationKind.RELATES_TO
            if named is RelationKind.SUPERSEDES and records and _ONLY_A_PART.search(item):
                kind = RelationKind.AMENDS
            elif named is not None and records and not opens_with_no_record(item):
                # "## Supersedes" over "- Nothing, but compare with [ADR-0010](…)": related
                kind = named
            found = stated(kind, records)
        self.scan.relations += found

    # -- tables ----------------------------------------------------------------------

    def _open_adoc_table(self) -> None:
        state = self._state
        if state.table:
            self._flush_table()
        cols = _ADOC_COLS.search(state.previous) if state.previous[:1] == "[" else None
        state.adoc, state.adoc_lines = [], 0
        state.fence = _ADOC_TABLE  # its lines are read by _skipped, as a fence's would be
        state.adoc_columns = _column_count(cols[1]) if cols else 0

    def _adoc_line(self, cells: list[str], stripped: str) -> bool:
        """One line inside an AsciiDoc table; False when it ends the table and is read as usual.

        Cells start at ``|`` (after a specifier such as ``a``); other lines go on the last
        cell. A heading, or a table longer than a metadata block, ends an unclosed table.
        """
        state = self._state
        state.adoc_lines += 1
        if stripped.startswith("|===") and not stripped.strip("|="):
            self._flush_adoc()
            return True
        if stripped[:2] == "//":
            return True
        heading = stripped[0] in "=#" and (md.asciidoc_heading(stripped) or md.heading_of(stripped))
        if heading or state.adoc_lines > MAX_ZONE_LINES:
            self._flush_adoc()
            return False
        before, found = md.asciidoc_cells(stripped)
        if before and cells:
            cells[-1] = f"{cells[-1]}\n{before}" if cells[-1] else before
        if found and not state.adoc_columns and not cells:
            state.adoc_columns = len(found)  # AsciiDoc: the first line sets the columns
        cells += found
        return True

    def _flush_adoc(self) -> None:
        state = self._state
        cells, columns, state.adoc = state.adoc or [], state.adoc_columns or 1, None
        state.fence = None
        values = [_cell_value(cell) for cell in cells]
        state.table = [values[start : start + columns] for start in range(0, len(values), columns)]
        self._flush_table()

    def _flush_table(self) -> None:
        if not self._state.table:
            return
        rows, self._state.table = self._state.table, []
        if len(rows) < 2 or self._state.zone not in _FIELD_ZONES:
            return
        header = rows[0]
        data = [row for row in rows[1:] if not md.is_separator_row(row)]
        keys = [canonical_key(cell) for cell in header]
        if len(data) > 1 and not _IDENTITY_KEYS.isdisjoint(keys):
            return  # "| ID | Title | Status |" over several rows: an index of records
        if len(data) > 1 and "status" in keys and "date" in keys:
            self._history(header, keys, data)
        elif sum(key is not None for key in keys) >= 2 or (keys[0] == "status" and len(keys) > 2):
            self._horizontal(header, data[-1] if data else [])
        elif normalise(header[0]) in _VERTICAL_HEADERS:
            self._vertical(data)
        elif keys[0] is not None:
            self._vertical([header, *data])
        elif sum(
            bool(row) and canonical_key(row[0]) is not None for row in data
        ) >= 2 and _values_read_as_fields(data):
            # Whatever its header says ("| 项 | 内容 |", Abuab/zhiban), a column of field
            # names ("| 状态 | proposed |", "| 日期 | 2026-09-18 |") makes the table a record's,
            # when its status and date read as such: "| status | text |" is a schema's column.
            self._vertical(data)

    def _horizontal(self, header: list[str], row: list[str]) -> None:
        for name, value in zip(header, row, strict=False):
            if value:
                self._table_field(name, value)

    def _history(self, header: list[str], keys: list[str | None], rows: list[list[str]]) -> None:
        """A status history, one row per transition: the last row holds.

        The first accepted row dates the decision, and a superseded last row's note names the
        successor: "| 2024-03-01 | Accepted | … |" … "| 2025-02-01 | Superseded | by ADR-0020 |".
        """
        status, date = keys.index("status"), keys.index("date")
        for row in rows:
            if len(row) > max(status, date) and read_status(row[status]).status is Status.ACCEPTED:
                self._table_field(header[date], row[date])  # the first statement wins
                break
        last = rows[-1]
        self._horizontal(header, last)
        if len(last) > status and read_status(last[status]).status is Status.SUPERSEDED:
            notes = (cell for key, cell in zip(keys, last, strict=False) if key is None and cell)
            for note in notes:
                self.scan.relations += stated(RelationKind.SUPERSEDED_BY, references(note))

    def _vertical(self, rows: list[list[str]]) -> None:
        for row in rows:
            if len(row) >= 2 and row[0] and row[1]:
                self._table_field(row[0], row[1])

    def _table_field(self, name: str, value: str) -> None:
        key = canonical_key(name.strip("*_` "))
        if key is None:
            self.scan.extra.append((name.strip("*_` "), value))
        else:
            self._field(key, name, value, "table")


@lru_cache(maxsize=4096)  # headings repeat across a repository's ADRs
def _names_prose(heading: str) -> bool:
    """True for a prose section's heading, in any language the table knows."""
    return not _PROSE_SECTIONS.isdisjoint(names_of(heading))


@lru_cache(maxsize=4096)  # headings repeat across a repository's ADRs
def _classify(heading: str) -> tuple[str | None, str | None, str, str]:
    """(section kind, field key, key as written, value) of a heading.

    ``## Status`` is a status section; ``## Status: Accepted`` also states the field.
    """
    kind = section_kind(heading)
    if kind is None and (pair := md.heading_field(heading)) is not None:
        key = canonical_key(pair[0])
        if key is not None:
            return section_kind(pair[0]), key, pair[0], pair[1]
    return kind, None, "", ""


def _column_count(spec: str) -> int:
    """Columns of ``[cols="1,3"]`` (two), ``cols="3*"`` (three), ``cols=2`` (two)."""
    spec = spec.strip()
    if spec.isdigit():
        return int(spec)
    if "*" in spec and (times := spec.split("*", 1)[0].strip()).isdigit():
        return int(times)
    return spec.count(",") + 1


def _cell_value(cell: str) -> str:
    """A table cell as one value: a list in it (``* Ann`` over ``* Bo``) becomes ``Ann, Bo``."""
    if "\n" not in cell:
        item = md.list_item(cell)
        return item if item is not None else cell
    parts = [md.list_item(line) or line for line in cell.split("\n")]
    return ", ".join(part.strip() for part in parts if part.strip())


def opens_prose(heading: str) -> bool:
    """True for a heading whose section is prose ("Context"), not metadata ("Status")."""
    return _classify(heading)[0] is None


def _names_title(heading: str) -> bool:
    """True for a heading that reads "Title" (the section holding the record's title)."""
    short = len(heading) < 16 and ("itle" in heading or "ITLE" in heading)
    return short and normalise(heading) == "title"


def _opens_block(text: str) -> bool:
    """A heading, fence, HTML block, table or quote: no list item's text goes on over it."""
    return text[0] in "#<|>" or text.startswith(("```", "~~~", "=="))


def _is_guidance(text: str) -> bool:
    """A template's instruction: a paragraph wholly in italics or in brackets."""
    return len(text) > 2 and (text[0], text[-1]) in {("_", "_"), ("*", "*"), ("[", "]"), ("{", "}")}


def _closes(fence: str, marker: str, stripped: str) -> bool:
    """A closing fence: same character, at least as long, no info string."""
    return (
        marker[0] == fence[0] and len(marker) >= len(fence) and not stripped[len(marker) :].strip()
    )


@lru_cache(maxsize=256)  # a repository writes its tag key one or two ways
def _singular_tag_key(written: str) -> bool:
    return normalise(written) in _SINGULAR_TAG_KEYS


def _weak_date_key(written: str) -> bool:
    return normalise(written) in _WEAK_DATE_KEYS


def _labels_documents(item: str) -> bool:
    """Whether a list item opens with a label that states no relation ("Backlog: …")."""
    label = md.field_of(item)
    return label is not None and _relation_kind(canonical_key(label.key) or "") is None


def _names_no_one(value: str) -> bool:
    """Whether a value is a note, not names.

    It holds a figure, or its first part a word in lower case longer than a name's particle
    ("de", "van", "bin"): "Executive leadership offsite", not "Bo de Vries".
    """
    if any(char.isdigit() for char in value):
        return True
    words = plain(value).split(",")[0].partition("(")[0].split()
    return len(words) > 1 and any(word[:1].islower() and len(word) > 3 for word in words)


# A link reference definition naming an anchor of the page, which Markdown does not draw.
_ANCHOR_DEFINITION = re.compile(r"\[[^\]^][^\]]*\]:\s+#[\w-]*$")

# What Markdown files end with after a footer, and a reader does not see as prose: a link
# reference definition or footnote ("[1]: https://…", "[^1]: …") and an HTML comment (review 9b).
_BESIDE_FOOTER = re.compile(r"\[[^\]]+\]:(?:\s|$)|<!--.*-->$")


def _wraps(key: str | None, found: md.FieldLine) -> bool:
    """Whether a field's list item may be wrapped over the indented lines under its bullet.

    A plain item ("- Status: …") may; so may a bold key's item that lists records: "- **Knyter
    an:** [ADR 0028](…) (helpern = lokal" over "  dokument-auktoritet), [ADR 0031](…) …"
    (ulrik-s/ava) names every record of the item, not only those of its first line.
    """
    if found.rest:
        return False
    return found.style == "bullets" or (found.style == "bold" and key in FIELD_KINDS)


def _may_go_on(key: str | None, value: str) -> bool:
    """Whether a list item's field may go on over the indented lines under it.

    A status, date or number goes on only when its value is visibly unfinished: an open
    ``**``, backtick, parenthesis or bracket, or a list's separator at its end ("accepted
    (directional plan; …) — **Phases" over "  0–5 done on branch `zenoh`**"). Review 9:
    "- Status: accepted" over "  The team met on Monday." read as all one status.
    """
    if key in _UNWRAPPED:
        return False
    return key not in _ONE_LINE_KEYS or _unfinished(value)


def _unfinished(value: str) -> bool:
    """Whether a value is visibly unfinished (see _may_go_on)."""
    return (
        value.count("**") % 2 == 1
        or value.count("`") % 2 == 1
        or value.count("(") > value.count(")")
        or value.count("[") > value.count("]")
        or value.endswith(_LIST_SEPARATORS)
        or _OPEN_WORD.search(value) is not None
    )


# Review 9b: "- Status: superseded by" over "  [ADR-0009](…)", wrapped at 80 columns by an
# editor: a value that ends with a word wanting its object is unfinished too.
_OPEN_WORD = re.compile(r"(?i)\s(?:by|and|or|of|to|durch|von|und|par|et|por|y|door|en)$")


def _lists_records(key: str, value: str) -> bool:
    """Whether a field of an unknown ``key`` that names records lists records alone.

    See :data:`_RECORDS_KEY`: "Related tasks: B1, U1" lists none, "ADR chain: ADR-6, ADR-7"
    two.
    """
    if _RECORDS_KEY.search(key) is None or _OWN_KEY_WORDS.search(key) is not None:
        return False
    parts = [part for part in _FIRST_PART.split(value) if part.strip()]
    return bool(parts) and all(map(_opens_with_a_record, parts))


def _opens_with_a_record(text: str) -> bool:
    """Whether a line's first list part opens with a record (a link, ``ADR-0005``, ``0005-x.md``).

    Review 9: under "Related: ADR-0001, ADR-0002," a sentence of prose was read as one more
    record, which named no ADR and made ``check`` report a broken link.
    """
    first = _FIRST_PART.split(text, 1)[0]
    if first.lstrip(" *_`")[:1] == "[":
        return bool(references(first))
    # "ADR-0009, …", "ADR 0009 – …": the record opens it; "Nothing yet. ADR-0009 may." under
    # an empty "Superseded by:" (review 12's probe) is prose that names one further on
    return bool(references(" ".join(first.split()[:2])))


def _relation_kind(key: str) -> RelationKind | None:
    return FIELD_KINDS.get(key)


def _offers_options(raw: object) -> bool:
    """True for a status that is a template's options with none chosen ("Proposed | Accepted")."""
    return isinstance(raw, str) and lists_choices(raw) and chosen(raw) == raw


def _chosen_item(items: list[str]) -> str | None:
    """The value a list under an empty key gives: its one ticked box, or its one item.

    A checklist ("[ ] Proposed", "[x] Accepted") gives the item ticked; of several, the
    last: a checklist in the lifecycle's order ticks each step the record reached ("[x]
    Foreslått (dato: 2026-06-25)" over "[x] Akseptert (dato: 2026-06-25)", Arbeidstilsynet/
    design). A plain list gives its item when it has only one (more are a template's options).
    """
    boxes = [(_CHECKBOX.match(item), item) for item in items]
    if not any(box for box, _ in boxes):
        return items[0] if len(items) == 1 else None
    ticked = [item[box.end() :] for box, item in boxes if box is not None and box[1] != " "]
    return ticked[-1] if ticked else None


def _values_read_as_fields(rows: list[list[str]]) -> bool:
    """Whether a table's status and date rows hold a status and a date (at least one of them).

    Review 7: "| Column | Type |" over "| status | text |", "| date | timestamptz |" (a
    schema in an ADR) named the field "status" and made the record's status "text".
    """
    told = False
    for row in rows:
        key = canonical_key(row[0]) if len(row) >= 2 else None
        if key == "status":
            if read_status(row[1]).status is Status.UNKNOWN:
                return False
            told = True
        elif key == "date":
            if parse_date(row[1]) is None:
                return False
            told = True
    return told


_BLANK_LINES = re.compile(r"[ \t\r\n]*")
MIN_PLAIN_HEADINGS = 2
"""Plain lines that must name sections before any is read as a heading (one may be prose's)."""


def with_plain_headings(lines: list[str], body: str) -> list[str]:
    """``lines``, a record's plain section names made headings ("Context" becomes "## Context").

    "Status: Proposed", then "Context", "Decision" and "References" each alone on a line
    after a blank one (raming/max-ai-platform 0010): sections, written without "#". Read so
    only in a record with a "#" title and no Markdown heading below it, a line exactly a
    section's name, outside fences, and two such lines at least; prose keeps its words.
    """
    blanks = _BLANK_LINES.match(body)  # always a match, maybe empty: no copy of the body
    title = blanks.end() if blanks else 0
    title_end = body.find("\n", title)
    if title_end < 0 or body.find("\n#", title_end) >= 0 or not body.startswith("# ", title):
        return lines  # most records: headings written as headings, decided in C
    found: list[int] = []
    fence = False
    start = body.count("\n", 0, title)  # the title's line
    for index, line in enumerate(lines[start + 1 :], start=start + 1):
        if line.startswith(("```", "~~~")):
            fence = not fence
        elif not fence and _plain_heading(line) and not lines[index - 1].strip():
            found.append(index)
    if len(found) < MIN_PLAIN_HEADINGS:
        return lines
    named = list(lines)
    for index in found:
        named[index] = f"## {lines[index].rstrip()}"
    return named


def _plain_heading(line: str) -> bool:
    """Whether ``line`` is only a section's name: "Context", "Consequences", "References"."""
    text = line.rstrip()
    return (
        0 < len(text) <= MAX_SECTION_NAME
        and text.replace(" ", "").isalpha()
        and Scanner._names_section(text)  # noqa: SLF001 - the rule bold headings follow
    )


MAX_TITLE_LINE = 200
"""Characters of a first line read as an unmarked title; a longer one is a paragraph."""
MAX_VALUE_WORDS = 6
"""Words of a status written as a paragraph of its own; a longer one is prose."""


def _value_alone(key: str, text: str) -> bool:
    """Whether ``text``, a paragraph under an empty "Status:" or "Date:" key, is its value."""
    if key == "date":
        return parse_date(text) is not None
    if len(text.split(None, MAX_VALUE_WORDS)) > MAX_VALUE_WORDS or lists_choices(text):
        return False  # "We accepted it after …": prose; "Accepted | Rejected": the options
    return read_status(text).status is not Status.UNKNOWN
