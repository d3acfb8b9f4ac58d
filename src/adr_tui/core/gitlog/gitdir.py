"""What a git folder's own files say, read without running git: bare? sparse? checked out where?

Asked on every start (is the folder named a bare repository, or a git folder naming its
work tree?) and for every catalogue built from a work tree (does a sparse checkout hide
records?): git runs only once these files say it may be needed, and this module imports
nothing of the rest of the package until then.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from adr_tui.core.errors import AdrError
from adr_tui.core.model import Problem

_LOOK = 65536
"""Bytes of a config read: a config longer than this is no one's by hand."""

_BARE_LINE = re.compile(rb"(?im)^[ \t]*bare\b")
"""A ``bare`` line in a git config: the folder may be a bare repository; git then says."""

_SPARSE = re.compile(rb"(?im)^[ \t]*sparsecheckout[ \t]*=[ \t]*true[ \t]*$")
"""``core.sparseCheckout = true``, which ``git sparse-checkout set`` writes."""

_WORKTREE_LINE = re.compile(rb"(?im)^[ \t]*worktree[ \t]*=[ \t]*(\S[^\r\n]*?)[ \t]*$")
"""``core.worktree = PATH``: the repository's files are checked out in PATH, not beside it."""

SPARSE_CODE = "sparse-checkout"
"""The code of the problem a sparse checkout that hides records makes."""


def is_bare_folder(folder: Path) -> bool:
    """Whether ``folder`` is a bare repository: a look at its files, then git when it may be.

    A work tree has no ``config`` beside a ``HEAD``: no git runs for it. Git reads
    ``core.bare`` in all its spellings (``yes``, ``on``, ``1``, a bare ``bare`` line);
    when git cannot say (it refuses the folder), the folder is taken as bare, so that
    reading it as of HEAD says why git refuses it.
    """
    try:
        config = (folder / "config").read_bytes()[:_LOOK]
    except OSError:
        return False
    if not (folder / "HEAD").is_file() or _BARE_LINE.search(config) is None:
        return False
    from adr_tui.core.gitlog.repo import is_bare_repository  # only for a git folder

    return is_bare_repository(folder) is not False


def checked_out_elsewhere(root: Path) -> Path | None:
    """The folder ``core.worktree`` names when it is not ``root``: the files are there.

    ``root/.git`` is then a repository whose work tree is another folder (the layout
    of a home folder's dotfiles): ``root`` holds none of its files, and that folder
    has no ``.git`` to find the repository by.
    """
    named = _named_work_tree(root / ".git") if (root / ".git").is_dir() else None
    return None if named is None or named == root.resolve() else named


def work_tree_of(folder: Path) -> Path | None:
    """The work tree the git folder ``folder`` names by ``core.worktree``; None if none.

    A submodule's git folder (``.git/modules/NAME``) names the submodule's folder:
    opened directly, it was read as the repository around it, the outer one.
    """
    return _named_work_tree(folder) if (folder / "HEAD").is_file() else None


def _named_work_tree(git_dir: Path) -> Path | None:
    """``core.worktree`` of the git folder ``git_dir``, resolved (relative to that folder)."""
    try:
        config = (git_dir / "config").read_bytes()[:_LOOK]
    except OSError:
        return None
    match = _WORKTREE_LINE.search(config)
    if match is None:
        return None
    return (git_dir / os.fsdecode(match.group(1)).strip('"')).resolve()


def _config_files(root: Path) -> list[Path]:
    """The configs git reads for the work tree ``root``: its git folder's, then the common one's.

    A linked work tree or a submodule has a ``.git`` file ("gitdir: PATH"); a linked
    work tree's git folder names the shared one in ``commondir``.
    """
    git_dir = root / ".git"
    if git_dir.is_file():
        git_dir = root / git_dir.read_text("utf-8").removeprefix("gitdir:").strip()
    configs = [git_dir / "config", git_dir / "config.worktree"]
    if (git_dir / "commondir").is_file():
        common = git_dir / (git_dir / "commondir").read_text("utf-8").strip()
        configs += [common / "config", common / "config.worktree"]
    return configs


def is_sparse_checkout(root: Path) -> bool:
    """Whether the work tree ``root`` is a sparse checkout: its git configs only, no git run."""
    try:
        return any(
            c.is_file() and _SPARSE.search(c.read_bytes()[:_LOOK]) for c in _config_files(root)
        )
    except (OSError, UnicodeDecodeError):
        return False


def sparse_problems(root: Path, folders: Sequence[str]) -> tuple[Problem, ...]:
    """A problem for each ADR folder of ``folders`` whose records a sparse checkout leaves out.

    They were in no list, and 'show 3' said only "no ADR named '3'" of a record outside
    the checkout's cone. A warning, not a note: the log read is not the whole log (links
    to the hidden records read as broken). No ADR folder found: one for the repository.
    Without git, nothing: the problem is a courtesy, the log still loads.
    """
    if not is_sparse_checkout(root):
        return ()
    from adr_tui.core.gitlog.repo import GitRepo  # git runs only for a sparse work tree

    try:
        with GitRepo.open(root) as repo:
            hidden = repo.sparse_paths(folders)
    except AdrError:
        return ()
    counts: dict[str, int] = {}
    for path in hidden:
        folder = _folder_of(path, folders)
        counts[folder] = counts.get(folder, 0) + 1
    root_named = "the root folder" if "" in folders else "this repository"
    return tuple(
        Problem(
            folder or ".",
            f"{count} ADR file(s) in {folder or root_named} are outside this sparse checkout "
            "and not shown; --at HEAD reads them from the last commit",
            SPARSE_CODE,
        )
        for folder, count in sorted(counts.items())
    )


def _folder_of(path: str, folders: Sequence[str]) -> str:
    """The deepest of ``folders`` holding ``path`` ("" the root); "" when none does."""
    holding = [f for f in folders if not f or path.startswith(f + "/")]
    return max(holding, key=len, default="")
