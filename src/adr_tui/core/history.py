"""Lineages, revisions and status timelines from one streamed ``git log``.

How history is read:

* One ``git log -z --raw -M`` over every Markdown file (see ``gitlog``) gives,
  newest first, each commit with its file changes and both blob ids.
* Lineages are built backwards from today's paths: a rename hands the lineage
  its older path, an add closes it, and a delete opens a new, deleted lineage.
  So a path deleted and later re-added holds two lineages, not one.
* Merge commits are not revisions. ``git log`` shows merges no diff by
  default, so a change made on a branch appears once, at the commit that made
  it, with its own author and dates.
* Statuses are read lazily, for the lineages asked for: their blobs come in
  one ``cat-file --batch`` and each blob is parsed once (kept by blob id,
  and cached on disk with the log).
* In a shallow clone a lineage reaching the boundary is ``truncated``; its
  creation date is unknown, never guessed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeAlias

from adr_tui.core import historycache
from adr_tui.core.errors import RepoError
from adr_tui.core.gitlog import GitRepo, LogCommit, RawChange
from adr_tui.core.model import Decision, Status
from adr_tui.core.parsing import parse_document
from adr_tui.core.settings import Settings


class ChangeKind(StrEnum):
    """What a revision did to the file."""

    ADDED = "added"
    MODIFIED = "modified"
    RENAMED = "renamed"
    DELETED = "deleted"


_KINDS = {
    "A": ChangeKind.ADDED,
    "M": ChangeKind.MODIFIED,
    "T": ChangeKind.MODIFIED,
    "R": ChangeKind.RENAMED,
    "D": ChangeKind.DELETED,
}


@dataclass(frozen=True, slots=True)
class DocState:
    """What a document said at one revision (its blob parsed by ``parse_document``)."""

    status: Status
    """Canonical status."""
    status_raw: str = ""
    """Status text as written."""
    title: str = ""
    """Title at that revision."""
    date: dt.date | None = None
    """Date the document stated."""
    relations: tuple[tuple[str, str], ...] = ()
    """Stated links as (kind, reference) pairs, e.g. ``("superseded-by", "ADR-0012")``."""
    is_decision: bool = True
    """False when the blob was not a decision (a template, empty, binary)."""


@dataclass(frozen=True, slots=True)
class Revision:
    """One commit's change to one ADR."""

    commit: str
    """Full commit id."""
    parents: tuple[str, ...]
    """Parent commit ids."""
    author_name: str
    """Author name."""
    author_email: str
    """Author e-mail."""
    author_date: dt.datetime
    """Author date with its own time zone."""
    committer_date: dt.datetime
    """Committer date with its own time zone."""
    subject: str
    """Subject line of the commit message."""
    body: str
    """Rest of the commit message."""
    kind: ChangeKind
    """Added, modified, renamed or deleted."""
    path: str
    """Path after this revision (for a deletion: the path it was deleted from)."""
    old_path: str | None
    """Path before a rename; None otherwise."""
    blob: str | None
    """Blob id of the content after this revision; None for a deletion."""
    old_blob: str | None
    """Blob id before this revision (at ``old_path`` for a rename); None when added."""
    state: DocState | None = None
    """Parsed content; None for a deletion, a missing object or before states are read."""
    missing: bool = False
    """True when the blob is not in the object store (partial clone, damage)."""
    at_boundary: bool = False
    """True when the commit is a shallow-clone boundary (its "added" may be older)."""

    @property
    def short(self) -> str:
        """Abbreviated commit id."""
        return self.commit[:10]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A revision where the status or the relations changed (or the file came or went)."""

    revision: Revision
    """Where it happened."""
    status: Status | None
    """Status from then on; None once deleted."""
    status_raw: str
    """Status text as written."""
    relations: tuple[tuple[str, str], ...]
    """Stated links from then on."""
    event: str
    """``created``, ``status``, ``relations``, ``status+relations`` or ``deleted``."""

    @property
    def label(self) -> str:
        """A short reading, e.g. ``superseded by ADR-0012`` or ``accepted``."""
        if self.status is None:
            return "deleted"
        replaced = [ref for kind, ref in self.relations if kind == "superseded-by"]
        if self.status is Status.SUPERSEDED and replaced:
            return f"superseded by {', '.join(replaced)}"
        return self.status.value


@dataclass(frozen=True)
class Lineage:
    """Every revision of one ADR, across renames and moves, oldest first."""

    path: str
    """Path today, or the last path before deletion."""
    revisions: tuple[Revision, ...]
    """Revisions, oldest first."""
    deleted: bool = False
    """True when the file no longer exists at the history's head."""
    truncated: bool = False
    """True when a shallow clone cuts the lineage: its creation was not seen."""
    timeline: tuple[TimelineEntry, ...] = ()
    """Status and relation changes (filled when states were read)."""

    @property
    def created(self) -> dt.datetime | None:
        """Author date of the revision that added the file; None when unknown (truncated)."""
        first = self.revisions[0] if self.revisions else None
        if first is None or self.truncated or first.kind is not ChangeKind.ADDED:
            return None
        return first.author_date

    @property
    def modified(self) -> dt.datetime | None:
        """Author date of the newest revision."""
        return self.revisions[-1].author_date if self.revisions else None

    @property
    def authors(self) -> tuple[str, ...]:
        """Distinct author names, in order of first contribution."""
        return tuple(dict.fromkeys(r.author_name for r in self.revisions))

    @property
    def paths(self) -> tuple[str, ...]:
        """Every path the ADR had, oldest first."""
        return tuple(dict.fromkeys(r.path for r in self.revisions))

    @property
    def last_blob(self) -> str | None:
        """Blob id of the newest content (before deletion, for a deleted ADR)."""
        for rev in reversed(self.revisions):
            if rev.blob is not None:
                return rev.blob
            if rev.old_blob is not None:
                return rev.old_blob
        return None


