"""The ADR view's table of contents: the text's headings as a tree, sized to fit them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from adr_tui.core.model import Section
from adr_tui.core.parsing.inline import plain
from adr_tui.ui.keymap import named_bindings, with_j_and_k
from adr_tui.ui.widgets.markdown_text import Heading


class ContentsTree(Tree[int]):
    """The contents' tree: a heading too long for the pane ends in an ellipsis, not mid-word.

    Its keys carry ids (``contents.…``) like every other binding; escape (and the
    screen's ``t``) hand the keyboard back to the text.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *with_j_and_k(named_bindings(Tree, "contents"), "Next heading", "Previous heading"),
        Binding(
            "escape",
            "screen.leave_contents",
            "Text",
            id="contents.leave",
            tooltip="Back to the text",
        ),
    ]

    def render_label(self, node: TreeNode[int], base_style: Style, style: Style) -> Text:
        """The heading, cut with an ellipsis to the cells left of the guides."""
        label = super().render_label(node, base_style, style)
        depth, parent = 0, node.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        # The root is hidden: guides take ``guide_depth`` cells per ancestor below it.
        room = self.scrollable_content_region.width - max(0, depth - 1) * self.guide_depth
        if room > 0 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label


LEVEL_NUMERALS = " ⅠⅡⅢⅣⅤⅥ"
"""The heading level marks of the contents, indexed by level (as Textual marks them)."""

CONTENTS_MIN_TERMINAL = 100
"""Terminal columns from which the contents pane shows without ``t``."""
CONTENTS_WIDTH = (20, 48)
"""Fewest and most columns of the contents pane; within them it fits its longest heading."""
CONTENTS_SHARE = 3
"""The contents take at most this fraction (1/3) of the terminal's width."""
CONTENTS_SHARE_ASKED = 2
"""At most half when ``t`` shows them on a terminal too narrow to keep them: they are read
while a heading is chosen, then hidden. (A third of 80 columns cut 'Alternative 1: Mutual
TLS' and 'Alternative 2: …' to the same 'Alternative …'.)"""
CONTENTS_CHROME = 5
"""Columns around a heading's label: the tree's padding (2), its border (1), an arrow (2)."""


def heading_labels(headings: Iterable[tuple[int, str]]) -> tuple[tuple[int, int], ...]:
    """Each ``(level, title)``'s depth under the nearest shallower one, and its label's cells."""
    open_levels: list[int] = []
    labels: list[tuple[int, int]] = []
    for level, title in headings:
        while open_levels and open_levels[-1] >= level:
            open_levels.pop()
        labels.append((len(open_levels), cell_len(f"{LEVEL_NUMERALS[level]} {title}")))
        open_levels.append(level)
    return tuple(labels)


def contents_width(
    labels: tuple[tuple[int, int], ...], screen_width: int, share: int = CONTENTS_SHARE
) -> int:
    """Columns for the contents: the widest ``(depth, cells)`` label whole, within limits.

    A narrow pane cut most headings to a word and an ellipsis on a 160-column terminal;
    a wide one would take the text's room on an 80-column one.
    """
    widest = max((depth * 4 + cells for depth, cells in labels), default=0) + CONTENTS_CHROME
    low, high = CONTENTS_WIDTH
    return max(low, min(widest, high, screen_width // share))


class Contents(Widget, can_focus_children=True):
    """The text's headings as a tree; choosing one scrolls the text to it."""

    class Selected(Message):
        """Heading ``index`` (in document order) was chosen."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def compose(self) -> ComposeResult:
        """The tree, set up as Textual's own table of contents."""
        tree = ContentsTree("TOC")
        tree.show_root = False
        tree.show_guides = True
        tree.guide_depth = 4
        tree.auto_expand = False
        yield tree

    def show(self, headings: tuple[Heading, ...]) -> None:
        """Each heading under the nearest shallower one before it; the pane fits them.

        (Textual's own contents fill a skipped level with an entry reading only its
        numeral, 'Ⅱ' above a body that starts at '##', which reads as a broken line.)
        """
        tree = self.query_one(ContentsTree)
        tree.clear()
        open_: list[tuple[int, TreeNode[int]]] = []  # the path to the last heading
        for index, heading in enumerate(headings):
            while open_ and open_[-1][0] >= heading.level:
                open_.pop()
            parent = open_[-1][1] if open_ else tree.root
            parent.allow_expand = True
            parent.expand()
            label = Text.assemble((f"{LEVEL_NUMERALS[heading.level]} ", "dim"), heading.title)
            open_.append((heading.level, parent.add_leaf(label, index)))
        self._labels = heading_labels((h.level, h.title) for h in headings)
        self.fit()

    def expect(self, sections: Iterable[Section]) -> None:
        """Take the width the parser's headings ask for, before the text is drawn.

        The text is laid out for the room the pane leaves: sized only once the drawn
        headings came, it made the text draw itself a second time at the new width.
        """
        # The parser keeps a heading's marks (`code`, **bold**, [links](…)); drawn, they are gone.
        shown = ((s.level, plain(s.title)) for s in sections if 0 < s.level < 7)
        self._labels = heading_labels(shown)
        self.fit()

    asked = False
    """Shown by ``t`` on a narrow terminal, until left (see :data:`CONTENTS_SHARE_ASKED`)."""

    def fit(self) -> None:
        """Width for the headings shown, at the terminal's present width."""
        share = CONTENTS_SHARE_ASKED if self.asked else CONTENTS_SHARE
        self.styles.width = contents_width(self._labels, self.app.size.width, share)

    @on(Tree.NodeSelected)
    def _chosen(self, message: Tree.NodeSelected[int]) -> None:
        message.stop()
        if message.node.data is not None:
            self.post_message(self.Selected(message.node.data))

    _labels: tuple[tuple[int, int], ...] = ()
    """Each heading's depth and cells, for the pane's width."""
