"""Find the shipped ``styles/`` folder: inside the installed wheel or the editable checkout.

The wheel carries the top-level ``styles/`` as ``adr_tui/styles`` (hatch
``force-include``); an editable install runs straight from the checkout, where
``styles/`` sits at the repository root, three levels above this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import adr_tui

if TYPE_CHECKING:
    from textual.app import App

FIRST = "app.tcss"
"""The base stylesheet; per-screen files (``browse.tcss``, ``history.tcss``…) load after it."""
WITH_SCREEN = frozenset(
    {"adr.tcss", "history.tcss", "dialogs.tcss", "filters.tcss", "problems.tcss"}
)
"""Files loaded with the screens they style (:func:`load_styles`), not at start.

Every rule is parsed at start and every widget's styling walks the whole rule list:
the ADR view's and History's 46 rules were over half of the start's and styled
nothing on Browse; the dialogs', the filter panel's and Problems' 14 were a quarter of
what was left (8M instructions of parsing). Whatever opens one of these screens loads
its file first; a second after start the app loads them all (``AdrApp._after_start``).
"""


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
    """The stylesheets read at start (absolute): ``app.tcss`` first, then the rest by name."""
    folder = styles_dir()
    rest = sorted(p for p in folder.glob("*.tcss") if p.name not in {FIRST, *WITH_SCREEN})
    return [folder / FIRST, *rest]


def load_styles(app: App[Any], name: str) -> None:
    """Add ``styles/NAME`` (one of :data:`WITH_SCREEN`) to ``app``'s rules, once.

    Called before a screen it styles is mounted. Its rules select only that
    screen's widgets, so nothing already shown is styled again; Textual's own
    loading of a screen's ``CSS_PATH`` parses every file again and restyles the app.
    """
    path = styles_dir() / name
    if not app.stylesheet.has_source(str(path)):
        app.stylesheet.read(path)
        app.stylesheet.parse()  # the other files' rules come from the parse cache
