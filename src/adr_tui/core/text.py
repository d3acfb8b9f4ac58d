"""Make untrusted text inert before any layer shows it in a terminal.

ADR text, commit messages, author names and file names may carry escape
sequences (``ESC]52;`` clipboard writes, ``ESC[2J``), C1 controls or bidi
overrides. Every presenter passes such text through :func:`inert`; markup
safety (``[bold]``) is the presenter's job: it never parses this text as markup.
"""

from __future__ import annotations

import re

from adr_tui.core.lazypattern import LazyPattern

# C0 controls except tab and newline, DEL, C1 controls, and the Unicode
# bidirectional overrides / isolates that can reorder what a reader sees.
# Lone surrogates stand for undecodable bytes in file names (os.fsdecode); no
# terminal encoding can write them, so they are shown as the byte they replace.
_UNSAFE = LazyPattern(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]"
)


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture": ESC shows as ␛
    if code == 0x7F:
        return "\u2421"
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"<U+{code:04X}>"


def inert(text: str) -> str:
    """Return ``text`` with every terminal control character shown as a visible symbol."""
    # Printable text holds none of them (each is a control, a format character or a
    # surrogate); checked in C, it spares most labels the pattern and its compilation.
    if text.isprintable() or _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_visible, text.replace("\r\n", "\n"))


def inert_line(text: str) -> str:
    """Like :func:`inert`, and newlines and tabs become spaces (for one-line labels)."""
    return inert(text).replace("\n", " ").replace("\t", " ")
