"""How every git call runs: a safe environment and config, the version floor, error mapping."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from adr_tui.core.errors import GitUnavailableError, RepoError

MIN_GIT = (2, 30)
"""Oldest git accepted (``--end-of-options`` needs 2.24; 2.30 is the tested floor)."""
# Variables from a surrounding git (a hook, an alias) that would point us at another repository.
_FOREIGN_ENV = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR",
        "GIT_NAMESPACE",
        "GIT_CONFIG_PARAMETERS",
        "GIT_CONFIG_COUNT",
        "GIT_EXTERNAL_DIFF",
        "GIT_DIFF_OPTS",
        "GIT_SHALLOW_FILE",
        "GIT_GRAFT_FILE",
    }
)
_SAFE_CONFIG = (
    "core.quotepath=off",
    "core.fsmonitor=false",
    "log.showSignature=false",
    "color.ui=never",
    "diff.relative=false",
    "gc.auto=0",
    "maintenance.auto=false",
    # No transport at all: a partial clone must not fetch (and write) objects behind our back.
    "protocol.allow=never",
)


class HistoryCancelled(Exception):  # noqa: N818 - reads as an event, like KeyboardInterrupt
    """A long git read was stopped through its ``cancel`` event."""


def _fsdecode(raw: bytes) -> str:
    # File names are bytes; surrogateescape keeps them identical to os.scandir's names.
    return raw.decode("utf-8", "surrogateescape")


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def git_environment() -> dict[str, str]:
    """The environment every git call gets: read-only, no pager, editor or prompt."""
    env = {k: v for k, v in os.environ.items() if k not in _FOREIGN_ENV}
    env.update(
        GIT_PAGER="cat",
        PAGER="cat",
        GIT_EDITOR="true",
        GIT_SEQUENCE_EDITOR="true",
        GIT_TERMINAL_PROMPT="0",
        GIT_OPTIONAL_LOCKS="0",
        GIT_NO_LAZY_FETCH="1",
        GIT_ASKPASS="true",
        LC_ALL="C",
    )
    return env


def prepare_git() -> None:
    """Import GitPython now, off the path of the first repository opened (~50-90 ms).

    The TUI calls it in a worker after start-up, so that ``h`` does not pay for it.

    Raises:
        GitUnavailableError: GitPython cannot be used (opening a repository says so too).
    """
    _import_git()


def _import_git() -> object:
    # GitPython raises ImportError at import time when no git executable exists.
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    try:
        import git
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise GitUnavailableError(f"GitPython cannot be used: {exc}") from exc
    return git


def _repo_error(root: Path, what: str, stderr: bytes) -> RepoError:
    message = _text(stderr).strip()
    if "dubious ownership" in message:
        # Quoted: a folder named "my repo" split the command the user copies in two.
        quoted = shlex.quote(str(root))
        return RepoError(
            f"git refuses to read {root}: the repository belongs to another user. "
            f"If you trust it, run: git config --global --add safe.directory {quoted}",
            "Repository not trusted",
        )
    first = message.splitlines()[0] if message else "no message"
    return RepoError(f"git {what} failed in {root}: {first}")


_CHECKED_GIT: set[str] = set()


def _check_version(version: tuple[int, ...]) -> None:
    if version[:2] < MIN_GIT:
        shown = ".".join(str(v) for v in version)
        raise GitUnavailableError(f"git {shown} is too old: adr-tui needs git 2.30 or newer")
