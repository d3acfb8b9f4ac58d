"""A decision log kept in one file, split into one text per decision.

``DECISIONS.md``, ``docs/decisions.md``, ``docs/ADR.md``: one numbered section per
decision (``## ADR-001: Use PostgreSQL``, ``## 1. Document Architecture Decisions``,
``### Decision 2 - x``), or one dated section each (``## 2025-07-27: Initial set-up``).
Each section becomes the bytes of a one-decision document:
its heading made the document's title and its sub-headings raised as far, so the
parser reads it as it reads a file of its own. What is shown of it (the source view,
a version, a diff) is the section as the file writes it, numbered from its heading's
line. Pure and Git-free: the catalogue splits today's file, the history each
revision's, the snapshot a body to show.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from adr_tui.core.records import record

MIN_DECISIONS = 2
"""Numbered sections a file needs to be read as a log (one is a page that mentions one)."""

_MARK = re.compile(
    rb"^(?:(#{1,6}|={1,6})[ \t]+([^\r\n]*?)[ \t]*\r?$| {0,3}(`{3,}|~{3,}|<!--))",
    re.MULTILINE,
)
"""A Markdown ATX heading (``## x``) or an AsciiDoc one (``== x``): its marks and its text;
or the marks that open or close fenced code, or open an HTML comment. Found in one pass
over the whole file: a log of 3,000 decisions is read line by line in Python at ~1 µs a
line, each revision."""
_NUMBERED = re.compile(
    rb"^[*_]{0,2}\[?((?:adr|dec|decision|record)[-_ ]?#?)?0*(\d{1,5})(?![\d.]\d|\d|-\d)",
    re.IGNORECASE,
)
"""A heading that numbers a decision: "ADR-001:", "1.", "Decision 2 -", "[ADR 0003]".
Not a date ("2024-03-01 -", whose year is no number) nor a sub-number ("1.2")."""
_DATED = re.compile(rb"^[*_]{0,2}\[?(\d{4}-\d\d-\d\d)\b")
"""A heading that dates a decision: "2025-07-27: Initial set-up", "[2026-08-27] Keep x"."""
_DATE_LEAD = re.compile(r"^[*_]{0,2}\[?(\d{4}-\d\d-\d\d)\b\]?[*_]{0,2}[\s:.\-–—|]*")
_YEAR = re.compile(rb"^[*_]{0,2}(?:19|20|21)\d\d(?!\d)")
"""A heading that opens with a year ("## 2024" over its dated entries): no decision's number."""
_SLUG_DROPPED = re.compile(r"[^\w\- ]")
_BREAK = re.compile(rb"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
"""A thematic break: what many logs put between two decisions (no part of either)."""


@record
class LogPart:
    """One decision's section of a log file."""

    key: str
    """Its name in the file: the number its heading writes ("4"); "4-2" for a second 4.
    A log that dates its decisions instead names each by its heading's anchor
    ("2025-07-27-initial-set-up"): retitled, it is another decision."""
    number: int | None
    """The number its heading writes; None in a log that dates its decisions."""
    line: int
    """The 1-based line of its heading in the file."""
    data: bytes
    """The section as a document of its own: the heading its title, sub-headings raised.

    What the parser reads; never shown (a diff of it read "# ADR-2" for "## ADR-2")."""
    text: bytes
    """The section as the file writes it, trimmed alike: line n of it is line n of
    :attr:`data`, and the file's line ``line + n - 1``. What is shown."""


class _Heading(NamedTuple):
    at: int
    """Where its line starts in the file."""
    line: int
    """Its 1-based line."""
    level: int
    number: int | None
    """The number it writes, if any."""
    named: bool
    """Whether a word says it is a decision's ("ADR-", "Decision")."""
    dated: bool
    """Whether it opens with a date ("2025-07-27: x")."""
    text: bytes


@lru_cache(maxsize=4)  # the body of each section of one file, read in turn: cut once
def split_log(data: bytes, minimum: int = MIN_DECISIONS) -> tuple[LogPart, ...]:
    """The decisions of a log kept in one file, in file order; none when it is no such log.

    The decisions are the numbered headings of the shallowest level where they read as
    a log (:func:`_level`); numbered headings inside one of them are its own sub-headings
    ("### 1. Context" under "## 1. Use X"). A section runs to the next heading of its
    level or above, numbered or not ("## Appendix" ends the last one); the text before
    the first (the file's title, an index, a format) is no decision. Headings inside
    fenced code or an HTML comment are text. ``minimum`` is the sections a file needs to
    be a log: 1 for a revision of a file known to be one (one section is its first day).
    """
    data = data.removeprefix(b"\xef\xbb\xbf")
    level, spans = _spans(data, minimum)
    return tuple(
        LogPart(s.key, s.number, s.line, *_document(data, s.start, s.end, level - 1, s.inner))
        for s in spans
    )


class _Span(NamedTuple):
    key: str
    number: int | None
    line: int
    start: int
    end: int
    inner: list[int]
    """Where the headings below its own start."""


def _spans(data: bytes, minimum: int) -> tuple[int, list[_Span]]:
    """The level of the decisions of ``data`` and where each runs (see :func:`split_log`)."""
    headings = _headings(data)
    numbered = [h for h in headings if h.number is not None]
    named = [h for h in numbered if h.named]
    dated = [h for h in headings if h.dated]
    # The numbered headings inside a log's dated entries are theirs ("### 1. Context")
    around = dated if len(dated) >= minimum else []
    if len(named) >= minimum:  # "### 6. Reliability" beside "### ADR-001: x": a chapter
        numbered, around = named, []
    level, chosen = _level(headings, numbered, minimum, around)
    if not chosen:  # "## 2025-07-27: x": a log of dated entries
        level, chosen = _level(headings, dated, minimum)
    ends = [h.at for h in headings if h.level <= level] + [len(data)]
    starts = [h.at for h in headings]
    spans: list[_Span] = []
    seen: Counter[str] = Counter()
    for h in chosen:
        end = ends[bisect_right(ends, h.at)]
        inner = starts[bisect_right(starts, h.at) : bisect_left(starts, end)]
        name = str(h.number) if h.number is not None else anchor_of(h.text.decode(errors="replace"))
        seen[name] += 1
        key = name if seen[name] == 1 else f"{name}-{seen[name]}"
        spans.append(_Span(key, h.number, h.line, h.at, end, inner))
    return level, spans


def section_texts(data: bytes) -> dict[str, tuple[int, bytes]]:
    """Each section of a file known to be a log (as :func:`cut_log` cuts it) as written, by key.

    With its heading's level, untrimmed: two versions of a section are the same document
    when these are the same, so a history compares them and makes the document
    (:func:`document_of`) only of one that changed. Cheaper than a cut: no document made.
    """
    data = data.removeprefix(b"\xef\xbb\xbf")
    level, spans = _spans(data, MIN_DECISIONS)
    if not spans:
        level, spans = _spans(data, 1)
    return {s.key: (level, data[s.start : s.end]) for s in spans}


def document_of(level: int, text: bytes) -> bytes:
    """The document of the section of level ``level`` written ``text`` (:func:`section_texts`).

    What :attr:`LogPart.data` of that section is: its headings are found again in it alone
    (from its heading, nothing before it can hide one).
    """
    inner = [h.at for h in _headings(text)][1:]
    return _document(text, 0, len(text), level - 1, inner)[0]


def _level(
    headings: list[_Heading],
    candidates: list[_Heading],
    minimum: int,
    around: Sequence[_Heading] = (),
) -> tuple[int, list[_Heading]]:
    """The level of the decisions among ``candidates``, and its headings; none read as a log.

    The shallowest level of at least ``minimum`` whose numbers read as a log's: mostly
    distinct and in order (a log written newest first counts down). Counting the most
    headings took "### 1. Context, 2. Decision" inside two decisions for six. A candidate
    inside another's section, or inside one of ``around``, is its sub-heading, never a
    decision.
    """
    wanted = {id(h) for h in candidates}
    opens = wanted | {id(h) for h in around}
    free: dict[int, list[_Heading]] = {}
    outer: list[tuple[int, bool]] = []  # the open headings above this one: level, a candidate
    for h in headings:
        while outer and outer[-1][0] >= h.level:
            outer.pop()
        inside = bool(outer) and outer[-1][1]
        mine = id(h) in wanted
        if mine and not inside:
            free.setdefault(h.level, []).append(h)
        outer.append((h.level, inside or id(h) in opens))
    levels = [lv for lv in sorted(free) if len(free[lv]) >= minimum]
    for lv in levels:
        if _in_order([h.number for h in free[lv] if h.number is not None]):
            return lv, free[lv]
    if not levels:
        return 0, []
    most = max(levels, key=lambda lv: len(free[lv]))  # none reads as a log: the old rule
    return most, free[most]


def _in_order(numbers: list[int]) -> bool:
    """Whether ``numbers`` read as a log's: three in four distinct, three steps in four one way."""
    if len(numbers) < 2:
        return True
    steps = list(zip(numbers, numbers[1:], strict=False))
    up = sum(a < b for a, b in steps)
    down = sum(a > b for a, b in steps)
    return 4 * len(set(numbers)) >= 3 * len(numbers) and 4 * max(up, down) >= 3 * len(steps)


def cut_log(data: bytes) -> tuple[LogPart, ...]:
    """The sections of a file known to be a log (a revision of it, its section asked for).

    Cut as :func:`split_log` cuts it, or failing that with one section enough: a
    log's first day has one, and its history starts there.
    """
    return split_log(data) or split_log(data, 1)


def part_of(data: bytes, key: str) -> bytes | None:
    """The document of the section named ``key`` in ``data``; None when it has none."""
    return next((p.data for p in cut_log(data) if p.key == key), None)


def section_of(data: bytes, key: str) -> LogPart | None:
    """The section named ``key`` in ``data`` (to show: its ``text`` from its ``line``)."""
    return next((p for p in cut_log(data) if p.key == key), None)


def anchor_of(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as '-'."""
    return _SLUG_DROPPED.sub("", heading.strip().lower()).replace(" ", "-")


def dated_title(title: str) -> tuple[str, str]:
    """A dated entry's title without its date, and the date ("2025-07-27"); else (title, "")."""
    lead = _DATE_LEAD.match(title)
    if lead is None:
        return title, ""
    if lead.end() == len(title):  # "## 2024-03-02" alone: titled by its date
        return title, lead.group(1)
    return title[lead.end() :], lead.group(1)


def line_of(data: bytes, key: str) -> int | None:
    """The 1-based line of the heading of section ``key`` in ``data`` (an editor opens there)."""
    return next((p.line for p in cut_log(data) if p.key == key), None)


def key_of_anchor(anchor: str) -> str:
    """The key of the section a heading's anchor names.

    Its number ("adr-004-use-redis": "4"); a dated entry's is the anchor itself.
    """
    number = _NUMBERED.match(anchor.encode("utf-8", "replace"))
    return str(int(number.group(2))) if number else anchor


def _headings(data: bytes) -> list[_Heading]:
    """Each heading of ``data`` outside fenced code and HTML comments, in order."""
    found: list[_Heading] = []
    fence = b""
    comment = 0  # where the comment open ends: what is before is text
    line, counted = 1, 0
    for mark in _MARK.finditer(data):
        if mark.start() < comment:
            continue
        fenced = mark.group(3)
        if fenced == b"<!--":  # a comment, unless in fenced code: to its first "-->"
            closed = data.find(b"-->", mark.end())
            if not fence:
                comment = len(data) if closed < 0 else closed + 3
            continue
        if fenced:
            if not fence:
                fence = fenced
            elif fenced[:1] == fence[:1] and len(fenced) >= len(fence):
                fence = b""
            continue
        if fence:
            continue
        at = mark.start()
        line += data.count(b"\n", counted, at)
        counted = at
        text, level = mark.group(2), len(mark.group(1))
        number = _NUMBERED.match(text)
        if number is not None and not number.group(1) and _YEAR.match(text):
            number = None
        if number is None:
            dated = _DATED.match(text) is not None
            found.append(_Heading(at, line, level, None, False, dated, text))
        else:
            said = bool(number.group(1))
            found.append(_Heading(at, line, level, int(number.group(2)), said, False, text))
    return found


def _document(
    data: bytes, start: int, end: int, shift: int, inner: list[int]
) -> tuple[bytes, bytes]:
    """The file from ``start`` to ``end`` with its headings raised, and as it is written.

    Raised, the heading becomes the title; ``inner``, the headings below it, rise ``shift``
    levels too. Blank lines and breaks before the next decision are no part of either.
    """
    written = _trimmed(data[start:end])
    if not shift:
        return written, written
    pieces, at = [], start
    for heading in (start, *inner):
        pieces.append(data[at:heading])
        at = heading + shift
    pieces.append(data[at:end])
    return _trimmed(b"".join(pieces)), written


def _trimmed(section: bytes) -> bytes:
    """``section`` without what ends it unseen, and one newline.

    Blank lines, breaks and HTML comments (a draft commented out before the next
    decision is no part of this one).
    """
    newline = b"\r\n" if b"\r\n" in section else b"\n"
    while True:
        section = section.rstrip()
        last = section.rfind(b"\n") + 1
        if last and _BREAK.match(section[last:]):
            section = section[:last]
            continue
        opened = section.rfind(b"<!--") if section.endswith(b"-->") else -1
        start = section.rfind(b"\n", 0, opened) + 1 if opened > 0 else 0
        if not start or section[start:opened].strip(b" ") or b"-->" in section[opened:-3]:
            return section + newline
        section = section[:start]
