"""A list of multi-line rows, one highlighted: the History screen's revisions.

Textual's ``OptionList`` renders and measures every option when it is laid out:
with 51 three-line revisions that was ~40 ms of the History screen's first
paint, against ~20 ms for a whole screen without it. This list draws only the
lines on screen (Line API), each once per width, highlight and focus: a row's
height is its number of lines, given by the caller, and its text is built
when it first comes into view (a 500-revision history builds a screenful, not
500 rows, before its first paint). Lines never wrap; a long one ends in an
ellipsis.

Prompts are ``Text`` built from untrusted strings by the caller (see
``widgets/timeline.py``); they are drawn as text, never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from adr_tui.ui.keymap import SIDEWAYS_BINDINGS

_LINE_CACHE = 512
"""Drawn lines kept: a few screens' worth."""


def _key(name: str, keys: str, tooltip: str, action: str | None = None) -> Binding:
    return Binding(
        keys,
        action or f"cursor_{name}",
        tooltip,
        show=False,
        id=f"revisions.{name}",
        tooltip=tooltip,
    )


class _RowMessage(Message):
    """Something happened to row ``index`` of a :class:`RevisionList`."""

    def __init__(self, revisions: RevisionList, index: int) -> None:
        super().__init__()
        self.revisions = revisions
        self.index = index

    @property
    def control(self) -> RevisionList:
        """The list that posted the message."""
        return self.revisions


