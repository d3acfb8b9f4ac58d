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
"""

from adr_tui.core.gitlog.environment import (
    _CHECKED_GIT,
    MIN_GIT,
    HistoryCancelled,
    _check_version,
    git_environment,
    prepare_git,
)
from adr_tui.core.gitlog.layout import committed_path, inner_repository
from adr_tui.core.gitlog.logparse import (
    LOG_FORMAT,
    ZERO_OID,
    LogCommit,
    Progress,
    RawChange,
    Tell,
    parse_log,
)
from adr_tui.core.gitlog.repo import GitRepo, TreeEntry, is_bare_repository
from adr_tui.core.gitlog.tree import TreeSource, tree_source

__all__ = [
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
    "committed_path",
    "git_environment",
    "inner_repository",
    "is_bare_repository",
    "parse_log",
    "prepare_git",
    "tree_source",
]
