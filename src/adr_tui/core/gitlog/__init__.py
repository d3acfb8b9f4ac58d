"""The only module that runs git: one streamed log pass, blobs in bulk, trees for ``--at``.

GitPython locates the repository (work trees, ``.git`` files, common dirs) and
names the git executable; every command then runs with explicit arguments:

* read-only, always: ``--no-optional-locks``, ``GIT_OPTIONAL_LOCKS=0``, no pager,
  no editor, no prompt, no external diff or text conversion;
* user input never becomes an option: revisions go through
  ``rev-parse --verify --end-of-options`` and paths always follow ``--``;
* file names are read with ``-z`` and ``core.quotepath=off``, never C-unquoted.

One :class:`GitRepo` is safe to share between threads: a lock serialises its
calls, and :meth:`GitRepo.close` ends the long-lived ``cat-file`` process.

The names below are imported when first used (PEP 562): ``gitdir``'s looks at a
git folder run on every start (is it bare? sparse?) and must not bring the log
parser and the repository class (~11 ms) with them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adr_tui.core.gitlog.environment import (
        _CHECKED_GIT,
        MIN_GIT,
        HistoryCancelled,
        _check_version,
        git_environment,
        prepare_git,
    )
    from adr_tui.core.gitlog.gitdir import (
        checked_out_elsewhere,
        is_bare_folder,
        is_sparse_checkout,
        sparse_problems,
        work_tree_of,
    )
    from adr_tui.core.gitlog.layout import (
        committed_path,
        inner_repository,
    )
    from adr_tui.core.gitlog.logparse import (
        LOG_FORMAT,
        ZERO_OID,
        LogCommit,
        Progress,
        RawChange,
        Tell,
        parse_log,
    )
    from adr_tui.core.gitlog.repo import (
        GitRepo,
        TreeEntry,
        is_bare_repository,
    )
    from adr_tui.core.gitlog.tree import (
        TreeSource,
        tree_source,
    )

_HOME = {
    "environment": (
        "_CHECKED_GIT",
        "MIN_GIT",
        "HistoryCancelled",
        "_check_version",
        "git_environment",
        "prepare_git",
    ),
    "gitdir": (
        "checked_out_elsewhere",
        "is_bare_folder",
        "is_sparse_checkout",
        "sparse_problems",
        "work_tree_of",
    ),
    "layout": ("committed_path", "inner_repository"),
    "logparse": (
        "LOG_FORMAT",
        "ZERO_OID",
        "LogCommit",
        "Progress",
        "RawChange",
        "Tell",
        "parse_log",
    ),
    "repo": ("GitRepo", "TreeEntry", "is_bare_repository"),
    "tree": ("TreeSource", "tree_source"),
}
_MODULE_OF = {name: module for module, names in _HOME.items() for name in names}

__all__ = [  # spelled out for mypy; a test holds it to _HOME
    "LOG_FORMAT",
    "MIN_GIT",
    "ZERO_OID",
    "_CHECKED_GIT",
    "GitRepo",
    "HistoryCancelled",
    "LogCommit",
    "Progress",
    "RawChange",
    "Tell",
    "TreeEntry",
    "TreeSource",
    "_check_version",
    "checked_out_elsewhere",
    "committed_path",
    "git_environment",
    "inner_repository",
    "is_bare_folder",
    "is_bare_repository",
    "is_sparse_checkout",
    "parse_log",
    "prepare_git",
    "sparse_problems",
    "tree_source",
    "work_tree_of",
]


def __getattr__(name: str) -> Any:
    """The public name ``name``, its module imported on first use."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # asked once: later reads find it here
    return value
