"""One Markdown line at a time: headings, fences, table rows, ``Key: value`` fields."""

from __future__ import annotations

import html
import re

from adr_tui.core.parsing.keys import canonical_key
from adr_tui.core.parsing.relations import FIELD_KINDS, references
from adr_tui.core.records import record

_BULLET = re.compile(r"^[-*+]\s+")
# A field as an item of a numbered list: "3. Статус:" (f0rw4rd-dev/sb-final-project).
_NUMBERED_ITEM = re.compile(r"^\d{1,3}[.)]\s+")
# Keys start with a letter of any script ("Status:", "Statut :", "ステータス:", "状态：").
_BOLD_FIELD = re.compile(
    r"^(\*\*|__|\*|_)([^*_:\uff1a\n]{1,60}?)\s*(?:[:\uff1a]\s*\1|\1\s*[:\uff1a])\s*(.*)$"
)
# Key and value inside one emphasis: "**Status: Accepted**", "**Stato: ACCETTATA** (…)",
# "_Status: ✅ Accepted_", "*Status: ✅ Accepted – 2025-07-30*"; read only for a metadata key
# ("**Note: do this first**" is emphasised prose).
_BOLD_WHOLE = re.compile(
    r"^(\*\*|__|\*|_)([^\W\d_][^*_:\uff1a\n]{0,59}?)\s*[:\uff1a]\s*([^*_\n]{1,200}?)\1(.*)$"
)
# A bold run-in head that ends with a full stop: "**Status.** Accepted", "- **Date.** 2026-04-26"
# (kinsar-rasnik/sightline, HutsonLabs/excali-rust); read only for a metadata key ("**Context.**
# The webview …" opens a paragraph). A second head may follow on its line: "**Date.** 2026-08-02.
# **Status.** Accepted."
_BOLD_PERIOD = re.compile(r"^(\*\*|__)([^\W\d_][^*_.:\n]{0,59}?)\.\1[ \t]+(\S.*)$")
_NEXT_PERIOD_HEAD = re.compile(r"\s(?:\*\*|__)[^\W\d_][^*_.:\n]{0,59}?\.(?:\*\*|__)[ \t]")
# "Status:: accepted": Logseq's page properties and AsciiDoc's description lists double the colon.
_PLAIN_FIELD = re.compile(r"^([^\W\d_][\w ()/'&.-]{0,50}?)\s*(?:::|[:\uff1a])\s*(.*)$")
_HEADING_FIELD = re.compile(r"^([^\W\d_][\w ]{0,30}?)\s*(?:[:\uff1a]|\s[-\u2013\u2014])\s*(\S.*)$")
# HTML emphasis inside a bold key: "**<u>Status</u>**:\tProposed" (amitosaurus/pentagram).
_KEY_TAG = re.compile(r"(?i)</?(?:u|b|i|em|strong|ins)>")
# A field wrapped in HTML emphasis: "<b>日時: 2025-06-17</b>".
_HTML_WRAP = re.compile(r"(?i)^<(b|strong|em|i)>(.{1,300})</\1>$")
_SEPARATOR_CELL = re.compile(r"^:?-+:?$")
_INLINE_COMMENT = re.compile(r"<!--.*?-->")
# Where a second bold field starts on the same line (AsciiDoc-style headers), perhaps after
# a middle dot, bullet or bar: "**Status:** Accepted · **Date:** 2024-01-20", "**Status:**
# Accepted • **Date:** 2026-05-15" (five public logs, round 20). The key may open with any
# letter: "**Durum:** Kabul edildi · **İlgili:** ADR-019, ADR-024" (Turkish, round 27).
_NEXT_BOLD = re.compile(
    r"\s+(?:[\u00b7\u2022|]\s+)?(?=(\*\*|__|\*)[^\W\d_][\w ]{0,30}?(?::\1|\1\s*:))"
)
# Where a second plain field may start: after a middle dot or bar, a full stop (an ideographic
# one too) or a run of spaces ("Datum: 2026-09-16 · Status: x", "Data: 2026-10-10. Stato: y",
# "Datum: …   Status: z", "Upstream baseline: `…`。日期：2026-09-28。"), also a full stop inside
# bold ("Status: **entschieden und umgesetzt.** Entscheider: Ruben Vitt", a German log's).
_NEXT_PLAIN = re.compile(
    r"(?:\s+[\u00b7\u2022|]\s+|(?<=\.)\s+|(?<=\.\*\*|\.__)\s+|\u3002\s*|\s{2,})"
    r"(?=([^\W\d_][\w -]{0,30}?)\s*(?::\s|\uff1a))"
)
# After a middle dot any "Key :" or bold text starts another item: "Date : 05/08/2026 · Statut :
# accepté · Complète : 0027, 0031", "Estado: aceptado · **Rectifica CLAUDE.md**".
_NEXT_DOTTED = re.compile(r"\s+[\u00b7\u2022]\s+(?=[^\W\d_][\w -]{0,30}?\s*[:\uff1a]\s|\*\*|__)")
# After a bar a "Key: " may start a field: "**Status:** developed | Technical Story: [#297](…)"
# (NASA-IMPACT/admg-backend). A template's choices ("Proposed | Accepted") have no colon.
_NEXT_BARRED = re.compile(r"\s+\|\s+(?=([^\W\d_][\w -]{0,30}?)\s*[:\uff1a]\s)")
# "Date 2024-01-20": the one key often written without a colon (only before a digit).
_BARE_DATE = re.compile(r"(?i)^(?:\*\*|__)?(date)(?:\*\*|__)?\s+(\d.*)$")
# A heading's attribute block (Pandoc, kramdown, Doxygen, MkDocs attr_list): "{#adr_0014}",
# "{: #id .class}", "{.unnumbered}", "{-}". A brace group that starts with a word stays.
_ATTRIBUTES = re.compile(r"\s*\{\s*(?::\s*)?[#.-][^{}\n]{0,200}\}$")
# reStructuredText field lists and AsciiDoc attributes: ":Status: Accepted", ":date: 2021-03-12".
_COLON_FIELD = re.compile(r"^:([^\W\d_][\w -]{0,40}):\s+(\S.*)$")
# An HTML line break ending a line: "**Status**: PROPOSED<br />".
_LINE_BREAK = re.compile(r"(?i)\s*<br\s*/?>$")
# One "Name <address>" of a git-style author line.
_AUTHOR = re.compile(r"^[^\W\d_][\w.' -]{0,60}<[^<>\s@]{1,64}@[^<>\s@]{1,255}>$")
# AsciiDoc section titles: "= Document title", "== Section"; an anchor after them, "[[id]]".
_ASCIIDOC_HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*)$")
_ASCIIDOC_ANCHOR = re.compile(r"\s*\[\[[^\[\]\n]{1,200}\]\]$")
# An AsciiDoc cell specifier before its "|": "a", "2+", "3*", ".^", "<.>s" (a word ends there).
_CELL_SPEC = re.compile(r"(?:^|(?<=\s))(?:\d+[*+])?(?:\d*\.?\d*)?[<^>]?(?:\.[<^>])?[adehlmsv]?$")


