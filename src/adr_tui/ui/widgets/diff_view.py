"""A diff drawn line by line: unified or side by side, with word-level highlights.

The core (``core/diffs.py``) gives plain data; this widget styles it with its
component classes (theme variables in ``styles/history.tcss``) via
``Text.stylize`` on the word spans. Long prose lines wrap, so a one-word
change at the end of a paragraph is still on screen. Rows are built once per
width (the Line API then only draws the visible ones), which keeps a 5,000-line
diff cheap to scroll. Meaning never rests on colour: lines carry ``+``/``-``
marks, inserted words are bold and underlined, deleted words struck through.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import zip_longest
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from adr_tui.core.diffs import DiffLine, FileDiff, LineTag, SpanTag
from adr_tui.core.text import inert_line

_MARKS = {LineTag.ADD: "+", LineTag.REMOVE: "-", LineTag.CONTEXT: " "}
_NUMBER = 5  # "1234 " before each side-by-side line
Pair = tuple[DiffLine | None, DiffLine | None]


def pairs(lines: tuple[DiffLine, ...]) -> Iterator[Pair]:
    """Hunk lines as (old, new) rows: context on both sides, a change's n-th lines together."""
    removed: list[DiffLine] = []
    added: list[DiffLine] = []

    def flush() -> Iterator[Pair]:
        yield from zip_longest(removed, added)
        removed.clear()
        added.clear()

    for line in lines:
        if line.tag is LineTag.CONTEXT:
            yield from flush()
            yield line, line
        elif line.tag is LineTag.REMOVE:
            if added:  # a remove after adds starts a new change
                yield from flush()
            removed.append(line)
        else:
            added.append(line)
    yield from flush()


