"""Bytes → text, tolerant of what real repositories hold.

UTF-8 (with or without BOM), UTF-16 with a BOM, else UTF-8 with replacement
characters and a warning. NUL bytes mean a binary file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field


@dataclass(slots=True)
class Decoded:
    """Text with normalised newlines, or the reason there is none."""

    text: str = ""
    warnings: list[str] = field(default_factory=list)
    problem: tuple[str, str] | None = None
    """(code, message) when the bytes are not a text document."""


_LFS_POINTER = b"version https://git-lfs.github.com/spec/v1\n"
MAX_LFS_POINTER = 1024
"""Git LFS's specification keeps a pointer file under 1024 bytes."""


def decode(data: bytes) -> Decoded:
    """Decode ``data``: BOM removed, CRLF and CR turned into LF."""
    result = Decoded()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\0" in data:
        result.problem = ("binary-file", "binary file (contains NUL bytes); not an ADR")
        return result
    elif data.startswith(_LFS_POINTER) and len(data) < MAX_LFS_POINTER:
        # What a clone without Git LFS checks out in place of the file: three lines naming
        # the object ("version …", "oid sha256:…", "size N"), no record's text
        result.problem = ("lfs-pointer", "stored in Git LFS and not fetched ('git lfs pull')")
        return result
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
            result.warnings.append(
                f"not valid UTF-8 (first bad byte at offset {exc.start}); "
                "undecodable bytes shown as \ufffd"
            )
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():  # not text.strip(): no copy of the whole file
        result.problem = ("empty-file", "empty file; not an ADR")
    result.text = text
    return result
