"""Where files come from: the working tree, or (for ``--at``) a Git tree.

Discovery and the catalogue read through :class:`FileSource`, so the same
code lists today's decisions and the decisions as of any commit.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Larger files are reported, not read: no real ADR comes close."""

SKIPPED_DIRS = frozenset({".git", "node_modules", "vendor", "third_party", ".venv", "venv"})


class UnreadableFileError(OSError):
    """A file exists but must not or cannot be read (outside link, too large, no permission)."""


class FileSource(Protocol):
    """Read-only view of a tree of files addressed by repository-relative POSIX paths."""

    def is_dir(self, rel: str) -> bool:
        """Whether ``rel`` names a folder."""
        ...

    def is_file(self, rel: str) -> bool:
        """Whether ``rel`` names a regular file (or a link to one inside the tree)."""
        ...

    def walk_files(self, rel: str, max_depth: int | None = None) -> Iterator[str]:
        """Every file below folder ``rel`` ("" is the root), sorted, as relative paths."""
        ...

    def list_dirs(self, rel: str) -> list[str]:
        """Immediate sub-folders of ``rel`` as relative paths, sorted."""
        ...

    def read_bytes(self, rel: str) -> bytes:
        """The file's bytes; raises :class:`UnreadableFileError` when it cannot be read."""
        ...


def _join(rel: str, name: str) -> str:
    return f"{rel}/{name}" if rel else name


class WorktreeSource:
    """Files on disk below ``root``. Never follows a link that leaves ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._root_text = str(self.root)

    def _path(self, rel: str) -> Path:
        return self.root / rel if rel else self.root

    def _inside(self, path: Path) -> bool:
        # realpath, not Path.resolve: on 3.11 a link loop makes resolve() raise RuntimeError.
        real = os.path.realpath(path)
        return real == self._root_text or real.startswith(self._root_text + os.sep)

    def is_dir(self, rel: str) -> bool:
        """Whether ``rel`` is a folder inside the tree."""
        path = self._path(rel)
        return path.is_dir() and self._inside(path)

    def is_file(self, rel: str) -> bool:
        """Whether ``rel`` is a file (links count only when they stay inside)."""
        path = self._path(rel)
        return path.is_file() or path.is_symlink()

    def list_dirs(self, rel: str) -> list[str]:
        """Sub-folders of ``rel`` that are real folders (not links), sorted."""
        try:
            entries = list(os.scandir(self._path(rel)))
        except OSError:
            return []
        return sorted(
            _join(rel, e.name)
            for e in entries
            if e.is_dir(follow_symlinks=False) and e.name not in SKIPPED_DIRS
        )

    def walk_files(self, rel: str, max_depth: int | None = None) -> Iterator[str]:
        """Files below ``rel``; linked folders are not entered."""
        try:
            entries = sorted(os.scandir(self._path(rel)), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            child = _join(rel, entry.name)
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in SKIPPED_DIRS and (max_depth is None or max_depth > 0):
                    yield from self.walk_files(child, None if max_depth is None else max_depth - 1)
            elif entry.is_file(follow_symlinks=False) or entry.is_symlink():
                yield child

    def read_bytes(self, rel: str) -> bytes:
        """Read one file, refusing links out of the tree and oversized files."""
        # os-level calls, not pathlib: this runs once per ADR on every load.
        full = os.path.join(self._root_text, rel)
        if os.path.islink(full) and not self._inside(Path(full)):
            raise UnreadableFileError(f"{rel}: symbolic link points outside the repository")
        try:
            # O_NONBLOCK: opening a named pipe must not wait for a writer.
            fd = os.open(full, os.O_RDONLY | os.O_NONBLOCK)
        except OSError as exc:
            raise UnreadableFileError(f"{rel}: {exc.strerror or exc}") from exc
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise UnreadableFileError(f"{rel}: not a regular file")
            if info.st_size > MAX_FILE_BYTES:
                raise UnreadableFileError(f"{rel}: {info.st_size} bytes is too large to be an ADR")
            try:
                return handle.read()
            except OSError as exc:
                raise UnreadableFileError(f"{rel}: {exc.strerror or exc}") from exc


Look = tuple[int, int, int, int] | None
"""(mode, mtime ns, ctime ns, inode) of a path as ``os.stat`` sees it; None when absent."""


def look(path: str, *, follow: bool = True) -> Look:
    """What ``os.stat`` (``os.lstat`` unless ``follow``) says of ``path``, in brief."""
    try:
        info = os.stat(path, follow_symlinks=follow)
    except OSError:
        return None
    return (info.st_mode, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


class WatchedSource(WorktreeSource):
    """A working tree that notes everything discovery asks of it.

    What discovery finds depends only on the folders it lists, the paths it probes
    and the files it reads. Noting each lets a later start tell from a few ``stat``
    calls that discovery would find the same files (see :mod:`adr_tui.core.snapshot`):
    a folder's entries change only with its modification time.
    """

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.listed: dict[str, Look] = {}
        """Folders listed, and how each looked when listed (links to folders followed)."""
        self.dirs_probed: dict[str, bool] = {}
        """Paths asked whether they are folders, and the answers."""
        self.files_probed: dict[str, bool] = {}
        """Paths asked whether they are files, and the answers."""
        self.read: dict[str, Look] = {}
        """Files read, and how each looked when read (a link followed: its file's edits count)."""

    def _note_listing(self, rel: str) -> None:
        # Looked at before listing: a change in between shows as a changed folder later.
        self.listed.setdefault(rel, look(os.path.join(self._root_text, rel)))

    def is_dir(self, rel: str) -> bool:
        """As :meth:`WorktreeSource.is_dir`, noted."""
        found = self.dirs_probed[rel] = super().is_dir(rel)
        return found

    def is_file(self, rel: str) -> bool:
        """As :meth:`WorktreeSource.is_file`, noted."""
        found = self.files_probed[rel] = super().is_file(rel)
        return found

    def list_dirs(self, rel: str) -> list[str]:
        """As :meth:`WorktreeSource.list_dirs`, noted."""
        self._note_listing(rel)
        return super().list_dirs(rel)

    def walk_files(self, rel: str, max_depth: int | None = None) -> Iterator[str]:
        """As :meth:`WorktreeSource.walk_files`, each folder entered noted.

        Sub-folders are noted because ``WorktreeSource.walk_files`` enters each one
        through ``self.walk_files``: an iterative walk there must note them itself.
        """
        self._note_listing(rel)
        return super().walk_files(rel, max_depth)

    def read_bytes(self, rel: str) -> bytes:
        """As :meth:`WorktreeSource.read_bytes`, noted."""
        self.read.setdefault(rel, look(os.path.join(self._root_text, rel)))
        return super().read_bytes(rel)
