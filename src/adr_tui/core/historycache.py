r"""The lineage index of a repository and its on-disk cache.

The index groups every ADR-file change of the log into lineages (see
:func:`walk`) and keeps what the list needs about each. It is cached outside
the repository, JSON only, verified before use.

Files use the verified format of :mod:`adr_tui.core.cachefile`: a damaged,
foreign or half-written file means "no cache" and a rebuild, never a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeAlias

from adr_tui.core.adrnames import is_adr_name, numbering_of, record_folder_name, stem_of
from adr_tui.core.cachefile import Items, read_items, read_payload, write_payload
from adr_tui.core.errors import RepoError
from adr_tui.core.gitlog import GitRepo, LogCommit, Progress, RawChange
from adr_tui.core.records import record

INDEX_FORMAT = 13  # 3: .rst and .adoc files too (adrnames); 4: a deleted and an added number pair;
# 5: suffix-less names like 'adr2008 - title' (adrnames.BARE_ADR_NAME, fc243d5);
# 6: a record copied to a new path and deleted at the old one later is one lineage (join_copies);
# 7: a deleted and an added record pair by the rest of the name before the number (renumberings);
# 8: join_copies joins within one folder only (one monorepo log's 0001 was another's past);
# 9: a date-named record renamed and rewritten in one commit pairs by its name (logparse);
# 10: a draft named by its zero-padded number alone ('docs/decisions/0016') is an ADR name
# 11: a text file named as a record ('adr_1_chart_library.txt') is an ADR name (adrnames)
# 12: a file renamed to a record's keeps its older changes (logparse follows it back)
# 13: ...followed back along the renaming commit's ancestry only (another branch's same name)
"""Bumped when what the cached log keeps changes, so older caches are rebuilt, never reused.

2: the log keeps every file that may be an ADR (``adrnames``), not only Markdown.
"""


def repo_key(repo: GitRepo) -> str:
    """A stable name for one work tree of one repository."""
    ident = f"{repo.common_dir.resolve()}\0{repo.git_dir.resolve()}"
    return hashlib.sha256(ident.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def cache_folder(cache_dir: Path) -> Path:
    """Where history caches live under the settings' cache root."""
    return cache_dir / "history"


@record
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


class DamagedCache(RepoError):
    """A cached commit could not be read although its file's checksum held."""


class CachedCommits:
    """The commits of verified segments, newest first, each decoded when first read.

    A lineage needs a few dozen of a log's thousands of commits: decoding only
    those takes opening the History screen from ~100 ms of JSON to a few.
    """

    def __init__(self, parts: list[Items], on_damage: Callable[[], None] = lambda: None) -> None:
        self._parts = parts
        """Newest segment first."""
        self._on_damage = on_damage
        self._starts = [0, *accumulate(len(p) for p in parts)]
        self._decoded: dict[int, LogCommit] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._starts[-1]

    def __getitem__(self, index: int) -> LogCommit:
        """Commit ``index`` (0 is the newest); raises DamagedCache when it cannot be read."""
        with self._lock:
            found = self._decoded.get(index)
            if found is None:
                part = bisect_right(self._starts, index) - 1
                try:
                    if not 0 <= index < len(self):  # an index naming no cached commit
                        raise IndexError(index)
                    found = _commit_from_row(self._parts[part][index - self._starts[part]])
                except (TypeError, ValueError, IndexError) as error:
                    self.damaged()
                    raise DamagedCache(
                        "a cached commit is damaged; the history cache will be rebuilt",
                        "History cache damaged",
                    ) from error
                self._decoded[index] = found
            return found

    def damaged(self) -> None:
        """Say that what these commits index is damaged (the cache is dropped)."""
        self._on_damage()

    def all(self) -> list[LogCommit]:
        """Every commit, newest first; raises DamagedCache."""
        return [self[i] for i in range(len(self))]