def _when(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp)


def _revision(commit: LogCommit, change: RawChange, boundary: frozenset[str]) -> Revision:
    kind = _KINDS.get(change.status, ChangeKind.MODIFIED)
    return Revision(
        commit=commit.oid,
        parents=commit.parents,
        author_name=commit.author_name,
        author_email=commit.author_email,
        author_date=_when(commit.author_date),
        committer_date=_when(commit.committer_date),
        subject=commit.subject,
        body=commit.body,
        kind=kind,
        path=change.new_path,
        old_path=change.old_path if kind is ChangeKind.RENAMED else None,
        blob=change.new_blob,
        old_blob=change.old_blob,
        at_boundary=commit.oid in boundary,
    )


def state_of(data: bytes, path: str) -> DocState:
    """Parse one blob into the fields the timeline follows."""
    outcome = parse_document(data, path)
    d = outcome.decision
    if d is None:
        return DocState(Status.UNKNOWN, is_decision=False)
    return DocState(d.status, d.status_raw, d.title, d.date, _relations(d))


def _relations(d: Decision) -> tuple[tuple[str, str], ...]:
    found = {
        (r.kind.value, f"ADR-{r.ref.number:04d}" if r.ref.number is not None else r.ref.raw)
        for r in d.relations
        if r.stated
    }
    return tuple(sorted(found))


def timeline(revisions: Iterable[Revision]) -> tuple[TimelineEntry, ...]:
    """Revisions where the canonical status or the stated relations changed."""
    entries: list[TimelineEntry] = []
    previous: DocState | None = None
    for rev in revisions:
        if rev.kind is ChangeKind.DELETED:
            entries.append(TimelineEntry(rev, None, "", (), "deleted"))
            previous = None
            continue
        state = rev.state
        if state is None:
            continue  # missing object: no evidence either way
        if previous is None:
            event = "created"
        else:
            changed = [
                name
                for name, differs in (
                    ("status", state.status is not previous.status),
                    ("relations", state.relations != previous.relations),
                )
                if differs
            ]
            event = "+".join(changed)
        if event:
            entries.append(
                TimelineEntry(rev, state.status, state.status_raw, state.relations, event)
            )
        previous = state
    return tuple(entries)


