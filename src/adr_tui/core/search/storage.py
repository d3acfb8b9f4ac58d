"""The Whoosh index on disk or in memory: open it verified, build it, update it.

The folder, manifest, pointer file and lock are Whoosh-free
(:mod:`adr_tui.core.indexstore`); this module opens and writes the Whoosh files
in them. An index is trusted only when its manifest checks out, and each
manifest records the ADR id of every document number (:class:`Order`), so a
session's first query need not read every stored document.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adr_tui.core import indexstore
from adr_tui.core.indexstore import IndexInvalid
from adr_tui.core.model import Decision
from adr_tui.core.records import record
from adr_tui.core.search.lib import (
    WHOOSH_VERSION,
    FileStorage,
    RamStorage,
    SegmentWriter,
    silenced,
)
from adr_tui.core.search.schema import (
    FIELD_NAMES,
    SCHEMA_VERSION,
    VERSION_KEY,
    document,
    indexed_digest,
    make_schema,
    read_id,
    stored_id,
)
from adr_tui.core.settings import Settings

_VERSIONS = {"schema": SCHEMA_VERSION, "whoosh": WHOOSH_VERSION}
"""What a manifest must record for this process to trust the index."""


class Cancelled(Exception):
    """A build or update stopped because its cancel event was set; the index is as it was."""


def index_home(settings: Settings, root: Path) -> Path:
    """The index folder of one repository for this schema and Whoosh version."""
    return indexstore.repo_folder(settings, root) / VERSION_KEY


# --- which ADR each document number holds -------------------------------------


def _reader_ids(reader: Any) -> list[str | None]:
    """The ADR id of each document number (None: a deleted document). Reads every document."""
    ids: list[str | None] = [None] * reader.doc_count_all()
    for docnum, stored in reader.iter_docs():
        ids[docnum] = read_id(stored["id"])
    return ids


@record
class Order:
    """An index, and the ADR id of each document number in one of its generations if known.

    Reading every stored document costs ~10 ms per 1,000 ADRs, so the build
    records the ids in the manifest and the first query of a session reuses them.
    """

    ix: Any
    ids: list[str | None] | None = None
    generation: int = -1

    def ids_for(self, reader: Any) -> list[str | None]:
        """The ids for what ``reader`` reads (read afresh if another generation)."""
        if self.ids is not None and reader.generation() == self.generation:
            return self.ids
        return _reader_ids(reader)


def write_manifest(
    gen_dir: Path, ix: Any, digests: dict[str, str], known: indexstore.Checksums | None = None
) -> Order:
    """Record the committed index (see :func:`indexstore.write_manifest`)."""
    with silenced(), ix.reader() as reader:
        ids, generation = _reader_ids(reader), reader.generation()
    indexstore.write_manifest(gen_dir, _VERSIONS, generation, digests, ids, known)
    return Order(ix, ids, generation)


def stored_digests(ix: Any) -> dict[str, str]:
    """ADR id → digest, read from the index's stored fields (in-memory indexes have no manifest)."""
    with silenced(), ix.reader() as reader:
        return {read_id(f["id"]): f.get("digest", "") for _, f in reader.iter_docs()}


def is_in_memory(ix: Any) -> bool:
    """Whether ``ix`` lives in memory rather than in a cache folder."""
    return isinstance(ix.storage, RamStorage)


# --- opening, verified ------------------------------------------------------------


@dataclass
class Opened:
    """A verified on-disk index and what its manifest says it holds."""

    gen_dir: Path
    generation: int
    digests: dict[str, str]
    """ADR id → digest, from the manifest (cheaper than reading stored fields)."""
    order: Order
    """The index with the ADR id of each document number, from the manifest."""


def unchanged(home: Path, opened: Opened) -> bool:
    """Whether nobody swapped or updated the index since it was verified."""
    return indexstore.unchanged(home, opened.gen_dir, opened.generation)


def open_verified(home: Path) -> Opened:
    """Open the index the pointer names, after checking every file. Raises IndexInvalid."""
    gen_dir = indexstore.current_dir(home)
    failure = ""
    # Whoosh leaves the files of a failed open to the garbage collector: they
    # are freed (with a ResourceWarning) when the exception dies, so that
    # happens inside the silenced block, and a collection catches cycles.
    with silenced():
        try:
            opened = _open_checked(gen_dir)
        except IndexInvalid as exc:
            failure = str(exc)
        except Exception as exc:  # any failure to read means "do not trust"
            failure = f"corrupt: {type(exc).__name__}: {exc}"
        if failure:
            gc.collect()
    if failure:
        raise IndexInvalid(failure)
    return opened


