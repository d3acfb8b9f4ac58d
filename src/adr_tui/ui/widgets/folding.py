"""Where a line of text breaks at the edge of a view: between words, or anywhere (cheaper).

Both the diff and the source view count every line's rows when the width changes,
and draw only the rows in view; these functions are that count and those breaks.
"""

from __future__ import annotations

from rich._wrap import divide_line  # Text.wrap's own measure: breaks without drawing
from rich.cells import cell_len, get_character_cell_size


def fold_offsets(text: str, width: int) -> list[int]:
    """Where ``text`` breaks when folded at ``width`` cells, ignoring word boundaries."""
    if text.isascii():
        return list(range(width, len(text), width))
    offsets: list[int] = []
    cells = 0
    for index, char in enumerate(text):
        size = get_character_cell_size(char)
        if cells + size > width and cells:
            offsets.append(index)
            cells = 0
        cells += size
    return offsets


def line_breaks(text: str, width: int, *, words: bool) -> list[int]:
    """Where ``text`` breaks at ``width`` cells: between words (as Rich wraps) or anywhere."""
    width = max(1, width)
    return divide_line(text, width) if words else fold_offsets(text, width)


def line_rows(text: str, width: int, *, words: bool) -> int:
    """Rows ``text`` takes at ``width`` cells.

    Folded anywhere, an ASCII line's rows come from its length alone, so the rows
    of a 5 MB file are counted at once.
    """
    width = max(1, width)
    if not words and (text.isascii() or cell_len(text) == len(text)):
        return max(1, -(-len(text) // width))
    return len(line_breaks(text, width, words=words)) + 1
