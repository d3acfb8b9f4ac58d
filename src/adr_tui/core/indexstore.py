"""The search index's folder on disk, without Whoosh: paths, lock, manifest, pointer.

One repository's index lives in ``<cache>/index/<repo key>/<version key>/``
(:func:`repo_folder`; :mod:`adr_tui.core.search` adds the version key). Each
full build writes a fresh ``g-<random hex>`` folder, then names it in the
:data:`POINTER` file, written atomically. A manifest beside Whoosh's files
records the versions, the generation, each file's size and CRC, and each ADR's
digest; an index is trusted only when all of it checks out (:func:`check_files`),
otherwise :class:`IndexInvalid` says why and the index is rebuilt.

Writers hold :func:`exclusive`: a thread lock within the process and an OS file
lock across processes. Opening the files with Whoosh stays in ``adr_tui.core.search``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from adr_tui.core.settings import Settings

MANIFEST = "adr-tui-manifest.json"
POINTER = "CURRENT"


class IndexInvalid(Exception):
    """An on-disk index failed a check; it will be rebuilt, never trusted."""


def repo_folder(settings: Settings, root: Path) -> Path:
    """The folder holding every index version of the repository at ``root``."""
    resolved = str(root.resolve())
    # surrogateescape: a folder name that is not UTF-8 is the bytes it was (no traceback).
    raw = resolved.encode("utf-8", "surrogateescape")
    key = hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:16]
    name = re.sub(r"[^\w.-]", "_", root.name)[:40] or "root"
    return settings.cache_dir / "index" / f"{name}-{key}"


_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


@contextlib.contextmanager
def exclusive(home: Path) -> Iterator[None]:
    """Hold the repository's index lock: a thread lock here, an OS file lock across processes.

    ``flock`` locks die with their process, so a crash never leaves a stale lock.
    """
    with _thread_locks_guard:
        tlock = _thread_locks.setdefault(str(home), threading.Lock())
    with tlock:
        handle = (home / "lock").open("a+b")
        try:
            try:
                import fcntl
            except ImportError:  # Windows
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
            else:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield
        finally:
            handle.close()  # closing releases either lock


def crc(path: Path) -> int:
    """CRC-32 of a file's bytes, read in 256 KiB chunks into one buffer.

    Every open checks every index file (4.5 MB at 1,000 ADRs): a new bytes object
    per chunk, fresh memory to fault in each time, cost twice what the CRC did.
    """
    value = 0
    buffer = bytearray(1 << 18)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as handle:
        while size := handle.readinto(buffer):
            value = zlib.crc32(view[:size], value)
    return value


def _index_files(gen_dir: Path) -> list[Path]:
    return sorted(
        p for p in gen_dir.iterdir() if p.is_file() and p.name != MANIFEST and "LOCK" not in p.name
    )


def _random_hex() -> str:
    """32 random hex digits for a unique name (uuid4's, without importing uuid: 4 ms)."""
    return os.urandom(16).hex()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, sync it, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{_random_hex()}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


Checksums = dict[str, tuple[int, int, int]]
"""File name → (size, mtime ns, CRC) already computed: a build writing a manifest after each
segment checksums each new file once (segment files never change after their commit)."""


def _checksums(gen_dir: Path, known: Checksums | None) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for path in _index_files(gen_dir):
        info = path.stat()
        seen = known.get(path.name) if known is not None else None
        if seen is not None and seen[:2] == (info.st_size, info.st_mtime_ns):
            checksum = seen[2]
        else:
            checksum = crc(path)
            if known is not None:
                known[path.name] = (info.st_size, info.st_mtime_ns, checksum)
        out[path.name] = [info.st_size, checksum]
    return out


def write_manifest(
    gen_dir: Path,
    versions: dict[str, Any],
    generation: int,
    digests: dict[str, str],
    order: list[str | None],
    known: Checksums | None = None,
) -> None:
    """Record what a commit left: versions, generation, checksums, digests and doc order.

    ``order`` holds the ADR id of each document number (None: deleted), so a
    new searcher need not read every stored document. ``known`` carries the
    checksums of files already summed from one manifest to the next.

    Written after the index's commit, so a crash in between shows up as a
    generation mismatch (and a rebuild), never as a trusted stale index.
    """
    manifest = {
        **versions,
        "generation": generation,
        "files": _checksums(gen_dir, known),
        "docs": digests,
        "order": order,
    }
    write_atomic(gen_dir / MANIFEST, json.dumps(manifest, sort_keys=True))


def manifest_generation(gen_dir: Path) -> int | None:
    """The generation the manifest in ``gen_dir`` records; None when it cannot be read."""
    try:
        value = json.loads((gen_dir / MANIFEST).read_text(encoding="utf-8"))["generation"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, int) else None


def pointer(home: Path) -> str | None:
    """The folder name the pointer file names; None when it cannot be read."""
    try:
        return (home / POINTER).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None


def unchanged(home: Path, gen_dir: Path, generation: int) -> bool:
    """Whether nobody swapped or updated the index since it was verified."""
    return pointer(home) == gen_dir.name and manifest_generation(gen_dir) == generation


def current_dir(home: Path) -> Path:
    """The generation folder the pointer names. Raises IndexInvalid."""
    try:
        name = (home / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError as exc:
        raise IndexInvalid("no index yet") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexInvalid(f"unreadable pointer: {exc}") from exc
    if not re.fullmatch(r"g-[0-9a-f]{32}", name):
        raise IndexInvalid("corrupt pointer")
    return home / name


def check_files(gen_dir: Path, versions: dict[str, Any]) -> dict[str, Any]:
    """The manifest of ``gen_dir`` once its versions and every file's size and CRC check out.

    Raises IndexInvalid on a mismatch; OSError, ValueError and the like when
    the manifest is unreadable or malformed.
    """
    manifest: dict[str, Any] = json.loads((gen_dir / MANIFEST).read_text(encoding="utf-8"))
    if any(manifest.get(key) != value for key, value in versions.items()):
        raise IndexInvalid("written by another version")
    files: dict[str, list[int]] = manifest["files"]
    for fname, (size, checksum) in files.items():
        path = gen_dir / fname
        if path.stat().st_size != size or crc(path) != checksum:
            raise IndexInvalid(f"corrupt file {fname}")
    return manifest


def new_generation_dir(home: Path) -> Path:
    """A fresh, empty ``g-<random hex>`` folder under ``home``."""
    gen_dir = home / f"g-{_random_hex()}"
    gen_dir.mkdir()
    return gen_dir


def point_at(home: Path, gen_dir: Path) -> None:
    """Make the pointer name ``gen_dir`` (atomically)."""
    write_atomic(home / POINTER, gen_dir.name)


def remove_others(home: Path, keep: Path) -> None:
    """Delete every generation folder but ``keep``.

    Another process may still read an old folder: POSIX keeps open files
    alive; a reader that fails re-checks under the lock.
    """
    for old in home.glob("g-*"):
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def is_corruption(exc: OSError) -> bool:
    """Whether an OSError means a damaged index (not a permission or a full/read-only disk)."""
    return not isinstance(exc, PermissionError) and exc.errno not in (28, 30)  # ENOSPC, EROFS
