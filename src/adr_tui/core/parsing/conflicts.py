"""A file left mid-merge: Git's conflict markers and the two sides between them.

A record checked out during a merge or rebase holds both versions of each conflicting
part. Read as it stands, the second side states every field again (a second front
matter, a second status) and its "=======" underlines the line above into a heading.
The first side is read instead, with a warning; lines keep their numbers (the other
side's lines become blank), so sections and mentions still point at the file's lines.
"""

from __future__ import annotations

_OPEN = "<<<<<<<"
_BASE = "|||||||"  # diff3's common ancestor, between the two sides
_SPLIT = "======="
_CLOSE = ">>>>>>>"


def _marker(line: str, marker: str) -> bool:
    """Whether ``line`` is Git's ``marker`` line: the seven characters, then a space or nothing."""
    return line.startswith(marker) and (len(line) == 7 or line[7] in " \t")


def _conflicts(lines: list[str]) -> list[tuple[int, int, int]]:
    """Each complete conflict's lines: (its opening marker, the second side's start, its close).

    The second side starts at diff3's "|||||||" when there is one (the ancestor is not the
    first side either), else at "=======". Markers inside a fenced code block are skipped.
    """
    found: list[tuple[int, int, int]] = []
    opened = other = -1
    fenced = False
    for number, line in enumerate(lines):
        if line[:1] not in "<|=>`~":
            continue  # most lines, decided on their first character
        if line.startswith(("```", "~~~")):
            fenced = not fenced  # markers shown in a code block are an example of them
        elif fenced:
            continue
        elif _marker(line, _OPEN):
            opened, other = number, -1  # an earlier opening never closed was prose
        elif opened < 0:
            continue
        elif _marker(line, _BASE) and other < 0:
            other = number
        elif line.rstrip() == _SPLIT:
            other = number if other < 0 else other
        elif _marker(line, _CLOSE) and other >= 0:
            found.append((opened, other, number))
            opened = -1
    return found


def first_side(text: str) -> tuple[str, int] | None:
    """``text`` with its conflicts resolved to their first side, and the first marker's line.

    None when ``text`` holds no complete conflict (an opening marker, "=======", a closing
    one, in that order): "<<<<<<<" alone is prose, "=======" alone an underline.
    """
    lines = text.split("\n")
    conflicts = _conflicts(lines)
    if not conflicts:
        return None
    for opened, other, closed in conflicts:
        lines[opened] = ""
        lines[other : closed + 1] = [""] * (closed + 1 - other)
    return "\n".join(lines), conflicts[0][0] + 1