def open_segments(
    folder: Path, segments: Sequence[Segment], on_damage: Callable[[], None] = lambda: None
) -> CachedCommits | None:
    """The commits of ``segments`` (given oldest first), read on demand; None if damaged.

    ``on_damage`` runs when a commit read later turns out damaged.
    """
    parts: list[Items] = []
    for segment in reversed(segments):
        found = read_items(folder / segment.name, "segment")
        if found is None or found[1] != segment.digest or len(found[0]) != segment.count:
            return None
        parts.append(found[0])
    return CachedCommits(parts, on_damage)


def read_segments(folder: Path, segments: Sequence[Segment]) -> list[LogCommit] | None:
    """All commits of ``segments`` (given oldest segment first), newest first; None if damaged."""
    commits = open_segments(folder, segments)
    try:
        return commits.all() if commits is not None else None
    except DamagedCache:
        return None


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


@dataclass
class Trace:
    """One lineage as an index: (commit age, change number) pairs, newest first.

    A commit's *age* counts from the oldest commit read (0), so the ages of
    cached commits never change when newer commits are added in front.
    """

    path: str
    deleted: bool
    entries: list[tuple[int, int]] = field(default_factory=list)
    created: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    truncated: bool = False
    orphan: bool = False
    """Opened by an edit of a path absent at the head: a branch edit of a file renamed elsewhere."""
    absorbed: bool = False
    """Merged into another lineage."""

    def row(self) -> list[Any]:
        """The JSON row of this lineage (entries flattened)."""
        flat = [n for pair in self.entries for n in pair]
        return [
            self.path,
            self.deleted,
            flat,
            self.created,
            self.modified,
            self.authors,
            self.truncated,
        ]

    @classmethod
    def from_row(cls, row: Any) -> Trace:
        """A lineage from its JSON row; raises ValueError or TypeError when malformed."""
        path, deleted, flat, created, modified, authors, truncated = row
        entries = list(zip(flat[::2], flat[1::2], strict=True))
        if not isinstance(path, str) or not all(isinstance(n, int) for n in flat):
            raise ValueError("bad lineage row")
        return cls(path, bool(deleted), entries, created, modified, list(authors), bool(truncated))


def walk(
    commits: list[LogCommit], base_age: int, head_paths: frozenset[str] | None = None
) -> tuple[list[Trace], dict[str, Trace]]:
    """Group changes into lineages, newest commit first: O(changes).

    Returns the lineages and, by path, those that continue into older history.
    An edit of a path that the head does not have and no newer change
    explains is an *orphan*: a branch edited the file while another branch
    renamed it. The rename, met later (older), adopts it.
    """
    live: dict[str, Trace] = {}
    traces: list[Trace] = []
    top = base_age + len(commits) - 1
    for index, commit in enumerate(commits):
        # Two phases, so swaps and chains of renames inside one commit stay straight.
        handover: list[tuple[str, Trace]] = []
        for number, change in enumerate(commit.changes):
            found = None if change.status == "D" else live.pop(change.new_path, None)
            if found is None:
                found = Trace(change.new_path, deleted=change.status == "D")
                found.orphan = (
                    change.status not in ("A", "D")
                    and head_paths is not None
                    and change.new_path not in head_paths
                )
                traces.append(found)
            found.entries.append((top - index, number))
            if change.status != "A":
                handover.append((change.old_path, found))
        for old_path, trace in handover:
            waiting = live.get(old_path)
            if waiting is not None and waiting is not trace and waiting.orphan:
                _adopt(trace, waiting)
            live[old_path] = trace
    kept = [t for t in traces if not t.absorbed]
    for trace in kept:
        trace.deleted = trace.deleted or trace.orphan  # never adopted: gone from the head
    return kept, live


def _adopt(trace: Trace, orphan: Trace) -> None:
    trace.entries = sorted([*trace.entries, *orphan.entries], reverse=True)
    orphan.absorbed = True


