"""Remember parse results by blob id, so a warm start reads files but parses none.

Keyed by (Git blob id of the bytes, repository-relative path): the path
matters because the number and id come from the file name. Entries are
valid only for the parser and row format that made them (:func:`rows_fingerprint`). The
file format is :mod:`adr_tui.core.cachefile`, so a damaged cache is ignored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adr_tui.core import cachefile
from adr_tui.core.model import (
    Decision,
    DeferredSections,
    DeferredText,
    Problem,
    Reference,
    Relation,
    RelationKind,
    Section,
    Status,
)
from adr_tui.core.settings import Settings

if TYPE_CHECKING:  # parsing's modules load with the first file parsed (not on a warm start)
    from adr_tui.core.parsing.outcome import ParseOutcome

KIND = "parse"
MAX_STALE_ENTRIES = 5000
"""Entries not used by the last load that are still kept (e.g. for ``--at`` loads)."""


def code_fingerprint(kind: str, *paths: str) -> str:
    """Changes whenever the code in ``paths`` (modules, or package folders) does.

    Sizes and modification times, not contents: an upgrade rewrites the files.
    ``os.scandir`` rather than ``Path.rglob``, which took ~5 ms on each start.
    """
    digest = hashlib.sha256(kind.encode())
    for path in paths:
        if path.endswith(".py"):
            found = [(os.path.basename(path), os.stat(path))]
        else:
            found = [(e.name, e.stat()) for e in os.scandir(path) if e.name.endswith(".py")]
        for name, info in sorted(found, key=lambda item: item[0]):
            digest.update(f"{name}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


ROW_FORMAT = 3
"""The shape of :func:`decision_row`'s rows (2: headings kept as JSON text; 3: the section
of a log file, ``Decision.part``). Bump it when
the shape changes: the parse cache and the catalogue snapshot are then made afresh."""


def parser_fingerprint() -> str:
    """Changes whenever the parser's code does.

    Its package (one flat folder), and the record names it shares with discovery
    and the catalogue (``adrnames``).
    """
    from adr_tui.core import parsing

    names = os.path.join(os.path.dirname(__file__), "adrnames.py")
    return code_fingerprint(KIND, *parsing.__path__, names)


def rows_fingerprint() -> str:
    """The parser's fingerprint and the row format: what a saved row is valid for."""
    return f"{parser_fingerprint()}:rows{ROW_FORMAT}"


def _relation_row(rel: Relation, *, linked: bool) -> list[Any]:
    row = [rel.kind.value, rel.ref.raw, rel.ref.number, rel.ref.target]
    return [*row, rel.target_id, rel.stated] if linked else row


_KINDS = {k.value: k for k in RelationKind}
"""Relation kinds by value: a dict look-up, not ``RelationKind(value)`` (see ``_STATUSES``)."""


def _relation(row: list[Any]) -> Relation:
    if len(row) not in (4, 6):
        raise ValueError("a relation row has 4 fields, or 6 once linked")
    kind, raw, number, target, *linked = row  # linked: target id and "stated", or nothing
    if kind not in _KINDS:
        raise ValueError(f"unknown relation kind {kind!r}")
    return Relation(_KINDS[kind], Reference(raw, number, target), *linked)


def _pair(row: list[str]) -> tuple[str, str]:
    first, second = row  # exactly two, as a pair of the model
    return (first, second)


def decision_row(
    d: Decision, text: str = "", *, linked: bool = False, body: list[int] | None = None
) -> list[Any]:
    """``d`` as a JSON-ready row; :func:`decision_from_row` reads it back.

    The body is usually the tail of the decoded file ``text``: then the row keeps
    an offset, not a copy. A given ``body`` is kept instead (the catalogue snapshot
    keeps where to find it). Unless ``linked``, only stated relations are kept, as
    the parser made them (the catalogue resolves them on each load).
    """
    saved: list[int] | int | str = body if body is not None else d.body
    if body is None and text and text.endswith(d.body):
        saved = len(text) - len(d.body)
    relations = d.relations if linked else tuple(r for r in d.relations if r.stated)
    return [
        d.id, d.path, d.title, d.number, d.status.value, d.status_raw,
        d.date.isoformat() if d.date else None, list(d.deciders),
        [list(p) for p in d.decider_roles], list(d.consulted), list(d.informed), list(d.tags),
        [_relation_row(r, linked=linked) for r in relations], saved,
        _sections_text(d.sections), d.format, list(d.warnings),
        [list(p) for p in d.extra], d.digest, d.part,
    ]  # fmt: skip


def _sections_text(sections: Sequence[Section]) -> str:
    """Headings as compact JSON text: decoded only when asked for (see :class:`DeferredSections`).

    As nested lists they were a third of a warm start's JSON decoding.
    """
    return json.dumps([[s.title, s.level, s.line] for s in sections], separators=(",", ":"))


