"""A diff drawn line by line: unified or side by side, with word-level highlights.

The core (``core/diffs.py``) gives plain data; this widget styles it with its
component classes (theme variables in ``styles/history.tcss``) via
``Text.stylize`` on the word spans. Long prose lines wrap, so a one-word
change at the end of a paragraph is still on screen. Per width, only row
counts are measured (plain strings, no styling); rows are styled and drawn
when they come into view (Line API), so a 5,000-line diff opens and scrolls
quickly. Past ``WORD_WRAP_LIMIT`` rows lines fold at the edge, which is cheaper
still to measure. Meaning never rests on colour: lines carry ``+``/``-``
marks, inserted words are bold and underlined, deleted words struck through.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, zip_longest
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from adr_tui.core.diffs import DiffLine, FileDiff, LineTag, SpanTag
from adr_tui.core.records import record
from adr_tui.core.text import inert_line
from adr_tui.ui.keymap import SCROLL_BINDINGS, page_binding
from adr_tui.ui.widgets.folding import fold_offsets, line_rows

_MARKS = {LineTag.ADD: "+", LineTag.REMOVE: "-", LineTag.CONTEXT: " "}
_NUMBER = 6  # "1234- " before each side-by-side line: its number and its +/- mark
WORD_WRAP_LIMIT = 1500
"""Above this many rows of diff, lines fold at the edge instead of between words (cheaper)."""
HANG = 2
"""Cells a wrapped heading or notice row starts in by: where a diff line's text starts."""
_CACHE_LIMIT = 2000  # rendered items kept; a screenful needs a few dozen
Pair = tuple[DiffLine | None, DiffLine | None]


@record
class _Banner:
    """A full-width row group: the heading, a notice, a hunk header."""

    text: Text
    fill: str
    hang: int = HANG
    """Cells the rows the text wraps onto start in by (its first row starts at 0)."""


_Item = _Banner | DiffLine | Pair


def _plain(line: DiffLine) -> str:
    """The line as shown (inert), the same string ``DiffView._body`` styles."""
    if line.words:
        return "".join(inert_line(span.text) for span in line.words)
    return inert_line(line.text)


