"""Entry point: ``adr-tui [PATH...] [ID]`` opens the TUI; subcommands print and exit.

Exit codes: 0 ok, 1 not found or problems found, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from adr_tui.cli.startup import imports_uncollected
from adr_tui.core.text import inert

COMMANDS = ("list", "show", "check", "history", "diff", "search")
"""Subcommands, each in ``adr_tui.cli.cmd_<name>``, imported only when used: a
start-up (the TUI above all) should not pay for Rich Markdown, history or diffs."""


_VALUE_OPTIONS = frozenset({"-C", "--adr-dir", "--at", "--status", "--tag", "--decider", "--query"})
"""Options that take a separate value, so the value is never mistaken for a command."""


def command_module(name: str) -> ModuleType:
    """The module of subcommand ``name`` (one of :data:`COMMANDS`)."""
    return importlib.import_module(f"adr_tui.cli.cmd_{name}")


class _VersionAction(argparse.Action):
    """``--version``, reading the version (importlib.metadata: slow) only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: Any) -> None:
        super().__init__(
            option_strings, argparse.SUPPRESS, nargs=0, help="show the version and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from adr_tui import __version__

        print(f"adr-tui {__version__}")
        parser.exit()


def build_parser(
    names: Sequence[str] = COMMANDS,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top-level parser with the subcommands ``names``, and each one's parser by name."""
    parser = argparse.ArgumentParser(
        prog="adr-tui",
        description="Search, filter and trace Architecture Decision Records in a Git repository. "
        "Without a command, opens the terminal UI (see 'adr-tui PATH --help').",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in names:
        command_module(name).add_parser(sub)
    return parser, dict(sub.choices)


def _command_index(args: list[str], names: set[str]) -> int | None:
    """Where the subcommand stands in ``args``, or None when the TUI is meant."""
    skip_value = False
    for index, arg in enumerate(args):
        if skip_value:
            skip_value = False
        elif arg in _VALUE_OPTIONS:
            skip_value = True
        elif not arg.startswith("-"):
            return index if arg in names else None
    return None


_ONE_DASH_OPTIONS = {"search": "hC", "show": "hC", "history": "hC", "diff": "hCr"}
"""Each command's one-dash options: any other one-dash word was meant as a query or an ID."""


def _hint_dashed_words(name: str, words: list[str]) -> None:
    """After a usage error: say how to pass a word written like an option (``-chimera``).

    A file named ``-0004-dash.md`` is ADR ``-0004-dash``; ``show -0004-dash`` said
    only that ID is required.
    """
    options = _ONE_DASH_OPTIONS.get(name)
    if options is None or "--" in words:
        return
    dashed = [w for w in words if w[:1] == "-" and w[1:2] not in ("", "-", *options)]
    if not dashed:
        return
    word = inert(dashed[0])
    if name == "search":
        hint = f"a query that starts with '-' goes after '--': adr-tui search -- {word} "
        hint += f"(or write NOT {word[1:]})"
    else:
        hint = f"an ID that starts with '-' goes after '--': adr-tui {name} -- {word}"
    print(f"adr-tui {name}: {hint}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    index = _command_index(args_list, set(COMMANDS))
    with imports_uncollected():  # common imports Rich and the core
        from adr_tui.cli.common import EXIT_USAGE, run_guarded
    try:
        if index is None:
            if {"--version"} & set(args_list) or args_list in (["-h"], ["--help"]):
                build_parser()[0].parse_args(args_list)
            with imports_uncollected():
                from adr_tui.cli import cmd_tui

            return run_guarded(cmd_tui.run, cmd_tui.parse(args_list))
        name = args_list[index]
        words = args_list[:index] + args_list[index + 1 :]
        # Options may come before or after the positionals (search QUERY --json PATH);
        # after "--" every word is positional, which only plain parsing honours.
        sub = build_parser((name,))[1][name]
        try:
            args = sub.parse_args(words) if "--" in words else sub.parse_intermixed_args(words)
        except SystemExit:
            _hint_dashed_words(name, words)
            raise
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else 0
    args.command = name
    return run_guarded(command_module(name).run, args)