def _state_row(s: DocState) -> list[Any]:
    return [
        s.status.value,
        s.status_raw,
        s.title,
        s.date.isoformat() if s.date else None,
        [list(r) for r in s.relations],
        s.is_decision,
    ]


def _state_from_row(row: Any) -> DocState:
    status, raw, title, date, relations, is_decision = row
    return DocState(
        Status(status),
        str(raw),
        str(title),
        dt.date.fromisoformat(date) if date else None,
        tuple((str(k), str(v)) for k, v in relations),
        bool(is_decision),
    )


def parser_fingerprint() -> str:
    """Changes whenever the parser's code does, so cached states follow the parser."""
    from adr_tui import __version__
    from adr_tui.core import parsing

    digest = hashlib.sha256(__version__.encode())
    for folder in parsing.__path__:
        for path in sorted(Path(folder).rglob("*.py")):
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class LineageSummary:
    """What the list needs about one lineage, known without reading any commit again."""

    path: str
    """Path today, or the last path before deletion."""
    deleted: bool
    """True when the file no longer exists at the history's head."""
    created: dt.datetime | None
    """When the file was added; None when unknown (shallow clone)."""
    modified: dt.datetime | None
    """Author date of the newest revision."""
    revision_count: int
    """Number of revisions."""
    authors: tuple[str, ...]
    """Distinct author names, oldest contribution first."""
    truncated: bool
    """True when a shallow clone cuts the lineage."""


@dataclass
class _Trace:
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
    def from_row(cls, row: Any) -> _Trace:
        path, deleted, flat, created, modified, authors, truncated = row
        entries = list(zip(flat[::2], flat[1::2], strict=True))
        if not isinstance(path, str) or not all(isinstance(n, int) for n in flat):
            raise ValueError("bad lineage row")
        return cls(path, bool(deleted), entries, created, modified, list(authors), bool(truncated))


def _walk(
    commits: list[LogCommit], base_age: int, head_paths: frozenset[str] | None = None
) -> tuple[list[_Trace], dict[str, _Trace]]:
    """Group changes into lineages, newest commit first: O(changes).

    Returns the lineages and, by path, those that continue into older history.
    An edit of a path that the head does not have and no newer change
    explains is an *orphan*: a branch edited the file while another branch
    renamed it. The rename, met later (older), adopts it.
    """
    live: dict[str, _Trace] = {}
    traces: list[_Trace] = []
    top = base_age + len(commits) - 1
    for index, commit in enumerate(commits):
        # Two phases, so swaps and chains of renames inside one commit stay straight.
        handover: list[tuple[str, _Trace]] = []
        for number, change in enumerate(commit.changes):
            found = None if change.status == "D" else live.pop(change.new_path, None)
            if found is None:
                found = _Trace(change.new_path, deleted=change.status == "D")
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


def _adopt(trace: _Trace, orphan: _Trace) -> None:
    trace.entries = sorted([*trace.entries, *orphan.entries], reverse=True)
    orphan.absorbed = True


def _summarise(
    trace: _Trace, commit_at: Callable[[int], LogCommit], boundary: frozenset[str]
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
) -> list[_Trace]:
    """Every lineage of ``commits`` (newest first), summarised.

    ``head_paths`` (the Markdown files at the head) lets branch edits of
    renamed files join their lineage.
    """
    traces, _ = _walk(commits, 0, head_paths)
    top = len(commits) - 1
    for trace in traces:
        _summarise(trace, lambda age: commits[top - age], boundary)
    return traces


