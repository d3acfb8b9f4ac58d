"""An ADR's text as Markdown: Rich renders it once per width; this widget draws the lines.

Textual's Markdown widget builds a widget per block: an 11 KB ADR (76 blocks, ~700
widgets) took ~1.5 s of the UI thread to show, most of it laying out and styling
those widgets again at each of several layouts. Rich renders the same text in ~60 ms,
and one widget lays out at once.

Safety: the text comes in inert (:func:`adr_tui.core.text.inert`); Rich's Markdown
builds its text from parser tokens, never from console markup, so ``[bold]`` stays
text. A link's target moves from the style's hyperlink (which a terminal would open)
to its meta: a click on it only posts :class:`LinkClicked`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.markdown import Markdown as RichMarkdown
from rich.segment import Segment
from rich.style import Style
from rich.theme import Theme
from textual import events, on, work
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from adr_tui.core.logfile import anchor_of
from adr_tui.core.records import record
from adr_tui.ui.markdown_depth import skipped_too_deep, too_deep_note
from adr_tui.ui.markdown_tables import WholeTablesMarkdown
from adr_tui.ui.mentions import mentions

MARKDOWN_LIMIT = 60_000
"""Characters rendered as Markdown; longer texts are cut (the source view shows all)."""


def cut_for_markdown(text: str) -> str:
    """``text`` up to :data:`MARKDOWN_LIMIT`, saying where it was cut and where the rest is.

    Rich draws a 60,000-character table in up to a second of a worker; a 5 MB text
    would hold the GIL against the UI thread for minutes.
    """
    if len(text) <= MARKDOWN_LIMIT:
        return text
    return text[:MARKDOWN_LIMIT] + (
        f"\n\n---\n\n*Cut at {MARKDOWN_LIMIT:,} characters: press v for the full source.*"
    )


LINK_KEY = "adr-link"
"""The style meta key holding a link's target (never a Textual action, never OSC 8)."""

MENTION_KEY = "adr-mention"
"""The style meta key holding the entry key of a decision the text names ("see ADR-0012")."""

HEADING_KEY = "adr-heading"
"""The style meta key marking a heading's text (its level), to find the row it is on."""


def _heading(level: int, attributes: str) -> Style:
    return Style.parse(attributes) + Style.from_meta({HEADING_KEY: level})


MARKDOWN_THEME = Theme(
    {
        "markdown.h1": _heading(1, "bold underline"),
        "markdown.h2": _heading(2, "bold underline"),
        "markdown.h3": _heading(3, "bold"),
        "markdown.h4": _heading(4, "bold italic"),
        "markdown.h5": _heading(5, "italic"),
        "markdown.h6": _heading(6, "italic"),
        "markdown.h7": _heading(7, "italic"),
        "markdown.code": "bold",
        "markdown.code_block": "none",
        "markdown.block_quote": "italic",
        "markdown.list": "bold",
        "markdown.item.number": "bold",
        "markdown.link": "underline",
        "markdown.link_url": "underline",
        "markdown.table.border": "none",
        "markdown.table.header": "bold",
        "markdown.kbd": "bold",
    }
)
"""Attributes, not colours, as everywhere in the app (``render.py``): Rich's own magenta
headings turned near-black under ``NO_COLOR`` and its inline code was cyan on black.
Headings also carry :data:`HEADING_KEY` in their meta (never drawn)."""


@record
class Heading:
    """One heading of the text, in document order."""

    level: int
    title: str
    slug: str
    """GitHub's anchor for it (``#context-and-problem``), for links inside the text."""
    drawn: bool = True
    """False when Rich draws nothing for it (``## <br>``: HTML is not rendered)."""


