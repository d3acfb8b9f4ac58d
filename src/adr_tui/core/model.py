"""The decision model: immutable, typed values shared by every layer.

Nothing here knows about Textual, Rich, Git or Whoosh. Every other core
module produces or consumes these values; the UI and the CLI only present them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import field
from enum import StrEnum
from typing import overload

from adr_tui.core.adrnames import letter_of_name, stem_of
from adr_tui.core.records import record


class Status(StrEnum):
    """Canonical lifecycle status of a decision (the mapping: ``core/parsing/statuses.py``)."""

    DRAFT = "draft"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"
    UNKNOWN = "unknown"

    @property
    def in_force(self) -> bool:
        """Whether a decision with this status still governs the system."""
        return self not in _NOT_IN_FORCE


_NOT_IN_FORCE = frozenset({Status.REJECTED, Status.DEPRECATED, Status.SUPERSEDED})


class RelationKind(StrEnum):
    """How one decision points at another."""

    SUPERSEDES = "supersedes"
    SUPERSEDED_BY = "superseded-by"
    AMENDS = "amends"
    AMENDED_BY = "amended-by"
    RELATES_TO = "relates-to"

    @property
    def inverse(self) -> RelationKind:
        """The kind the target would state to point back here."""
        return _INVERSE[self]


_INVERSE = {
    RelationKind.SUPERSEDES: RelationKind.SUPERSEDED_BY,
    RelationKind.SUPERSEDED_BY: RelationKind.SUPERSEDES,
    RelationKind.AMENDS: RelationKind.AMENDED_BY,
    RelationKind.AMENDED_BY: RelationKind.AMENDS,
    RelationKind.RELATES_TO: RelationKind.RELATES_TO,
}


@record
class Reference:
    """A pointer to another decision exactly as the document wrote it."""

    raw: str
    """The reference text, e.g. ``ADR-0012``, ``0012-use-x.md`` or a slug."""
    number: int | None = None
    """The decision number the reference names, when it names one."""
    target: str | None = None
    """A link target (file name or path) when the reference was a Markdown link."""


@record
class Relation:
    """A typed link from one decision to another."""

    kind: RelationKind
    """What the link means, read from this decision's side."""
    ref: Reference
    """The other decision as written."""
    target_id: str | None = None
    """The resolved decision id, or None when the reference is dangling."""
    stated: bool = True
    """True when this document states the link; False when derived from the other side."""


@record
class Section:
    """A Markdown heading inside the decision body."""

    title: str
    """Heading text without the leading hashes."""
    level: int
    """Heading depth: 1 for ``#``, 2 for ``##`` and so on."""
    line: int
    """Zero-based line number of the heading within ``Decision.body``."""


@record
class Problem:
    """Something wrong with a file or the decision log, tied to where it is."""

    path: str
    """Repository-relative POSIX path of the file concerned."""
    message: str
    """A sentence a user can act on."""
    code: str = "warning"
    """Stable machine-readable kind, e.g. ``invalid-yaml`` or ``duplicate-number``."""
    severity: str = "warning"
    """``warning`` (``check`` fails) or ``info`` (worth knowing, e.g. no status in a MADR file)."""


ADR_DIR_FILE = ".adr-dir"
"""adr-tools' marker file naming the ADR folder (also watched by the snapshot's freshness check)."""


@record
class Discovery:
    """What discovery found (``core/discovery.py``; here, so a warm start need not import it)."""

    adr_dirs: tuple[str, ...]
    """ADR folders, repository-relative ("" for ADR files at the root)."""
    files: tuple[str, ...]
    """Candidate decision files, repository-relative POSIX paths, sorted."""
    how: str
    """Which rule found the folders, for messages: explicit, config, common or root."""
    problems: tuple[Problem, ...] = ()
    logs: tuple[str, ...] = ()
    """Files among ``files`` that keep a decision per section (``DECISIONS.md``)."""


class DeferredText:
    """Text read only when first asked for: a body the catalogue snapshot left in its file.

    It stands for its text: equal to (and hashed like) the string it reads, so a
    decision holding one equals the same decision parsed afresh. ``read`` gives the
    text and whether it is still the text the decision was made from (False: the
    file changed since, see :attr:`stale`). The first text read is kept, under a
    lock: two threads asking at once get the same text.
    """

    __slots__ = ("_lock", "_read", "_stale", "_text")

    def __init__(self, read: Callable[[], tuple[str, bool]]) -> None:
        self._read = read
        self._text: str | None = None
        self._stale = False
        self._lock = threading.Lock()

    def __str__(self) -> str:
        text = self._text
        if text is None:
            with self._lock:
                if self._text is None:
                    self._text, current = self._read()
                    self._stale = not current
                text = self._text
        return text

    @property
    def stale(self) -> bool:
        """True once the text read is not the one its decision was made from."""
        return self._stale

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DeferredText | str):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __repr__(self) -> str:
        return "DeferredText(read)" if self._text is None else f"DeferredText({self._text!r})"