def extend_index(
    cached: list[_Trace],
    newer: list[LogCommit],
    old_count: int,
    boundary: frozenset[str],
    head_paths: frozenset[str] | None = None,
) -> list[_Trace]:
    """Lineages after ``newer`` commits (newest first) landed on top of a cached index.

    Equivalent to :func:`build_index` over all commits: a new lineage still
    open at the old head continues the cached one that held that path.
    """
    traces, live = _walk(newer, old_count, head_paths)
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
    return result


Loader: TypeAlias = Callable[[], "tuple[list[LogCommit], list[_Trace] | None]"]
"""Reads the commits on first need; with lineages when it had to rebuild them."""


class History:
    """The history of every Markdown file of a repository, as of one commit.

    Lineage summaries come from the index alone; commits are read (from the
    cache, else from git) the first time a full lineage is asked for.
    Thread-safe; call :meth:`close` (or use ``with``).
    """

    def __init__(
        self,
        repo: GitRepo | None,
        head: str | None,
        traces: list[_Trace],
        commits: Loader | list[LogCommit],
        *,
        boundary: frozenset[str] = frozenset(),
        truncated_at: str | None = None,
        notes: tuple[str, ...] = (),
        states_path: Path | None = None,
    ) -> None:
        self.repo = repo
        """The repository (None for an empty history)."""
        self.head = head
        """Commit the history reaches; None without commits."""
        self.notes = notes
        """Things the user should know (no commits, truncated history, renames off)."""
        self.truncated_at = _when(truncated_at) if truncated_at else None
        """Oldest commit date a shallow clone holds; None when history is complete."""
        self._boundary = boundary
        self._commits = commits if isinstance(commits, list) else None
        self._loader = commits if callable(commits) else None
        self._states: dict[str, DocState] = {}
        self._states_path = states_path
        self._states_dirty = False
        self._lock = threading.RLock()
        self._by_path: dict[str, _Trace] = {}
        self._deleted: dict[str, list[_Trace]] = {}
        self._index(traces)
        self._load_states()

    def _index(self, traces: list[_Trace]) -> None:
        by_path: dict[str, _Trace] = {}
        deleted: dict[str, list[_Trace]] = {}
        for trace in traces:
            if trace.deleted:
                deleted.setdefault(trace.path, []).append(trace)
            else:
                by_path.setdefault(trace.path, trace)
        self._by_path, self._deleted = by_path, deleted

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def shallow(self) -> bool:
        """Whether this is a shallow clone's history."""
        return bool(self._boundary)

    def paths(self) -> tuple[str, ...]:
        """Paths (at the head) that have a lineage, sorted."""
        return tuple(sorted(self._by_path))

    def deleted_paths(self) -> tuple[str, ...]:
        """Last paths of deleted lineages, sorted."""
        return tuple(sorted(self._deleted))

    def _trace_for(self, path: str) -> _Trace | None:
        trace = self._by_path.get(path)
        if trace is None and path in self._deleted:
            trace = self._deleted[path][0]  # the newest deletion of that path
        return trace

    @staticmethod
    def _summary(trace: _Trace) -> LineageSummary:
        return LineageSummary(
            trace.path,
            trace.deleted,
            _when(trace.created) if trace.created else None,
            _when(trace.modified) if trace.modified else None,
            len(trace.entries),
            tuple(trace.authors),
            trace.truncated,
        )

    def summary(self, path: str) -> LineageSummary | None:
        """Created, modified, revision count and authors of ``path``'s lineage: cheap."""
        trace = self._trace_for(path)
        return self._summary(trace) if trace is not None else None

    def summaries(self) -> tuple[LineageSummary, ...]:
        """Summaries of every lineage, today's paths then deleted ones: cheap."""
        deleted = [t for traces in self._deleted.values() for t in traces]
        return tuple(self._summary(t) for t in [*self._by_path.values(), *deleted])

    def created(self, path: str) -> dt.datetime | None:
        """When the file at ``path`` was added (None when unknown): what the UI shows undated."""
        found = self.summary(path)
        return found.created if found is not None else None

    def _all_commits(self) -> list[LogCommit]:
        with self._lock:
            if self._commits is None:
                assert self._loader is not None
                commits, rebuilt = self._loader()
                if rebuilt is not None:  # the cached commits were gone: lineages were rebuilt
                    self._index(rebuilt)
                self._commits = commits
            return self._commits

    def _revisions(self, trace: _Trace) -> list[Revision]:
        commits = self._all_commits()
        top = len(commits) - 1
        found: list[Revision] = []
        for age, number in reversed(trace.entries):
            commit = commits[top - age]
            found.append(_revision(commit, commit.changes[number], self._boundary))
        return found

    def lineage(self, path: str, *, with_states: bool = False) -> Lineage | None:
        """The lineage holding ``path`` today (else the newest deleted one that held it)."""
        self._all_commits()  # first: a rebuild may replace the index
        trace = self._trace_for(path)
        if trace is None:
            return None
        return self._lineage(trace, with_states)

    def _lineage(self, trace: _Trace, with_states: bool) -> Lineage:
        revisions = self._revisions(trace)
        if not with_states:
            return Lineage(trace.path, tuple(revisions), trace.deleted, trace.truncated)
        revisions = self._with_states(revisions)
        return Lineage(
            trace.path, tuple(revisions), trace.deleted, trace.truncated, timeline(revisions)
        )

    def for_decision(self, decision: Decision | str) -> Lineage:
        """The full lineage (with statuses and timeline) of a decision or a path.

        Raises:
            RepoError: no commit ever touched that path.
        """
        path = decision if isinstance(decision, str) else decision.path
        found = self.lineage(path, with_states=True)
        if found is None:
            raise RepoError(f"{path}: no history (the file was never committed)", "No history")
        return found

    def lineages(self) -> tuple[Lineage, ...]:
        """Every lineage (today's then deleted ones), without statuses."""
        self._all_commits()
        deleted = [t for traces in self._deleted.values() for t in traces]
        return tuple(self._lineage(t, False) for t in [*self._by_path.values(), *deleted])

    def read_blobs(self, oids: Iterable[str]) -> dict[str, bytes | None]:
        """Blob contents in one bulk read; None for missing objects."""
        if self.repo is None:
            return {}
        return self.repo.read_blobs(oids)

    def _with_states(self, revisions: list[Revision]) -> list[Revision]:
        with self._lock:
            known = self._states
            wanted = [r.blob for r in revisions if r.blob is not None and r.blob not in known]
        data = self.read_blobs(wanted)
        with self._lock:
            paths = {r.blob: r.path for r in revisions if r.blob is not None}
            for oid, content in data.items():
                if content is not None:
                    self._states[oid] = state_of(content, paths[oid])
                    self._states_dirty = True
            states = dict(self._states)
        return [
            replace(r, state=states.get(r.blob), missing=r.blob not in states)
            if r.blob is not None
            else r
            for r in revisions
        ]

    def _load_states(self) -> None:
        if self._states_path is None:
            return
        payload = historycache.read_payload(self._states_path, "states")
        if not isinstance(payload, dict) or payload.get("parser") != parser_fingerprint():
            return
        try:
            rows = payload["states"]
            self._states = {str(k): _state_from_row(v) for k, v in rows.items()}
        except (KeyError, TypeError, ValueError, AttributeError):
            self._states = {}

    def save(self) -> None:
        """Write newly parsed states to the cache (no-op without a cache)."""
        with self._lock:
            if self._states_path is None or not self._states_dirty:
                return
            payload = {
                "parser": parser_fingerprint(),
                "states": {k: _state_row(v) for k, v in self._states.items()},
            }
            self._states_dirty = False
        historycache.write_payload(self._states_path, "states", payload)

    def close(self) -> None:
        """Save parsed states and end git processes."""
        self.save()
        if self.repo is not None:
            self.repo.close()