def _summarise(
    trace: Trace, commit_at: Callable[[int], LogCommit], boundary: frozenset[str]
) -> None:
    oldest_age, oldest_number = trace.entries[-1]
    oldest = commit_at(oldest_age)
    trace.truncated = oldest.oid in boundary
    added = oldest.changes[oldest_number].status == "A"
    trace.created = oldest.author_date if added and not trace.truncated else None
    trace.modified = commit_at(trace.entries[0][0]).author_date
    trace.authors = list(
        dict.fromkeys(commit_at(age).author_name for age, _ in reversed(trace.entries))
    )


def build_index(
    commits: list[LogCommit], boundary: frozenset[str], head_paths: frozenset[str] | None = None
) -> list[Trace]:
    """Every lineage of ``commits`` (newest first), summarised.

    ``head_paths`` (the ADR files at the head) lets branch edits of
    renamed files join their lineage.
    """
    traces, _ = walk(commits, 0, head_paths)
    top = len(commits) - 1
    for trace in traces:
        _summarise(trace, lambda age: commits[top - age], boundary)
    return join_copies(traces, lambda age, number: commits[top - age].changes[number])


def extend_index(
    cached: list[Trace],
    newer: list[LogCommit],
    old_count: int,
    boundary: frozenset[str],
    head_paths: frozenset[str] | None = None,
) -> list[Trace]:
    """Lineages after ``newer`` commits (newest first) landed on top of a cached index.

    Equivalent to :func:`build_index` over all commits: a new lineage still
    open at the old head continues the cached one that held that path.
    """
    traces, live = walk(newer, old_count, head_paths)
    top = old_count + len(newer) - 1
    for trace in traces:
        _summarise(trace, lambda age: newer[top - age], boundary)
    result = list(traces)
    claimed: set[str] = set()
    for old in cached:
        if old.deleted or old.path in claimed or old.path not in live:
            result.append(old)
            continue
        claimed.add(old.path)  # only the newest cached lineage of a path continues
        new = live[old.path]
        new.entries.extend(old.entries)
        new.created, new.truncated = old.created, old.truncated
        new.authors = list(dict.fromkeys([*old.authors, *new.authors]))

    def change_at(age: int, number: int) -> RawChange | None:
        return newer[top - age].changes[number] if age >= old_count else None

    return join_copies(result, change_at)


def _record_key(path: str) -> str | None:
    """A record's folder and the name it keeps in any markup ("docs/0003-x" of "docs/0003-x.rst").

    The folder is part of it: every adr-tools log of a monorepo starts with
    "0001-record-architecture-decisions.md", and a log deleted in one service is no
    past of another service's record 0001 (review 8 M1).
    """
    key = stem_of(path)
    if numbering_of(key) is None:
        return None
    folder = path.rpartition("/")[0]
    if record_folder_name(path) is not None:  # "0001-x/README.md": named by its folder
        folder = folder.rpartition("/")[0]
    return f"{folder}/{key.casefold()}"


def join_copies(
    traces: list[Trace], change_at: Callable[[int, int], RawChange | None]
) -> list[Trace]:
    """Join a record written anew at another path to its old file, deleted after the copy.

    dimagi/commcare-hq added "docs/decisions/0003-x.rst" beside "0003-x.md" (the docs
    site wanted reStructuredText) and deleted the Markdown a commit later. Git sees an
    add and a later delete, so the record's history began at the copy. A lineage whose
    first change adds a numbered name is joined to the one lineage of the same name in
    the same folder (another suffix) that existed before that add and was deleted after
    it; the deletion is
    dropped, being the end of the old copy rather than of the record. ``change_at``
    gives the changes this read has (None for older ones, already joined when read).
    """
    gone: dict[str, list[Trace]] = {}
    for trace in traces:
        if not (trace.deleted and trace.entries):
            continue
        change = change_at(*trace.entries[0])
        if change is not None and change.status == "D" and (key := _record_key(trace.path)):
            gone.setdefault(key, []).append(trace)
    if not gone:
        return traces
    joined: set[int] = set()
    for trace in traces:
        key = _record_key(trace.path) if trace.created is not None else None
        added = trace.entries[-1][0] if trace.entries else -1
        old = [
            t
            for t in gone.get(key or "", ())
            if t.path != trace.path
            and id(t) not in joined
            # the old file was there when the record was added, and went later
            and t.entries[-1][0] < added < t.entries[0][0]
        ]
        if len(old) != 1:
            continue
        (copy,) = old
        trace.entries = sorted([*trace.entries, *copy.entries[1:]], reverse=True)
        trace.created, trace.truncated = copy.created, copy.truncated
        trace.authors = list(dict.fromkeys([*copy.authors, *trace.authors]))
        joined.add(id(copy))
    return [t for t in traces if id(t) not in joined]