class RevisionList(ScrollView, can_focus=True):
    """Rows of text, each one or more lines; the highlighted row follows the keys and mouse."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *SIDEWAYS_BINDINGS,  # Textual's, with ids (the list rebinds the vertical ones)
        _key("down", "down,j", "Next revision"),
        _key("up", "up,k", "Previous revision"),
        _key("page_down", "pagedown", "A page down"),
        _key("page_up", "pageup", "A page up"),
        _key("first", "home", "Newest revision"),
        _key("last", "end", "Oldest revision"),
        _key("select", "enter", "Move into the diff", action="select"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"revision-list--highlight"}

    highlighted: reactive[int | None] = reactive(None, always_update=True, repaint=True)
    """Index of the highlighted row (None while there are none)."""

    class Highlighted(_RowMessage):
        """Another row was highlighted."""

    class Selected(_RowMessage):
        """The user chose the highlighted row (enter, or a click on it)."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._rows: list[list[Text] | None] = []
        """Each row's lines once built (None: not yet)."""
        self._build: Callable[[int], Text] = lambda _index: Text()
        self._starts: list[int] = [0]
        """First line of each row, then the total line count."""
        self._lines: LRUCache[tuple[int, int, int, bool], Strip] = LRUCache(_LINE_CACHE)
        self._styles: tuple[Style, Style] | None = None

    # -- rows -------------------------------------------------------------------

    @property
    def count(self) -> int:
        """Number of rows."""
        return len(self._rows)

    def prompt(self, index: int) -> Text:
        """Row ``index`` as one text (its lines joined)."""
        return Text("\n").join(self._row(index))

    def set_rows(self, heights: Sequence[int], build: Callable[[int], Text]) -> None:
        """Replace every row: row ``i`` has ``heights[i]`` lines, ``build(i)`` when first shown.

        The highlight moves to the first row.
        """
        self._rows = [None] * len(heights)
        self._build = build
        self._starts = [0, *accumulate(heights)]
        self._lines.clear()
        # No width: lines are cut, never scrolled sideways, and a resize then changes
        # nothing here (a new virtual size cost the History screen a second layout).
        self.virtual_size = Size(0, self._starts[-1])
        if self._starts[-1] > self.app.size.height:
            # It certainly scrolls: with its scrollbar from the first layout, that
            # layout need not find it missing and lay the screen out again.
            self.show_vertical_scrollbar = True
        self.highlighted = 0 if self._rows else None

    def replace_prompt(self, index: int, prompt: Text) -> None:
        """Redraw row ``index`` with a new text of the same number of lines."""
        self._rows[index] = self._split(index, prompt)
        self._lines.clear()
        self.refresh()

    def _row(self, index: int) -> list[Text]:
        lines = self._rows[index]
        if lines is None:
            lines = self._rows[index] = self._split(index, self._build(index))
        return lines

    def _split(self, index: int, prompt: Text) -> list[Text]:
        lines = list(prompt.split("\n", allow_blank=True))
        if len(lines) != self._starts[index + 1] - self._starts[index]:
            raise ValueError(f"row {index} has {len(lines)} lines, not the height it was given")
        return lines

    def validate_highlighted(self, value: int | None) -> int | None:
        """Keep the highlight on an existing row."""
        if not self._rows or value is None:
            return None
        return max(0, min(value, len(self._rows) - 1))

    def watch_highlighted(self, value: int | None) -> None:
        """Scroll to and announce the highlighted row."""
        if value is None:
            return
        self._scroll_to_row(value)
        self.post_message(self.Highlighted(self, value))

    def _scroll_to_row(self, index: int) -> None:
        top, bottom = self._starts[index], self._starts[index + 1]
        height = self.scrollable_content_region.height or 1
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > y + height:
            self.scroll_to(y=min(top, bottom - height), animate=False, immediate=True)

    # -- keys and mouse -----------------------------------------------------------

    def _move(self, rows: int) -> None:
        if self.highlighted is not None:
            self.highlighted += rows

    def action_cursor_down(self) -> None:
        """Highlight the next row."""
        self._move(1)

    def action_cursor_up(self) -> None:
        """Highlight the previous row."""
        self._move(-1)

    def _page(self) -> int:
        index = self.highlighted or 0
        height = self._starts[index + 1] - self._starts[index] if self._rows else 1
        return max(1, self.scrollable_content_region.height // max(1, height))

    def action_cursor_page_down(self) -> None:
        """Move a screenful down."""
        self._move(self._page())

    def action_cursor_page_up(self) -> None:
        """Move a screenful up."""
        self._move(-self._page())

    def action_cursor_first(self) -> None:
        """Highlight the first row."""
        self.highlighted = 0

    def action_cursor_last(self) -> None:
        """Highlight the last row."""
        self.highlighted = len(self._rows) - 1

    def action_select(self) -> None:
        """Choose the highlighted row."""
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    def _row_at(self, y: int) -> int | None:
        line = y + self.scroll_offset.y
        if not 0 <= line < self._starts[-1]:
            return None
        return bisect_right(self._starts, line) - 1

    def on_click(self, event: events.Click) -> None:
        """Highlight the clicked row; clicking the highlighted one chooses it."""
        index = self._row_at(event.y)
        if index is None:
            return
        if index == self.highlighted:
            self.action_select()
        self.highlighted = index

    # -- drawing ----------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Forget drawn lines when the theme changes."""
        super().notify_style_update()
        self._styles = None
        self._lines.clear()

    def _on_focus(self, event: events.Focus) -> None:
        self._lines.clear()  # the highlight's colour follows focus

    def _on_blur(self, event: events.Blur) -> None:
        self._lines.clear()

    def _base_and_highlight(self) -> tuple[Style, Style]:
        # ``rich_style`` walks every ancestor's styles: once, not once per line.
        if self._styles is None:
            base = self.rich_style
            self._styles = (base, base + self.get_component_rich_style("revision-list--highlight"))
        return self._styles

    def render_line(self, y: int) -> Strip:
        """One visible line, from the cache when it was drawn before."""
        width = self.scrollable_content_region.width
        index = self._row_at(y)
        base, highlight = self._base_and_highlight()
        if index is None:
            return Strip.blank(width, base)
        sub = y + self.scroll_offset.y - self._starts[index]
        lit = index == self.highlighted
        key = (index, sub, width, lit)
        strip = self._lines.get(key)
        if strip is None:
            # Focused, the highlight's own ink over the row, as on Browse's cursor row
            # (AdrList): a status's colour on the cursor's blue was hard to read.
            ink = Style(color=highlight.color) if lit and self.has_focus else None
            strip = self._draw(self._row(index)[sub], width, highlight if lit else base, ink)
            self._lines[key] = strip
        return strip

    def _draw(self, line: Text, width: int, style: Style, ink: Style | None = None) -> Strip:
        """A line padded by one cell each side, cut with an ellipsis, in the row's style.

        ``ink``: a colour over the line's own (the focused highlight's).
        """
        inner = max(0, width - 2)
        fitted = line.copy()
        fitted.truncate(inner, overflow="ellipsis", pad=True)
        segments = [Segment(" "), *fitted.render(self.app.console, end=""), Segment(" ")]
        fitted_line = Segment.adjust_line_length(segments, width)
        return Strip(Segment.apply_style(fitted_line, style, ink), width)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """Fill the width offered."""
        return container.width
