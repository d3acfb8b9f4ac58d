r"""On-disk history cache: outside the repository, JSON only, verified before use.

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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adr_tui.core.gitlog import GitRepo, LogCommit, RawChange

CACHE_VERSION = 1
"""Bump whenever the payload shape changes: older files are then rebuilt."""
_MAGIC = b"ADRTUI-CACHE"


def repo_key(repo: GitRepo) -> str:
    """A stable name for one work tree of one repository."""
    ident = f"{repo.common_dir.resolve()}\0{repo.git_dir.resolve()}"
    return hashlib.sha256(ident.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def cache_folder(cache_dir: Path) -> Path:
    """Where history caches live under the settings' cache root."""
    return cache_dir / "history"


def _read(path: Path, kind: str) -> tuple[Any, str] | None:
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
        return json.loads(payload), digest
    except ValueError:
        return None


def read_payload(path: Path, kind: str) -> Any | None:
    """The verified JSON payload of ``path``, or None when absent or not trustworthy."""
    found = _read(path, kind)
    return found[0] if found is not None else None


def write_payload(path: Path, kind: str, payload: Any) -> str | None:
    """Write ``payload`` atomically; its checksum, or None when the folder refuses."""
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
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


@dataclass(frozen=True, slots=True)
class Segment:
    """One file of cached commits (the log is a chain of them: a full read, then updates)."""

    name: str
    """File name inside the cache folder."""
    digest: str
    """Checksum of its payload, so a replaced file is noticed."""
    count: int
    """Commits it holds."""


def write_segment(folder: Path, key: str, commits: Sequence[LogCommit]) -> Segment | None:
    """Store commits (newest first) as one segment; None when the cache cannot be written."""
    name = f"{key}.seg-{commits[0].oid[:20] if commits else 'empty'}"
    digest = write_payload(folder / name, "segment", commits)
    return Segment(name, digest, len(commits)) if digest is not None else None


def _commit_from_row(row: Any) -> LogCommit:
    oid, parents, name, email, adate, cdate, subject, body, changes = row
    commit = LogCommit(
        oid,
        tuple(parents),
        name,
        email,
        adate,
        cdate,
        subject,
        body,
        tuple(RawChange._make(c) for c in changes),
    )
    if not all(isinstance(x, str) for x in commit[:8] if not isinstance(x, tuple)):
        raise ValueError("bad commit row")
    return commit


def read_segments(folder: Path, segments: Sequence[Segment]) -> list[LogCommit] | None:
    """All commits of ``segments`` (given oldest segment first), newest first; None if damaged."""
    commits: list[LogCommit] = []
    for segment in reversed(segments):
        found = _read(folder / segment.name, "segment")
        if found is None or found[1] != segment.digest or not isinstance(found[0], list):
            return None
        try:
            rows = [_commit_from_row(row) for row in found[0]]
        except (TypeError, ValueError):
            return None
        if len(rows) != segment.count:
            return None
        commits.extend(rows)
    return commits


def segments_from_rows(rows: Any) -> list[Segment] | None:
    """Segment descriptions from an index payload; None when malformed."""
    try:
        return [Segment(str(n), str(d), int(c)) for n, d, c in rows]
    except (TypeError, ValueError):
        return None


def segment_rows(segments: Sequence[Segment]) -> list[list[Any]]:
    """Segment descriptions for an index payload."""
    return [[s.name, s.digest, s.count] for s in segments]


def remove_stale(folder: Path, key: str, keep: Sequence[Segment]) -> None:
    """Delete this repository's segment files that the index no longer names."""
    names = {s.name for s in keep}
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{key}.seg-*"):
            if path.name not in names:
                path.unlink()
