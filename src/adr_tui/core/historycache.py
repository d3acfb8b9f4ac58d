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


@dataclass(frozen=True, slots=True)
class CachedLog:
    """The streamed log as of one HEAD."""

    head: str
    """The commit the log was read from."""
    boundary: tuple[str, ...]
    """Shallow-clone boundary commits when the log was read (a deepened clone is rebuilt)."""
    commits: list[LogCommit]
    """Commits touching Markdown, newest first."""


def repo_key(repo: GitRepo) -> str:
    """A stable name for one work tree of one repository."""
    ident = f"{repo.common_dir.resolve()}\0{repo.git_dir.resolve()}"
    return hashlib.sha256(ident.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def cache_folder(cache_dir: Path) -> Path:
    """Where history caches live under the settings' cache root."""
    return cache_dir / "history"


def read_payload(path: Path, kind: str) -> Any | None:
    """The verified JSON payload of ``path``, or None when absent or not trustworthy."""
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
    if hashlib.sha256(payload).hexdigest().encode() != fields[3]:
        return None
    try:
        return json.loads(payload)
    except ValueError:
        return None


def write_payload(path: Path, kind: str, payload: Any) -> bool:
    """Write ``payload`` atomically; False (and no exception) when the folder refuses."""
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()
    header = b"%s %d %s %s\n" % (_MAGIC, CACHE_VERSION, kind.encode(), digest.encode())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(header + body)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return False
    return True


def _change_row(c: RawChange) -> list[Any]:
    return [c.status, c.old_path, c.new_path, c.old_blob, c.new_blob]


def _commit_row(c: LogCommit) -> list[Any]:
    return [
        c.oid,
        list(c.parents),
        c.author_name,
        c.author_email,
        c.author_date,
        c.committer_date,
        c.subject,
        c.body,
        [_change_row(x) for x in c.changes],
    ]


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError("expected a string or null")


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise ValueError("expected a string")


def _commit_from_row(row: Any) -> LogCommit:
    oid, parents, name, email, adate, cdate, subject, body, changes = row
    return LogCommit(
        _str(oid),
        tuple(_str(p) for p in parents),
        _str(name),
        _str(email),
        _str(adate),
        _str(cdate),
        _str(subject),
        _str(body),
        tuple(
            RawChange(_str(s), _str(o), _str(n), _optional_str(ob), _optional_str(nb))
            for s, o, n, ob, nb in changes
        ),
    )


def load_log(path: Path) -> CachedLog | None:
    """The cached log at ``path``, or None when absent, damaged or from another version."""
    payload = read_payload(path, "log")
    if not isinstance(payload, dict):
        return None
    try:
        head = _str(payload["head"])
        boundary = tuple(_str(b) for b in payload["boundary"])
        commits = [_commit_from_row(row) for row in payload["commits"]]
    except (KeyError, TypeError, ValueError):
        return None
    return CachedLog(head, boundary, commits)


def save_log(path: Path, head: str, boundary: Sequence[str], commits: list[LogCommit]) -> bool:
    """Store the log read at ``head``; False when the cache folder cannot be written."""
    payload = {
        "head": head,
        "boundary": sorted(boundary),
        "commits": [_commit_row(c) for c in commits],
    }
    return write_payload(path, "log", payload)