def _open_checked(gen_dir: Path) -> Opened:
    manifest = indexstore.check_files(gen_dir, _VERSIONS)
    # No mmap: a file truncated by another process would kill us with SIGBUS.
    storage = FileStorage(str(gen_dir), supports_mmap=False)
    ix = storage.open_index()
    if ix.latest_generation() != manifest["generation"]:
        raise IndexInvalid("half-written update")
    if set(ix.schema.names()) != FIELD_NAMES:
        raise IndexInvalid("schema changed")
    digests = manifest["docs"]
    order = manifest.get("order")
    # Counted from the table of contents: ix.doc_count() opens a whole reader each time.
    segments = ix._segments()
    if (
        not isinstance(digests, dict)
        or sum(s.doc_count() for s in segments) != len(digests)
        or not isinstance(order, list)
        or len(order) != sum(s.doc_count_all() for s in segments)
    ):
        raise IndexInvalid("manifest does not match the index")
    generation = manifest["generation"]
    return Opened(gen_dir, generation, digests, Order(ix, order, generation))


# --- writing ----------------------------------------------------------------------


class _FieldLengths:
    """A segment's field lengths, each field's column read once.

    When a segment is written, Whoosh asks for the document's field length at
    every posting (for per-block length bounds), and its reader seeks and
    reads the new segment's file each time: 280,000 reads, a third of a cold
    build of 1,000 ADRs. This holds each field's lengths in a list instead.
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._lengths: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            read = self._reader.doc_field_length
            count = self._reader.doc_count_all()
            lengths = self._lengths[fieldname] = [read(d, fieldname, default) for d in range(count)]
        return lengths[docnum]

    def close(self) -> None:
        self._reader.close()


class _SegmentWriter(SegmentWriter):  # type: ignore[misc]  # Whoosh is untyped
    """Whoosh's one-process writer, with :class:`_FieldLengths` for the segment it writes."""

    def per_document_reader(self) -> _FieldLengths:
        return _FieldLengths(super().per_document_reader())


def _writer(ix: Any, **options: Any) -> Any:
    """A writer for ``ix`` (what ``ix.writer(**options)`` gives, with one process)."""
    return _SegmentWriter(ix, **options)


def _add_all(writer: Any, decisions: Iterable[Decision], cancel: threading.Event | None) -> int:
    count = 0
    for d in decisions:
        if cancel is not None and count % 32 == 0 and cancel.is_set():
            raise Cancelled
        writer.add_document(**document(d))
        count += 1
    return count


SEGMENT_DOCS = 250
"""Decisions per segment of a full build. Whoosh sorts a segment's postings in
one C call that holds the GIL: 1,000 ADRs (~280,000 postings) froze the UI
thread for 135-195 ms while a worker built the index; 250 take 50-75 ms. And
past its ``limitmb`` Whoosh spills a segment to disk a pickle at a time (10,000
ADRs in one segment: twice the build). Queries over 40 segments (10,000 ADRs)
take 37 ms against 29 ms over 10."""


Progress = Callable[[int, int], None]
"""Told (decisions indexed, decisions in all) after each segment of a full build."""

Checkpoint = Callable[[int], None]
"""Told how many of the decisions being added are committed, to record them.

A build of 10,000 ADRs takes tens of seconds; one the user quits half-way resumes at
the next start, not anew. The record follows every commit: Whoosh deletes the table
of contents of the generation before, so a manifest naming an older one is no use."""


def _fill(
    ix: Any,
    decisions: Sequence[Decision],
    cancel: threading.Event | None,
    progress: Progress | None = None,
    checkpoint: Checkpoint | None = None,
) -> None:
    """Add ``decisions`` to ``ix``, a segment per :data:`SEGMENT_DOCS`.

    When cancelled, earlier segments stay committed. ``checkpoint`` hears after each
    commit but the last (its caller records that one) how many decisions are committed.
    """
    starts = range(0, len(decisions), SEGMENT_DOCS)
    done = 0
    for batch in [decisions[i : i + SEGMENT_DOCS] for i in starts] or [decisions]:
        writer = _writer(ix, limitmb=256)  # below ~200 MB it spills even 1,000 ADRs: 4x slower
        try:
            _add_all(writer, batch, cancel)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(merge=False)  # merging would pool every posting again
        done += len(batch)
        if progress is not None:
            progress(done, len(decisions))
        if checkpoint is not None and done < len(decisions):
            checkpoint(done)


