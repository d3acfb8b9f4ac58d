"""``adr-tui [PATH...] [options] [ID]``: open the terminal UI straight into a state.

``adr-tui . 55`` opens ADR 55; the last positional is an ADR (not a path)
when no such path exists. Textual is imported only here, on demand, so the
printing subcommands start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from adr_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_repo_args,
    at_or_bare_head,
    base_folder,
)
from adr_tui.cli.startup import imports_uncollected
from adr_tui.core.catalog import find_root
from adr_tui.core.errors import AdrError, RepoError
from adr_tui.core.gitlog.gitdir import work_tree_of
from adr_tui.core.model import ADR_DIR_FILE, Status
from adr_tui.core.settings import CACHE_ENV, Settings

if TYPE_CHECKING:  # Textual is imported by open_app, on demand
    from adr_tui.ui.app import AdrApp

_DUMB_TERMINALS = frozenset({"dumb", "unknown"})
"""TERM values Rich treats as a terminal without cursor movement."""

FRAMES_PER_SECOND = 120
"""The UI's frame rate unless ``TEXTUAL_FPS`` says otherwise. Each change is drawn at the
next frame: at Textual's 60 a search keystroke's results waited 38.7 ms, at 120 29.4 ms
(9 interleaved runs, quiet machine), at most 120 paints a second."""


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _status(value: str) -> list[Status]:
    try:
        return [Status(v.casefold()) for v in _split(value)]
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise argparse.ArgumentTypeError(
            f"unknown status {value!r} (choose from {choices})"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """The TUI's start-up arguments."""
    parser = argparse.ArgumentParser(
        prog="adr-tui",
        description="Browse the ADRs of one or more repositories (subcommands: list, show, "
        "check, history, diff, search; see 'adr-tui --help').",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH... [ID]",
        help="repositories or folders (default: here), then an ADR to open",
    )
    add_repo_args(parser)
    parser.add_argument(
        "--status",
        action="append",
        type=_status,
        default=[],
        help="show only these statuses (comma-separated, repeatable)",
    )
    parser.add_argument(
        "--tag",
        action="append",
        type=_split,
        default=[],
        help="show only decisions with these tags",
    )
    parser.add_argument(
        "--decider",
        action="append",
        default=[],
        help="show only decisions by this person (repeatable)",
    )
    parser.add_argument("--query", default="", help="start with this search")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the bundled demo repository (built in the cache folder)",
    )
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the TUI's start-up arguments (exits with status 2 on a usage error)."""
    return build_parser().parse_intermixed_args(list(argv))


def split_positionals(words: Sequence[str], base: Path) -> tuple[list[Path], str | None]:
    """Paths, then an optional trailing ADR: its name (a word that is no path) or its file.

    An ADR's file as the last word (``adr-tui docs/adr/0005-x.md``, as a shell completes
    it, or ``adr-tui REPO docs/adr/0005-x.md``, relative to the folder before it) opens
    that ADR; it was taken for a repository and refused as "not a readable folder".
    Alone, its folder is the one opened.

    Raises:
        RepoError: a word names no existing path (the last word may be an ADR
            name instead, unless it looks like a path).
    """
    paths: list[Path] = []
    open_id: str | None = None
    for index, word in enumerate(words):
        path = _under(base, word)
        last = index == len(words) - 1
        file = _adr_file(word, [*paths[-1:], base]) if last else None
        if file is not None:
            open_id = str(file.resolve())  # that file, not any of the same name (README.md)
            paths = paths or [file.parent]
        elif path.exists():
            paths.append(path)
        elif last and "/" not in word and not word.startswith(("~", ".")):
            open_id = word  # a number, ADR-0055 or a slug; anything path-like must exist
        else:
            raise RepoError(f"{word}: no such file or folder", "Path not found")
    return paths, open_id


def _under(folder: Path, word: str) -> Path:
    """``word`` as a path, relative to ``folder`` unless absolute (``~`` expanded)."""
    path = Path(word).expanduser()
    return path if path.is_absolute() else folder / path


def _adr_file(word: str, folders: Sequence[Path]) -> Path | None:
    """The file ``word`` names, relative to the first of ``folders`` that has it."""
    return next((p for f in folders if (p := _under(f, word)).is_file()), None)


def run(args: argparse.Namespace) -> int:
    """Open the UI; returns the exit code."""
    app = open_app(args)
    result = app.run()
    return exit_code(result, app.return_code)