def _sections(text: str) -> tuple[Section, ...]:
    """The headings :func:`_sections_text` saved; none if the text is not what it writes.

    The cache file was verified whole when read, so a bad shape here is a bug of
    ours, not damage: the headings (read only by ``show --json``) are then left out.
    """
    try:
        return tuple(Section(str(t), int(lv), int(ln)) for t, lv, ln in json.loads(text))
    except (TypeError, ValueError):
        return ()


_STATUSES = {s.value: s for s in Status}
"""Statuses by value: a dict look-up, not ``Status(value)``, for 10,000 rows on a warm start."""


def decision_from_row(
    row: list[Any], text: str = "", *, body: str | DeferredText | None = None
) -> Decision:
    """The decision :func:`decision_row` wrote (``text``: the file, for an offset body).

    ``body``, when given, stands for the body whatever the row holds.
    Raises TypeError, ValueError or IndexError on a row of the wrong shape.
    """
    (id_, path, title, number, status, status_raw, date, deciders, roles, consulted, informed,
     tags, relations, saved, sections, format_, warnings, extra, digest, part) = row  # fmt: skip
    if body is None:
        body = text[saved:] if isinstance(saved, int) else saved
    if status not in _STATUSES:
        raise ValueError(f"unknown status {status!r}")
    if not isinstance(sections, str):
        raise ValueError("sections are saved as their JSON text")
    # Positional, in the order of Decision's fields: keywords cost a sixth more per
    # row, and a warm start at 10,000 ADRs makes one per row (test_round_trip_every_field).
    return Decision(
        id_, path, title, number, _STATUSES[status], status_raw,
        dt.date.fromisoformat(date) if date else None,
        tuple(deciders), tuple(map(_pair, roles)) if roles else (),
        tuple(consulted), tuple(informed), tuple(tags),
        tuple(map(_relation, relations)) if relations else (),
        body, DeferredSections(partial(_sections, sections)),
        format_, tuple(warnings), tuple(map(_pair, extra)) if extra else (), digest, part,
    )  # fmt: skip


def _outcome_row(outcome: ParseOutcome, text: str) -> list[Any]:
    problems = [[p.path, p.message, p.code, p.severity] for p in outcome.problems]
    decision = decision_row(outcome.decision, text) if outcome.decision else None
    return [outcome.is_template, problems, decision]


def _outcome(row: list[Any], data: bytes) -> ParseOutcome:
    is_template, problems, decision = row
    from adr_tui.core.parsing.decoding import decode
    from adr_tui.core.parsing.outcome import ParseOutcome

    return ParseOutcome(
        decision_from_row(decision, decode(data).text) if decision is not None else None,
        bool(is_template),
        tuple(Problem(*p) for p in problems),
    )


def _parse(data: bytes, path: str) -> ParseOutcome:
    # Imported here, on a miss: the parser (PyYAML and ~100 patterns, ~150 ms) is not
    # needed on a warm start. ``from parsing import parse_document`` at the top of
    # ``parse`` ran the package's lazy ``__getattr__``, so it imported it every time.
    from adr_tui.core.parsing.document import parse_document

    return parse_document(data, path)


class ParseCache:
    """Parse results of one repository, loaded once and saved after a catalogue load."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._fingerprint = rows_fingerprint() if path else ""
        self._rows: dict[str, Any] = {}
        self._used: set[str] = set()
        self._dirty = False
        if path is not None:
            payload = cachefile.read_payload(path, KIND)
            if isinstance(payload, dict) and payload.get("parser") == self._fingerprint:
                rows = payload.get("rows")
                self._rows = rows if isinstance(rows, dict) else {}

    @classmethod
    def for_root(cls, settings: Settings, root: Path) -> ParseCache:
        """The cache for ``root`` under the settings' cache folder (disabled by use_cache)."""
        if not settings.use_cache:
            return cls(None)
        key = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
        return cls(settings.cache_dir / "parse" / f"{key[:32]}.json")

    def parse(self, data: bytes, path: str) -> ParseOutcome:
        """What :func:`parse_document` returns for these bytes, from the cache when possible."""
        from adr_tui.core.parsing.decoding import decode
        from adr_tui.core.parsing.outcome import blob_id

        if self._path is None:
            return _parse(data, path)
        key = f"{blob_id(data)}:{path}"
        self._used.add(key)
        row = self._rows.get(key)
        if row is not None:
            try:
                return _outcome(row, data)
            except (TypeError, ValueError, IndexError):
                pass  # a malformed row: parse again and overwrite it
        outcome = _parse(data, path)
        self._rows[key] = _outcome_row(outcome, decode(data).text)
        self._dirty = True
        return outcome

    def save(self) -> None:
        """Write new results; keep a bounded number of entries this load did not use."""
        if self._path is None:
            return
        stale = [k for k in self._rows if k not in self._used]
        if not self._dirty and len(stale) <= MAX_STALE_ENTRIES:
            return
        for key in stale[: max(0, len(stale) - MAX_STALE_ENTRIES)]:
            del self._rows[key]
        cachefile.write_payload(self._path, KIND, {"parser": self._fingerprint, "rows": self._rows})
        self._dirty = False