class DiffView(ScrollView, can_focus=True):
    """One file's diff, or a message when there is none to show."""

    DEFAULT_CSS = """
    DiffView {
        overflow-x: hidden;
        overflow-y: scroll;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False, id="diff.down", tooltip="Scroll down"),
        Binding("k", "scroll_up", "Up", show=False, id="diff.up", tooltip="Scroll up"),
        Binding("space", "page_down", "Page", show=False, id="diff.page", tooltip="Page down"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "diff-view--add",
        "diff-view--remove",
        "diff-view--add-word",
        "diff-view--remove-word",
        "diff-view--hunk",
        "diff-view--heading",
        "diff-view--notice",
        "diff-view--gutter",
        "diff-view--filler",
    }

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._diff: FileDiff | None = None
        self._heading = Text()
        self._message: Text | None = Text("")
        self._side_by_side = False
        self._rows: list[Strip] = []
        self._rows_width = -1

    # -- what is shown ----------------------------------------------------------

    @property
    def diff(self) -> FileDiff | None:
        """The diff on show (None while a message is shown)."""
        return self._diff if self._message is None else None

    @property
    def side_by_side(self) -> bool:
        """Old and new text in two columns instead of one unified column."""
        return self._side_by_side

    @side_by_side.setter
    def side_by_side(self, value: bool) -> None:
        if value != self._side_by_side:
            self._side_by_side = value
            self._rebuild()

    @property
    def text(self) -> str:
        """What the rows say, without styles (for tests and copying)."""
        return "\n".join(strip.text.rstrip() for strip in self._rows)

    def show_diff(self, diff: FileDiff, heading: Text) -> None:
        """Show ``diff`` under ``heading`` (already inert ``Text``), scrolled to the top."""
        self._diff = diff
        self._heading = heading
        self._message = None
        self._rebuild()
        self.scroll_home(animate=False)

    def show_message(self, message: Text | str) -> None:
        """Show a sentence instead of a diff (loading, nothing selected, no history)."""
        self._diff = None
        self._message = message if isinstance(message, Text) else Text(message)
        self._rebuild()
        self.scroll_home(animate=False)

    # -- layout -----------------------------------------------------------------

    def on_resize(self) -> None:
        """Re-wrap for the new width."""
        self._rebuild()

    def notify_style_update(self) -> None:
        """Theme or CSS changed: the cached rows carry old colours."""
        super().notify_style_update()
        self._rows_width = -1
        self.refresh()

    def _rebuild(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or not self.is_mounted:
            self._rows_width = -1
            return
        self._rows = list(self._build(width))
        self._rows_width = width
        self.virtual_size = Size(width, len(self._rows))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Draw one visible row."""
        width = self.scrollable_content_region.width
        if width != self._rows_width:
            self._rebuild()
        index = y + self.scroll_offset.y
        if index < len(self._rows):
            return self._rows[index]
        return Strip.blank(width, self.rich_style)

    # -- building rows ----------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"diff-view--{name}")

    def _wrapped(self, text: Text, width: int, fill: Style | None = None) -> list[Strip]:
        """``text`` wrapped to ``width`` cells, each row padded to the full width."""
        console = self.app.console
        base = self.rich_style
        fill = fill or base
        strips: list[Strip] = []
        for line in text.wrap(console, max(1, width), overflow="fold"):
            line.rstrip_end(width)
            strip = Strip(list(line.render(console, end="")))
            strips.append(strip.extend_cell_length(width, fill).crop(0, width).apply_style(base))
        return strips or [Strip.blank(width, fill)]

    def _body(self, line: DiffLine, style: Style | None) -> Text:
        """The line's text (inert), its changed words stylized over the line's style."""
        text = Text(style=style or "", end="")
        if not line.words:
            text.append(inert_line(line.text))
            return text
        word_styles = {
            SpanTag.INSERT: self._style("add-word"),
            SpanTag.DELETE: self._style("remove-word"),
        }
        for span in line.words:
            start = len(text)
            text.append(inert_line(span.text))
            if span.tag in word_styles:
                text.stylize(word_styles[span.tag], start, len(text))
        return text

    def _line_style(self, tag: LineTag) -> Style | None:
        if tag is LineTag.ADD:
            return self._style("add")
        if tag is LineTag.REMOVE:
            return self._style("remove")
        return None

    def _build(self, width: int) -> Iterator[Strip]:
        if self._message is not None or self._diff is None:
            yield from self._wrapped(self._message or Text(""), width)
            return
        diff = self._diff
        yield from self._wrapped(self._heading, width, self._style("heading"))
        if diff.old_path and diff.new_path and diff.old_path != diff.new_path:
            moved = Text(f"renamed  {inert_line(diff.old_path)} → {inert_line(diff.new_path)}")
            yield from self._wrapped(moved, width, self._style("heading"))
        if diff.notice:
            yield from self._wrapped(Text(inert_line(diff.notice)), width, self._style("notice"))
        elif diff.identical:
            yield from self._wrapped(Text("(no change to the text)"), width)
        for hunk in diff.hunks:
            yield from self._wrapped(Text(hunk.header), width, self._style("hunk"))
            if self._side_by_side:
                for old, new in pairs(hunk.lines):
                    yield from self._side_rows(old, new, width)
            else:
                for line in hunk.lines:
                    yield from self._unified_rows(line, width)

    def _unified_rows(self, line: DiffLine, width: int) -> Iterator[Strip]:
        style = self._line_style(line.tag)
        mark = _MARKS[line.tag]
        for index, strip in enumerate(self._wrapped(self._body(line, style), width - 2, style)):
            prefix = Text(f"{mark if index == 0 else ' '} ", style=style or "")
            yield Strip.join([self._wrapped(prefix, 2, style)[0], strip])

    def _cell(self, line: DiffLine | None, side: LineTag, width: int) -> list[Strip]:
        """One side of a side-by-side row: a number gutter and the wrapped text."""
        if line is None:
            return []
        style = self._line_style(line.tag)
        number = line.old_number if side is LineTag.REMOVE else line.new_number
        gutter = self._style("gutter")
        rows: list[Strip] = []
        for index, strip in enumerate(
            self._wrapped(self._body(line, style), width - _NUMBER, style)
        ):
            label = f"{number:>4} " if index == 0 and number is not None else " " * _NUMBER
            rows.append(Strip.join([self._wrapped(Text(label), _NUMBER, gutter)[0], strip]))
        return rows

    def _side_rows(self, old: DiffLine | None, new: DiffLine | None, width: int) -> Iterator[Strip]:
        left_width = (width - 1) // 2
        right_width = width - 1 - left_width
        left = self._cell(old, LineTag.REMOVE, left_width)
        right = self._cell(new, LineTag.ADD, right_width)
        filler = self._style("filler")
        separator = self._wrapped(Text("│"), 1, self._style("gutter"))[0]
        for index in range(max(len(left), len(right))):
            yield Strip.join(
                [
                    left[index] if index < len(left) else Strip.blank(left_width, filler),
                    separator,
                    right[index] if index < len(right) else Strip.blank(right_width, filler),
                ]
            )
