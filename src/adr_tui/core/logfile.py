"""A decision log kept in one file, split into one text per decision.

``DECISIONS.md``, ``docs/decisions.md``, ``docs/ADR.md``: one numbered section per
decision (``## ADR-001: Use PostgreSQL``, ``## 1. Document Architecture Decisions``,
``### Decision 2 - x``). Each section becomes the bytes of a one-decision document:
its heading made the document's title and its sub-headings raised as far, so the
parser reads it as it reads a file of its own. Pure and Git-free: the catalogue
splits today's file, the history each revision's, the snapshot a body to show.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from adr_tui.core.records import record

MIN_DECISIONS = 2
"""Numbered sections a file needs to be read as a log (one is a page that mentions one)."""

_HEADING = re.compile(rb"^(#{1,6}|={1,6})[ \t]+(.*?)[ \t]*\r?\n?$")
"""A Markdown ATX heading (``## x``) or an AsciiDoc one (``== x``): its marks, its text."""
_NUMBERED = re.compile(
    rb"^[*_]{0,2}\[?((?:adr|dec|decision|record)[-_ ]?#?)?0*(\d{1,5})(?![\d.]\d|\d|-\d)",
    re.IGNORECASE,
)
"""A heading that numbers a decision: "ADR-001:", "1.", "Decision 2 -", "[ADR 0003]".
Not a date ("2024-03-01 -", whose year is no number) nor a sub-number ("1.2")."""
_FENCE = re.compile(rb"^ {0,3}(`{3,}|~{3,})")
_BREAK = re.compile(rb"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?\n?$")
"""A thematic break: what many logs put between two decisions (no part of either)."""


@record
class LogPart:
    """One decision's section of a log file."""

    key: str
    """Its name in the file: the number its heading writes ("4"); "4-2" for a second 4."""
    number: int
    """The number its heading writes."""
    line: int
    """The 1-based line of its heading in the file."""
    data: bytes
    """The section as a document of its own: the heading its title, sub-headings raised."""


def split_log(data: bytes) -> tuple[LogPart, ...]:
    """The decisions of a log kept in one file, in file order; none when it is no such log.

    The decisions are the numbered headings of the level most of them have. A section
    runs to the next heading of its level or above, numbered or not ("## Appendix"
    ends the last one); the text before the first (the file's title, an index, a
    format) is no decision. Headings inside fenced code are text.
    """
    lines = data.removeprefix(b"\xef\xbb\xbf").splitlines(keepends=True)
    headings = _headings(lines)
    numbered = [(i, level, n) for i, level, n, _ in headings if n is not None]
    named = [(i, level, n) for i, level, n, said in headings if said and n is not None]
    if len(named) >= MIN_DECISIONS:  # "### 6. Reliability" beside "### ADR-001: x": a chapter
        numbered = named
    if len(numbered) < MIN_DECISIONS:
        return ()
    counts = Counter(level for _, level, _ in numbered)
    level = min(counts, key=lambda lv: (-counts[lv], lv))
    if counts[level] < MIN_DECISIONS:
        return ()
    ends = [i for i, lv, _, _ in headings if lv <= level] + [len(lines)]
    parts: list[LogPart] = []
    seen: Counter[int] = Counter()
    for i, lv, number in numbered:
        if lv != level:
            continue
        end = ends[bisect_right(ends, i)]
        seen[number] += 1
        key = str(number) if seen[number] == 1 else f"{number}-{seen[number]}"
        parts.append(LogPart(key, number, i + 1, _document(lines, i, end, level)))
    return tuple(parts)


def part_of(data: bytes, key: str) -> bytes | None:
    """The document of the section named ``key`` in ``data``; None when it has none."""
    return next((p.data for p in split_log(data) if p.key == key), None)


def line_of(data: bytes, key: str) -> int | None:
    """The 1-based line of the heading of section ``key`` in ``data`` (an editor opens there)."""
    return next((p.line for p in split_log(data) if p.key == key), None)


def _headings(lines: list[bytes]) -> list[tuple[int, int, int | None, bool]]:
    """Each heading outside fenced code: (line index, level, number, named).

    The number is the one it writes (or None); named, whether a word says it is a
    decision's ("ADR-", "Decision").
    """
    found: list[tuple[int, int, int | None, bool]] = []
    for i, line, text in _marked(lines):
        heading = _HEADING.match(line) if text and line[:1] in (b"#", b"=") else None
        if heading:
            level, number = len(heading.group(1)), _NUMBERED.match(heading.group(2))
            if number is None:
                found.append((i, level, None, False))
            else:
                found.append((i, level, int(number.group(2)), number.group(1) is not None))
    return found


def _marked(lines: list[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """Each line, and whether it is Markdown text: not fenced code nor a fence's marks."""
    fence = b""
    for i, line in enumerate(lines):
        opened = _FENCE.match(line) if line[:1] in (b" ", b"`", b"~") else None
        if opened is None:
            yield i, line, not fence
            continue
        mark = opened.group(1)
        if not fence:
            fence = mark
        elif mark[:1] == fence[:1] and len(mark) >= len(fence):
            fence = b""
        yield i, line, False


def _document(lines: list[bytes], start: int, end: int, level: int) -> bytes:
    """Lines ``start`` to ``end`` as a document: the heading its title, deeper ones raised."""
    body = lines[start:end]
    while body and (not body[-1].strip() or _BREAK.match(body[-1])):
        body.pop()  # blank lines and the break before the next decision
    shift = level - 1
    out = []
    for _, line, text in _marked(body):
        if text and shift and line[:1] in (b"#", b"=") and _HEADING.match(line):
            line = line[shift:]
        out.append(line)
    if out and not out[-1].endswith(b"\n"):
        out[-1] += b"\n"
    return b"".join(out)