Commits: TypeAlias = "list[LogCommit] | CachedCommits"
"""A log, newest first, indexed by position (from git, or from the cache)."""
Loader: TypeAlias = Callable[[], "tuple[Commits, list[Trace] | None]"]
"""Reads the commits on first need; with lineages when it had to rebuild them."""


MAX_SEGMENTS = 24
"""Cached log files before they are merged into one (each update adds one)."""


def read_log(
    repo: GitRepo,
    revisions: list[str],
    cancel: threading.Event | None,
    notes: list[str],
    progress: Progress | None = None,
) -> list[LogCommit]:
    """The log of ``revisions``; exact renames only (noted) when objects are missing."""
    try:
        return repo.log(revisions, cancel=cancel, progress=progress)
    except RepoError:
        # Rename detection reads blobs; with objects missing, read the log without it
        # (``progress`` then counts from 0 again: it is a second read).
        commits = repo.log(revisions, renames=False, cancel=cancel, progress=progress)
        note = "some objects are missing: only renames without edits are followed"
        if note not in notes:
            notes.append(note)
        return commits


def _truncated_at(commits: list[LogCommit], boundary: frozenset[str]) -> str | None:
    dates = [c.committer_date for c in commits if c.oid in boundary]
    return min(dates, key=dt.datetime.fromisoformat) if dates else None


@dataclass
class Index:
    """The cached lineage index of one repository at one head."""

    head: str
    boundary: frozenset[str]
    count: int
    segments: list[Segment]
    traces: list[Trace]
    truncated_at: str | None
    notes: list[str]

    def payload(self) -> dict[str, Any]:
        """The JSON payload of the index file."""
        return {
            "format": INDEX_FORMAT,
            "head": self.head,
            "boundary": sorted(self.boundary),
            "count": self.count,
            "segments": segment_rows(self.segments),
            "traces": [t.row() for t in self.traces],
            "truncated_at": self.truncated_at,
            "notes": self.notes,
        }

    @classmethod
    def parse(cls, payload: Any) -> Index | None:
        """The index in ``payload``; None when its shape is wrong."""
        if not isinstance(payload, dict) or payload.get("format") != INDEX_FORMAT:
            return None
        try:
            segments = segments_from_rows(payload["segments"])
            index = cls(
                str(payload["head"]),
                frozenset(str(b) for b in payload["boundary"]),
                int(payload["count"]),
                segments or [],
                [Trace.from_row(row) for row in payload["traces"]],
                payload["truncated_at"],
                [str(n) for n in payload["notes"]],
            )
        except (KeyError, TypeError, ValueError):
            return None
        if segments is None or sum(s.count for s in segments) != index.count:
            return None
        return index


@dataclass
class CacheFiles:
    """This repository's files in the cache folder."""

    folder: Path
    key: str

    @property
    def index_path(self) -> Path:
        """The lineage index file."""
        return self.folder / f"{self.key}.index"

    @property
    def states_path(self) -> Path:
        """The parsed-states file."""
        return self.folder / f"{self.key}.states"

    def forget(self) -> None:
        """Drop the index, so that the next load rebuilds it (and its segments) from git."""
        with contextlib.suppress(OSError):
            self.index_path.unlink()

    def read(self, boundary: frozenset[str]) -> Index | None:
        """The cached index when valid and read with the same shallow boundary."""
        index = Index.parse(read_payload(self.index_path, "index"))
        return index if index is not None and index.boundary == boundary else None

    def write(self, index: Index) -> None:
        """Store ``index`` and drop segment files it no longer names."""
        if write_payload(self.index_path, "index", index.payload()) is not None:
            remove_stale(self.folder, self.key, index.segments)


