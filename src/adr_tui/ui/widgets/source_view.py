"""Raw file text, one line per row, rendered lazily (Line API).

``TextArea`` computes wrapping and tab widths for every line on load, which
took seconds for a 5 MB file; this view only touches the visible lines.
:func:`read_source` reads a decision's file as stored (front matter and all),
so the line numbers are the file's; callers run it in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from adr_tui.core.sources import FileSource, WorktreeSource
from adr_tui.core.text import inert
from adr_tui.ui.keymap import SCROLL_BINDINGS


@dataclass
class SourceRead(Message, bubble=False):
    """A decision's file was read for the source view (or why it could not be)."""

    key: str
    """The entry whose file this is."""
    text: str | None
    """The file's text as stored (newlines normalised); None when it could not be read."""
    notice: str = ""
    """Why not."""
    gone: bool = False
    """The file is no longer in the working tree (removed or renamed)."""


def read_source(root: Path, at: str | None, path: str) -> SourceRead:
    """The file at ``path`` in the working tree of ``root``, or in its tree as of ``at``."""
    try:
        if at is None:
            source: FileSource = WorktreeSource(root)
        else:
            from adr_tui.core.gitlog import tree_source  # git only for a catalogue from --at

            source = tree_source(root, at)
        decoded = decode(source.read_bytes(path))
    except (OSError, AdrError) as exc:
        gone = at is None and not (root / path).is_file()
        return SourceRead("", None, str(exc), gone)
    if decoded.problem is not None:
        return SourceRead("", None, decoded.problem[1])
    return SourceRead("", decoded.text)


class SourceView(ScrollView, can_focus=True):
    """Literal text with line numbers; scrolls both ways, never wraps."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCROLL_BINDINGS,
        Binding("j", "scroll_down", "Down", show=False, id="source.down", tooltip="Scroll down"),
        Binding("k", "scroll_up", "Up", show=False, id="source.up", tooltip="Scroll up"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source-view--gutter"}

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._lines: list[str] = []
        self._gutter = 0

    @property
    def text(self) -> str:
        """The text shown (already inert)."""
        return "\n".join(self._lines)

    def load_text(self, text: str) -> None:
        """Show ``text``; control characters become visible symbols, tabs become spaces."""
        self._lines = inert(text).expandtabs(4).split("\n")
        self._gutter = len(str(len(self._lines))) + 1
        longest = max((len(line) for line in self._lines[:20_000]), default=0)
        self.virtual_size = Size(self._gutter + 1 + longest, len(self._lines))
        self.scroll_home(animate=False)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Render one visible line."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = y + scroll_y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        gutter = self.get_component_rich_style("source-view--gutter", partial=True)
        number = Segment(f"{index + 1:>{self._gutter}} ", gutter)
        body = Strip([Segment(self._lines[index])]).crop_extend(
            scroll_x, scroll_x + max(0, width - self._gutter - 1), base
        )
        return Strip([number, *body]).crop_extend(0, width, base).apply_style(base)
