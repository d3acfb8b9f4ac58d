"""Entry point: ``adr-tui [PATH...] [ID]`` opens the TUI; subcommands print and exit.

Exit codes: 0 ok, 1 not found or problems found, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from adr_tui import __version__
from adr_tui.cli import cmd_check, cmd_diff, cmd_history, cmd_list, cmd_search, cmd_show, cmd_tui
from adr_tui.cli.common import EXIT_USAGE, run_guarded

COMMANDS: tuple[ModuleType, ...] = (
    cmd_list,
    cmd_show,
    cmd_check,
    cmd_history,
    cmd_diff,
    cmd_search,
)


_VALUE_OPTIONS = frozenset({"-C", "--adr-dir", "--at", "--status", "--tag", "--decider", "--query"})
"""Options that take a separate value, so the value is never mistaken for a command."""


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top-level parser and each subcommand's parser by name."""
    parser = argparse.ArgumentParser(
        prog="adr-tui",
        description="Search, filter and trace Architecture Decision Records in a Git repository. "
        "Without a command, opens the terminal UI (see 'adr-tui PATH --help').",
    )
    parser.add_argument("--version", action="version", version=f"adr-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser, commands = build_parser()
    index = _command_index(args_list, set(commands))
    try:
        if index is None:
            if {"--version"} & set(args_list) or args_list in (["-h"], ["--help"]):
                parser.parse_args(args_list)
            return run_guarded(cmd_tui.run, cmd_tui.parse(args_list))
        name = args_list[index]
        words = args_list[:index] + args_list[index + 1 :]
        # Options may come before or after the positionals (search QUERY --json PATH);
        # after "--" every word is positional, which only plain parsing honours.
        sub = commands[name]
        args = sub.parse_args(words) if "--" in words else sub.parse_intermixed_args(words)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else 0
    args.command = name
    module = {m.NAME: m for m in COMMANDS}[name]
    return run_guarded(module.run, args)
