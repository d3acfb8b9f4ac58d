"""The catalogue snapshot: a warm start reads one file, not every ADR.

When discovery finds the same files and each one's ``lstat`` signature is
unchanged (and not racy, see :data:`RACY_NS`), the last working-tree catalogue
is read back whole: no ADR file is opened, hashed or parsed, and links and
checks are not run again. Anything else (a changed, added or removed file,
another parser, a damaged snapshot) means a normal load, which writes a new one.

Discovery itself is skipped when nothing it looked at changed: the snapshot
notes every folder it listed (a folder's entries change only with its
modification time), every path it probed, every file it read and the
``.adr-dir`` markers above the start folder (:class:`Looked`).

Bodies are not in the snapshot: each decision's body is a :class:`DeferredText`
that reads the tail of its file when first asked for, checked against the
body's length and CRC-32 saved here. A list of 10,000 ADRs then starts without
decoding 30 MB of text it does not show. Nor are decisions built before they are
read (:class:`SavedDecisions`): the first screen builds the ~40 it draws.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from adr_tui.core import cachefile
from adr_tui.core.adrnames import stem_of
from adr_tui.core.lazyseq import MadeOnRead
from adr_tui.core.model import ADR_DIR_FILE, Decision, DeferredText, Discovery, Problem
from adr_tui.core.parsecache import (
    code_fingerprint,
    decision_from_row,
    decision_row,
    rows_fingerprint,
)
from adr_tui.core.settings import Settings
from adr_tui.core.sources import Look, WatchedSource, WorktreeSource, look

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


class Verdict(Enum):
    """What a look at the files says of a snapshot."""

    HOLDS = "holds"
    """The files are those it was made from."""
    UNSURE = "unsure"
    """They look the same, but one changed too close to the save to be sure (RACY_NS)."""
    CHANGED = "changed"
    """A file, or something discovery looked at, is not as it was."""

    @staticmethod
    def worst(verdicts: Iterable[Verdict]) -> Verdict:
        """What several repositories' verdicts say together (HOLDS when there are none)."""
        order = list(Verdict)  # best first, as declared
        return max(verdicts, key=order.index, default=Verdict.HOLDS)


class Saved(NamedTuple):
    """What a snapshot gives back: a catalogue's parts, decisions with deferred bodies."""

    decisions: SavedDecisions
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


def _signed(signatures: list[Signature]) -> str:
    """One digest of every file's signature: the head holds it, not 50,000 numbers.

    Only equality is asked of them; decoding them as JSON was a tenth of a warm start's
    head, which the first screen waits for at 10,000 ADRs.
    """
    return hashlib.sha256(repr(signatures).encode()).hexdigest()


def _fingerprint() -> str:
    """The parser's fingerprint, and that of the code finding, linking, checking and saving."""
    # Named, not imported: a warm start needs neither the linker nor the checks.
    here = os.path.dirname(__file__)
    code = (
        *("adrnames", "discovery", "sources", "links", "checks", "catalog", "snapshot"),
        *("model", "supersession"),  # the shapes a snapshot holds, and what links read
        "logfile",  # how a log kept in one file is cut into decisions
    )
    ours = code_fingerprint(KIND, *(os.path.join(here, f"{name}.py") for name in code))
    return f"{rows_fingerprint()}:{ours}"


