"""Turn decisions into Rich ``Text``: always plain text, never markup.

Every string from a repository (titles, names, tags, paths, bodies) passes
through :func:`adr_tui.core.text.inert` and is appended to a ``Text`` as a
literal, so ``[bold]`` or ``[@click=app.quit]`` in an ADR stays visible text.
Styles here are names of component classes resolved by the caller, or plain
attributes (bold, dim) that survive 16 colours and ``NO_COLOR``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.text import Text

from adr_tui.core.model import Decision
from adr_tui.core.records import record
from adr_tui.core.supersession import Lookup, is_in_force, resolve_chain
from adr_tui.core.text import inert, inert_line

# Decided in fields (no Rich there, for `show` too); taken from here by the UI's modules.
from adr_tui.ui.fields import LIST as LIST
from adr_tui.ui.fields import PATH as PATH
from adr_tui.ui.fields import RELATION_LABELS as RELATION_LABELS
from adr_tui.ui.fields import TITLE_CHARS as TITLE_CHARS
from adr_tui.ui.fields import WORDS as WORDS
from adr_tui.ui.fields import Role, Row, decision_rows
from adr_tui.ui.fields import badge_label as badge_label
from adr_tui.ui.fields import short_title as short_title
from adr_tui.ui.fields import status_label as status_label

if TYPE_CHECKING:
    from adr_tui.core.catalog import Catalog
    from adr_tui.ui.listing import Entry

PREVIEW_CHARS = 4000
"""How much body text the Browse preview shows."""

STATUS_WIDTH = 12
"""Cells taken by a status badge, including its padding."""


def plain(text: str, style: str = "") -> Text:
    """One line of untrusted text, inert and literal."""
    return Text(inert_line(text), style=style, end="")


def number_label(d: Decision) -> str:
    """``0055`` (``0026a`` for a lettered record) for numbered decisions, ``—`` otherwise."""
    return d.number_text or "—"


def heading(d: Decision) -> Text:
    """``ADR-0055  Title`` in bold; the title alone for an ADR without a number.

    An unnumbered ADR's label is its file name, which repeats the title (in a dated
    log, ``20230527-use-keycloak-…``) and is shown on the File line anyway.
    """
    title = plain(short_title(d.title), "bold")
    if d.number is None:
        return title
    return Text.assemble((d.label, "bold"), "  ", title, end="")


LABEL_WIDTH = 14
"""Cells of a metadata label column."""


@record
class Field:
    """One line of the metadata block: a bold label and its value."""

    label: str
    value: Text
    breaks: str = WORDS
    """Where the value may wrap (:data:`WORDS`, :data:`LIST` or :data:`PATH`)."""
    pad: int = 0
    """Cells the value starts with (a badge's padding), taken from the label column so
    the value's first letter lines up with the other values."""


def wrap_value(value: Text, width: int, breaks: str) -> list[Text]:
    """``value`` in lines of ``width`` cells, broken only after ``breaks``.

    A list breaks between its items and a path after a ``/``, never inside a
    name; only a piece wider than a whole line is cut where the line ends. Such a
    piece starts a line of its own unless going on where the line stands takes fewer
    rows: 'docs/adr/' alone on a row, then 'rface.md' alone on a third, was a file
    name of 34 characters in a 26-column preview.
    """
    plain_text = value.plain
    ends = [m.end() for m in re.finditer(re.escape(breaks), plain_text)] + [len(plain_text)]
    cuts: list[int] = []
    start = last = 0
    for end in ends:
        cells = cell_len(plain_text[start:end].rstrip())
        if cells > width and last > start and not _goes_on(cells, plain_text[last:end], width):
            cuts.append(last)
            start = last
        while cell_len(plain_text[start:end].rstrip()) > width:  # one piece too long
            start += max(1, _soft_cut(plain_text[start:end], width))
            cuts.append(start)
        last = end
    lines = list(value.divide(cuts)) if cuts else [value.copy()]
    for line in lines[:-1]:  # the space a line broke at (a badge keeps its own padding)
        line.rstrip()
    return lines


def _goes_on(cells: int, piece: str, width: int) -> bool:
    """Whether a ``piece`` too wide for any line had better go on the current line.

    (``cells``: the current line's with the piece; going on must take fewer rows.)
    """
    alone = cell_len(piece.rstrip())
    return alone > width and -(-cells // width) < 1 + -(-alone // width)


_SOFT_BREAK = re.compile(r"[-_./ ]")
"""Where a piece too long for a line had better be cut: after a hyphen, dot, slash, space."""


def _soft_cut(piece: str, width: int) -> int:
    """How many characters of ``piece`` go on a line of ``width`` cells.

    After its last soft break in the line's second half, else as many as fit: a file
    name cut where the line ended read '…-and-a-sea' then 't-without-a-peer…'.
    """
    fits = _fitting(piece, width)
    soft = [m.end() for m in _SOFT_BREAK.finditer(piece, 0, fits)]
    return soft[-1] if soft and soft[-1] * 2 >= fits and soft[-1] < len(piece) else fits


def _fitting(text: str, width: int) -> int:
    """How many characters of ``text`` fit in ``width`` cells."""
    count = 0
    while count < len(text) and cell_len(text[: count + 1]) <= width:
        count += 1
    return count


@record
class Fields:
    """Metadata lines whose values wrap under their own column, at their own breaks.

    A Rich renderable: the width is known only when drawn. (As plain ``Text``, a long
    path or tag list folded mid-word back to the label column.)
    """

    fields: tuple[Field, ...]
    label_width: int = LABEL_WIDTH
    """Cells of the label column (``show`` keeps the 15 its lines have always had)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        """The block at the width it is drawn at."""
        block = self.text(options.max_width)
        block.end = "\n"  # Textual counts a Rich renderable's lines by its newlines
        yield block

    def text(self, width: int) -> Text:
        """The block as one ``Text`` of ``width`` cells at most."""
        labels = self.label_width
        room = max(8, width - labels)
        text = Text(end="")
        for field in self.fields:
            text.append(f"{field.label:<{labels - field.pad}}", style="bold")
            # Wrapped lines go under the values' first letters: under the badge's padding,
            # 'superseded by …' went on a column left of every other value.
            for index, line in enumerate(wrap_value(field.value, room, field.breaks)):
                if index:
                    text.append("\n" + " " * labels)
                text.append_text(line)
            text.append("\n")
        text.rstrip()
        return text


def metadata(
    d: Decision,
    *,
    lookup: Lookup | None = None,
    created: dt.date | None = None,
    in_force: bool = True,
) -> Fields:
    """The metadata block of the Browse preview (see :func:`metadata_fields`)."""
    return Fields(metadata_fields(d, lookup=lookup, created=created, in_force=in_force))


def metadata_fields(
    d: Decision,
    *,
    lookup: Lookup | None = None,
    relations: bool = True,
    created: dt.date | None = None,
    in_force: bool = True,
) -> tuple[Field, ...]:
    """The rows of :func:`adr_tui.ui.fields.decision_rows` (same arguments), drawn as fields."""
    rows = decision_rows(d, lookup=lookup, relations=relations, created=created, in_force=in_force)
    return tuple(field_of(row) for row in rows)


def field_of(row: Row) -> Field:
    """``row`` drawn: a badge reversed (padded a cell either side), notes dimmed."""
    value = Text(end="")
    # The badge's style is a span, not the Text's base style: as the base, every part
    # appended after it (the status the file states) was drawn in reverse too.
    for part in row.parts:
        if part.role is Role.BADGE:
            value.append(f" {part.text} ", "reverse")
        else:
            value.append(part.text, "dim" if part.role is Role.NOTE else "")
    badged = bool(row.parts) and row.parts[0].role is Role.BADGE
    return Field(row.label, value, row.breaks, pad=1 if badged else 0)


_TEMPLATE_SKIPPED = re.compile(r"^template part \(lines 1-(\d+)\) skipped")
"""The parser's warning for a template above its filled-in example
(``core/parsing/document.py``): those lines are not in the body shown."""


def template_lines_skipped(d: Decision) -> int:
    """How many lines of a template the parser left out of ``d``'s body (0: none)."""
    for warning in d.warnings:
        if match := _TEMPLATE_SKIPPED.match(warning):
            return int(match.group(1))
    return 0


_BLOCK_START = re.compile(r"^\s*(?:[#>|*+-]|\d+[.)]|```|~~~|    )")
_LIST_ITEM = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+\S")


def reflow(text: str) -> str:
    """Join the hard-wrapped lines of plain paragraphs, so a narrow pane wraps them once.

    Headings, lists, tables, quotes and code keep their line breaks; a list item's own
    wrapped lines (indented or not) join the item.
    """
    out: list[str] = []
    fenced = in_item = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced, in_item = not fenced, False
            out.append(line)
            continue
        words = line.strip()
        # 'describe, under' then '  `doc/adr`, one file…': the item's second line stood
        # alone, and the pane wrapped both lines again.
        continues_item = in_item and words and not _BLOCK_START.match(words)
        joinable = continues_item or (
            not fenced
            and out
            and words
            and out[-1].strip()
            and not _BLOCK_START.match(line)
            and not _BLOCK_START.match(out[-1])
        )
        if joinable:
            out[-1] = f"{out[-1].rstrip()} {words}"
        else:
            out.append(line)
            in_item = not fenced and _LIST_ITEM.match(line) is not None
    return "\n".join(out)


_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
"""A line that is an HTML comment alone ('<!-- markdownlint-disable-file MD013 -->')."""
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_INLINE = re.compile(
    r"`(?P<code>[^`\n]+)`"
    r"|\*\*(?P<strong>\S(?:.{0,300}?\S)?)\*\*"
    r"|(?<!\w)__(?P<strong_>\S(?:.{0,300}?\S)?)__(?!\w)"
    r"|(?<![\w*])\*(?P<em>[^\s*](?:[^*]*?[^\s*])?)\*(?![\w*])"
    r"|(?<![\w_])_(?P<em_>[^\s_](?:[^_]*?[^\s_])?)_(?![\w_])"
    r"|(?P<bang>!?)\[(?P<link>[^\[\]\n]{1,300})\]\([^()\s]{0,500}(?:\s+\"[^\"\n]{0,300}\")?\)"
    r"|<(?P<autolink>(?:https?|mailto):[^<>\s]{1,500})>"
)
"""Inline code, strong and emphasis (either mark), links, images and autolinks: what the
ADR view draws as bold, italic or underlined text without its marks (an image as its
description). ``snake_case_names`` stay as
they are (an underscore inside a word marks nothing). Spans are bounded (300 cells) so a
line of unclosed marks costs a linear scan, not a quadratic one."""

_INLINE_STYLES = {
    "code": "bold",
    "strong": "bold",
    "strong_": "bold",
    "em": "italic",
    "em_": "italic",
    "link": "underline",
    "autolink": "underline",
}
"""The attributes of :data:`adr_tui.ui.widgets.markdown_text.MARKDOWN_THEME` (none for a
link's address, which the preview leaves out as the view does)."""


def _append_inline(out: Text, line: str, style: str = "") -> None:
    """``line`` (inert) appended to ``out`` with its inline marks drawn, not shown."""
    pos = 0
    for match in _INLINE.finditer(line):
        out.append(line[pos : match.start()], style)
        kind = match.lastgroup or "code"
        attribute = _INLINE_STYLES[kind]
        inner = style if attribute in style else f"{style} {attribute}".strip()
        if kind == "link" and match.group("bang"):  # '![alt](file.png)' read '!alt'
            out.append(f"(image: {match.group(kind)})", f"{style} dim".strip())
        elif kind in ("code", "autolink"):  # no marks inside: '`**kwargs`' is literal
            out.append(match.group(kind), inner)
        else:
            _append_inline(out, match.group(kind), inner)
        pos = match.end()
    out.append(line[pos:], style)


def markdown_lines(body: str) -> Text:
    """``body`` (inert) as plain lines with Markdown's inline marks and heading hashes drawn.

    The preview's cheap stand-in for the ADR view's rendering: one regex pass per line,
    no parser; code blocks stay as written, a table's cells line up in columns.
    """
    lines = body.split("\n")
    text = Text(end="")
    fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if index:
            text.append("\n")
        index += 1
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            text.append(line, "dim")
        elif fenced or (line.startswith(("    ", "\t")) and not _LIST_ITEM.match(line)):
            text.append(line)
        elif _COMMENT.match(line):  # drawn as nothing, as the ADR view does
            continue
        elif heading := _HEADING.match(line):
            _append_inline(text, heading.group(1), "bold")
        elif _is_table(line, lines[index] if index < len(lines) else ""):
            end = next(
                (i for i in range(index + 1, len(lines)) if not _is_row(lines[i])), len(lines)
            )
            text.append_text(Text("\n").join(_table([line, *lines[index + 1 : end]])))
            index = end
        else:
            _append_inline(text, line)
    return text


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
"""A table's line under its header ('|-------|:------:|')."""
_CELL_BAR = re.compile(r"(?<!\\)\|")
"""A bar between cells (not an escaped one, '\\|', which a cell may hold)."""


def _is_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def _is_table(line: str, below: str) -> bool:
    """Whether ``line`` heads a table: a row of cells over a rule ('| a | b |' over '|---|')."""
    return _is_row(line) and "-" in below and _TABLE_RULE.match(below) is not None


def _table(rows: list[str]) -> list[Text]:
    """A table's rows (its rule left out) with each column as wide as its widest cell.

    As written, '| Stage | Proves | Ticks |' over '|-------|--------|' read as a grid of
    bars; the header is bold, as in the ADR view.
    """
    cells: list[list[Text]] = []
    for number, written in enumerate(rows):
        inner = written.strip().removeprefix("|")
        inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
        drawn = []
        for cell in _CELL_BAR.split(inner):
            out = Text(end="")
            _append_inline(out, cell.strip().replace("\\|", "|"), "" if number else "bold")
            drawn.append(out)
        cells.append(drawn)
    widths = [
        max(cell_len(row[column].plain) for row in cells if column < len(row))
        for column in range(max(len(row) for row in cells))
    ]
    lines = []
    for row in cells:
        line = Text(end="")
        for column, cell in enumerate(row):
            line.append_text(cell)
            if column < len(row) - 1:  # no padding after the last cell
                line.append(" " * (widths[column] - cell_len(cell.plain) + 2))
        lines.append(line)
    return lines


_HANG = re.compile(r"^\s*(?:(?:[*+-]|\d+[.)])\s+)?")
"""What a wrapped line's later rows start under: a list item's text, an indented line's."""


@record
class Hanging:
    """Lines whose wrapped rows hang under their text: a list item's under its words.

    A Rich renderable (the width is known only when drawn): as one ``Text``, an item's
    second row started at column 0, under its bullet, and read as a paragraph of its own.
    """

    text: Text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        """The lines at the width they are drawn at."""
        width = options.max_width
        out = Text(end="\n")  # Textual counts a Rich renderable's lines by its newlines
        # (so a text's own last newline, which Rich drew as nothing, is not one more line)
        for number, line in enumerate(self.text.split("\n")):
            if number:
                out.append("\n")
            if cell_len(line.plain) <= width:
                out.append_text(line)
                continue
            hang = _HANG.match(line.plain)
            indent = hang.end() if hang else 0
            if not 0 < indent <= width // 2:
                out.append_text(line)  # Rich wraps it as a paragraph
                continue
            lead, rest = line.divide([indent])
            out.append_text(lead)
            for row, part in enumerate(rest.wrap(console, width - indent)):
                if row:
                    out.append("\n" + " " * indent)
                out.append_text(part)
        yield out


def body_preview(d: Decision) -> Hanging:
    """The start of the body as literal text, its inline Markdown marks drawn as the view does."""
    body = reflow(d.body[:PREVIEW_CHARS])
    text = markdown_lines(inert(body))
    if len(d.body) > PREVIEW_CHARS:
        text.append("\n…", style="dim")
    return Hanging(text)


def banner(d: Decision, lookup: Lookup) -> Text | None:
    """The not-in-force banner of ``d``, following superseded-by links to what governs now."""
    chain = resolve_chain(d.id, lookup)
    current = [c.label for i in chain.current if i != d.id and (c := lookup.get(i))]
    successors: list[str] = []
    missing: list[str] = []
    for r in d.superseded_by:
        found = lookup.get(r.target_id) if r.target_id else None
        (successors if found else missing).append(found.label if found else r.ref.raw)
    return not_in_force_banner(
        d, in_force=is_in_force(d, lookup), successors=successors, current=current, missing=missing
    )


def not_in_force_banner(
    d: Decision,
    *,
    in_force: bool,
    successors: Sequence[str],
    current: Sequence[str],
    missing: Sequence[str] = (),
) -> Text | None:
    """``Superseded by ADR-0012 (in force: ADR-0019)``, or None when ``d`` is in force.

    When nothing at the end of the chain is in force, the banner says so: a
    successor that was itself deprecated does not govern either. A successor the
    log does not hold (a renamed file, a record not written yet at ``--at``) is
    said to be missing: whether it governs is not known, so it is never called
    out of force.

    Args:
        d: the decision shown.
        in_force: whether it governs now (status and successors, see core/supersession).
        successors: labels of the decisions here that directly replace it.
        current: labels of the decisions in force at the end of its superseded-by chain.
        missing: the replacements it names that are not in this log, as written.
    """
    if in_force:
        return None
    if not (successors or missing):
        return Text(f"{status_label(d.status)}: not in force", style="bold", end="")
    text = Text("Superseded by ", style="bold", end="")
    text.append_text(plain(", ".join([*successors, *missing]), "bold"))
    shown = [label for label in current if label not in successors]
    if missing:  # named, when others were found
        which = f"{', '.join(missing)}: " if successors else ""
        text.append_text(plain(f" ({which}not found in this log)", "bold"))
    if shown:
        text.append_text(plain(f" (in force: {', '.join(shown)})", "bold"))
    elif not (current or missing):  # the chain ends in a deprecated or rejected one (or a cycle)
        text.append(", no longer in force either", style="bold")
    return text


def log_name(catalogs: Sequence[Catalog], catalog: Catalog, entry: Entry) -> str:
    """Which of the open logs ``entry`` (of ``catalog``) is in, as Browse's columns name it.

    Its repository when several are open, and its folder when its repository keeps several
    logs (a monorepo): "billing", "shop/billing"; "" when only one log is open. A log
    read as of a date or revision (``--at``) says so, as Browse's header and History's
    title do: the view showed a past text with no word that it was not today's.
    """
    from adr_tui.ui.listing import folder_naming, repo_folder  # (listing: loaded first)

    of_path = folder_naming(catalog.discovery.adr_dirs)
    folder = of_path(entry.decision.path) if of_path is not None else ""
    names = [repo_folder(entry.repo, folder) if len(catalogs) > 1 else folder]
    if catalog.at is not None:
        names.append(f"@ {catalog.at}")
    return " · ".join(name for name in names if name)
