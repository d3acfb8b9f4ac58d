"""The catalogue snapshot: a warm start reads one file, not every ADR.

When discovery finds the same files and each one's ``lstat`` signature is
unchanged (and not racy, see :data:`RACY_NS`), the last working-tree catalogue
is read back whole: no ADR file is opened, hashed or parsed, and links and
checks are not run again. Anything else (a changed, added or removed file,
another parser, a damaged snapshot) means a normal load, which writes a new one.

Bodies are not in the snapshot: each decision's body is a :class:`DeferredText`
that reads the tail of its file when first asked for, checked against the
body's length and CRC-32 saved here. A list of 10,000 ADRs then starts without
decoding 30 MB of text it does not show.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zlib
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from adr_tui.core import cachefile
from adr_tui.core.discovery import Discovery
from adr_tui.core.model import Decision, DeferredText, Problem
from adr_tui.core.parsecache import (
    code_fingerprint,
    decision_from_row,
    decision_row,
    parser_fingerprint,
)
from adr_tui.core.parsing import blob_id
from adr_tui.core.parsing.decoding import decode
from adr_tui.core.settings import Settings
from adr_tui.core.sources import WorktreeSource

if TYPE_CHECKING:
    from adr_tui.core.catalog import Catalog

KIND = "catalogue"
RACY_NS = 2_000_000_000
"""A file changed this close to (or after) the load that saved a snapshot is read again:
a second change within one timestamp tick would leave its signature as it was."""

Body = tuple[str, bool]
"""A body read back, and whether it is still the one its decision was made from."""

Signature = tuple[int, int, int, int, int]
"""(mode, size, mtime ns, ctime ns, inode) of a file, from ``lstat``."""


class Saved(NamedTuple):
    """What a snapshot gives back: a catalogue's parts, decisions with deferred bodies."""

    decisions: tuple[Decision, ...]
    problems: tuple[Problem, ...]
    discovery: Discovery
    templates: tuple[str, ...]


def file_signatures(root: Path, files: tuple[str, ...]) -> list[Signature] | None:
    """Each file's :data:`Signature`; None when one is not a plain file (a link: read it)."""
    base = f"{root}{os.sep}"  # joined by hand: os.path.join was a fifth of the time
    out: list[Signature] = []
    for rel in files:
        try:
            info = os.lstat(base + rel)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        out.append((info.st_mode, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino))
    return out


def _fingerprint() -> str:
    """The parser's fingerprint and that of the code linking, checking and saving its results."""
    from adr_tui.core import catalog, checks, links

    ours = code_fingerprint(KIND, links.__file__, checks.__file__, catalog.__file__, __file__)
    return f"{parser_fingerprint()}:{ours}"


def _problem_rows(problems: tuple[Problem, ...]) -> list[list[str]]:
    return [[p.path, p.message, p.code, p.severity] for p in problems]


def _problems(rows: list[list[str]]) -> tuple[Problem, ...]:
    return tuple(Problem(*row) for row in rows)


def _body_mark(d: Decision) -> list[int]:
    """How a snapshot finds ``d``'s body again: its length and CRC-32 (see :func:`read_body`)."""
    body = d.body
    return [len(body), zlib.crc32(body.encode("utf-8", "surrogatepass"))]


def read_body(source: WorktreeSource, rel: str, length: int, check: int, digest: str) -> Body:
    """The body of ADR ``rel`` and whether it is the one of the file ``digest`` names.

    The body is its file's last ``length`` characters when their CRC is ``check``.
    Otherwise the file changed since the snapshot (the next refresh reloads it) or
    its body is not its tail (a template's example): it is parsed again, so the
    text shown is always the file's own. A file gone or made unreadable meanwhile
    (a folder, a pipe, a link out of the tree: read as every load reads) has no body.
    """
    try:
        data = source.read_bytes(rel)
    except OSError:  # UnreadableFileError included
        return "", False
    text = decode(data).text
    if length <= len(text):
        tail = text[len(text) - length :]
        if zlib.crc32(tail.encode("utf-8", "surrogatepass")) == check:
            return tail, True  # the body saved, whatever else changed around it
    from adr_tui.core.parsing.document import parse_document  # rare: not on a warm start

    decision = parse_document(data, rel).decision
    return (decision.body if decision is not None else text), blob_id(data) == digest


class Snapshot:
    """The last working-tree catalogue of one repository, and the files it came from.

    One file, verified (:mod:`adr_tui.core.cachefile`): a head, then an ADR per line.
    """

    def __init__(self, path: Path, root: Path) -> None:
        self._path = path
        self._root = root
        self._files = WorktreeSource(root)

    @classmethod
    def for_root(cls, settings: Settings, root: Path) -> Snapshot | None:
        """The snapshot of ``root``'s working tree; None without a cache."""
        if not settings.use_cache:
            return None
        key = hashlib.sha256(str(root).encode("utf-8", "surrogateescape")).hexdigest()
        return cls(settings.cache_dir / KIND / f"{key[:32]}.json", root)

    def read(self, found: Discovery, signatures: list[Signature] | None) -> Saved | None:
        """The saved catalogue's parts if they still describe these files, else None."""
        if signatures is None:
            return None
        payload = cachefile.read_payload(self._path, KIND)
        if not isinstance(payload, list) or not payload or not isinstance(payload[0], dict):
            return None
        head: dict[str, Any] = payload[0]
        try:
            if not self._still_true(head, found, signatures):
                return None
            discovery = Discovery(
                tuple(head["adr_dirs"]), found.files, head["how"], _problems(head["found"])
            )
            if discovery != found:
                return None
            decisions = tuple(self._decision(row) for row in payload[1:])
            problems = _problems(head["problems"])
            return Saved(decisions, problems, discovery, tuple(head["templates"]))
        except (KeyError, TypeError, ValueError, IndexError):
            return None  # a snapshot of another shape: load normally

    def _still_true(
        self, head: dict[str, Any], found: Discovery, signatures: list[Signature]
    ) -> bool:
        saved = [tuple(s) for s in head["signatures"]]
        return (
            head["code"] == _fingerprint()
            and head["root"] == str(self._root)
            and tuple(head["files"]) == found.files
            and saved == signatures
            and all(max(s[2], s[3]) < head["taken"] - RACY_NS for s in signatures)
        )

    def _decision(self, row: list[Any]) -> Decision:
        """A saved row, its body left in the file (raises on a row of the wrong shape)."""
        length, check = row[13]
        if not isinstance(length, int) or not isinstance(check, int) or length < 0:
            raise ValueError("a body mark is two whole numbers")
        read = partial(read_body, self._files, row[1], length, check, row[18])
        return decision_from_row(row, body=DeferredText(read))

    def save(self, catalog: Catalog, signatures: list[Signature], taken: int) -> None:
        """Remember ``catalog``, read from files with these signatures from ``taken`` on."""
        head = {
            "code": _fingerprint(),
            "root": str(catalog.root),
            "taken": taken,
            "files": list(catalog.discovery.files),
            "signatures": signatures,
            "adr_dirs": list(catalog.discovery.adr_dirs),
            "how": catalog.discovery.how,
            "found": _problem_rows(catalog.discovery.problems),
            "problems": _problem_rows(catalog.problems),
            "templates": list(catalog.templates),
        }
        rows = [decision_row(d, linked=True, body=_body_mark(d)) for d in catalog.decisions]
        cachefile.write_payload(self._path, KIND, [head, *rows])
