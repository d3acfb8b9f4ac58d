"""The headings of a body, outside code fences.

The pattern starts with a literal newline, so the regex engine jumps from line
start to line start in C instead of trying every character: a 5 MB body, or one
two-megabyte line, costs milliseconds.
"""

from __future__ import annotations

import re

from adr_tui.core.model import Section

_CANDIDATE = re.compile(r"\n[ ]{0,3}(?:(#{1,6})(?=[ \t\n]|$)([^\n]*)|(`{3,}|~{3,})([^\n]*))")


def _heading_text(raw: str) -> str:
    text = raw.strip()
    if text.endswith("#"):
        stripped = text.rstrip("#")
        if not stripped or stripped.endswith((" ", "\t")):
            text = stripped.rstrip()
    return text


def find_sections(body: str) -> tuple[Section, ...]:
    """Every ATX heading of ``body`` with its zero-based line number."""
    padded = "\n" + body  # every line, the first included, now follows a newline
    found: list[Section] = []
    fence: str | None = None
    line = 0
    position = 0
    for match in _CANDIDATE.finditer(padded):
        line += padded.count("\n", position, match.start())
        position = match.start()
        marker = match[3]
        if marker is not None:
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not match[4].strip():
                fence = None
        elif fence is None:
            found.append(Section(_heading_text(match[2]), len(match[1]), line))
    return tuple(found)