@record
class FieldLine:
    """A ``Key: value`` line and how it was dressed."""

    key: str
    value: str
    style: str
    """``bold``, ``bullets`` or ``nygard`` (a plain ``Key: value`` line)."""
    rest: str = ""
    """A further field on the same line (``*Status:* x  *Date:* y``, ``Date: x · Status: y``)."""


def fence_of(stripped: str) -> str | None:
    """The fence marker (```` ``` ```` or ``~~~``, any length) opening ``stripped``, if any.

    AsciiDoc's comment block (``////`` alone on its line) is fenced off the same way.
    """
    if stripped.startswith("```") or stripped.startswith("~~~"):
        char = stripped[0]
        return char * (len(stripped) - len(stripped.lstrip(char)))
    if stripped.startswith("////") and not stripped.strip("/"):
        return stripped
    return None


def heading_of(line: str) -> tuple[int, str] | None:
    """(level, text) of an ATX heading such as ``## Status``, else None."""
    if not line.startswith("#"):
        return None
    level = len(line) - len(line.lstrip("#"))
    if level > 6 or (len(line) > level and line[level] not in " \t"):
        return None
    text = line[level:].strip()
    if text.endswith("#"):
        text = text.rstrip("#").rstrip()
    return level, without_attributes(text)


def asciidoc_heading(line: str) -> tuple[int, str] | None:
    """(level, text) of an AsciiDoc title such as ``== Context``, else None.

    An anchor after the words (``== Context [[context]]``) is markup, not words.
    """
    match = _ASCIIDOC_HEADING.match(line)
    if match is None:
        return None
    text = match[2].rstrip()
    if text.endswith("]]"):
        text = _ASCIIDOC_ANCHOR.sub("", text) or text
    return len(match[1]), text