MAX_SEGMENTS = 24
"""Cached log files before they are merged into one (each update adds one)."""


def _read_log(
    repo: GitRepo, revisions: list[str], cancel: threading.Event | None, notes: list[str]
) -> list[LogCommit]:
    try:
        return repo.log(revisions, cancel=cancel)
    except RepoError:
        # Rename detection reads blobs; with objects missing, read the log without it.
        commits = repo.log(revisions, renames=False, cancel=cancel)
        note = "some objects are missing: renames are not followed"
        if note not in notes:
            notes.append(note)
        return commits


def _truncated_at(commits: list[LogCommit], boundary: frozenset[str]) -> str | None:
    dates = [c.committer_date for c in commits if c.oid in boundary]
    return min(dates, key=_when) if dates else None


@dataclass
class _Index:
    """The cached lineage index of one repository at one head."""

    head: str
    boundary: frozenset[str]
    count: int
    segments: list[historycache.Segment]
    traces: list[_Trace]
    truncated_at: str | None
    notes: list[str]

    def payload(self) -> dict[str, Any]:
        return {
            "head": self.head,
            "boundary": sorted(self.boundary),
            "count": self.count,
            "segments": historycache.segment_rows(self.segments),
            "traces": [t.row() for t in self.traces],
            "truncated_at": self.truncated_at,
            "notes": self.notes,
        }

    @classmethod
    def parse(cls, payload: Any) -> _Index | None:
        if not isinstance(payload, dict):
            return None
        try:
            segments = historycache.segments_from_rows(payload["segments"])
            index = cls(
                str(payload["head"]),
                frozenset(str(b) for b in payload["boundary"]),
                int(payload["count"]),
                segments or [],
                [_Trace.from_row(row) for row in payload["traces"]],
                payload["truncated_at"],
                [str(n) for n in payload["notes"]],
            )
        except (KeyError, TypeError, ValueError):
            return None
        if segments is None or sum(s.count for s in segments) != index.count:
            return None
        return index


