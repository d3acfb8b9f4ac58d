"""Markdown whose tables are drawn whole: too wide for the width, a table is shown row by row.

Rich shares a table's width out among its columns and cuts what does not fit: at 80
columns a 40-column table drew as an empty frame (each column got no cell at all),
15 columns drew as ``va…`` in every cell, and a 500-character word (a URL, a hash)
ended in an ellipsis. A table whose columns cannot all get their longest word is
drawn instead as one block per row, each cell under its column's heading and
wrapped to the full width, so every word is there to read by scrolling down as
the rest of the text is: at 80x24 a sideways-scrolled table shows about 8 of 40
columns and loses the row's first cells (what names it) from view; a reader
following a row had to scroll sideways and back for every row.

No Textual here: the command line's ``show`` draws its Markdown with it too.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.markdown import Markdown, MarkdownElement, TableElement
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from adr_tui.core.records import record

PADDING = 2
"""Cells Rich's Markdown table adds to each column (a space either side, the edges)."""

LABEL_SHARE = 3
"""A heading takes at most this fraction (1/3) of the width beside its cell's text."""


@record
class RowByRow:
    """A table as one block per row: ``heading  cell`` lines, the cells wrapped.

    Each block starts with a rule saying which row it is (``Row 2 of 9``): a row of
    40 cells is taller than a 24-row terminal, and the rule is where the next begins.
    """

    headings: tuple[Text, ...]
    rows: tuple[tuple[Text, ...], ...]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Each row under its rule, headings in a column of their own."""
        labels = [
            heading if heading.plain.strip() else Text(f"column {number}", "dim")
            for number, heading in enumerate(self.headings, 1)
        ]
        if not self.rows:  # a table of headings alone: each on a line of its own
            yield Rule(Text("Table headings, no rows"), align="left", style="markdown.table.border")
            yield from labels
            return
        widest = max((label.cell_len for label in labels), default=0)
        label_width = max(1, min(widest, options.max_width // LABEL_SHARE))
        for number, row in enumerate(self.rows, 1):
            title = Text(f"Row {number} of {len(self.rows)}")
            yield Rule(title, align="left", style="markdown.table.border")
            grid = Table.grid(padding=(0, 2), expand=True)
            grid.add_column(width=label_width, overflow="fold", style="markdown.table.header")
            grid.add_column(ratio=1, overflow="fold")
            for label, cell in zip(labels, row, strict=False):
                grid.add_row(label, cell)
            yield grid


def _cells(element: TableElement) -> tuple[list[Text], list[list[Text]]]:
    """The table's headings and its rows of cells, as Rich's parser left them."""
    header = element.header.row.cells if element.header and element.header.row else []
    rows = element.body.rows if element.body else []
    return [c.content for c in header], [[c.content for c in row.cells] for row in rows]


def _longest_word(cell: Text) -> int:
    return max((cell_len(word) for word in cell.plain.split()), default=0)


def fits(headings: list[Text], rows: list[list[Text]], width: int) -> bool:
    """Whether Rich's table gives every column its longest word in ``width`` cells.

    Its box pads each column with a cell on either side. (Rich's own measurement of a
    table is capped at the width it is given, so it cannot say the table overflows.)
    """
    columns: dict[int, int] = {}
    for row in (headings, *rows):
        for index, cell in enumerate(row):
            columns[index] = max(columns.get(index, 0), _longest_word(cell))
    return sum(columns.values()) + PADDING * len(columns) <= width


class WholeTable(TableElement):
    """Rich's table when every column gets its longest word; else :class:`RowByRow`."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The table as Rich lays it out, unless that would cut a word."""
        headings, rows = _cells(self)
        if fits(headings, rows, options.max_width):
            yield from super().__rich_console__(console, options)
        else:
            yield RowByRow(tuple(headings), tuple(tuple(row) for row in rows))


class WholeTablesMarkdown(Markdown):
    """Rich's Markdown with :class:`WholeTable` for its tables."""

    elements: ClassVar[dict[str, type[MarkdownElement]]] = {
        **Markdown.elements,
        "table_open": WholeTable,
    }
