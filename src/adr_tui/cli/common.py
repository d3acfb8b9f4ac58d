"""What every command shares: repository options, catalogue loading, output, exit codes."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.console import Console

from adr_tui.core.adrnames import is_adr_name
from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.errors import AdrError, RepoError
from adr_tui.core.gitlog.gitdir import (
    SPARSE_CODE,
    checked_out_elsewhere,
    is_bare_folder,
    work_tree_of,
)
from adr_tui.core.lazypattern import LazyPattern
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.core.text import inert

if TYPE_CHECKING:  # the filters import the query language (~10 ms): not on the TUI's start
    from adr_tui.core.filters import Filter

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

T = TypeVar("T")


def add_repo_args(parser: argparse.ArgumentParser, *, positional_path: bool = False) -> None:
    """``-C PATH``, ``--adr-dir`` and ``--at`` (and an optional positional PATH)."""
    parser.add_argument(
        "-C",
        dest="repo",
        metavar="PATH",
        type=Path,
        default=None,
        help="run as if started in PATH (like git -C)",
    )
    if positional_path:
        parser.add_argument("path", nargs="?", type=Path, default=None, help="repository or folder")
    parser.add_argument(
        "--adr-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="ADR folder: relative to the repository root, or a path inside it "
        "(repeatable; default: discover)",
    )
    parser.add_argument(
        "--at",
        metavar="DATE|REV",
        default=None,
        help="the decision log as of a date (2024-05-01) or revision",
    )
    parser.add_argument("--no-cache", action="store_true", help="use no on-disk cache")


def add_filter_args(parser: argparse.ArgumentParser) -> None:
    """``--status``, ``--tag``, ``--decider`` (each repeatable) and ``--in-force``."""
    statuses = [s.value for s in Status]
    parser.add_argument(
        "--status", action="append", default=[], choices=statuses, help="keep this status (repeat)"
    )
    parser.add_argument("--tag", action="append", default=[], help="keep this tag (repeatable)")
    parser.add_argument(
        "--decider", action="append", default=[], help="keep this decider (repeatable)"
    )
    parser.add_argument(
        "--in-force", action="store_true", help="hide superseded, deprecated and rejected ADRs"
    )


def filter_from_args(args: argparse.Namespace, catalog: Catalog, query: str = "") -> Filter:
    """The Filter the ``add_filter_args`` options describe (OR within a facet, AND across).

    ``--decider`` names people by any of their words (``--decider lee``), in ``catalog``.
    """
    from adr_tui.core.filters import Filter, deciders_named

    return Filter.of(
        statuses=args.status,
        tags=args.tag,
        deciders=[n for typed in args.decider for n in deciders_named(catalog.decisions, typed)],
        hide_not_in_force=args.in_force,
        query=query,
    )


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings built from the shared repository options."""
    return Settings(
        adr_dirs=tuple(args.adr_dir),
        at=at_or_bare_head(args.at, [repo_path(args)]),
        use_cache=not args.no_cache,
    )


def at_or_bare_head(at: str | None, folders: Sequence[Path]) -> str | None:
    """``--at``; else ``HEAD`` when every folder is a bare repository, which has only commits.

    A bare clone (a server's ``project.git``) listed no ADRs and told the user to name
    the folder with --adr-dir, and ``history`` called it no Git repository.
    """
    if at is not None or not folders:
        return at
    return "HEAD" if all(is_bare_folder(folder) for folder in folders) else None


def current_folder() -> Path:
    """The folder the command was started in.

    Raises:
        RepoError: it was deleted (or moved) since: Python's FileNotFoundError, unnamed.
    """
    try:
        return Path.cwd()
    except FileNotFoundError:
        raise RepoError(
            "the current folder no longer exists (deleted or moved since this shell entered "
            "it): cd to the repository again, or name it (adr-tui list PATH)",
            "No folder",
        ) from None


def repo_path(args: argparse.Namespace) -> Path:
    """The folder the command works on: positional PATH, else ``-C``, else the current one.

    A git folder that names its work tree (a submodule's ``.git/modules/NAME``) means
    that work tree.

    A ``~`` the shell left (a quoted ``'~/repo'``, a script's variable) is the home
    folder, as the TUI's paths always took it: the commands said "…/~/repo does not exist".
    """
    base = base_folder(args)
    given: Path | None = getattr(args, "path", None)
    if given is not None:
        given = given.expanduser()
        base = given if given.is_absolute() else base / given
    return work_tree_of(base) or base  # a submodule's git folder: the submodule