class Looked(NamedTuple):
    """What one discovery looked at, as it looked then, JSON-ready (saved in the head).

    Looks are ``[mode, mtime ns, ctime ns, inode]`` lists, or None for nothing there.
    """

    asked: list[Any]
    """Its arguments: the start folder, the folders named and the patterns excluded."""
    markers: list[Any]
    """The look of each ``.adr-dir`` from the start folder up to the root."""
    listed: dict[str, Any]
    """Folders listed, and their looks (see :class:`~adr_tui.core.sources.WatchedSource`)."""
    dirs: dict[str, bool]
    """Paths asked whether they are folders, and the answers."""
    files: dict[str, bool]
    """Paths asked whether they are files, and the answers."""
    read: dict[str, Any]
    """Files read, and their looks."""

    @classmethod
    def of(cls, asked: list[Any], markers: list[Look], watched: WatchedSource) -> Looked:
        """What ``watched`` noted while discovery ran, with the markers seen before it."""
        return cls(
            asked,
            [_jsonable(m) for m in markers],
            {rel: _jsonable(found) for rel, found in watched.listed.items()},
            watched.dirs_probed,
            watched.files_probed,
            {rel: _jsonable(found) for rel, found in watched.read.items()},
        )

    def still_true(self, root: Path, taken: int) -> bool:
        """Whether discovery in ``root`` would look at the same things, so find the same."""
        tree = WorktreeSource(root)
        base = f"{tree.root}{os.sep}"
        return (
            all(_same(look(base + rel), saved, taken) for rel, saved in self.listed.items())
            and all(_same(look(base + rel), saved, taken) for rel, saved in self.read.items())
            and all(tree.is_dir(rel) == was for rel, was in self.dirs.items())
            and all(tree.is_file(rel) == was for rel, was in self.files.items())
            and _same_markers(_marker_looks(tree.root, Path(self.asked[0])), self.markers, taken)
        )


def _asked(start: Path, settings: Settings) -> list[Any]:
    """What a discovery is asked (saved as :attr:`Looked.asked`): its answer depends on it."""
    return [str(start), list(settings.adr_dirs), list(settings.exclude)]


def _jsonable(found: Look) -> list[int] | None:
    return list(found) if found is not None else None


def _same(now: Look, saved: Any, taken: int) -> bool:
    """``now`` is the look saved, and from before the snapshot's racy window (RACY_NS)."""
    if now is None:
        return saved is None
    return list(now) == saved and max(now[1], now[2]) < taken - RACY_NS


def _same_markers(now: list[Look], saved: list[Any], taken: int) -> bool:
    return len(now) == len(saved) and all(
        _same(found, was, taken) for found, was in zip(now, saved, strict=True)
    )


def _marker_looks(root: Path, start: Path) -> list[Look]:
    """The look of each ``.adr-dir`` discovery may read, from ``start`` up to ``root``."""
    looks = []
    here = start
    while True:
        looks.append(look(str(here / ADR_DIR_FILE)))
        if here == root or here.parent == here:
            return looks
        here = here.parent


def _found(head: dict[str, Any]) -> Discovery:
    """What the saved discovery found (raises on a head of another shape)."""
    return Discovery(
        tuple(head["adr_dirs"]),
        tuple(head["files"]),
        head["how"],
        _problems(head["found"]),
        tuple(head["logs"]),
    )


def _problem_rows(problems: tuple[Problem, ...]) -> list[list[str]]:
    return [[p.path, p.message, p.code, p.severity] for p in problems]


def _problems(rows: list[list[str]]) -> tuple[Problem, ...]:
    return tuple(Problem(*row) for row in rows)


def _body_mark(d: Decision) -> list[int]:
    """How a snapshot finds ``d``'s body again: its length and CRC-32 (see :func:`read_body`)."""
    body = d.body
    return [len(body), zlib.crc32(body.encode("utf-8", "surrogatepass"))]


def read_body(
    source: WorktreeSource, rel: str, length: int, check: int, digest: str, part: str = ""
) -> Body:
    """The body of ADR ``rel`` and whether it is the one of the file ``digest`` names.

    A ``part`` of a log file is read from that section's document (``core/logfile.py``),
    found again by its key; a section gone since has no body.

    The body is its file's last ``length`` characters when their CRC is ``check``.
    Otherwise the file changed since the snapshot (the next refresh reloads it) or
    its body is not its tail (a template's example): it is parsed again, so the
    text shown is always the file's own. A file gone or made unreadable meanwhile
    (a folder, a pipe, a link out of the tree: read as every load reads) has no body.
    """
    from adr_tui.core.parsing.decoding import decode  # on the first body read, not at start
    from adr_tui.core.parsing.outcome import blob_id

    try:
        data = source.read_bytes(rel)
    except OSError:  # UnreadableFileError included
        return "", False
    if part:
        from adr_tui.core.logfile import part_of

        section = part_of(data, part)
        if section is None:
            return "", False
        data = section
    text = decode(data).text
    if length <= len(text):
        tail = text[len(text) - length :]
        if zlib.crc32(tail.encode("utf-8", "surrogatepass")) == check:
            return tail, True  # the body saved, whatever else changed around it
    from adr_tui.core.parsing.document import parse_document  # rare: not on a warm start

    decision = parse_document(data, rel).decision
    return (decision.body if decision is not None else text), blob_id(data) == digest


