"""Raw file text with line numbers, rendered lazily (Line API), wrapped or not.

``TextArea`` computes wrapping and tab widths for every line on load, which
took seconds for a 5 MB file; this view only touches the visible lines. Wrapped
(the default, ``w`` toggles), it counts each line's rows when the width changes
and finds where a line breaks only when it comes into view: many ADRs keep a
paragraph on one line, which at 80 columns showed as its first 70 characters.
:func:`read_source` reads a decision's file as stored (front matter and all),
so the line numbers are the file's (a log's section: as its file writes it, numbered
from its heading's line), and measures a long text's lines for folding
(:class:`SourceText`); callers run it in a worker.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import ClassVar

from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from adr_tui.core.errors import AdrError
from adr_tui.core.parsing.decoding import decode
from adr_tui.core.records import record
from adr_tui.core.sources import FileSource, WorktreeSource
from adr_tui.core.text import inert
from adr_tui.ui.keymap import SCROLL_BINDINGS, page_binding
from adr_tui.ui.widgets.folding import FoldedLines, line_breaks, line_rows

WORD_WRAP_LIMIT = 200_000
"""Characters up to which lines wrap between words; a longer text folds at the edge.

Counting rows between words reads every word; folded, a line's rows come from its
measure (:class:`FoldedLines`): for the same 5 MB file, folding counted its rows 150x
faster here."""


@record
class SourceText:
    """A text ready to show: inert lines, measured for folding when long (see :func:`prepare`)."""

    lines: list[str]
    """The lines shown: control characters made visible, tabs as spaces."""
    folded: FoldedLines | None
    """The lines measured for folding at the edge; None when they wrap between words."""
    first: int = 1
    """The number of the first line in its file (a section of a log: its heading's)."""


def prepare(text: str, first: int = 1) -> SourceText:
    """``text`` made ready for a :class:`SourceView`; a worker calls it for a long text.

    Measuring a 5 MB text holding emoji or CJK takes ~100 ms (once; each width
    after is counted in a few ms), too long for the UI thread.
    """
    lines = inert(text).expandtabs(4).split("\n")
    return SourceText(lines, None if len(text) <= WORD_WRAP_LIMIT else FoldedLines(lines), first)


@dataclass
class SourceRead(Message, bubble=False):
    """A decision's file was read for the source view (or why it could not be)."""

    key: str
    """The entry whose file this is."""
    text: SourceText | None
    """The file's text as stored (newlines normalised); None when it could not be read."""
    notice: str = ""
    """Why not."""
    gone: bool = False
    """The file is no longer in the working tree (removed or renamed)."""


def read_source(root: Path, at: str | None, path: str, part: str = "") -> SourceRead:
    """The file at ``path`` in the working tree of ``root``, or in its tree as of ``at``.

    A ``part`` of a log file kept in one file: that section as the file writes it,
    numbered from its heading's line (``core/logfile.py``).
    """
    try:
        if at is None:
            source: FileSource = WorktreeSource(root)
        else:
            from adr_tui.core.gitlog import tree_source  # git only for a catalogue from --at

            source = tree_source(root, at)
        data, first = source.read_bytes(path), 1
        if part:
            from adr_tui.core.logfile import section_of

            section = section_of(data, part)
            data, first = (section.text, section.line) if section else (b"", 1)
        decoded = decode(data)
    except (OSError, AdrError) as exc:
        gone = at is None and not (root / path).is_file()
        return SourceRead("", None, str(exc), gone)
    if decoded.problem is not None:
        return SourceRead("", None, decoded.problem[1])
    return SourceRead("", prepare(decoded.text, first))


class SourceView(ScrollView, can_focus=True):
    """Literal text with line numbers; long lines fold at the edge, or (``w``) scroll sideways."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCROLL_BINDINGS,
        Binding("j", "scroll_down", "Down", show=False, id="source.down", tooltip="Scroll down"),
        Binding("k", "scroll_up", "Up", show=False, id="source.up", tooltip="Scroll up"),
        page_binding("source"),
        Binding(
            "w",
            "toggle_wrap",
            "Wrap",
            show=False,
            id="source.wrap",
            tooltip="Fold long lines at the edge, or keep them whole and scroll sideways",
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source-view--gutter"}

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._lines: list[str] = []
        self._gutter = 0
        self._first = 1
        """The number the gutter gives the first line (a log's section starts further on)."""
        self._wrap = True
        self._width = -1
        """The text's columns the rows were counted for (-1: not yet)."""
        self._starts: list[int] = [0]
        """Each line's first row when wrapped (one more: the row after the last)."""
        self._breaks: dict[int, list[int]] = {}
        """Where the lines in view break, by line (found when first drawn)."""
        self._folded: FoldedLines | None = None
        """The lines measured for folding anywhere; None: they break between words."""

    @property
    def text(self) -> str:
        """The text shown (already inert)."""
        return "\n".join(self._lines)

    @property
    def wrap(self) -> bool:
        """Whether long lines fold at the edge (else they scroll sideways)."""
        return self._wrap

    def load_text(self, text: str | SourceText) -> None:
        """Show ``text``; control characters become visible symbols, tabs become spaces.

        A long text comes from :func:`prepare`, called in a worker.
        """
        prepared = prepare(text) if isinstance(text, str) else text
        self._lines, self._folded = prepared.lines, prepared.folded
        self._first = prepared.first
        self._gutter = len(str(len(self._lines) + self._first - 1)) + 1
        self._layout(force=True)
        self.scroll_home(animate=False)
        self.refresh()

    def action_toggle_wrap(self) -> None:
        """Fold long lines, or keep them whole; the line at the top stays at the top."""
        top = self._line_at(self.scroll_offset.y)
        self._wrap = not self._wrap
        self._layout(force=True)
        self.scroll_to(x=0, y=self._starts[top] if self._wrap else top, animate=False)
        self.refresh()

    def _text_width(self) -> int:
        return max(1, self.scrollable_content_region.width - self._gutter - 1)

    def _layout(self, *, force: bool = False) -> None:
        """The virtual size: rows per line when wrapped, else the longest line's width."""
        width = self._text_width()
        if not force and width == self._width:
            return
        self._width = width
        self._breaks.clear()
        if self._wrap:
            if self._folded is None:
                rows = [line_rows(line, width, words=True) for line in self._lines]
            else:
                rows = self._folded.rows(width)
            self._starts = list(accumulate(rows, initial=0))
            size = Size(self.scrollable_content_region.width, self._starts[-1])
        else:
            longest = max((len(line) for line in self._lines[:20_000]), default=0)
            size = Size(self._gutter + 1 + longest, len(self._lines))
        if size != self.virtual_size:
            # Set without a layout, as the diff does: CSS sizes this view, never its text.
            self.set_reactive(SourceView.virtual_size, size)
            self._scroll_update(size)

    def _line_at(self, row: int) -> int:
        """The line shown on virtual ``row``."""
        if not self._wrap:
            return min(row, max(0, len(self._lines) - 1))
        return max(0, min(bisect_right(self._starts, row) - 1, len(self._lines) - 1))

    def _piece(self, index: int, part: int) -> str:
        """The ``part``-th row of line ``index`` when folded at the text's width."""
        line = self._lines[index]
        breaks = self._breaks.get(index)
        if breaks is None:
            if len(self._breaks) > 1000:  # a screenful needs a few dozen
                self._breaks.clear()
            within = line_breaks(line, self._width, words=self._folded is None)
            breaks = self._breaks[index] = [0, *within, len(line)]
        if part + 1 >= len(breaks):
            return ""
        return line[breaks[part] : breaks[part + 1]]

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Count the rows again for a new width, before the rows are drawn."""
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if self._lines and self._wrap:
            self._layout()
        return resized

    def render_line(self, y: int) -> Strip:
        """Render one visible row."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = y + scroll_y
        index = self._line_at(row)
        last = self._starts[-1] if self._wrap else len(self._lines)
        if row >= last or not self._lines:
            return Strip.blank(width, base)
        gutter = self.get_component_rich_style("source-view--gutter", partial=True)
        if self._wrap:
            part = row - self._starts[index]
            number = index + self._first
            label = f"{number:>{self._gutter}} " if part == 0 else " " * (self._gutter + 1)
            text, scroll_x = self._piece(index, part), 0
        else:
            label, text = f"{index + self._first:>{self._gutter}} ", self._lines[index]
        body = Strip([Segment(text)]).crop_extend(
            scroll_x, scroll_x + max(0, width - self._gutter - 1), base
        )
        return Strip([Segment(label, gutter), *body]).crop_extend(0, width, base).apply_style(base)
