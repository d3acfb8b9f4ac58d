"""The Browse preview's body: Markdown drawn as plain lines, cheaply (no parser).

Inline marks are drawn, not shown, as the ADR view draws them; headings lose their
hashes; tables line up; a list item's wrapped rows hang under its words. Imported by
the preview's worker when it first reads a body (after the first list is drawn), so
its patterns are not compiled on the way to the first paint.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.text import Text

from adr_tui.core.lazypattern import LazyPattern
from adr_tui.core.model import Decision
from adr_tui.core.records import record
from adr_tui.core.text import inert

PREVIEW_CHARS = 4000
"""How much body text the Browse preview shows."""

_BLOCK_START = LazyPattern(r"^\s*(?:[#>|*+-]|\d+[.)]|```|~~~|    )")
_LIST_ITEM = LazyPattern(r"^\s*(?:[*+-]|\d+[.)])\s+\S")


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


_COMMENT = LazyPattern(r"^\s*<!--.*-->\s*$")
"""A line that is an HTML comment alone ('<!-- markdownlint-disable-file MD013 -->')."""
_HEADING = LazyPattern(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_INLINE = LazyPattern(
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


_TABLE_RULE = LazyPattern(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
"""A table's line under its header ('|-------|:------:|')."""
_CELL_BAR = LazyPattern(r"(?<!\\)\|")
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


_HANG = LazyPattern(r"^\s*(?:(?:[*+-]|\d+[.)])\s+)?")
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