def open_app(args: argparse.Namespace, *, terminal: bool = True) -> AdrApp:
    """The app ``adr-tui ARGS`` runs, not yet started (the benchmark drives it headless).

    Without ``terminal`` an interactive terminal is not required.

    Raises:
        AdrError: a path is missing or unreadable, ``--at`` names no commit, or
            there is no terminal.
    """
    base = base_folder(args)
    paths, open_id = split_positionals(args.paths, base)
    paths = [work_tree_of(path) or path for path in paths]  # a submodule's git folder
    at = at_or_bare_head(args.at, paths or [base])
    settings = Settings(adr_dirs=tuple(args.adr_dir), at=at, use_cache=not args.no_cache)
    if args.demo:
        from adr_tui.demo import ensure_demo_repo

        try:
            paths = [ensure_demo_repo(settings.cache_dir), *paths]
        except OSError as exc:  # the demo has no other home than the cache (a traceback)
            if exc.filename == "git":
                raise AdrError(
                    "the demo repository is built with git, which was not found on PATH",
                    "No demo",
                ) from exc
            raise AdrError(
                f"the demo repository is built in the cache folder {settings.cache_dir}, "
                f"which cannot be written ({exc.strerror or exc}): set {CACHE_ENV} to a "
                "writable folder",
                "No demo",
            ) from exc
    for path in paths:
        if not path.is_dir() or not _readable(path):
            raise RepoError(f"{path}: not a readable folder", "Cannot open repository")
    paths = _one_per_log(paths)

    if settings.at is not None:
        _check_revision(paths or [base], settings.at)
    if terminal and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise AdrError(
            "the terminal UI needs an interactive terminal; in scripts use "
            "'adr-tui list', 'show' or 'search'",
            "Not a terminal",
        )
    term = os.environ.get("TERM", "")
    if terminal and term.lower() in _DUMB_TERMINALS:
        # Rich sizes a dumb terminal 80x25 whatever the driver reads: Textual then laid
        # the list out at both sizes in turn, for ever, and never drew it whole.
        raise AdrError(
            "the terminal UI needs a terminal that can move its cursor, and TERM says this "
            f"one cannot (TERM={term}): set TERM (e.g. TERM=xterm-256color), or use "
            "'adr-tui list', 'show' or 'search'",
            "Terminal too limited",
        )

    # Read by Textual as it imports: at most this many paints a second. Each change waits
    # for the next frame; at Textual's 60, the first list waited ~12 ms on an idle UI thread.
    os.environ.setdefault("TEXTUAL_FPS", str(FRAMES_PER_SECOND))
    with imports_uncollected():
        from adr_tui.ui.app import make_app
        from adr_tui.ui.keymap import load_keymap
        from adr_tui.ui.listing import Query

    query = Query(
        text=args.query,
        statuses=frozenset(s for group in args.status for s in group),
        tags=frozenset(t.casefold() for group in args.tag for t in group),
        deciders=frozenset(args.decider),
    )
    return make_app(
        settings, paths=paths or [base], query=query, open_id=open_id, keymap=load_keymap()
    )


def _one_per_log(paths: Sequence[Path]) -> list[Path]:
    """``paths`` without those that name a log named before: one catalogue each, no twins.

    A repository given twice (``repo repo/``) or with a folder of its own (``repo
    repo/docs``) was loaded twice: every ADR listed twice, 'show 3' ambiguous. A folder
    under an ``.adr-dir`` of its own (a monorepo's second log) stays: it names another log.
    """
    seen: set[tuple[Path, Path | None]] = set()
    kept: list[Path] = []
    for path in paths:
        root = find_root(path)[0]
        key = (root, _marker_folder(path.resolve(), root))
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _marker_folder(folder: Path, root: Path) -> Path | None:
    """The nearest folder from ``folder`` up to ``root`` holding an ``.adr-dir``, if any."""
    for here in (folder, *folder.parents):
        if (here / ADR_DIR_FILE).is_file():
            return here
        if here == root:
            break
    return None


def _check_revision(roots: Sequence[Path], at: str) -> None:
    """Fail before the UI starts when ``--at`` names no commit (as ``adr-tui list --at`` does).

    Inside the UI the error came as a modal over an empty list that never loaded.

    Raises:
        RepoError: a root is not a Git repository.
        RevisionError: ``at`` names no commit in one of them.
    """
    from adr_tui.core.gitlog import GitRepo

    for root in roots:
        with GitRepo.open(root) as repo:
            repo.resolve_at(at)


def exit_code(result: object, return_code: int | None) -> int:
    """The shell's exit code once the app has ended (``App.run``'s result, ``App.return_code``).

    An unhandled error ends a Textual app with return code 1 after printing the
    traceback: the shell must not read that as success.
    """
    if return_code:
        return EXIT_PROBLEMS
    return result if isinstance(result, int) else EXIT_OK


def _readable(path: Path) -> bool:
    try:
        next(path.iterdir(), None)
    except OSError:
        return False
    return True
