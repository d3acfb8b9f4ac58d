"""Find the shipped ``styles/`` folder: inside the installed wheel or the editable checkout.

The wheel carries the top-level ``styles/`` as ``adr_tui/styles`` (hatch
``force-include``); an editable install runs straight from the checkout, where
``styles/`` sits at the repository root, three levels above this package.
"""

from __future__ import annotations

from pathlib import Path

import adr_tui

FIRST = "app.tcss"
"""The base stylesheet; per-screen files (``browse.tcss``, ``history.tcss``…) load after it."""


def styles_dir() -> Path:
    """The folder holding the ``.tcss`` files.

    Raises:
        FileNotFoundError: neither the packaged nor the checkout folder exists.
    """
    package = Path(adr_tui.__file__).resolve().parent
    for candidate in (package / "styles", package.parents[1] / "styles"):
        if (candidate / FIRST).is_file():
            return candidate
    raise FileNotFoundError("adr-tui styles are missing from this installation")


def css_paths() -> list[Path]:
    """Absolute paths of every stylesheet: ``app.tcss`` first, then the rest by name."""
    folder = styles_dir()
    rest = sorted(p for p in folder.glob("*.tcss") if p.name != FIRST)
    return [folder / FIRST, *rest]
