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
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

CACHE_VERSION = 1
"""Bump whenever a payload shape changes: older files are then rebuilt."""
_MAGIC = b"ADRTUI-CACHE"


def _verified(path: Path, kind: str) -> tuple[bytes, str] | None:
    """The raw payload of ``path`` and its checksum, when the header and checksum hold."""
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
    return (payload, digest) if digest.encode() == fields[3] else None


def read_verified(path: Path, kind: str) -> tuple[Any, str] | None:
    """The payload of ``path`` and its checksum, or None when absent or not trustworthy."""
    found = _verified(path, kind)
    if found is None:
        return None
    try:
        return decode(found[0]), found[1]
    except ValueError:
        return None


class Items:
    """The items of a verified top-level JSON list, each decoded when it is first read.

    Checking a file's checksum costs little next to decoding every item, and a
    reader often needs a few items out of thousands (one lineage's commits).
    """

    __slots__ = ("_lines", "_values")

    def __init__(self, payload: bytes) -> None:
        """Raises ValueError when ``payload`` is not a JSON list."""
        self._lines = _item_lines(payload)
        self._values: list[Any] | None = None
        if self._lines is None:
            values = json.loads(payload)
            if not isinstance(values, list):
                raise ValueError("not a JSON list")
            self._values = values

    def __len__(self) -> int:
        return len(self._values if self._values is not None else self._lines or ())

    def __getitem__(self, index: int) -> Any:
        """Item ``index``; raises ValueError when its line is not JSON."""
        if self._values is not None:
            return self._values[index]
        assert self._lines is not None
        return json.loads(self._lines[index].removesuffix(b","))

    def all(self, start: int = 0) -> list[Any]:
        """Every item from ``start`` on, decoded a chunk of lines at a time.

        Cheaper than one by one. Raises ValueError when a line is not JSON.
        """
        if self._values is not None:
            return self._values[start:]
        assert self._lines is not None
        lines = self._lines[start:]
        if lines:
            lines[-1] = lines[-1].removesuffix(b",")  # the last line of a cut ends its item
        return _items(b"\n".join(lines)) if lines else []


def read_items(path: Path, kind: str) -> tuple[Items, str] | None:
    """A list payload of ``path``, items decoded on demand, and its checksum (None: untrusted)."""
    found = _verified(path, kind)
    if found is None:
        return None
    try:
        return Items(found[0]), found[1]
    except ValueError:
        return None


def read_payload(path: Path, kind: str) -> Any | None:
    """The verified JSON payload of ``path``, or None when absent or not trustworthy."""
    found = read_verified(path, kind)
    return found[0] if found is not None else None


_SPLIT_CHUNK = 1 << 18
"""Bytes of item lines split (:func:`_item_lines`) or decoded (:func:`_item_chunks`) per call."""
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
    """What ``json.loads(payload)`` gives, a chunk of lines at a time for :func:`encode`'s lists.

    Raises ValueError when the payload is not JSON.
    """
    if _has_item_lines_shape(payload):
        try:
            return _items(payload[2:-2])
        except ValueError:
            pass  # not written by encode(): read it whole
    return json.loads(payload)


def read_list(path: Path, kind: str) -> tuple[Any, Callable[[], list[Any]]] | None:
    """The first item of a verified, non-empty list payload, and what decodes the others.

    For a reader that may stop at the first item (a snapshot whose head says it is
    out of date): the others are decoded only if it asks. None when the file is
    absent or not trustworthy; the function raises ValueError on an item that is
    not JSON.
    """
    found = _verified(path, kind)
    if found is None:
        return None
    payload = found[0]
    try:
        if _has_item_lines_shape(payload):
            end = payload.find(b",\n", 2, len(payload) - 2)
            if end < 0:
                return json.loads(payload[2:-2]), list
            if payload.find(b"\n", 2, end) < 0:  # the first item is the whole first line
                return json.loads(payload[2:end]), partial(_rest, payload, end)
        values = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(values, list) or not values:
        return None
    return values[0], partial(list, values[1:])


def _items(body: bytes) -> list[Any]:
    """The items of :func:`encode`'s item lines (without the brackets); ValueError if not JSON.

    Chunks are cut only at a comma ending a line. A cut inside an item (an indented
    list's) leaves that chunk's brackets unbalanced, so it is no JSON: a payload that
    decodes here decodes to what ``json.loads`` gives.
    """
    return [item for chunk in _item_chunks(body) for item in json.loads(chunk)]


def _rest(payload: bytes, end: int) -> list[Any]:
    """The items after the first (which ends at ``end``); any list, read whole if need be."""
    try:
        return _items(payload[end + 2 : -2])
    except ValueError:  # items across lines: not encode()'s
        values = json.loads(payload)
        if not isinstance(values, list):
            raise ValueError("not a JSON list") from None
        return values[1:]


def _item_chunks(body: bytes) -> Iterator[bytes]:
    """The items of :func:`encode`'s lines as JSON lists of about :data:`_SPLIT_CHUNK` bytes.

    One ``json.loads`` per chunk, not per line: a call per item of a 10,000-ADR
    snapshot cost a third more than the decoding itself, and a chunk still lets
    other threads in between (as :func:`encode` does).
    """
    start = 0
    while start < len(body):
        cut = body.find(b",\n", start + _SPLIT_CHUNK)
        end = len(body) if cut < 0 else cut
        yield b"[" + body[start:end] + b"]"
        start = end + 2


def _has_item_lines_shape(payload: bytes) -> bool:
    """Whether ``payload`` opens and closes as :func:`encode`'s lines (see :func:`_items`)."""
    return payload.startswith(b"[\n") and payload.endswith(b"\n]") and not payload.endswith(b",\n]")


def _is_item_per_line(payload: bytes) -> bool:
    """Whether every line of ``payload`` is one item, as :func:`encode` writes long lists.

    Each item is compact JSON on its line (strings escape their newlines); every
    line but the last ends with the comma between items. Needed where lines are
    read one by one (:class:`Items`), not to decode them all (:func:`_items`).
    """
    if not _has_item_lines_shape(payload):
        return False
    end = len(payload) - 2
    # Counted in C, in place (no copy of a 7 MB body): a Python loop over 100,000 lines
    # kept the GIL from the UI for ~100 ms.
    return payload.count(b"\n", 2, end) == payload.count(b",\n", 2, end)


def _item_lines(payload: bytes) -> list[bytes] | None:
    """The lines of a list :func:`encode` wrote an item per line; None for any other payload."""
    if not _is_item_per_line(payload):
        return None
    body = payload[2:-2]
    # Split a chunk at a time: one split of a 100,000-line history is ~40 ms in one
    # GIL-holding call; between chunks the UI thread gets its turn.
    lines: list[bytes] = []
    start = 0
    while start <= len(body):
        cut = body.find(b"\n", start + _SPLIT_CHUNK)
        end = len(body) if cut < 0 else cut
        lines.extend(body[start:end].split(b"\n"))
        start = end + 1
    return lines


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
