"""The headings of a body, outside code fences.

The pattern starts with a literal newline, so the regex engine jumps from line
start to line start in C instead of trying every character: a 5 MB body, or one
two-megabyte line, costs milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from adr_tui.core.model import Section
from adr_tui.core.parsing.lines import without_attributes

_LINE = r"[ ]{0,3}(?:(#{1,6})(?=[ \t\n]|$)([^\n]*)|(`{3,}|~{3,})([^\n]*))"
_FIRST = re.compile(_LINE)
_CANDIDATE = re.compile(r"\n" + _LINE)


def _heading_text(raw: str) -> str:
    text = raw.strip()
    if text.endswith("#"):
        stripped = text.rstrip("#")
        if not stripped or stripped.endswith((" ", "\t")):
            text = stripped.rstrip()
    return without_attributes(text)


def _candidates(body: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(offset where the line starts, match) for every heading or fence line."""
    if (first := _FIRST.match(body)) is not None:
        yield 0, first  # the first line has no newline before it
    for match in _CANDIDATE.finditer(body):
        yield match.start() + 1, match


def find_sections(body: str) -> tuple[Section, ...]:
    """Every ATX heading of ``body`` with its zero-based line number."""
    found: list[Section] = []
    fence: str | None = None
    line = 0
    position = 0
    for start, match in _candidates(body):
        line += body.count("\n", position, start)
        position = start
        marker = match[3]
        if marker is not None:
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not match[4].strip():
                fence = None
        elif fence is None:
            found.append(Section(_heading_text(match[2]), len(match[1]), line))
    return tuple(found)
