"""``adr-tui show ID``: one ADR rendered for the terminal, or as JSON."""

from __future__ import annotations

import argparse
from typing import Any

from adr_tui.cli.common import (
    EXIT_OK,
    add_repo_args,
    catalog_from_args,
    console,
    print_json,
    settings_from_args,
)
from adr_tui.cli.render import decision_view
from adr_tui.core.catalog import Catalog
from adr_tui.core.errors import NotFoundError
from adr_tui.core.model import Decision
from adr_tui.core.serialize import decision_to_dict

NAME = "show"


def add_parser(sub: Any) -> None:
    """Register ``show``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        NAME, help="show one ADR", description="Show one ADR: metadata, then its text."
    )
    parser.add_argument("id", metavar="ID", help="number (55, ADR-0055), id or path")
    add_repo_args(parser, positional_path=True)  # "show 17 ~/repo", as "list ~/repo"
    parser.add_argument("--json", action="store_true", help="print JSON (with the body)")


def run(args: argparse.Namespace) -> int:
    """Show one decision."""
    catalog = catalog_from_args(args)
    decision = _found(catalog, args)
    if args.json:
        print_json(decision_to_dict(decision, with_body=True))
    else:
        console().print(decision_view(decision, catalog))
    return EXIT_OK


def _found(catalog: Catalog, args: argparse.Namespace) -> Decision:
    """The decision ``args.id`` names, also by a path it had before a rename or a move.

    Only a name the catalogue does not know reads the history: "show" stays a file read.
    """
    try:
        return catalog.find(args.id)
    except NotFoundError:
        if not catalog.is_git:
            raise
        # Imported here: history and git (~80 ms) are for a name the catalogue lacks only.
        from adr_tui.cli.cmd_history import renamed_path
        from adr_tui.core.history import load_history

        if catalog.matches(args.id):  # a log kept in one file: ambiguous, its sections named
            raise
        with load_history(catalog.root, settings_from_args(args), at=args.at) as history:
            path = renamed_path(history, args.id)
        if path is None or not catalog.matches(path):
            raise
        return catalog.find(path)  # the sections of a log renamed since: ambiguous too