def build_new(
    home: Path,
    decisions: Sequence[Decision],
    cancel: threading.Event | None,
    progress: Progress | None = None,
) -> Order:
    """Build a full index in a fresh folder and point at it atomically; returns it.

    A build of more than one segment points at its folder from its first checkpoint
    on, with a manifest of what it holds so far: one stopped by a quit resumes as an update.
    """
    gen_dir = indexstore.new_generation_dir(home)
    resumable = False
    known: indexstore.Checksums = {}

    def record(done: int) -> None:
        nonlocal resumable
        part = decisions[:done]  # a fresh index numbers its documents in the order added
        generation = ix.latest_generation()
        digests = {d.id: indexed_digest(d) for d in part}
        order: list[str | None] = [d.id for d in part]
        indexstore.write_manifest(gen_dir, _VERSIONS, generation, digests, order, known)
        if not resumable:
            indexstore.point_at(home, gen_dir)
            indexstore.remove_others(home, gen_dir)
            resumable = True

    try:
        with silenced():
            ix = FileStorage(str(gen_dir)).create_index(make_schema())
            _fill(ix, decisions, cancel, progress, record)
        order = write_manifest(gen_dir, ix, {d.id: indexed_digest(d) for d in decisions}, known)
        indexstore.point_at(home, gen_dir)
    except BaseException:
        if not resumable:  # else the pointer names it, with a manifest of what it holds
            shutil.rmtree(gen_dir, ignore_errors=True)
        raise
    indexstore.remove_others(home, gen_dir)
    return order


class _RamStorage(RamStorage):  # type: ignore[misc]  # Whoosh has no types
    """In memory, with a scratch folder of its own for its writers.

    Whoosh's is ``$TMPDIR/MAIN.tmp`` for every index of every process: two in-memory
    builds at once (two ``adr-tui --at`` sessions, tests run side by side) deleted each
    other's files (FileNotFoundError mid-build). Removed with the index, or at exit.
    """

    def __init__(self) -> None:
        super().__init__()
        self._scratch = tempfile.mkdtemp(prefix="adr-tui-index-")
        weakref.finalize(self, shutil.rmtree, self._scratch, True)

    def temp_storage(self, name: str | None = None) -> Any:
        return FileStorage(self._scratch).create()  # a writer removes it when done


def build_memory(
    decisions: Sequence[Decision],
    cancel: threading.Event | None,
    progress: Progress | None = None,
) -> Any:
    """A full index of ``decisions`` kept in memory (no cache folder, or a past revision)."""
    with silenced():
        ix = _RamStorage().create_index(make_schema())
        _fill(ix, decisions, cancel, progress)
    return ix


def update(
    ix: Any,
    decisions: Sequence[Decision],
    cancel: threading.Event | None,
    stored: dict[str, str],
    gen_dir: Path | None = None,
    progress: Progress | None = None,
) -> tuple[int, int, int]:
    """Re-index only what changed (by content hash). Returns (added, updated, removed).

    Removals, changes and a first segment of additions are one commit; more
    additions (a build resumed after a quit) go a segment at a time, with
    checkpoints in ``gen_dir``'s manifest when the index is on disk.
    """
    current = {d.id: d for d in decisions}
    removed = [i for i in stored if i not in current]
    changed = [d for i, d in current.items() if i in stored and stored[i] != d.digest]
    added = [d for i, d in current.items() if i not in stored]
    if not (removed or changed or added):
        return 0, 0, 0
    first, rest = added[:SEGMENT_DOCS], added[SEGMENT_DOCS:]
    with silenced():
        writer = _writer(ix, timeout=2.0)
        try:
            for doc_id in removed:
                writer.delete_by_term("id", stored_id(doc_id))
            for d in changed:
                writer.update_document(**document(d))
            _add_all(writer, first, cancel)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    if rest:
        kept = {i: digest for i, digest in stored.items() if i in current}
        kept.update((d.id, indexed_digest(d)) for d in (*changed, *first))
        known: indexstore.Checksums = {}
        ids: list[str | None] = []
        if gen_dir is not None:  # the first commit recorded, then each segment's
            ids = list(write_manifest(gen_dir, ix, kept, known).ids or [])

        def record(done: int) -> None:
            if gen_dir is None:
                return
            part = rest[:done]  # appended in order after the documents there were
            digests = {**kept, **{d.id: indexed_digest(d) for d in part}}
            order: list[str | None] = [*ids, *(d.id for d in part)]
            generation = ix.latest_generation()
            indexstore.write_manifest(gen_dir, _VERSIONS, generation, digests, order, known)

        def told(done: int, _: int) -> None:
            if progress is not None:
                progress(len(first) + done, len(added))

        _fill(ix, rest, cancel, told, record)
    return len(added), len(changed), len(removed)
