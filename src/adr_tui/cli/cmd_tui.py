"""``adr-tui [PATH...] [ID]``: open the terminal UI (placeholder until the UI lands)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the TUI's start-up arguments."""
    parser = argparse.ArgumentParser(prog="adr-tui")
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--demo", action="store_true")
    return parser.parse_args(list(argv))


def run(args: argparse.Namespace) -> int:
    """Open the UI."""
    return 0