def base_folder(args: argparse.Namespace) -> Path:
    """``-C`` (its ``~`` expanded), else the current folder."""
    repo: Path | None = args.repo
    return repo.expanduser() if repo is not None else current_folder()


def _record_file(args: argparse.Namespace) -> None:
    """An ID that names a record's file from here (``show ./0002-x.md`` in docs/adr) names it.

    The ID is made the file's full path, which the catalogue takes as the one file it is
    (only a repository-relative path was: "no ADR named '0002-x.md'" in its own folder),
    and the file's repository is the one read: from outside it, history said the folder
    started in was not a Git repository. Only without a PATH, and only a word that looks
    like a record's file (a '/' or a suffix, and a record's name): a file named "12" in
    the folder is not ADR 12, and '/etc/passwd' names no folder to read.
    """
    word: str | None = getattr(args, "id", None)
    if not word or getattr(args, "path", None) is not None:
        return  # the repository named: the ID is its own (a repository-relative path)
    if ("/" not in word and not Path(word).suffix) or not is_adr_name(Path(word).name):
        return
    file = Path(word).expanduser()
    file = (file if file.is_absolute() else base_folder(args) / file).resolve()
    if file.is_file():
        args.id, args.path = str(file), file.parent


def catalog_from_args(args: argparse.Namespace) -> Catalog:
    """Load the catalogue the command's arguments name; say on stderr what a sparse checkout hides.

    ``check`` lists that among its problems; every other command (``list --json``,
    ``show 3`` of a record left out) says it as a note, or the user would not know.
    """
    _record_file(args)
    catalog = load_catalog(repo_path(args), settings_from_args(args))
    if getattr(args, "command", None) != "check":
        for problem in catalog.problems:
            if problem.code == SPARSE_CODE:
                fail(f"note: {problem.message}")
    elsewhere = checked_out_elsewhere(catalog.root) if args.at is None else None
    if elsewhere is not None:  # read as of HEAD, not the files the user may have edited
        fail(
            f"note: {catalog.root} keeps its files in {elsewhere} (core.worktree): read as of "
            "HEAD, without changes not yet committed"
        )
    return catalog


class _Console(Console):
    """Rich's console, but a reader that stops early (``| head``) is no error of ours."""

    def on_broken_pipe(self) -> None:
        # Rich's own raises SystemExit(1): 'adr-tui list | head' then exited 1, which
        # means "problems found", while the same with --json exited 0.
        self.quiet = True
        raise BrokenPipeError


def console(stream: Any = None) -> Console:
    """A console that never interprets text as markup, emoji codes or highlights.

    Colour only when writing to a terminal (and never with NO_COLOR).
    """
    stream = stream or sys.stdout
    _never_unencodable(stream)
    return _Console(file=stream, markup=False, emoji=False, highlight=False, soft_wrap=False)


def _never_unencodable(stream: Any) -> None:
    """Write what the stream's encoding lacks as backslash escapes, never fail on it.

    A terminal in an ASCII or Latin-1 locale (``PYTHONIOENCODING=ascii``, an old
    server's ``LANG=en_US``) ended ``show`` of "café" in a UnicodeEncodeError traceback.
    """
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    if encoding not in ("utf8", "utf_8") and isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")


# JSON escapes C0 controls itself; C1 controls, bidi controls and line
# separators would still reach a terminal raw, so they are escaped too.
_JSON_UNSAFE = LazyPattern("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u2028\u2029]")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def print_json(data: Any) -> None:
    """Write ``data`` as indented JSON; non-ASCII kept, control characters escaped by JSON.

    A file name that is not valid UTF-8 reaches here with lone surrogates; they
    are written as backslash escapes instead of failing the whole output.
    """
    text = _JSON_UNSAFE.sub(_json_escape, json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
    sys.stdout.buffer.flush()


def fail(message: str) -> None:
    """Print an error line to stderr (text made inert)."""
    sys.stderr.write(f"adr-tui: {inert(message)}\n")


def run_guarded(run: Callable[[T], int], args: T) -> int:
    """Run a command, turning user-facing errors into a message and exit code 1."""
    try:
        return run(args)
    except AdrError as exc:
        fail(exc.message)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # A reader that stops early (``| head``) is no error. A command whose exit
        # code is a verdict (check) catches this itself, so the verdict stands.
        quiet_stdout()
        return EXIT_OK


def quiet_stdout() -> None:
    """Point stdout at the null device: its reader is gone.

    Python flushes stdout once more on exit; into the closed pipe that printed
    "Exception ignored ... BrokenPipeError" and exited 120.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