@dataclass
class _Cache:
    """This repository's files in the cache folder."""

    folder: Path
    key: str

    @property
    def index_path(self) -> Path:
        return self.folder / f"{self.key}.index"

    @property
    def states_path(self) -> Path:
        return self.folder / f"{self.key}.states"

    def read(self, boundary: frozenset[str]) -> _Index | None:
        index = _Index.parse(historycache.read_payload(self.index_path, "index"))
        return index if index is not None and index.boundary == boundary else None

    def write(self, index: _Index) -> None:
        if historycache.write_payload(self.index_path, "index", index.payload()) is not None:
            historycache.remove_stale(self.folder, self.key, index.segments)


def _rebuilder(repo: GitRepo, head: str, boundary: frozenset[str], notes: list[str]) -> Loader:
    """A loader that reads the whole log again (when cached commits are gone or damaged)."""

    def load() -> tuple[list[LogCommit], list[_Trace] | None]:
        commits = _read_log(repo, [head], None, notes)
        return commits, build_index(commits, boundary, repo.markdown_paths(head))

    return load


def _segment_loader(cache: _Cache, index: _Index, fallback: Loader) -> Loader:
    def load() -> tuple[list[LogCommit], list[_Trace] | None]:
        commits = historycache.read_segments(cache.folder, index.segments)
        return (commits, None) if commits is not None else fallback()

    return load