class SavedDecisions(MadeOnRead[Decision]):
    """A snapshot's decisions in catalogue order, each decoded and built when first read.

    A warm start at 10,000 ADRs decoded 6.5 MB of rows and built every decision
    (~65 ms of CPU) before its first list, which draws ~40 of them. The ids are
    known at once (the catalogue's look-up by id needs no decision).
    """

    __slots__ = ("_build", "_build_all", "ids", "numbered", "tagged")

    def __init__(
        self,
        ids: tuple[str, ...],
        build: Callable[[int], Decision],
        build_all: Callable[[], list[Decision] | None],
        *,
        tagged: bool,
        numbered: bool,
    ) -> None:
        super().__init__(len(ids))
        self.ids = ids
        """Each decision's id, in order."""
        self.tagged = tagged
        """Whether any of them has tags (as saved)."""
        self.numbered = numbered
        """Whether any of them has a number (as saved)."""
        self._build: Callable[[int], Decision] | None = build
        self._build_all: Callable[[], list[Decision] | None] | None = build_all

    def _make(self, index: int) -> Decision:
        assert self._build is not None  # let go only once every one is built
        return self._build(index)

    def _make_all(self) -> list[Decision] | None:
        """All of them (``list``, ``check``): their rows decoded a chunk at a time."""
        return self._build_all() if self._build_all is not None else None

    def _all_made(self) -> None:
        self._build = self._build_all = None  # and the snapshot's rows (7 MB at 10,000 ADRs)

    def __repr__(self) -> str:
        return f"SavedDecisions({len(self)} decisions)"


def _parsed_again(source: WorktreeSource, decision_id: str, files: tuple[str, ...]) -> Decision:
    """Decision ``decision_id`` parsed from its file (its links unresolved until a reload)."""
    from adr_tui.core.parsing.document import parse_document  # rare: not on a warm start

    stem, mark, part = decision_id.rpartition("#")  # "docs/decisions#4": a log's section
    if not mark or any(f.rpartition(".")[0] == decision_id for f in files):
        stem, part = decision_id, ""
    rel = next((f for f in files if f.rpartition(".")[0] == stem), stem)
    try:
        data = source.read_bytes(rel)
    except OSError:  # UnreadableFileError included: gone or unreadable since
        data = b""
    if part:
        from adr_tui.core.logfile import part_of

        data = part_of(data, part) or b""
    found = parse_document(data, rel).decision
    if found is None:
        return Decision(decision_id, rel, stem_of(rel), part=part)
    return replace(found, id=decision_id, part=part) if part else found