def _is_change(item: _Item) -> bool:
    if isinstance(item, _Banner):
        return False
    lines = item if isinstance(item, tuple) else (item,)
    return any(line is not None and line.tag is not LineTag.CONTEXT for line in lines)


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

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCROLL_BINDINGS,  # Textual's scroll keys, with ids for Help and keymap.toml
        Binding("j", "scroll_down", "Down", show=False, id="diff.down", tooltip="Scroll down"),
        Binding("k", "scroll_up", "Up", show=False, id="diff.up", tooltip="Scroll up"),
        page_binding("diff"),
        Binding("n", "change(1)", "Next change", show=False, id="diff.next", tooltip="Next change"),
        Binding(
            "N",
            "change(-1)",
            "Previous change",
            show=False,
            id="diff.previous",
            tooltip="Previous change",
        ),
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
        self._items: list[_Item] = []
        self._fold = False
        self._width = -1
        self._starts: list[int] = []
        self._changes: list[int] = []
        """Items that begin a run of changed lines."""
        self._total = 0
        self._cache: dict[int, list[Strip]] = {}

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
            self._collect()

    @property
    def text(self) -> str:
        """What every row says, without styles (renders them all: for tests and copying)."""
        rows = (strip.text.rstrip() for i in range(len(self._items)) for strip in self._strips(i))
        return "\n".join(rows)

    def show_diff(self, diff: FileDiff, heading: Text) -> None:
        """Show ``diff`` under ``heading`` (already inert ``Text``), scrolled to the top."""
        self._diff, self._heading, self._message = diff, heading, None
        self._collect()
        self.scroll_home(animate=False)

    def show_message(self, message: Text | str) -> None:
        """Show a sentence instead of a diff (loading, nothing selected, no history)."""
        self._diff = None
        self._message = message if isinstance(message, Text) else Text(message)
        self._collect()
        self.scroll_home(animate=False)

    # -- layout: what each row is, per width --------------------------------------

    def _collect(self) -> None:
        """Turn the diff into items (no styling yet: that happens when rows are drawn)."""
        items: list[_Item] = []
        diff = self._diff
        if self._message is not None or diff is None:
            items.append(_Banner(self._message or Text(""), "", hang=0))
        else:
            items.append(_Banner(self._heading, "heading"))
            if diff.old_path and diff.new_path and diff.old_path != diff.new_path:
                moved = f"renamed  {inert_line(diff.old_path)} → {inert_line(diff.new_path)}"
                items.append(_Banner(Text(moved), "heading", hang=len("renamed  ")))
            if diff.notice:
                items.append(_Banner(Text(inert_line(diff.notice)), "notice"))
            elif diff.identical:
                items.append(_Banner(Text("(no change to the text)"), ""))
            # A file added (or deleted) has one side only: beside it, the other column
            # stood empty, and most records have that one revision alone.
            one_side = diff.old_path is None or diff.new_path is None
            if self._side_by_side and one_side and diff.hunks:
                made = "added" if diff.old_path is None else "deleted"
                notice = f"The file was {made} here: one column, with nothing to put beside it."
                items.append(_Banner(Text(notice), "notice"))
            for hunk in diff.hunks:
                items.append(_Banner(Text(hunk.header), "hunk"))
                paired = self._side_by_side and not one_side
                items.extend(pairs(hunk.lines) if paired else hunk.lines)
        self._items = items
        changed = [_is_change(item) for item in items]
        self._changes = [i for i, c in enumerate(changed) if c and not (i and changed[i - 1])]
        self._fold = len(items) > WORD_WRAP_LIMIT
        self._layout()

    # -- stepping between changes -------------------------------------------------------

    CHANGE_CONTEXT = 2
    """Rows of context kept above a change scrolled to."""

    def action_change(self, step: int) -> None:
        """Scroll the next (1) or previous (-1) run of changed lines near the top."""
        if self._width < 0 or not self._changes:
            return
        top = self.scroll_offset.y + self.CHANGE_CONTEXT
        rows = [self._starts[i] for i in self._changes]
        after = [r for r in rows if r > top] if step > 0 else [r for r in reversed(rows) if r < top]
        if after:
            self.scroll_to(y=max(0, after[0] - self.CHANGE_CONTEXT), animate=False)

    def _layout(self) -> None:
        """Row counts for the current width: word wrap is measured without drawing."""
        width = self.scrollable_content_region.width
        self._cache.clear()
        if width <= 0 or not self.is_mounted:
            self._width = -1
            return
        self._width = width
        heights = [self._height(index, width) for index in range(len(self._items))]
        self._starts = list(accumulate(heights, initial=0))
        self._total = self._starts.pop()
        size = Size(width, self._total)
        if size != self.virtual_size:
            # Set without a layout: CSS sizes this view, never its content. Assigned,
            # the new size laid the whole screen out again after its first paint.
            self.set_reactive(DiffView.virtual_size, size)
            self._scroll_update(size)
        self.refresh()

    def _rows(self, text: str, width: int) -> int:
        return line_rows(text, width, words=not self._fold)

    def _height(self, index: int, width: int) -> int:
        item = self._items[index]
        if isinstance(item, _Banner):
            return len(self._strips(index))
        if isinstance(item, DiffLine):
            return self._rows(_plain(item), width - 2)
        left, right = _halves(width)
        old, new = item
        return max(
            self._rows(_plain(old), left - _NUMBER) if old else 0,
            self._rows(_plain(new), right - _NUMBER) if new else 0,
        )

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Re-measure for a new width within the layout pass, before the rows are drawn.

        (A ``Resize`` handler runs after that pass has painted, then paints again.)
        """
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if self.scrollable_content_region.width != self._width:
            self._layout()
        return resized

    def notify_style_update(self) -> None:
        """Theme or CSS changed: the cached rows carry old colours."""
        super().notify_style_update()
        self._cache.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Draw one visible row (only visible items are ever styled and rendered)."""
        width = self.scrollable_content_region.width
        if width != self._width:
            self._layout()
        row = y + self.scroll_offset.y
        if not 0 <= row < self._total:
            return Strip.blank(width, self.rich_style)
        index = bisect_right(self._starts, row) - 1
        strips = self._strips(index)
        offset = row - self._starts[index]
        return strips[offset] if offset < len(strips) else Strip.blank(width, self.rich_style)

    # -- drawing --------------------------------------------------------------------

    def _strips(self, index: int) -> list[Strip]:
        found = self._cache.get(index)
        if found is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[index] = list(self._draw(self._items[index], self._width))
        return found

    def _draw(self, item: _Item, width: int) -> Iterator[Strip]:
        width = max(1, width)
        if isinstance(item, _Banner):
            fill = self._style(item.fill) if item.fill else None
            yield from self._hanging(item, width, fill)
        elif isinstance(item, DiffLine):
            yield from self._unified_rows(item, width)
        else:
            yield from self._side_rows(*item, width)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"diff-view--{name}")

    def _split(self, text: Text, width: int) -> list[Text]:
        if self._fold:
            return list(text.divide(fold_offsets(text.plain, width)))
        return list(text.wrap(self.app.console, width, overflow="fold"))

    def _wrapped(self, text: Text, width: int, fill: Style | None = None) -> list[Strip]:
        """``text`` wrapped to ``width`` cells, each row padded to the full width."""
        console = self.app.console
        base = self.rich_style
        fill = fill or base
        strips: list[Strip] = []
        for line in self._split(text, max(1, width)):
            strip = Strip(list(line.render(console, end="")))
            # Text.render leaves the Text's own style to its caller: put it, then the
            # fill, under the spans, so a line's tint reaches its mark and its words.
            if isinstance(line.style, Style):
                strip = strip.apply_style(line.style)
            strip = strip.extend_cell_length(width, fill).crop(0, width)
            strips.append(strip.apply_style(fill).apply_style(base))
        return strips or [Strip.blank(width, fill)]

    def _hanging(self, banner: _Banner, width: int, fill: Style | None) -> list[Strip]:
        """The banner's rows, those it wraps onto starting ``hang`` cells in.

        A wrapped subject or rename ran on at column 0, as if a line of its own.
        """
        hang = banner.hang
        if not hang or width <= 2 * hang or len(banner.text) <= hang:
            return self._wrapped(banner.text, width, fill)
        # The first cells stay on the first row; the rest wraps in the room right of them.
        lead, rest = banner.text.divide([hang])
        rows = self._wrapped(rest, width - hang, fill)
        first, indent = (self._wrapped(text, hang, fill)[0] for text in (lead, Text("")))
        return [Strip.join([first if i == 0 else indent, row]) for i, row in enumerate(rows)]

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

    def _unified_rows(self, line: DiffLine, width: int) -> Iterator[Strip]:
        style = self._line_style(line.tag)
        # Every row of a wrapped line carries its mark: a bare continuation of an added
        # line read as unchanged text wherever the tint does not show (NO_COLOR).
        prefix = self._wrapped(Text(f"{_MARKS[line.tag]} ", style=style or ""), 2, style)[0]
        for strip in self._wrapped(self._body(line, style), width - 2, style):
            yield Strip.join([prefix, strip])

    def _cell(self, line: DiffLine | None, side: LineTag, width: int) -> list[Strip]:
        """One side of a side-by-side row: a number gutter and the wrapped text."""
        if line is None:
            return []
        style = self._line_style(line.tag)
        number = line.old_number if side is LineTag.REMOVE else line.new_number
        gutter = self._style("gutter")
        rows: list[Strip] = []
        body = self._wrapped(self._body(line, style), width - _NUMBER, style)
        # The +/- mark follows the number, as in the unified view: without it a changed
        # row differed from its neighbours by tint alone, which NO_COLOR turns to grey.
        mark = _MARKS[line.tag]
        for index, strip in enumerate(body):
            shown = number if index == 0 and number is not None else ""  # the mark on every row
            rows.append(
                Strip.join([self._wrapped(Text(f"{shown:>4}{mark} "), _NUMBER, gutter)[0], strip])
            )
        return rows

    def _side_rows(self, old: DiffLine | None, new: DiffLine | None, width: int) -> Iterator[Strip]:
        left_width, right_width = _halves(width)
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


def _halves(width: int) -> tuple[int, int]:
    """Widths of the old and new columns (one cell between them for the separator)."""
    left = (width - 1) // 2
    return left, width - 1 - left