class DeferredSections(Sequence[Section]):
    """Headings a cache saved, made into :class:`Section` objects when first asked for.

    A warm start of 10,000 ADRs decoded and built ~50,000 sections that only
    ``show --json`` reads. It stands for its tuple: equal to (and hashed like) it.
    ``make`` is pure, so two threads asking at once at worst both make it.
    """

    __slots__ = ("_make", "_sections")

    def __init__(self, make: Callable[[], tuple[Section, ...]]) -> None:
        self._make = make
        self._sections: tuple[Section, ...] | None = None

    def _made(self) -> tuple[Section, ...]:
        if self._sections is None:
            self._sections = self._make()
        return self._sections

    @overload
    def __getitem__(self, index: int) -> Section: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Section, ...]: ...

    def __getitem__(self, index: int | slice) -> Section | tuple[Section, ...]:
        return self._made()[index]

    def __len__(self) -> int:
        return len(self._made())

    def __iter__(self) -> Iterator[Section]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DeferredSections | tuple):
            return self._made() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._made())

    def __repr__(self) -> str:
        return f"DeferredSections({self._made()!r})"


@record
class Decision:
    """One Architecture Decision Record as parsed from one file."""

    id: str
    """Stable identifier: the repository-relative path without its suffix."""
    path: str
    """Repository-relative POSIX path of the file."""
    title: str
    """Title without numbering prefixes such as ``1.`` or ``ADR-0001:``."""
    number: int | None = None
    """Decision number from the file name, else the title; None when absent."""
    status: Status = Status.UNKNOWN
    """Canonical status."""
    status_raw: str = ""
    """Status text exactly as written (empty when the document states none)."""
    date: dt.date | None = None
    """Decision date the document states; failing that, a dated file-name prefix or the
    first changelog entry. Never the file's mtime."""
    deciders: tuple[str, ...] = ()
    """People who made the decision, names only (authors or participants when no
    deciders are named; the raw field is then kept in ``extra``)."""
    decider_roles: tuple[tuple[str, str], ...] = ()
    """(name, role) pairs where the document gave a role, e.g. ``("Jane Doe", "Tech Lead")``."""
    consulted: tuple[str, ...] = ()
    """People consulted (MADR ``consulted``)."""
    informed: tuple[str, ...] = ()
    """People informed (MADR ``informed``)."""
    tags: tuple[str, ...] = ()
    """Tags, lower-cased and de-duplicated, in document order."""
    relations: tuple[Relation, ...] = ()
    """Links to other decisions: stated ones, then derived inverses."""
    body_source: str | DeferredText = field(default="", repr=False)
    """The body (see :attr:`body`), or what reads it from its file when first asked."""
    sections: Sequence[Section] = ()
    """Headings of ``body`` in order, for a table of contents (a tuple, or a
    :class:`DeferredSections` from a cache)."""
    format: str = "plain"
    """Which metadata shape was recognised: yaml, nygard, bullets, bold, table or plain."""
    warnings: tuple[str, ...] = ()
    """Problems found while parsing this file; the decision still loads."""
    extra: tuple[tuple[str, str], ...] = field(default=())
    """Other metadata fields found, as (key, value) text pairs."""
    digest: str = ""
    """SHA-1 of the file's bytes (Git's blob id), for change detection and caches; of a
    section's document for a decision kept in a log file (``core/logfile.py``)."""
    part: str = ""
    """Which section of ``path`` the decision is ("4"), when the file keeps a log of
    them (``DECISIONS.md``); "" when the file is the decision. ``id`` then ends ``#4``."""

    @property
    def address(self) -> str:
        """Its file, and ``#part`` for a section of a log file: what its history follows."""
        return f"{self.path}#{self.part}" if self.part else self.path

    @property
    def body(self) -> str:
        """Markdown text of the decision, front matter removed, newlines normalised."""
        source = self.body_source
        return source if isinstance(source, str) else str(source)

    @property
    def body_stale(self) -> bool:
        """True when the body was read from a file that changed after this decision was made.

        The text is the file's, the rest is older: caches keyed by ``digest`` must not
        keep it (the next load makes a current decision).
        """
        source = self.body_source
        return not isinstance(source, str) and source.stale

    def related(self, kind: RelationKind) -> tuple[Relation, ...]:
        """Relations of one kind, stated and derived."""
        return tuple(r for r in self.relations if r.kind is kind)

    @property
    def supersedes(self) -> tuple[Relation, ...]:
        """Decisions this one replaces."""
        return self.related(RelationKind.SUPERSEDES)

    @property
    def superseded_by(self) -> tuple[Relation, ...]:
        """Decisions that replace this one."""
        return self.related(RelationKind.SUPERSEDED_BY)

    @property
    def label(self) -> str:
        """Short human name: ``ADR-0055`` when numbered, else the file stem (a log's section)."""
        if self.number is not None:
            return f"ADR-{self.number_text}"
        if self.part:  # a dated entry of a log kept in one file: its heading's anchor
            return self.part
        return stem_of(self.path)  # a record kept as "…/20240524-pipeline/index.md": its folder

    @property
    def number_text(self) -> str:
        """``0055``; with the letter of a lettered record (``0026a`` beside ``0026``); else ""."""
        if self.number is None:
            return ""
        return f"{self.number:04d}{letter_of_name(self.path.rsplit('/', 1)[-1])}"
