"""The streamed ``git log -z --raw -M`` output, parsed into :class:`LogCommit` records."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, NamedTuple, TypeAlias

from adr_tui.core.adrnames import is_adr_path
from adr_tui.core.errors import RepoError
from adr_tui.core.gitlog.environment import HistoryCancelled, _fsdecode, _text
from adr_tui.core.records import record

ZERO_OID = "0" * 40
_ZERO = ZERO_OID.encode()
_GITLINK = b"160000"
_FIELDS = 8
# Commit header: oid, parents, author name, email, author date, committer date, subject, body.
LOG_FORMAT = "@%H%x00%P%x00%an%x00%ae%x00%aI%x00%cI%x00%s%x00%b"


class RawChange(NamedTuple):
    """One file change of one commit, as ``git log --raw -M`` reports it.

    A named tuple: it goes to and comes from the JSON cache as a plain list.
    """

    status: str
    """``A``, ``M``, ``D``, ``R`` or ``T`` (type change)."""
    old_path: str
    """Path before the change (equal to ``new_path`` unless renamed)."""
    new_path: str
    """Path after the change."""
    old_blob: str | None
    """Blob id before the change; None when added."""
    new_blob: str | None
    """Blob id after the change; None when deleted."""


class LogCommit(NamedTuple):
    """One commit of the streamed log with its ADR-file changes (a JSON-ready named tuple)."""

    oid: str
    """Full commit id."""
    parents: tuple[str, ...]
    """Parent commit ids (none for a root or a shallow boundary)."""
    author_name: str
    """Author name."""
    author_email: str
    """Author e-mail."""
    author_date: str
    """Author date, strict ISO 8601 with its offset."""
    committer_date: str
    """Committer date, strict ISO 8601 with its offset."""
    subject: str
    """First paragraph of the message, joined on one line."""
    body: str
    """Rest of the message."""
    changes: tuple[RawChange, ...]
    """Files the commit changed that may be ADRs (``adrnames.is_adr_path``: Markdown,
    reStructuredText, AsciiDoc, or a numbered name without a suffix); empty for merges:
    git shows them no diff."""


Tell: TypeAlias = Callable[[int, "int | None"], None]
"""Hears how far a log read is: the commits read so far, and how many in all when known."""


@record
class Progress:
    """Who hears how far a long log read is (a first read walks every commit), and how often."""

    tell: Tell
    """Called from the reading thread: keep it quick (hand the figures on, never draw)."""
    every: int = 200
    """Commits between two looks at the clock (~15 looks a second in a first read)."""
    interval: float = 0.1
    """Seconds between two tellings at least: a screen redraws a line 10 times a second at most."""


class Ticker:
    """Tells a :class:`Progress` how far one log read is, of ``total`` commits (None: unknown)."""

    def __init__(self, progress: Progress, total: int | None) -> None:
        self.every = progress.every
        self.total = total
        self._tell = progress.tell
        self._interval = progress.interval
        self._due = 0.0
        self._told = -1

    def passed(self, read: int) -> None:
        """``read`` commits are read (called every ``every``): told when the interval is over."""
        now = time.monotonic()
        if now >= self._due:
            self._due = now + self._interval
            self._say(read)

    def ended(self, read: int) -> None:
        """The log is read: told, unless that count was told already."""
        if read != self._told:
            self._say(read)

    def _say(self, read: int) -> None:
        self._told = read
        self._tell(read, self.total)


def _tokens(stream: IO[bytes], cancel: threading.Event | None) -> Iterator[bytes]:
    """NUL-separated fields of ``stream``, read in chunks as git writes them."""
    pending = b""
    read = getattr(stream, "read1", stream.read)
    while True:
        if cancel is not None and cancel.is_set():
            raise HistoryCancelled
        chunk = read(1 << 16)
        if not chunk:
            break
        parts = (pending + chunk).split(b"\0")
        pending = parts.pop()
        yield from parts
    if pending:
        yield pending


def _raw_change(
    meta: bytes, old_raw: bytes, new_raw: bytes, followed: set[bytes]
) -> RawChange | None:
    """An ADR-file change from ``:old_mode new_mode old_oid new_oid STATUS`` and its paths.

    A rename from an ADR file to another file is, for documents, a delete. A rename
    from another file to an ADR file, or to a file ``followed`` (one renamed to an ADR
    file in a newer commit), stays a rename, and the file it came from is followed
    in the commit's ancestors (see :func:`parse_log`): kordis wrote ADR 4 as
    "adr004-graphql-schema.ms" and renamed it to ".md" a commit later; its history
    began at the rename.
    """
    old_mode, new_mode, old_oid, new_oid, status = meta[1:].split(b" ")
    if _GITLINK in (old_mode, new_mode):
        return None  # submodules are not documents
    letter = status[:1].decode()
    old_blob: str | None = None if old_oid == _ZERO else old_oid.decode()
    new_blob: str | None = None if new_oid == _ZERO else new_oid.decode()
    if letter == "C":
        letter, old_raw, old_blob = "A", new_raw, None
    elif letter == "R":
        kept = new_raw in followed or is_adr_path(new_raw)
        followed.discard(new_raw)  # older changes at that path are another file's
        if not kept:
            letter, new_raw, new_blob = "D", old_raw, None
        elif not is_adr_path(old_raw):
            followed.add(old_raw)
    elif letter == "A":
        followed.discard(new_raw)  # created here: older changes at its path are another's
    return RawChange(letter, _fsdecode(old_raw), _fsdecode(new_raw), old_blob, new_blob)


def parse_log(tokens: Iterable[bytes], ticker: Ticker | None = None) -> Iterator[LogCommit]:
    """Commits of a ``git log -z --raw --format=LOG_FORMAT`` stream that touch ADR files.

    Fields are taken by position, so a path that looks like a header or a
    status line is still a path. Commits with no ADR-file change are skipped
    without being decoded. ``ticker`` hears how many commits (all, not only
    those kept) were read: a count and a comparison per commit, nothing more.
    A file renamed to an ADR file is an ADR file in older commits, until it was
    added (see :func:`_raw_change`): the stream is newest first, so one pass
    keeps its changes, and only its own. Its old name is followed only into the
    renaming commit's parents, and from a followed commit into its own: another
    branch's file of that name, interleaved by date, is not its past (review 15:
    meeting notes at 'notes/draft.txt' on main joined a draft renamed on a branch).
    ``--date-order`` shows a child before its parents, so the walk is one pass.
    """
    it = iter(tokens)
    header: list[bytes] | None = None
    changes: list[RawChange] = []
    followed: set[bytes] = set()  # the header's commit's files renamed to an ADR file since
    waiting: dict[bytes, set[bytes]] = {}  # commit id: the names its children follow into it
    seen = 0
    due = ticker.every if ticker is not None else 0  # 0: never met, seen starts at 1
    for token in it:
        if token[:1] == b"\n":  # git ends each header with "\0\n" before the raw lines
            token = token[1:]
        if not token:
            continue
        if token[:1] == b":" and header is not None:
            kind = token[token.rfind(b" ") + 1 :][:1]
            old = next(it)
            new = next(it) if kind in (b"R", b"C") else old
            # One test when the path is unchanged (most lines): old is new.
            if (
                is_adr_path(old)
                or (new is not old and is_adr_path(new))
                or (followed and (old in followed or new in followed))
            ):
                change = _raw_change(token, old, new, followed)
                if change is not None:
                    changes.append(change)
        elif token[:1] == b"@":
            seen += 1
            if seen == due and ticker is not None:
                due += ticker.every
                ticker.passed(seen)
            if followed and header is not None:
                _hand_down(followed, header[1], waiting)
                followed = set()
            if header is not None and changes:
                yield _commit(header, changes)
            header = [token[1:], *(next(it) for _ in range(_FIELDS - 1))]
            changes = []
            if waiting:  # a look-up per commit only once a rename was followed
                followed = waiting.pop(header[0], followed)
        else:
            raise RepoError(f"unexpected git log output near {token[:40]!r}")
    if header is not None and changes:
        yield _commit(header, changes)
    if ticker is not None:
        ticker.ended(seen)


_NUMBERED = re.compile(r"(?i)^(?:adr[-_ ]?)?0*(\d{1,6})(?=[-_ .]|$)[-_ ]*")
"""A record's number at the start of its file name (``0001-x.md``, ``ADR-12_y.md``), and
the separators after it."""

# A date in the number's place, written with any separator: "2024_10_03_x.md" (Sylius/Sylius),
# "2024-10-03-x.md", "20241003-x.md". The whole date numbers the record, not its year.
_DATED = re.compile(
    r"^((?:19|20)\d\d)([-_. ]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[-_ .]|$)[-_ ]*"
)
_SEPARATORS = re.compile(r"[-_ ]+")

_Record: TypeAlias = tuple[str, int, str]
"""(folder, number, rest of the name) of a numbered ADR file: ``("docs", 9, "evidence-module")``."""


def _hand_down(followed: set[bytes], parents: bytes, waiting: dict[bytes, set[bytes]]) -> None:
    """The names a commit follows, followed into each of its ``parents`` (ids, space-separated)."""
    for parent in parents.split():
        waiting.setdefault(parent, set()).update(followed)


def _record_of(path: str) -> _Record | None:
    """What names a numbered ADR file's record; None for an unnumbered one.

    The rest is case-folded, without its suffix (a bare name has no dot, an ADR file's
    suffix follows its last one), its separators written alike; empty when the number is
    the whole name. A date-named file's number is its date: Sylius/Sylius renamed
    "2024_02_24_services_naming_convention.md" to "2024_10_03_…" as it accepted the record
    and rewrote it, in a commit adding another "2024_…" record.
    """
    folder, _, name = path.rpartition("/")
    if (dated := _DATED.match(name)) is not None:
        number, rest = int(dated[1] + dated[3] + dated[4]), name[dated.end() :]
    elif (found := _NUMBERED.match(name)) is not None:
        number, rest = int(found[1]), name[found.end() :]
    else:
        return None
    rest = rest.rpartition(".")[0] if "." in rest else rest
    return folder, number, _SEPARATORS.sub("-", rest).casefold()


_Side: TypeAlias = list[tuple[int, _Record]]
"""Deleted or added records of one commit: (change number, record)."""


def _lone_matches(
    gone: _Side, came: _Side, by: Callable[[_Record], tuple[str, object] | None]
) -> dict[int, int]:
    """Deleted to added change numbers where ``by`` gives one delete and one add a key alone."""
    sides: list[dict[tuple[str, object], list[int]]] = [{}, {}]
    for side, records in zip(sides, (gone, came), strict=True):
        for index, change in records:
            if (key := by(change)) is not None:
                side.setdefault(key, []).append(index)
    deleted, added = sides
    return {
        old[0]: new[0]
        for key, old in deleted.items()
        if len(old) == 1 and len(new := added.get(key, [])) == 1
    }


def _renames_by_record(changes: list[RawChange]) -> list[RawChange]:
    """A record deleted and one added in the same folder, named alike: a rename.

    Renamed and rewritten in one commit, a file is too unlike its old self for git's
    rename detection (50%), which then reports a delete and an add: the history would
    start again at the rewrite. The rest of the name pairs first, then the number: a log
    renumbered and rewritten in one commit (cosmos/cosmos-sdk moved 'evidence-module'
    from 008 to 009 and 'modular-antehandler' from 009 to 010) keeps each record's own
    past. Only a single delete meeting a single add is paired.
    """
    gone: _Side = []
    came: _Side = []
    for index, change in enumerate(changes):
        if change.status in ("A", "D") and (record := _record_of(change.new_path)) is not None:
            (gone if change.status == "D" else came).append((index, record))
    if not gone or not came:
        return changes
    pairs = _lone_matches(gone, came, lambda r: (r[0], r[2]) if r[2] else None)
    taken = set(pairs.values())
    gone = [g for g in gone if g[0] not in pairs]
    came = [c for c in came if c[0] not in taken]
    pairs.update(_lone_matches(gone, came, lambda r: (r[0], r[1])))
    if not pairs:
        return changes
    merged: list[RawChange] = []
    skipped = set(pairs.values())
    for index, change in enumerate(changes):
        if index in pairs:
            new = changes[pairs[index]]
            merged.append(
                RawChange("R", change.old_path, new.new_path, change.old_blob, new.new_blob)
            )
        elif index not in skipped:
            merged.append(change)
    return merged


def _commit(header: list[bytes], changes: list[RawChange]) -> LogCommit:
    changes = _renames_by_record(changes)
    oid, parents, name, email, adate, cdate, subject, body = header
    return LogCommit(
        oid.decode(),
        tuple(parents.decode().split()),
        _text(name),
        _text(email),
        adate.decode(),
        cdate.decode(),
        _text(subject),
        _text(body).rstrip("\n"),
        tuple(changes),
    )