class Snapshot:
    """The last working-tree catalogue of one repository, and the files it came from.

    One file, verified (:mod:`adr_tui.core.cachefile`): a head, then an ADR per line.
    The head is decoded first; the rows only once the head says they still hold.
    """

    def __init__(self, path: Path, root: Path) -> None:
        self._path = path
        self._root = root
        self._files = WorktreeSource(root)
        self._opened = False
        self._head: dict[str, Any] | None = None
        self._items: cachefile.Items | None = None
        """The head, then a row per decision, each decoded when read."""
        self._taken = 0
        """When this load began looking at files (``time.time_ns``)."""
        self._looked: Looked | None = None
        """What this load's discovery looked at (saved with the next snapshot)."""
        self._damaged = False
        """A saved row could not be read (see :meth:`_decision_at`)."""

    @classmethod
    def for_root(cls, settings: Settings, root: Path) -> Snapshot | None:
        """The snapshot of ``root``'s working tree; None without a cache."""
        if not settings.use_cache:
            return None
        key = hashlib.sha256(str(root).encode("utf-8", "surrogateescape")).hexdigest()
        return cls(settings.cache_dir / KIND / f"{key[:32]}.json", root)

    def _saved_head(self) -> dict[str, Any] | None:
        """The saved head (the file read and verified once); None when there is none to trust."""
        if not self._opened:
            self._opened = True
            found = cachefile.read_items(self._path, KIND)
            with contextlib.suppress(ValueError, IndexError):  # no head, or not JSON
                head = found[0][0] if found is not None else None
                if isinstance(head, dict) and found is not None:
                    self._head, self._items = head, found[0]
        return self._head

    def discover(self, start: Path, settings: Settings) -> Discovery:
        """What discovery finds from folder ``start`` (resolved) with these settings.

        The saved discovery when nothing it looked at changed since, else a new
        one, watched so that the next snapshot can tell the same (:class:`Looked`).
        """
        self._taken = time.time_ns()  # before anything is looked at
        asked = _asked(start, settings)
        saved = self._saved_discovery(asked)
        if saved is not None:
            return saved
        from adr_tui.core.discovery import discover  # ~10 ms of imports a warm start skips

        markers = _marker_looks(self._files.root, start)
        watched = WatchedSource(self._root)
        found = discover(
            watched,
            explicit_dirs=settings.adr_dirs,
            exclude=settings.exclude,
            root=self._root,
            start=start,
        )
        self._looked = Looked.of(asked, markers, watched)
        return found

    def _saved_discovery(self, asked: list[Any]) -> Discovery | None:
        head = self._saved_head()
        if head is None:
            return None
        try:
            looked = Looked(**head["looked"])
            if not (
                head["code"] == _fingerprint()
                and head["root"] == str(self._root)
                and looked.asked == asked
                and looked.still_true(self._root, head["taken"])
            ):
                return None
            found = _found(head)
        except (AttributeError, KeyError, TypeError, ValueError, IndexError):
            return None  # a head of another shape: discover again
        self._looked = looked
        return found

    def read(self, found: Discovery, signatures: list[Signature] | None) -> Saved | None:
        """The saved catalogue's parts if they still describe these files, else None."""
        return self._saved() if self._verdict(found, signatures) is Verdict.HOLDS else None

    def read_unchecked(self, start: Path, settings: Settings) -> Saved | None:
        """The saved catalogue's parts, *not yet checked* against the files (see :meth:`verdict`).

        Only what this code saved for this tree, from this start folder with these
        settings, is served; whether the files changed since is for :meth:`verdict`.
        """
        head = self._saved_head()
        try:
            if not (
                head is not None
                and head["code"] == _fingerprint()
                and head["root"] == str(self._root)
                and head["looked"]["asked"] == _asked(start, settings)
            ):
                return None
        except (KeyError, TypeError):
            return None  # a head of another shape
        return self._saved()

    def verdict(self, start: Path, settings: Settings) -> Verdict:
        """Whether what :meth:`read_unchecked` served is what a load would make now.

        A look at every file, as a load makes before trusting a snapshot.
        """
        found = self.discover(start, settings)
        return self._verdict(found, file_signatures(self._root, found.files))

    def _verdict(self, found: Discovery, signatures: list[Signature] | None) -> Verdict:
        head = self._saved_head()
        if signatures is None or head is None:
            return Verdict.CHANGED
        if self._damaged:
            return Verdict.UNSURE  # loaded again, quietly: no file changed
        try:
            if not (self._same_files(head, found, signatures) and _found(head) == found):
                return Verdict.CHANGED
            racy = any(max(s[2], s[3]) >= head["taken"] - RACY_NS for s in signatures)
        except (AttributeError, KeyError, TypeError, ValueError, IndexError):
            return Verdict.CHANGED  # a snapshot of another shape: load normally
        return Verdict.UNSURE if racy else Verdict.HOLDS

    def _saved(self) -> Saved | None:
        """The catalogue's parts as saved (None when the rows are of another shape)."""
        head, items = self._saved_head(), self._items
        if head is None or items is None:
            return None
        try:
            discovery = _found(head)
            ids = tuple(head["ids"])
            if len(ids) != len(items) - 1 or not all(isinstance(i, str) for i in ids):
                return None
            tagged, numbered = head["tagged"], head["numbered"]
            if not (isinstance(tagged, bool) and isinstance(numbered, bool)):
                return None
            # Read now, the first row shows a snapshot of another shape (the rest as read).
            if ids and self._decision(items[1]).id != ids[0]:
                return None
            files = tuple(head["files"])
            build = partial(self._decision_at, items, ids, files)
            build_all = partial(self._decisions, items, ids, files)
            decisions = SavedDecisions(ids, build, build_all, tagged=tagged, numbered=numbered)
            problems = _problems(head["problems"])
            return Saved(decisions, problems, discovery, tuple(head["templates"]))
        except (AttributeError, KeyError, TypeError, ValueError, IndexError):
            return None  # a snapshot of another shape: load normally

    def _decision_at(
        self, items: cachefile.Items, ids: tuple[str, ...], files: tuple[str, ...], index: int
    ) -> Decision:
        """Decision ``index`` of the rows (the head is item 0); never raises."""
        try:
            row = items[index + 1]
        except ValueError:
            row = None
        return self._checked(row, ids, files, index)

    def _decisions(
        self, items: cachefile.Items, ids: tuple[str, ...], files: tuple[str, ...]
    ) -> list[Decision] | None:
        """Every decision, the rows decoded in chunks; None when one is not JSON."""
        try:
            rows = items.all(start=1)
        except ValueError:
            return None  # one by one then: each row that is not JSON is parsed again
        return [self._checked(row, ids, files, index) for index, row in enumerate(rows)]

    def _checked(
        self, row: Any, ids: tuple[str, ...], files: tuple[str, ...], index: int
    ) -> Decision:
        """The decision of ``row``, which must be decision ``index``; never raises.

        The file's checksum held and this code wrote it, so a row that cannot be read
        is a bug of ours: its file is parsed instead, the snapshot is dropped, and its
        check says to load again (:data:`Verdict.UNSURE`). Raised as the list draws the
        row, it ended the app.
        """
        try:
            decision = self._decision(row)
            if decision.id == ids[index]:
                return decision
        except (AttributeError, KeyError, TypeError, ValueError, IndexError):
            pass
        self._damaged = True
        with contextlib.suppress(OSError):
            self._path.unlink()
        return _parsed_again(self._files, ids[index], files)

    def _same_files(
        self, head: dict[str, Any], found: Discovery, signatures: list[Signature]
    ) -> bool:
        return (
            head["code"] == _fingerprint()
            and head["root"] == str(self._root)
            and tuple(head["files"]) == found.files
            and head["signed"] == _signed(signatures)
        )

    def _decision(self, row: list[Any]) -> Decision:
        """A saved row, its body left in the file (raises on a row of the wrong shape)."""
        length, check = row[13]
        if not isinstance(length, int) or not isinstance(check, int) or length < 0:
            raise ValueError("a body mark is two whole numbers")
        read = partial(read_body, self._files, row[1], length, check, row[18], row[19])
        return decision_from_row(row, body=DeferredText(read))

    def save(self, catalog: Catalog, signatures: list[Signature]) -> None:
        """Remember ``catalog`` (found by :meth:`discover`), read from files so signed."""
        if self._looked is None:
            return  # not found by discover(): nothing says when to find again
        head = {
            "code": _fingerprint(),
            "root": str(catalog.root),
            "taken": self._taken,
            "looked": self._looked._asdict(),
            "files": list(catalog.discovery.files),
            "ids": [d.id for d in catalog.decisions],
            "tagged": catalog.tagged,
            "numbered": catalog.numbered,
            "signed": _signed(signatures),
            "adr_dirs": list(catalog.discovery.adr_dirs),
            "how": catalog.discovery.how,
            "logs": list(catalog.discovery.logs),
            "found": _problem_rows(catalog.discovery.problems),
            "problems": _problem_rows(catalog.problems),
            "templates": list(catalog.templates),
        }
        rows = [decision_row(d, linked=True, body=_body_mark(d)) for d in catalog.decisions]
        cachefile.write_payload(self._path, KIND, [head, *rows])
