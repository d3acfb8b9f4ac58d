"""``adr-tui list``: every ADR (or those a filter keeps) as a table, or as JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from adr_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_filter_args,
    add_repo_args,
    catalog_from_args,
    console,
    filter_from_args,
    print_json,
)
from adr_tui.cli.render import decision_table, problems_text
from adr_tui.core.catalog import none_found
from adr_tui.core.filters import apply_filter
from adr_tui.core.serialize import decision_to_dict
from adr_tui.core.text import inert_line
from adr_tui.ui.listing import folder_naming

NAME = "list"


def add_parser(sub: Any) -> None:
    """Register ``list``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        NAME,
        help="list ADRs",
        description="List the ADRs of a repository, optionally filtered. Exits 1 when a "
        "filter leaves nothing.",
    )
    add_repo_args(parser, positional_path=True)
    add_filter_args(parser)
    parser.add_argument("--query", default="", help="keep ADRs matching this search query")
    parser.add_argument("--json", action="store_true", help="print a JSON array")


def run(args: argparse.Namespace) -> int:
    """List the catalogue."""
    catalog = catalog_from_args(args)
    flt = filter_from_args(args, catalog, args.query)
    decisions = apply_filter(catalog.decisions, flt)
    if args.json:
        print_json([decision_to_dict(d) for d in decisions])
    else:
        out = console()
        if decisions:  # no lone header row above "no ADR matches"
            folder = folder_naming(catalog.discovery.adr_dirs)
            table = decision_table(decisions, out.width, catalog, folder)
            out.print(table, no_wrap=True, overflow="ignore", crop=False)  # laid out to the width
        if catalog.warnings:  # notes (a MADR file without a status) are not problems
            out.print(
                f"{len(catalog.warnings)} problem(s): run 'adr-tui check' for details", style="dim"
            )
    if not catalog.decisions:
        err = console(sys.stderr)
        err.print(inert_line(none_found([catalog])), style="dim", soft_wrap=True)
        # What discovery noted instead ("docs/decisions.md keeps 4 decisions in one file")
        notes = [p for p in catalog.discovery.problems if p.severity == "info"]
        err.print(problems_text(notes), end="", soft_wrap=True)
    if decisions or flt.is_empty:
        return EXIT_OK
    console(sys.stderr).print("no ADR matches the filter", style="dim")
    return EXIT_PROBLEMS
