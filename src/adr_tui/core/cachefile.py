r"""Verified JSON cache files: the one format every on-disk cache uses.

A cache file is untrusted input (another process, a full disk or a user may
have damaged it), so it is never unpickled and never believed without checks:

    ADRTUI-CACHE <version> <kind> <sha256 of the payload>\n<JSON payload>

A wrong version, kind or checksum, bad JSON or a bad shape means "no cache":
the caller rebuilds. Writes go to a temporary file then ``os.replace``, so a
reader never sees half a file. A read-only or full cache folder only means
working without a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CACHE_VERSION = 1
"""Bump whenever a payload shape changes: older files are then rebuilt."""
_MAGIC = b"ADRTUI-CACHE"


def read_verified(path: Path, kind: str) -> tuple[Any, str] | None:
    """The payload of ``path`` and its checksum, or None when absent or not trustworthy."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    header, sep, payload = raw.partition(b"\n")
    fields = header.split(b" ")
    if not sep or len(fields) != 4 or fields[0] != _MAGIC:
        return None
    if fields[1] != str(CACHE_VERSION).encode() or fields[2] != kind.encode():
        return None
    digest = hashlib.sha256(payload).hexdigest()
    if digest.encode() != fields[3]:
        return None
    try:
        return decode(payload), digest
    except ValueError:
        return None


def read_payload(path: Path, kind: str) -> Any | None:
    """The verified JSON payload of ``path``, or None when absent or not trustworthy."""
    found = read_verified(path, kind)
    return found[0] if found is not None else None


_SEPARATORS = (",", ":")
_PIECE = 64
"""Lists and mappings longer than this are encoded an item at a time (see :func:`encode`)."""


def encode(payload: Any) -> str:
    """``payload`` as JSON, built from one ``json.dumps`` per item of any long container.

    A single ``json.dumps`` (or ``json.loads``) of a 100,000-commit history holds
    the GIL for a few hundred milliseconds: the UI thread cannot draw meanwhile.
    Encoding item by item lets other threads in between, and a long top-level
    list gets one item per line so that :func:`decode` can read it the same way.
    Any JSON reader reads the text as ``json.dumps(payload)``'s.
    """
    if isinstance(payload, list | tuple) and len(payload) > _PIECE:
        return "[\n" + ",\n".join("".join(_pieces(item)) for item in payload) + "\n]"
    return "".join(_pieces(payload))


def decode(payload: bytes) -> Any:
    """What ``json.loads(payload)`` gives, a line at a time for :func:`encode`'s long lists.

    Raises ValueError when the payload is not JSON.
    """
    if payload.startswith(b"[\n") and payload.endswith(b"\n]"):
        lines = payload[2:-2].split(b"\n")
        if all(line.endswith(b",") for line in lines[:-1]) and not lines[-1].endswith(b","):
            try:
                # Each item is compact JSON on its line (strings escape their newlines).
                return [json.loads(line.removesuffix(b",")) for line in lines]
            except ValueError:
                pass  # not written by encode(): read it whole
    return json.loads(payload)


def _pieces(value: Any) -> Iterator[str]:
    if isinstance(value, list | tuple) and len(value) > _PIECE:
        yield "["
        for index, item in enumerate(value):
            if index:
                yield ","
            yield from _pieces(item)
        yield "]"
    elif isinstance(value, dict) and len(value) > _PIECE and all(isinstance(k, str) for k in value):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            yield ("," if index else "") + json.dumps(key) + ":"
            yield from _pieces(item)
        yield "}"
    else:
        yield json.dumps(value, separators=_SEPARATORS)


def write_payload(path: Path, kind: str, payload: Any) -> str | None:
    """Write ``payload`` atomically; its checksum, or None when the folder refuses."""
    body = encode(payload).encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(body).hexdigest()
    header = b"%s %d %s %s\n" % (_MAGIC, CACHE_VERSION, kind.encode(), digest.encode())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(header + body)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return None
    return digest
