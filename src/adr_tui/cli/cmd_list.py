"""``adr-tui list``: every ADR as a table, or as JSON."""

from __future__ import annotations

import argparse
from typing import Any

from adr_tui.cli.common import EXIT_OK, add_repo_args, catalog_from_args, console, print_json
from adr_tui.cli.render import decision_table
from adr_tui.core.serialize import decision_to_dict

NAME = "list"


def add_parser(sub: Any) -> None:
    """Register ``list``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        NAME, help="list ADRs", description="List the ADRs of a repository."
    )
    add_repo_args(parser, positional_path=True)
    parser.add_argument("--json", action="store_true", help="print a JSON array")


def run(args: argparse.Namespace) -> int:
    """List the catalogue."""
    catalog = catalog_from_args(args)
    decisions = list(catalog.decisions)
    if args.json:
        print_json([decision_to_dict(d) for d in decisions])
    else:
        out = console()
        out.print(decision_table(decisions, out.width))
        if catalog.problems:
            out.print(
                f"{len(catalog.problems)} problem(s): run 'adr-tui check' for details", style="dim"
            )
    return EXIT_OK