def rebuilder(repo: GitRepo, head: str, boundary: frozenset[str], notes: list[str]) -> Loader:
    """A loader that reads the whole log again (when cached commits are gone or damaged)."""

    def load() -> tuple[Commits, list[Trace] | None]:
        commits = read_log(repo, [head], None, notes)
        return commits, build_index(commits, boundary, repo.adr_paths(head))

    return load


def segment_loader(cache: CacheFiles, index: Index, fallback: Loader) -> Loader:
    """A loader reading the cached segments, else falling back to git."""

    def load() -> tuple[Commits, list[Trace] | None]:
        commits = open_segments(cache.folder, index.segments, cache.forget)
        return (commits, None) if commits is not None else fallback()

    return load


def update_index(
    repo: GitRepo,
    cache: CacheFiles,
    index: Index,
    head: str,
    cancel: threading.Event | None,
) -> tuple[Index, list[LogCommit] | None]:
    """The index after reading only ``OLD..HEAD``; also the full commits when they were read.

    A record renamed in ``newer`` from a file that was no ADR's has its past in commits
    the cached log did not keep (no ADR file changed in them): the whole log is read again.
    """
    notes = list(index.notes)
    newer = read_log(repo, [f"{index.head}..{head}"], cancel, notes)
    if _follows_uncached(newer):
        return full_index(repo, cache, head, index.boundary, cancel)
    head_paths = repo.adr_paths(head) if newer else None
    traces = extend_index(index.traces, newer, index.count, index.boundary, head_paths)
    segments = list(index.segments)
    commits: list[LogCommit] | None = None
    if newer:
        segment = write_segment(cache.folder, cache.key, newer)
        segments = [*segments, segment] if segment is not None else []
    if len(segments) > MAX_SEGMENTS:
        older = read_segments(cache.folder, index.segments)
        if older is not None:
            commits = newer + older
            merged = write_segment(cache.folder, cache.key, commits)
            segments = [merged] if merged is not None else []
    count = index.count + len(newer)
    updated = Index(head, index.boundary, count, segments, traces, index.truncated_at, notes)
    if sum(s.count for s in segments) == count:
        cache.write(updated)
    return updated, commits


def _follows_uncached(newer: list[LogCommit]) -> bool:
    """Whether a lineage of ``newer`` goes on, older, at a path that is no ADR's."""

    def other(path: str) -> bool:
        return not is_adr_name(path.rpartition("/")[2])

    if not any(c.status == "R" and other(c.old_path) for n in newer for c in n.changes):
        return False  # the common case, decided without a walk
    _, live = walk(newer, 0)
    return any(other(path) for path in live)


def full_index(
    repo: GitRepo,
    cache: CacheFiles | None,
    head: str,
    boundary: frozenset[str],
    cancel: threading.Event | None,
    progress: Progress | None = None,
) -> tuple[Index, list[LogCommit]]:
    """Read the whole log at ``head``, build the index and cache it (when possible).

    ``progress`` hears how far the log is: this read walks every commit.
    """
    notes: list[str] = []
    commits = read_log(repo, [head], cancel, notes, progress)
    traces = build_index(commits, boundary, repo.adr_paths(head))
    segments: list[Segment] = []
    index = Index(head, boundary, len(commits), segments, traces, None, notes)
    index.truncated_at = _truncated_at(commits, boundary)
    if cache is not None:
        segment = write_segment(cache.folder, cache.key, commits)
        if segment is not None:
            index.segments = [segment]
            cache.write(index)
    return index, commits