def asciidoc_cells(line: str) -> tuple[str, list[str]]:
    """``a| x | y`` → (text before the first cell, [cells]): one line of an AsciiDoc table.

    A cell's specifier (``a``, ``2+``, ``.^``) sits right before its ``|`` and is dropped.
    """
    pieces = line.split("|")
    for index in range(len(pieces) - 1):
        if spec := _CELL_SPEC.search(pieces[index]):
            pieces[index] = pieces[index][: spec.start()]
    return pieces[0].strip(), [piece.strip() for piece in pieces[1:]]


def author_line(line: str) -> list[str]:
    """The names of a line that lists only ``Name <address>`` entries, else ``[]``.

    Records that open with git-style author lines under the title ("Tylor Steinberger
    <ts@example.org>,") name their authors without a key.
    """
    if "@" not in line:
        return []
    parts = [part.strip() for part in line.split(",")]
    entries = [part for part in parts if part]
    if not entries or not all(_AUTHOR.match(entry) for entry in entries):
        return []
    return [entry[: entry.index("<")].strip() for entry in entries]


def is_rule(line: str) -> bool:
    """True for a line of one repeated character, three or more (``-----``, ``=====``)."""
    text = line.strip()
    return len(text) >= 3 and text[1] == text[0] and not text.strip(text[0])


def without_break(text: str) -> str:
    """``PROPOSED<br />`` → ``PROPOSED``: a trailing HTML line break is layout."""
    return _LINE_BREAK.sub("", text) if text.endswith(">") else text


def without_attributes(heading: str) -> str:
    """``Title {#anchor}`` → ``Title``: an attribute block is markup, not words."""
    if not heading.endswith("}"):
        return heading  # the common case, decided without a regex
    return _ATTRIBUTES.sub("", heading) or heading


def unquote(line: str) -> str:
    """``> > text`` → ``text`` (blockquote markers off)."""
    return line.lstrip("> \t") if line.startswith(">") else line  # one pass: ">" * 10**6 is linear


# Keys whose value is a word, a day or names: a bar and a key after it start another field.
# "Deciders: Ann | Reviewer: Bob" lost Ann to Bob when only known keys split (review 9b S4).
_SHORT_VALUE_KEYS = frozenset(("status", "date", "deciders", "authors"))


def _barred(key: str, value: str) -> re.Match[str] | None:
    """Where a field after a bar starts in ``key``'s value: a known key's, or any after a short one.

    "developed | Technical Story: [#297](…)" is a status and a field; review 9 found "Title:
    Pipes | Filters: a pattern" cut to "Pipes", so elsewhere an unknown key is value.
    """
    if "|" not in value:
        return None
    short = canonical_key(key) in _SHORT_VALUE_KEYS
    return next((m for m in _NEXT_BARRED.finditer(value) if short or canonical_key(m[1])), None)


def _next_field(key: str, value: str) -> re.Match[str] | None:
    """Where a second field starts in ``value`` (of a known key, or after a middle dot or bar)."""
    known = next((m for m in _NEXT_PLAIN.finditer(value) if canonical_key(m[1])), None)
    dotted = _NEXT_DOTTED.search(value) if "\u00b7" in value or "\u2022" in value else None
    found = [match for match in (known, dotted, _barred(key, value)) if match is not None]
    return min(found, key=lambda match: match.start()) if found else None


def _run_in_field(match: re.Match[str]) -> bool:
    """Whether a bold run-in head ("**Status.** Accepted") is a field of ours.

    A head naming a relation opens a notice ("> **Superseded.** The Decision below … does not
    work", an ADR-031 of round 23): its words are the why, no record's title, unless they
    name a record ("**Superseded.** See ADR-32").
    """
    key = canonical_key(match[2])
    return key is not None and (key not in FIELD_KINDS or bool(references(match[3])))


