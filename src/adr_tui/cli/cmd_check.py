"""``adr-tui check``: every problem of the decision log; exit 1 when there is any (for CI)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from adr_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_repo_args,
    catalog_from_args,
    console,
    print_json,
    quiet_stdout,
)
from adr_tui.cli.render import problems_text
from adr_tui.core.catalog import Catalog, none_found
from adr_tui.core.serialize import problem_to_dict
from adr_tui.core.text import inert_line

NAME = "check"


def add_parser(sub: Any) -> None:
    """Register ``check``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        NAME,
        help="report problems (exit 1 if any)",
        description="Report parse warnings, duplicate numbers, broken or one-sided links "
        "and unknown statuses. Exits 1 when there is any problem.",
    )
    add_repo_args(parser, positional_path=True)
    parser.add_argument("--json", action="store_true", help="print a JSON array of problems")


def run(args: argparse.Namespace) -> int:
    """Report problems; exit 1 on any warning, or when no ADR was found at all."""
    catalog = catalog_from_args(args)
    try:
        _report(catalog, json_out=args.json)
    except BrokenPipeError:
        # The reader stopped early (``check | head``): its exit code is still the
        # finding, for CI under ``set -o pipefail``.
        quiet_stdout()
    if not catalog.decisions:
        console(sys.stderr).print(inert_line(none_found([catalog])), style="bold", soft_wrap=True)
        return EXIT_PROBLEMS
    return EXIT_PROBLEMS if catalog.warnings else EXIT_OK


def _report(catalog: Catalog, *, json_out: bool) -> None:
    """Print every problem and a summary line (or the JSON array) to stdout."""
    problems = list(catalog.problems)
    warnings = catalog.warnings
    if json_out:
        print_json([problem_to_dict(p) for p in problems])
    else:
        out = console()
        # One line a problem, as the terminal wraps it: paths stay whole for copy and grep.
        out.print(problems_text(problems), end="", soft_wrap=True)
        folders = ", ".join(d or "(root)" for d in catalog.discovery.adr_dirs)
        found = f"{len(catalog.decisions)} ADRs" + (f" in {folders}" if folders else "")
        summary = f"{found}; {len(warnings)} problem(s)"
        notes = len(problems) - len(warnings)
        out.print(
            summary + (f", {notes} note(s)" if notes else ""), style="bold" if warnings else "dim"
        )