def _update(
    repo: GitRepo,
    cache: _Cache,
    index: _Index,
    head: str,
    cancel: threading.Event | None,
) -> tuple[_Index, list[LogCommit] | None]:
    """The index after reading only ``OLD..HEAD``; also the full commits when they were read."""
    notes = list(index.notes)
    newer = _read_log(repo, [f"{index.head}..{head}"], cancel, notes)
    head_paths = repo.markdown_paths(head) if newer else None
    traces = extend_index(index.traces, newer, index.count, index.boundary, head_paths)
    segments = list(index.segments)
    commits: list[LogCommit] | None = None
    if newer:
        segment = historycache.write_segment(cache.folder, cache.key, newer)
        segments = [*segments, segment] if segment is not None else []
    if len(segments) > MAX_SEGMENTS:
        older = historycache.read_segments(cache.folder, index.segments)
        if older is not None:
            commits = newer + older
            merged = historycache.write_segment(cache.folder, cache.key, commits)
            segments = [merged] if merged is not None else []
    count = index.count + len(newer)
    updated = _Index(head, index.boundary, count, segments, traces, index.truncated_at, notes)
    if sum(s.count for s in segments) == count:
        cache.write(updated)
    return updated, commits


def _full(
    repo: GitRepo,
    cache: _Cache | None,
    head: str,
    boundary: frozenset[str],
    cancel: threading.Event | None,
) -> tuple[_Index, list[LogCommit]]:
    notes: list[str] = []
    commits = _read_log(repo, [head], cancel, notes)
    traces = build_index(commits, boundary, repo.markdown_paths(head))
    segments: list[historycache.Segment] = []
    index = _Index(head, boundary, len(commits), segments, traces, None, notes)
    index.truncated_at = _truncated_at(commits, boundary)
    if cache is not None:
        segment = historycache.write_segment(cache.folder, cache.key, commits)
        if segment is not None:
            index.segments = [segment]
            cache.write(index)
    return index, commits


def load_history(
    root: Path,
    settings: Settings | None = None,
    cancel: threading.Event | None = None,
    *,
    at: str | None = None,
) -> History:
    """The history of the repository whose work tree is ``root``.

    Warm (same HEAD as the cache): the lineage index alone is read. After new
    commits: only ``OLD..HEAD`` is read and merged onto the cached index.
    Otherwise one full ``git log``. ``at`` (a DATE or revision) stops the
    history there (not cached). Call from a worker thread.

    Raises:
        RepoError: not a Git repository (history unavailable) or git refuses it.
        RevisionError: ``at`` names no commit.
        HistoryCancelled: ``cancel`` was set.
    """
    settings = settings or Settings()
    repo = GitRepo.open(root)
    try:
        return _load(repo, settings, cancel, at)
    except BaseException:
        repo.close()
        raise


def _load(
    repo: GitRepo, settings: Settings, cancel: threading.Event | None, at: str | None
) -> History:
    head = repo.resolve_at(at) if at is not None else repo.head()
    if head is None:
        return History(repo, None, [], [], notes=("the repository has no commits yet",))
    boundary = repo.shallow_boundary() if repo.is_shallow() else frozenset()
    cache = None
    if settings.use_cache and at is None:
        cache = _Cache(historycache.cache_folder(settings.cache_dir), historycache.repo_key(repo))
    index = cache.read(boundary) if cache is not None else None
    commits: list[LogCommit] | None = None
    if cache is not None and index is not None and index.head != head:
        if repo.is_ancestor(index.head, head):
            index, commits = _update(repo, cache, index, head, cancel)
        else:
            index = None
    if index is None:
        index, commits = _full(repo, cache, head, boundary, cancel)
    notes = list(index.notes)
    if index.truncated_at is not None:
        notes.append(f"history truncated at {_when(index.truncated_at).date()} (shallow clone)")
    fallback = _rebuilder(repo, head, boundary, list(index.notes))
    source: Loader | list[LogCommit] = commits if commits is not None else fallback
    if commits is None and cache is not None and index.segments:
        source = _segment_loader(cache, index, fallback)
    return History(
        repo,
        head,
        index.traces,
        source,
        boundary=boundary,
        truncated_at=index.truncated_at,
        notes=tuple(notes),
        states_path=cache.states_path if cache is not None else None,
    )
