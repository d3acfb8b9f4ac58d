"""Where a line of text breaks at the edge of a view: between words, or anywhere (cheaper).

Both the diff and the source view count every line's rows when the width changes,
and draw only the rows in view; these functions are that count and those breaks.

Folded anywhere, a line breaks where the next character's cells no longer fit, as
Rich measures one character (:func:`rich.cells.get_character_cell_size`). A loop
over every character held the UI thread for ~1 s on a 5 MB table with a few emoji
per row, so characters are classed by regular expressions built from Rich's cell
table, and a run of n characters of one size breaks every ``width // size``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich._unicode_data import load as load_cell_table  # the table Rich sizes characters by
from rich._wrap import divide_line  # Text.wrap's own measure: breaks without drawing
from rich.cells import get_character_cell_size


def _bmp_class(width: int) -> str:
    """The ranges, within the BMP, of the code points Rich gives ``width`` cells.

    Only BMP ranges: such a class compiles to a table looked up at once, while one
    holding higher code points is read range by range (slower than the old loop).
    """
    spans = [(start, end) for start, end, cells in load_cell_table().widths if cells == width]
    if width == 0:  # Rich sizes C0 and C1 controls before its table; a newline ends a line
        spans += [(0x01, 0x09), (0x0B, 0x1F), (0x7F, 0x9F)]
    return "".join(f"\\u{a:04x}-\\u{min(b, 0xFFFF):04x}" for a, b in spans if a <= 0xFFFF)


_ASTRAL = "\\U00010000-\\U0010ffff"
_WIDE = re.compile(f"[{_bmp_class(2)}]+")
"""A run of 2-cell BMP characters."""
_RUNS = re.compile(f"({_WIDE.pattern})|[{_bmp_class(0)}]+|[{_ASTRAL}]")
"""A run of 2-cell characters (group 1) or of 0-cell ones, or one past the BMP, sized alone."""
_ODD = re.compile(f"[{_bmp_class(0)}{_ASTRAL}]")
"""A character that is 0 cells wide or past the BMP."""
_ZERO_RUN = re.compile(f"[{_bmp_class(0)}]+")
_ASTRAL_CHAR = re.compile(f"[{_ASTRAL}]")
_NOT_WIDE = re.compile(f"[^{_bmp_class(2)}\\n]+")


def _fold(text: str, width: int, offsets: list[int] | None, runs: re.Pattern[str] = _RUNS) -> int:
    """Rows of ``text`` folded at ``width`` (at least 2) cells; breaks go to ``offsets``.

    ``runs`` may be :data:`_WIDE` for a text with no 0-cell or non-BMP character (a
    line as :class:`FoldedLines` counts it): one class to test per character, not three.
    """
    rows, cells, done = 1, 0, 0
    for run in runs.finditer(text):
        start, end = run.span()
        if start > done:  # the 1-cell characters before this run
            if cells + start - done <= width:  # most of them: no break, no call
                cells += start - done
            else:
                rows, cells = _run(done, start - done, 1, width, rows, cells, offsets)
        if run.lastindex or runs is _WIDE:
            size = 2
        else:  # one character past the BMP, or a run of 0-cell ones
            size = get_character_cell_size(text[start]) if text[start] > "\uffff" else 0
        if size:  # 0-cell runs never break: a row holds at most ``width`` cells
            rows, cells = _run(start, end - start, size, width, rows, cells, offsets)
        done = end
    if len(text) > done:
        rows, cells = _run(done, len(text) - done, 1, width, rows, cells, offsets)
    return rows


def _runs_of(text: str) -> re.Pattern[str]:
    """The runs to read ``text`` by: of 2-cell characters only, unless it holds others."""
    return _RUNS if _ODD.search(text) else _WIDE


def _run(
    at: int, count: int, size: int, width: int, rows: int, cells: int, offsets: list[int] | None
) -> tuple[int, int]:
    """Rows and the last row's cells after ``count`` characters of ``size`` cells from ``at``."""
    room = (width - cells) // size  # characters that still fit on the current row
    if count <= room:
        return rows, cells + count * size
    per_row = width // size
    breaks = 1 + (count - room - 1) // per_row
    if offsets is not None:
        offsets.extend(range(at + room, at + count, per_row))
    return rows + breaks, (count - room - (breaks - 1) * per_row) * size