def field_of(line: str) -> FieldLine | None:
    """Read ``**Status:** X``, ``- Status: X``, ``* **Date**: X`` or ``Date: X``."""
    bullet = _BULLET.match(line) or (_NUMBERED_ITEM.match(line) if line[:1].isdigit() else None)
    text = line[bullet.end() :] if bullet else line
    if text[:1] == "<" and (wrapped := _HTML_WRAP.match(text)):
        text = wrapped[2]
    if match := _BOLD_FIELD.match(text):
        value, rest = match[3], ""
        again = _NEXT_BOLD.search(value) or _barred(match[2], value)
        if again is not None:
            value, rest = value[: again.start()], value[again.end() :]
        key = match[2] if "<" not in match[2] else _KEY_TAG.sub("", match[2])
        return FieldLine(key.strip(), value.strip(), "bold", rest)
    if text[:1] in ("*", "_") and (match := _BOLD_WHOLE.match(text)) and canonical_key(match[2]):
        return FieldLine(match[2].strip(), f"{match[3]}{match[4]}".strip(), "bold")
    if text[:1] in ("*", "_") and (match := _BOLD_PERIOD.match(text)) and _run_in_field(match):
        value, rest = match[3], ""
        if (again := _NEXT_PERIOD_HEAD.search(value)) is not None:
            value, rest = value[: again.start()], value[again.start() + 1 :]
        return FieldLine(match[2].strip(), value.strip(), "bold", rest)
    if match := _PLAIN_FIELD.match(text) or _BARE_DATE.match(text):
        value, rest = match[2], ""
        if (":" in value or "\uff1a" in value or "\u00b7" in value or "\u2022" in value) and (
            again := _next_field(match[1], value)
        ) is not None:
            value, rest = value[: again.start()], value[again.end() :]
        return FieldLine(match[1].strip(), value.strip(), "bullets" if bullet else "nygard", rest)
    if text[:1] == ":" and (match := _COLON_FIELD.match(text)):
        return FieldLine(match[1].strip(), match[2].strip(), "nygard")
    return None


def without_comments(text: str) -> tuple[str, bool]:
    """``text`` without inline HTML comments, and whether a comment stays open."""
    text = _INLINE_COMMENT.sub("", text)
    start = text.find("<!--")
    if start < 0:
        return text.rstrip(), False
    return text[:start].rstrip(), True


# A bar or middle dot between two fields of one heading: "Status: ✅ Accepted | Date: Week 2".
_HEADING_NEXT = re.compile(r"\s+[\u00b7|]\s+(?=[^\W\d_][\w -]{0,30}?\s*(?::\s|\uff1a))")


def heading_fields(value: str) -> tuple[str, str]:
    """A heading field's value, and the fields written after it on the heading ("" if none)."""
    if "|" not in value and "\u00b7" not in value:
        return value, ""
    match = _HEADING_NEXT.search(value)
    return (value, "") if match is None else (value[: match.start()], value[match.end() :])


def heading_field(text: str) -> tuple[str, str] | None:
    """``Status: Accepted`` or ``Status - DRAFT`` inside a heading, as (key, value).

    The key may be bold, as in a line of fields: "### **Title:** Documents API", "### **Status:**
    TRIAL" (LBHackney-IT/lbh-adrs writes every field as a heading).
    """
    if text[:1] in "*_" and (bold := _BOLD_FIELD.match(text)) and bold[3].strip():
        return bold[2].strip(), bold[3].strip()
    match = _HEADING_FIELD.match(text) or _BARE_DATE.match(text)
    return (match[1], match[2].strip()) if match else None


def list_item(line: str) -> str | None:
    """Text of a ``-``/``*``/``+`` or ``1.`` list item, else None."""
    if match := _BULLET.match(line):
        return line[match.end() :]
    if line[:1].isdigit():
        head, dot, rest = line.partition(". ")
        if dot and head.isdigit():
            return rest
    return None


def table_cells(line: str) -> list[str]:
    """Cells of a ``| a | b |`` row, trimmed; escaped pipes stay in their cell."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip().replace("\0", "|") for cell in inner.replace("\\|", "\0").split("|")]


# An HTML table written on one line, as GitBook saves its tables: its rows, then their cells.
_HTML_ROW = re.compile(r"(?is)<tr\b[^>]{0,200}>(.*?)</tr>")
_HTML_CELL = re.compile(r"(?is)<t([hd])\b[^>]{0,200}>(.*?)</t\1>")
_HTML_TAG = re.compile(r"<[^<>]{0,500}>")


def html_table_rows(line: str) -> list[list[str]]:
    """The rows of a one-line ``<table>`` (header first), each cell's text without its tags.

    GitBook keeps a record's "Status | Date | Deciders" table so
    (osinfra-io/gitbook-docs): ``<table><thead><tr><th>Status</th>…</tr></thead>…</table>``.
    """
    return [
        [html.unescape(_HTML_TAG.sub("", cell[2])).strip() for cell in _HTML_CELL.finditer(row[1])]
        for row in _HTML_ROW.finditer(line)
    ]


def is_separator_row(cells: list[str]) -> bool:
    """True for the ``|---|:---:|`` row under a table header."""
    return bool(cells) and all(_SEPARATOR_CELL.match(cell) for cell in cells if cell)