def headings_of(document: RichMarkdown) -> tuple[Heading, ...]:
    """The headings Rich's parser found (fenced code and HTML excluded), in order."""
    found: list[Heading] = []
    taken: dict[str, int] = {}  # GitHub numbers a repeated anchor: #notes, #notes-1, #notes-2
    tokens = document.parsed
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or index + 1 >= len(tokens):
            continue
        inline = tokens[index + 1]
        shown = [c for c in inline.children or () if c.content and c.type != "html_inline"]
        title = "".join(c.content for c in shown).strip() or inline.content.strip()
        drawn = any(c.content.strip() for c in shown)
        anchor = anchor_of(title)
        seen = taken.get(anchor, 0)
        taken[anchor] = seen + 1
        anchor = f"{anchor}-{seen}" if seen else anchor
        found.append(Heading(int(token.tag[1:]), title, anchor, drawn))
    return tuple(found)


def _is_heading(line: Strip) -> bool:
    return any(segment.style is not None and HEADING_KEY in segment.style.meta for segment in line)


def _inert_links(line: list[Segment]) -> Strip:
    """``line`` with each hyperlink's target kept in the style's meta instead."""
    out: list[Segment] = []
    for text, style, control in Segment.simplify(line):
        if style is not None and style.link:
            style = style.update_link(None) + Style.from_meta({LINK_KEY: style.link})
        out.append(Segment(text, style, control))
    return Strip(out)


Targets = Mapping[tuple[int, str], str]
"""Decisions the text may name, by (number, letter), as the key of what a click opens."""


def marked(line: Strip, targets: Targets) -> Strip:
    """``line`` with each mention of one of ``targets`` underlined, its key in the meta.

    Only what Rich drew is looked at, a line at a time: a mention wrapped across two
    lines is not marked (the links list still holds it).
    """
    text = line.text
    found = [(m, targets.get((m.number, m.letter))) for m in mentions(text)]
    spans = [(cell_len(text[: m.start]), cell_len(text[: m.end]), key) for m, key in found if key]
    if not spans:
        return line
    cuts = sorted({cut for start, end, _ in spans for cut in (start, end)} | {line.cell_length})
    keys = {start: key for start, _, key in spans}
    pieces, start = [], 0
    for piece, cut in zip(line.divide(cuts), cuts, strict=True):
        if start in keys:
            piece = piece.apply_style(Style(underline=True, meta={MENTION_KEY: keys[start]}))
        pieces.append(piece)
        start = cut
    return Strip.join(pieces)


def rendered_lines(document: RenderableType, width: int) -> list[Strip]:
    """``document`` (Markdown, or a note under it) drawn at ``width`` columns (any thread)."""
    console = Console(
        width=width,
        file=io.StringIO(),
        color_system="truecolor",
        force_terminal=True,
        legacy_windows=False,
        markup=False,
        highlight=False,
        emoji=False,
        theme=MARKDOWN_THEME,
    )
    return [_inert_links(line) for line in console.render_lines(document, pad=False)]


