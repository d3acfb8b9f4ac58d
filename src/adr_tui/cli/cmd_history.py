"""`adr-tui history` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "history"


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(NAME, help="not available yet")
    parser.add_argument("rest", nargs="*")


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    return 2
