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


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, subcommands included."""
    parser = argparse.ArgumentParser(
        prog="adr-tui",
        description="Search, filter and trace Architecture Decision Records in a Git repository.",
    )
    parser.add_argument("--version", action="version", version=f"adr-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command_names = {m.NAME for m in COMMANDS}
    first_word = next((a for a in args_list if not a.startswith("-")), None)
    if first_word not in command_names and not {"-h", "--help", "--version"} & set(args_list):
        return run_guarded(cmd_tui.run, cmd_tui.parse(args_list))
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else 0
    module = next(m for m in COMMANDS if args.command == m.NAME)
    return run_guarded(module.run, args)
