"""A commit's tree as a file source, for ``--at``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from adr_tui.core.adrnames import ADR_SUFFIXES
from adr_tui.core.gitlog.repo import GitRepo, TreeEntry
from adr_tui.core.sources import MAX_FILE_BYTES, UnreadableFileError


class TreeSource:
    """A :class:`~adr_tui.core.sources.FileSource` over one commit's tree (for ``--at``)."""

    # Read in the first bulk pass: every ADR suffix, and .log4brains.yml.
    _PREFETCH = (*ADR_SUFFIXES, ".yml", ".yaml")

    def __init__(self, repo: GitRepo, commit: str, entries: list[TreeEntry]) -> None:
        self.commit = commit
        """The commit whose tree this is."""
        self._repo = repo
        self._files = {e.path: e for e in entries}
        self._dirs: set[str] = {""}
        for path in self._files:
            parts = path.split("/")[:-1]
            self._dirs.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        self._data: dict[str, bytes | None] | None = None

    def is_dir(self, rel: str) -> bool:
        """Whether ``rel`` is a folder of the tree."""
        return rel.strip("/") in self._dirs

    def is_file(self, rel: str) -> bool:
        """Whether ``rel`` is a file of the tree."""
        return rel in self._files

    def list_dirs(self, rel: str) -> list[str]:
        """Immediate sub-folders of ``rel``."""
        prefix = f"{rel}/" if rel else ""
        return sorted(
            d for d in self._dirs if d and d.startswith(prefix) and "/" not in d[len(prefix) :]
        )

    def walk_files(self, rel: str, max_depth: int | None = None) -> Iterator[str]:
        """Files below ``rel``, sorted."""
        prefix = f"{rel}/" if rel else ""
        for path in sorted(self._files):
            if path.startswith(prefix):
                depth = path[len(prefix) :].count("/")
                if max_depth is None or depth <= max_depth:
                    yield path

    def read_bytes(self, rel: str) -> bytes:
        """The file's content at the commit (text files are read in one bulk pass)."""
        entry = self._files.get(rel)
        if entry is None:
            raise UnreadableFileError(f"{rel}: not in the tree of {self.commit[:12]}")
        if entry.mode == "120000":
            raise UnreadableFileError(f"{rel}: symbolic link in history")
        if entry.size > MAX_FILE_BYTES:
            raise UnreadableFileError(f"{rel}: {entry.size} bytes is too large to be an ADR")
        if self._data is None:
            small = [
                e.blob
                for e in self._files.values()
                if e.path.lower().endswith(self._PREFETCH) and e.size <= MAX_FILE_BYTES
            ]
            self._data = self._repo.read_blobs(small)
            self._repo.close()
        data = self._data.get(entry.blob)
        if data is None:
            data = self._repo.read_blobs([entry.blob]).get(entry.blob)
            self._repo.close()
        if data is None:
            raise UnreadableFileError(f"{rel}: object {entry.blob[:12]} is missing from this clone")
        if len(data) > MAX_FILE_BYTES:  # its size was unknown (a partial clone's tree)
            raise UnreadableFileError(f"{rel}: {len(data)} bytes is too large to be an ADR")
        return data


def tree_source(root: Path, at: str) -> TreeSource:
    """The files of ``root``'s repository as of ``at`` (a DATE, ISO time or revision).

    Raises:
        RepoError: not a Git repository.
        RevisionError: ``at`` names no commit.
    """
    repo = GitRepo.open(root)
    commit = repo.resolve_at(at)
    return TreeSource(repo, commit, repo.ls_tree(commit))