def _fold_narrow(text: str) -> list[int]:
    """Breaks at a 1-cell width, where a 0-cell character after a wide one takes a row."""
    offsets: list[int] = []
    cells = 0
    for index, char in enumerate(text):
        size = get_character_cell_size(char)
        if cells + size > 1 and cells:
            offsets.append(index)
            cells = 0
        cells += size
    return offsets


def fold_offsets(text: str, width: int) -> list[int]:
    """Where ``text`` breaks when folded at ``width`` cells, ignoring word boundaries."""
    if text.isascii():
        return list(range(width, len(text), width))
    if width < 2:
        return _fold_narrow(text)
    offsets: list[int] = []
    _fold(text, width, offsets, _runs_of(text))
    return offsets


def line_breaks(text: str, width: int, *, words: bool) -> list[int]:
    """Where ``text`` breaks at ``width`` cells: between words (as Rich wraps) or anywhere."""
    width = max(1, width)
    return divide_line(text, width) if words else fold_offsets(text, width)


def line_rows(text: str, width: int, *, words: bool) -> int:
    """Rows ``text`` takes at ``width`` cells."""
    width = max(1, width)
    if words:
        return len(divide_line(text, width)) + 1
    if text.isascii():
        return max(1, -(-len(text) // width))
    if width < 2:
        return len(_fold_narrow(text)) + 1
    return _fold(text, width, None, _runs_of(text))


def _stand_in(char: re.Match[str]) -> str:
    """A BMP character as wide as ``char`` (past the BMP), for counting rows only."""
    return ("", "a", "\u4e00")[get_character_cell_size(char[0])]


@dataclass
class FoldedLines:
    """Lines measured once, so their rows folded at any width are counted without a walk.

    A line of 1- and 2-cell characters takes at least ``ceil(cells / width)`` rows, and
    at most ``ceil(cells / (width - 1))``: a row ends at most one cell short, where a
    2-cell character did not fit. Only a line where the two differ is walked. From 2
    cells wide, a 0-cell character never breaks a line, so rows are counted without
    them, and with a BMP stand-in for each character past the BMP.
    """

    lines: list[str]
    counted: list[str] = field(init=False)
    """The lines as their rows are counted: no 0-cell characters, stand-ins past the BMP."""
    cells: list[int] = field(init=False)
    """Each counted line's cells."""
    wide: list[int] = field(init=False)
    """The lines holding a 2-cell character."""

    def __post_init__(self) -> None:
        text = "\n".join(self.lines)
        self.counted = self.lines
        if text.isascii():
            self.cells, self.wide = list(map(len, self.lines)), []
            return
        if _ODD.search(text):
            text = _ASTRAL_CHAR.sub(_stand_in, _ZERO_RUN.sub("", text))
            self.counted = text.split("\n")
        # Only 2-cell characters and newlines left: each line's count of them, in C.
        doubles = list(map(len, _NOT_WIDE.sub("", text).split("\n")))
        self.cells = [len(line) + extra for line, extra in zip(self.counted, doubles, strict=True)]
        self.wide = [index for index, extra in enumerate(doubles) if extra]

    def rows(self, width: int) -> list[int]:
        """Each line's rows folded at ``width`` cells."""
        width = max(1, width)
        rows = [(cells - 1) // width + 1 if cells else 1 for cells in self.cells]
        if width < 2:  # a 0-cell character can take a row of its own
            changed = (i for i, line in enumerate(self.lines) if line is not self.counted[i])
            for index in {*self.wide, *changed}:
                rows[index] = len(_fold_narrow(self.lines[index])) + 1
            return rows
        counted, cells, narrow = self.counted, self.cells, width - 1
        for index in self.wide:
            if (cells[index] - 1) // narrow + 1 != rows[index]:
                rows[index] = _fold(counted[index], width, None, _WIDE)
        return rows
