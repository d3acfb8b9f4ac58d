"""Lineages, revisions and status timelines from one streamed ``git log``.

How history is read:

* One ``git log -z --raw -M --date-order`` (see ``gitlog``) gives, newest
  first and children before parents, each commit's changes to files that may
  be ADRs (Markdown, RST, AsciiDoc, or numbered names without a suffix: the
  rule discovery lists by, ``adrnames``) with both blob ids.
* Lineages are built backwards from today's paths: a rename hands the lineage
  its older path, an add closes it, and a delete opens a new, deleted lineage.
  So a path deleted and later re-added holds two lineages, not one. A branch
  edit of a file that another branch renamed joins the renamed lineage.
* Merge commits are not revisions. ``git log`` shows merges no diff by
  default, so a change made on a branch appears once, at the commit that made
  it, with its own author and dates (``--full-history``: also when a merge
  later discarded it).
* The index of lineages (with created, modified, authors, count) is cached;
  commits are read again only when a full lineage is asked for.
* Statuses are read lazily, for the lineages asked for: their blobs come in
  one ``cat-file --batch`` and each blob is parsed once (kept by blob id,
  and cached on disk).
* In a shallow clone a lineage reaching the boundary is ``truncated``; its
  creation date is unknown, never guessed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from adr_tui.core import cachefile, historycache
from adr_tui.core.errors import InnerRepositoryError, NotCachedError, RepoError
from adr_tui.core.gitlog import (
    GitRepo,
    LogCommit,
    Progress,
    RawChange,
    committed_path,
    inner_repository,
)
from adr_tui.core.model import Decision, Status
from adr_tui.core.parsecache import parser_fingerprint
from adr_tui.core.records import record
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


@record
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


@record
class Shown:
    """A section of a log file as its file writes it after one revision: what is shown.

    Its revision's blob is the section made a document (headings raised) for the parser;
    a diff or a version shows this text, numbered from :attr:`line`.
    """

    blob: str
    """Blob id of the text (:meth:`History.read_blobs` answers it)."""
    line: int
    """The 1-based line of its heading in the file at that revision."""


@record
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
    shown: Shown | None = None
    """A section of a log file: its text as written after this revision (None: a file)."""
    old_shown: Shown | None = None
    """A section of a log file: its text as written before this revision."""
    file_blobs: tuple[str | None, str | None] | None = None
    """A section of a log file: the blob ids of its file before and after this revision
    (:attr:`blob` and :attr:`old_blob` are the section's document's); None for a file."""

    @property
    def short(self) -> str:
        """Abbreviated commit id."""
        return self.commit[:10]


@record
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
        """A short reading, e.g. ``superseded by ADR-0012`` or ``accepted; amends ADR-0003``."""
        if self.status is None:
            return "deleted"
        replaced = [ref for kind, ref in self.relations if kind == "superseded-by"]
        if self.status is Status.SUPERSEDED and replaced:
            return f"superseded by {', '.join(replaced)}"
        if "relations" not in self.event or not self.relations:
            return self.status.value
        links = ", ".join(f"{kind.replace('-', ' ')} {ref}" for kind, ref in self.relations)
        return f"{self.status.value}; {links}"


@record
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


UNRECORDED = "uncommitted, or changed in a merge"
"""Why a timeline ends on a :func:`status_now` (the CLI's words and the History screen's)."""


def status_now(lineage: Lineage, status: Status) -> Status | None:
    """``status`` (the file's today) when the timeline's last step states another; else None.

    The history lists each commit's own change: a status edited and not yet committed,
    or written by a merge resolving a conflict (git shows a merge no change of its own),
    is in no step, and the timeline ended on a status the file no longer has.
    """
    if lineage.deleted or not lineage.timeline:
        return None
    last = lineage.timeline[-1].status
    return status if last is not None and last is not status else None


def _unsuffixed(path: str) -> str:
    """``path`` without its suffix, as ids name records ("docs/adr/0001-x" for "….md")."""
    folder, slash, name = path.rpartition("/")
    return f"{folder}{slash}{name.rpartition('.')[0] or name}"


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
    # Imported here: a warm history takes every state from its cache, and the parser
    # (with PyYAML) is ~40 ms of import that held the GIL against the UI thread.
    from adr_tui.core.parsing import parse_document

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
    """Revisions where the canonical status or the stated relations changed.

    Each revision is weighed against the version its commit changed (its ``old_blob``),
    not against the revision before it in time: on parallel branches that one is the
    other branch's. neilgfoster/wyrd superseded ADR 0039 on a branch while main fixed a
    quotation in it; the fix, a day's later commit on a copy still accepted, read as the
    record accepted again, and the merge's result as a status changed in the merge.
    """
    revisions = list(revisions)
    states = {r.blob: r.state for r in revisions if r.blob is not None and r.state is not None}
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
        # A version no revision made (a merge's own result) is not known: the one before.
        before = previous if previous is None else states.get(rev.old_blob or "", previous)
        if before is None:
            event = "created"
        else:
            changed = [
                name
                for name, differs in (
                    ("status", state.status is not before.status),
                    ("relations", state.relations != before.relations),
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


@record
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


T = TypeVar("T")


_LOGS_KEPT = 4
"""Log files whose sections' changes a history keeps (a log of 3,000 sections: ~1 MB each)."""
_READ_AHEAD = 8
"""Versions of a log file read at once, and twice as many cut kept (~1 MB each at 3,000
sections)."""


class _Change(NamedTuple):
    """A revision of a log file that changed one of its sections."""

    at: int
    """Its place in the file's lineage."""
    old: str | None
    """The blob id of the section's document before it; None: the section was not there."""
    new: str | None
    """After it; None: the section went."""


class _LogIndex(NamedTuple):
    """A log file's lineage and the changes of each of its sections, by key."""

    file: Lineage
    changes: dict[str, list[_Change]]


def _document_id(section: tuple[int, bytes] | None) -> str | None:
    """The blob id of a section's document (``logfile.section_texts``); None: no section."""
    from adr_tui.core.logfile import document_of
    from adr_tui.core.parsing.outcome import blob_id

    return blob_id(document_of(*section)) if section is not None else None


class History:
    """The history of every file of a repository that may be an ADR, as of one commit.

    Lineage summaries come from the index alone; commits are read (from the
    cache, else from git) the first time a full lineage is asked for.
    Thread-safe; call :meth:`close` (or use ``with``).
    """

    def __init__(
        self,
        repo: GitRepo | None,
        head: str | None,
        traces: list[historycache.Trace],
        commits: historycache.Loader | list[LogCommit],
        *,
        boundary: frozenset[str] = frozenset(),
        truncated_at: str | None = None,
        notes: tuple[str, ...] = (),
        states_path: Path | None = None,
        rebuild: historycache.Loader | None = None,
        cached: historycache.Loader | None = None,
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
        self._commits: historycache.Commits | None = commits if isinstance(commits, list) else None
        self._loader = commits if callable(commits) else None
        self._rebuild = rebuild
        """Reads the log from git again when a cached commit turns out damaged."""
        self._cached = cached
        """Reads the commits from the cache only (raises NotCachedError): for :meth:`warm`."""
        self._states: dict[str, DocState] = {}
        self._sections: dict[str, bytes] = {}
        """Sections of log files (documents and texts as written) by their own blob ids:
        those of the sections whose lineages were read, at the revisions that changed them."""
        self._logs: OrderedDict[str, _LogIndex] = OrderedDict()
        """The changes of every section of the log files last asked for (:meth:`_log_index`)."""
        self._indexing = threading.Lock()
        self._states_path = states_path
        self._states_dirty = False
        self._lock = threading.RLock()
        self._by_path: dict[str, historycache.Trace] = {}
        self._deleted: dict[str, list[historycache.Trace]] = {}
        self._index(traces)
        self._states_loaded = False  # read on first need: warm starts stay index-only

    def _index(self, traces: list[historycache.Trace]) -> None:
        by_path: dict[str, historycache.Trace] = {}
        deleted: dict[str, list[historycache.Trace]] = {}
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

    def _trace_for(self, path: str) -> historycache.Trace | None:
        trace = self._by_path.get(path)
        if trace is None and path in self._deleted:
            trace = self._deleted[path][0]  # the newest deletion of that path
        return trace

    @staticmethod
    def _summary(trace: historycache.Trace) -> LineageSummary:
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
        """When the file at ``path`` was added (None when unknown): what the UI shows undated.

        For a section of a log file (``Decision.address``), when that section first
        appeared: its file's commits are read (the index alone does not know).
        """
        file, part = self._parted(path)
        if part:
            index = self._log_index(file)
            return self._section_lineage(index, part).created if index is not None else None
        found = self.summary(path)
        return found.created if found is not None else None

    def _all_commits(self) -> historycache.Commits:
        with self._lock:
            if self._commits is None:
                assert self._loader is not None
                commits, rebuilt = self._loader()
                if rebuilt is not None:  # the cached commits were gone: lineages were rebuilt
                    self._index(rebuilt)
                self._commits = commits
            return self._commits

    def _revisions(self, trace: historycache.Trace) -> list[Revision]:
        commits = self._all_commits()
        top = len(commits) - 1
        found: list[Revision] = []
        for age, number in reversed(trace.entries):
            if not 0 <= age <= top:
                raise historycache.DamagedCache(f"a lineage names commit {age} of {top + 1}")
            commit = commits[top - age]
            if not 0 <= number < len(commit.changes):
                raise historycache.DamagedCache(f"a lineage names change {number} of {commit.oid}")
            found.append(_revision(commit, commit.changes[number], self._boundary))
        return found

    def lineage(self, path: str, *, with_states: bool = False) -> Lineage | None:
        """The lineage holding ``path`` today (else the newest deleted one that held it)."""

        def read() -> Lineage | None:
            self._all_commits()  # first: a rebuild may replace the index
            trace = self._trace_for(path)
            return self._lineage(trace, with_states) if trace is not None else None

        return self._healing(read)

    def _healing(self, read: Callable[[], T]) -> T:
        """``read()``; once more from git when a cached commit turns out damaged.

        Cached commits are decoded when first needed, so damage behind a valid
        checksum shows late; the cache is dropped (see ``DamagedCache``) and the
        answer is the same as without it.
        """
        try:
            return read()
        except historycache.DamagedCache:
            if self._rebuild is None:
                raise
            if isinstance(self._commits, historycache.CachedCommits):
                self._commits.damaged()  # the index may be what is damaged: drop it too
            with self._lock:
                self._commits, self._loader, self._rebuild = None, self._rebuild, None
            return read()

    def _lineage(self, trace: historycache.Trace, with_states: bool) -> Lineage:
        revisions = self._revisions(trace)
        if not with_states:
            return Lineage(trace.path, tuple(revisions), trace.deleted, trace.truncated)
        revisions = self._with_states(revisions)
        return Lineage(
            trace.path, tuple(revisions), trace.deleted, trace.truncated, timeline(revisions)
        )

    def warm(self, *, cached_only: bool = False) -> None:
        """Read the commits now (a worker with time to spare): later lineages take ~1 ms.

        ``cached_only``: from the cache or not at all (work ahead of need never runs a
        full ``git log``); the history then still reads them from git when asked.

        Raises:
            NotCachedError: ``cached_only`` and the cached commits are gone.
        """
        if not cached_only:
            self._healing(self._all_commits)
            return
        with self._lock:
            if self._commits is not None:
                return
            if self._cached is None:
                raise NotCachedError("this history's commits are not cached")
            commits, _ = self._cached()
            self._commits = commits

    def for_decision(self, decision: Decision | str) -> Lineage:
        """The full lineage (with statuses and timeline) of a decision or a path.

        A section of a log file (``Decision.address``, "DECISIONS.md#4") has the
        revisions of its file that changed its text (:meth:`_section_lineage`).

        A path read through a linked folder has the lineage of the files git committed
        where the link leads.

        Raises:
            RepoError: no commit ever touched that path, or that section of its file, or
                HEAD's branch has no commit yet.
            InnerRepositoryError: the path is in a submodule, whose history is its own.
        """
        address = decision if isinstance(decision, str) else decision.address
        if self.repo is not None and self.head is None:  # "never committed" told of no file
            raise RepoError(f"{address}: no history: {self.repo.no_commits()}", "No history")
        try:
            return self._address_lineage(address)
        except RepoError:
            if self.repo is None:
                raise
            root = self.repo.root
            linked = committed_path(root, address)
            if linked is not None:  # git has the files where the link leads
                return self._address_lineage(linked)
            inner = inner_repository(root, address)
            if inner is None:
                raise
            path = address.split("#", 1)[0]
            raise InnerRepositoryError(
                f"{path} is in {inner}, a Git repository of its own (a submodule): "
                "its history is there",
                inner,
            ) from None

    def _address_lineage(self, address: str) -> Lineage:
        """The lineage of a path or a log file's section, as this repository committed it.

        Raises:
            RepoError: no commit ever touched it.
        """
        path, part = self._parted(address)
        if not part:
            found = self.lineage(path, with_states=True)
        else:
            index = self._log_index(path)
            found = self._section_lineage(index, part, states=True) if index else None
        if found is None:
            raise RepoError(f"{path}: no history (the file was never committed)", "No history")
        if not found.revisions:  # a section added since the last commit
            raise RepoError(f"{address}: no history (never committed)", "No history")
        return found

    def _parted(self, address: str) -> tuple[str, str]:
        """The file and the section (or "") an address names: "DECISIONS.md#4", a path."""
        if "#" in address and self._trace_for(address) is None:
            path, _, part = address.rpartition("#")
            return path, part
        return address, ""

    def _log_index(self, path: str) -> _LogIndex | None:
        """The changes of each section of the log file ``path`` (None: never committed).

        One pass over the file's versions, oldest first, reads each once and notes, for
        every section, the revisions that changed its document's blob id: the created
        dates of a log's 3,000 sections then cost one pass, and no section's text is
        kept. The last few files' changes are kept.
        """
        with self._indexing:  # one pass a file, even when two workers ask at once
            with self._lock:
                found = self._logs.get(path)
                if found is not None:
                    self._logs.move_to_end(path)
                    return found
            file = self.lineage(path)
            if file is None:
                return None
            found = _LogIndex(file, self._section_changes(file))
            with self._lock:
                self._logs[path] = found
                while len(self._logs) > _LOGS_KEPT:
                    self._logs.popitem(last=False)
            return found

    def _section_changes(self, file: Lineage) -> dict[str, list[_Change]]:
        """For each section of the log file whose lineage is ``file``, where it changed.

        A revision whose file is missing from the clone says nothing of any section and
        is left out. Versions are read a few at a time, their sections as written kept
        for a few revisions only (a branch's edit of an older version reads that version
        again); a section's document is made and hashed only where its text changed.
        """
        from adr_tui.core.logfile import section_texts  # only a log kept in one file needs it

        changes: dict[str, list[_Change]] = {}
        cuts: OrderedDict[str, dict[str, tuple[int, bytes]] | None] = OrderedDict()
        revisions = file.revisions
        for first in range(0, len(revisions), _READ_AHEAD):
            batch = revisions[first : first + _READ_AHEAD]
            wanted = {b for r in batch for b in (r.old_blob, r.blob) if b is not None} - cuts.keys()
            for oid, data in self.read_blobs(sorted(wanted)).items():
                cuts[oid] = section_texts(data) if data is not None else None
            for at, rev in enumerate(batch, first):
                old = cuts[rev.old_blob] if rev.old_blob is not None else {}
                new = cuts[rev.blob] if rev.blob is not None else {}
                if old is None or new is None or old is new:
                    continue  # missing from this clone, or a rename that changed nothing
                for key, now in new.items():  # texts compared: a document only where one changed
                    was = old.get(key)
                    if was != now:  # or only the blank lines after it: the same document
                        change = _Change(at, _document_id(was), _document_id(now))
                        if change.old != change.new:
                            changes.setdefault(key, []).append(change)
                for key in old.keys() - new.keys():
                    changes.setdefault(key, []).append(_Change(at, _document_id(old[key]), None))
            while len(cuts) > 2 * _READ_AHEAD:
                cuts.popitem(last=False)
        return changes

    def _section_lineage(self, index: _LogIndex, part: str, *, states: bool = False) -> Lineage:
        """The lineage of section ``part`` of a log file (``core/logfile.py``).

        Each revision that changed the section's document (found by its key, its
        number: a retitled section is the same decision) is kept, its blob ids those of
        that document: added where it first appears, deleted where it goes.
        :meth:`read_blobs` answers those ids, so diffs, states and versions read the
        section, not the file. ``states``: with statuses, timeline and the section as
        its file writes it on each side (:class:`Shown`); else its dates alone.
        """
        file, changes = index.file, index.changes.get(part, [])
        shown = self._shown(file, part, changes) if states else {}
        revisions = []
        for change in changes:
            rev = file.revisions[change.at]
            kind = rev.kind
            if change.old is None or change.new is None:
                kind = ChangeKind.ADDED if change.old is None else ChangeKind.DELETED
            elif kind is not ChangeKind.RENAMED:
                kind = ChangeKind.MODIFIED
            revisions.append(
                replace(
                    rev,
                    kind=kind,
                    blob=change.new,
                    old_blob=change.old,
                    shown=shown.get(rev.blob or "") if change.new is not None else None,
                    old_shown=shown.get(rev.old_blob or "") if change.old is not None else None,
                    file_blobs=(rev.old_blob, rev.blob),
                )
            )
        if states:
            revisions = self._with_states(revisions)
        first_seen = bool(changes) and changes[0].at == 0
        deleted = bool(changes) and changes[-1].new is None
        return Lineage(
            f"{file.path}#{part}",
            tuple(revisions),
            deleted or file.deleted,
            file.truncated and first_seen,
            timeline(revisions) if states else (),
        )

    def _shown(self, file: Lineage, part: str, changes: list[_Change]) -> dict[str, Shown]:
        """Section ``part`` as written in each version of its file that changed it, by file blob.

        Only those versions are read again; the section's document and text are kept
        under their own blob ids for :meth:`read_blobs`. Where it stands is the file's at
        that revision: an unchanged section moves down when one above it grows.
        """
        from adr_tui.core.logfile import section_of
        from adr_tui.core.parsing.outcome import blob_id

        revisions = [file.revisions[c.at] for c in changes]
        oids = {b for r in revisions for b in (r.blob, r.old_blob) if b is not None}
        shown: dict[str, Shown] = {}
        for oid, data in self.read_blobs(sorted(oids)).items():
            section = section_of(data, part) if data is not None else None
            if section is None:
                continue
            written = blob_id(section.text)
            shown[oid] = Shown(written, section.line)
            with self._lock:
                self._sections.setdefault(blob_id(section.data), section.data)
                self._sections.setdefault(written, section.text)
        return shown

    def lineages(self) -> tuple[Lineage, ...]:
        """Every lineage (today's then deleted ones), without statuses."""

        def read() -> tuple[Lineage, ...]:
            self._all_commits()
            deleted = [t for traces in self._deleted.values() for t in traces]
            return tuple(self._lineage(t, False) for t in [*self._by_path.values(), *deleted])

        return self._healing(read)

    def holder_of(self, former: str) -> str | None:
        """The path of the lineage that once held the path (or id) ``former``, renamed since.

        A link or a memory keeps a record's old name: "MTFH/Proposed/x.md" moved to
        "MTFH/Accepted/x.md", "0013-x.rst" renumbered 0014. Today's lineages first (one that
        was deleted only if none); None when none held it, or several did alike.
        """

        def held(lineage: Lineage) -> bool:
            return any(former in (path, _unsuffixed(path)) for path in lineage.paths)

        if not former:
            return None
        holders = [lineage for lineage in self.lineages() if held(lineage)]
        alive = [lineage.path for lineage in holders if not lineage.deleted] or [
            lineage.path for lineage in holders
        ]
        return alive[0] if len(set(alive)) == 1 else None

    def read_blobs(self, oids: Iterable[str]) -> dict[str, bytes | None]:
        """Blob contents in one bulk read; None for missing objects.

        A section of a log file read for a lineage is answered by its own blob id: its
        document (:attr:`Revision.blob`) or its text as written (:attr:`Shown.blob`).
        """
        wanted = list(oids)
        with self._lock:
            known: dict[str, bytes | None] = {
                o: self._sections[o] for o in wanted if o in self._sections
            }
        rest = [o for o in wanted if o not in known]
        if self.repo is None or not rest:
            return known
        return {**self.repo.read_blobs(rest), **known}

    def _with_states(self, revisions: list[Revision]) -> list[Revision]:
        with self._lock:
            if not self._states_loaded:
                self._load_states()
                self._states_loaded = True
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
        payload = cachefile.read_payload(self._states_path, "states")
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
        cachefile.write_payload(self._states_path, "states", payload)

    def close(self) -> None:
        """Save parsed states and end git processes."""
        self.save()
        if self.repo is not None:
            self.repo.close()


def load_history(
    root: Path,
    settings: Settings | None = None,
    cancel: threading.Event | None = None,
    *,
    at: str | None = None,
    cached_only: bool = False,
    progress: Progress | None = None,
) -> History:
    """The history of the repository whose work tree is ``root``.

    Warm (same HEAD as the cache): the lineage index alone is read. After new
    commits: only ``OLD..HEAD`` is read and merged onto the cached index.
    Otherwise one full ``git log`` (minutes at 100,000 commits), unless
    ``cached_only``: a read ahead of need never starts one. ``at`` (a DATE or
    revision) stops the history there (not cached). Call from a worker thread.
    ``progress`` hears how far a full ``git log`` is (the quick reads tell nothing).

    Raises:
        RepoError: not a Git repository (history unavailable) or git refuses it.
        RevisionError: ``at`` names no commit.
        NotCachedError: ``cached_only`` and no usable cache (absent, damaged, older).
        HistoryCancelled: ``cancel`` was set.
    """
    settings = settings or Settings()
    repo = GitRepo.open(root)
    try:
        return _load(repo, settings, cancel, at, cached_only, progress)
    except BaseException:
        repo.close()
        raise


def _load(
    repo: GitRepo,
    settings: Settings,
    cancel: threading.Event | None,
    at: str | None,
    cached_only: bool,
    progress: Progress | None,
) -> History:
    head = repo.resolve_at(at) if at is not None else repo.head()
    if head is None:
        return History(repo, None, [], [], notes=(repo.no_commits(),))
    boundary = repo.shallow_boundary() if repo.is_shallow() else frozenset()
    cache = None
    if settings.use_cache and at is None:
        cache = historycache.CacheFiles(
            historycache.cache_folder(settings.cache_dir), historycache.repo_key(repo)
        )
    index = cache.read(boundary) if cache is not None else None
    commits: list[LogCommit] | None = None
    if cache is not None and index is not None and index.head != head:
        if repo.is_ancestor(index.head, head):
            index, commits = historycache.update_index(repo, cache, index, head, cancel)
        else:
            index = None
    if index is None:
        if cached_only:
            raise NotCachedError(f"the history of {repo.root} is not cached")
        index, commits = historycache.full_index(repo, cache, head, boundary, cancel, progress)
    notes = list(index.notes)
    if index.truncated_at is not None:
        notes.append(f"history truncated at {_when(index.truncated_at).date()} (shallow clone)")
    fallback = historycache.rebuilder(repo, head, boundary, list(index.notes))
    source: historycache.Loader | list[LogCommit] = commits if commits is not None else fallback
    cached = None
    if commits is None and cache is not None and index.segments:
        source = historycache.segment_loader(cache, index, fallback)
        cached = historycache.segment_loader(cache, index, _not_cached)
    return History(
        repo,
        head,
        index.traces,
        source,
        boundary=boundary,
        truncated_at=index.truncated_at,
        notes=tuple(notes),
        states_path=cache.states_path if cache is not None else None,
        rebuild=fallback,
        cached=cached,
    )


def _not_cached() -> tuple[historycache.Commits, list[historycache.Trace] | None]:
    """The fallback of a read from the cache only: its commits are gone (see ``History.warm``)."""
    raise NotCachedError("the cached commits of this history are gone")