class MarkdownText(Widget):
    """The text of one ADR rendered as Markdown (headings, lists, tables, code blocks).

    Parsing and drawing run in a worker, once per text and width: a 60,000-character
    table or code block takes Rich up to a second, which the UI thread must not wait.
    """

    class LinkClicked(Message):
        """A link in the text was clicked; the screen decides what it means."""

        def __init__(self, href: str) -> None:
            super().__init__()
            self.href = href

    class MentionClicked(Message):
        """A decision the text names ("see ADR-0012") was clicked: ``key`` is its entry's."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    class Ready(Message):
        """The text given to :meth:`MarkdownText.update` is drawn: its headings are known."""

        def __init__(self, headings: tuple[Heading, ...]) -> None:
            super().__init__()
            self.headings = headings

    class Redrawn(Message):
        """The same text was drawn again at another width: its rows moved."""

    @dataclass
    class _Drawn(Message):
        generation: int
        width: int
        document: RichMarkdown
        headings: tuple[Heading, ...]
        lines: list[Strip]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._generation = 0
        """Counts the texts given, so a drawing of an earlier one is dropped."""
        self._text = ""
        self._targets: Targets = {}
        self._code_theme = "ansi_dark"
        self._document: RichMarkdown | None = None
        self._headings: tuple[Heading, ...] = ()
        self._lines: list[Strip] = []
        self._width = -1
        self._asked = -1
        self._rows: list[int | None] | None = None

    @property
    def headings(self) -> tuple[Heading, ...]:
        """The text's headings, for a table of contents (once :class:`Ready`)."""
        return self._headings

    def update(self, text: str, targets: Targets | None = None) -> None:
        """Show ``text`` (already inert); :class:`Ready` follows once it is drawn.

        Mentions of ``targets`` ("see ADR-0012") are underlined, and a click on one
        posts :class:`MentionClicked`.
        """
        self._generation += 1
        self._text = text
        self._targets = targets or {}
        dark = self.app.current_theme.dark if self.is_attached else True
        self._code_theme = "ansi_dark" if dark else "ansi_light"
        self._document, self._headings, self._lines, self._rows = None, (), [], None
        self._width = self._asked = -1
        if not text:  # nothing to draw: no headings either (not the last text's)
            self.post_message(self.Ready(()))
        self._ask(self.size.width)
        self.refresh(layout=True)

    def _ask(self, width: int) -> None:
        """Have the text drawn at ``width`` unless it is, or is being."""
        if width > 0 and width not in (self._width, self._asked) and self._text:
            self._asked = width
            self._draw(self._generation, self._document or self._text, width, self._targets)

    @work(thread=True, exclusive=True, exit_on_error=False, group="markdown")
    def _draw(
        self, generation: int, source: RichMarkdown | str, width: int, targets: Targets
    ) -> None:
        document = source
        if isinstance(document, str):  # parsed here too: markdown-it takes its time
            document = WholeTablesMarkdown(document, code_theme=self._code_theme, hyperlinks=True)
        headings = headings_of(document)
        lines = [marked(line, targets) for line in rendered_lines(document, width)]
        if skipped_too_deep(document):  # said below what was drawn, as a cut text is
            lines += rendered_lines(too_deep_note("press v for the full source"), width)
        self.post_message(self._Drawn(generation, width, document, headings, lines))

    @on(_Drawn)
    def _drawn(self, message: _Drawn) -> None:
        message.stop()
        if message.generation != self._generation:
            return  # an earlier text
        first = self._document is None
        self._document, self._headings = message.document, message.headings
        self._lines, self._width, self._rows = message.lines, message.width, None
        self.refresh(layout=True)
        self.post_message(self.Ready(message.headings) if first else self.Redrawn())

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the text takes (at this width once drawn at it)."""
        self._ask(width)
        return len(self._lines)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """The width it is given: the text wraps to it."""
        return container.width

    def render_line(self, y: int) -> Strip:
        """Row ``y`` of the drawn text, in the widget's own colours where Rich set none."""
        width = self.size.width
        self._ask(width)
        if y >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        return self._lines[y].crop_extend(0, width, self.rich_style).apply_style(self.rich_style)

    def heading_row(self, index: int) -> int | None:
        """The row heading ``index`` starts on, as drawn (None: not drawn)."""
        if self._rows is None:
            self._rows = self._find_rows(self._lines)
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _find_rows(self, lines: list[Strip]) -> list[int | None]:
        """Each heading's first row: the rows whose text carries a heading's style.

        Rich puts a blank line between blocks, so a run of heading rows is one heading
        (wrapped); the runs are the headings in order. Text is never compared: a
        "Status: accepted" line above "## Status" would match as well as the heading.
        """
        starts = iter(
            row
            for row, line in enumerate(lines)
            if _is_heading(line) and not (row and _is_heading(lines[row - 1]))
        )
        rows: list[int | None] = []
        for heading in self._headings:
            rows.append(next(starts, None) if heading.drawn else None)
        return rows

    def on_click(self, event: events.Click) -> None:
        """A click on a link asks the screen; Textual never opens it."""
        href = event.style.meta.get(LINK_KEY)
        mentioned = event.style.meta.get(MENTION_KEY)
        if isinstance(href, str) and href:
            event.stop()
            # The parser percent-encodes targets: '0005-d%C3%A9cision.md' names a file.
            self.post_message(self.LinkClicked(unquote(href)))
        elif isinstance(mentioned, str):
            event.stop()
            self.post_message(self.MentionClicked(mentioned))
