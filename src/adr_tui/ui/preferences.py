"""What the user picked in the app and expects again next time: the colour theme.

Kept in the cache folder as a verified cache file (``core/cachefile.py``): a
missing, damaged or unwritable one only means Textual's default theme. Never in
the repository, and never in the hand-written ``keymap.toml``.
"""

from __future__ import annotations

from pathlib import Path

from adr_tui.core import cachefile
from adr_tui.core.settings import Settings

KIND = "preferences"


def _path(settings: Settings) -> Path | None:
    return settings.cache_dir / f"{KIND}.json" if settings.use_cache else None


def saved_theme(settings: Settings) -> str | None:
    """The theme last picked, as saved; None when nothing (trustworthy) is saved."""
    path = _path(settings)
    payload = cachefile.read_payload(path, KIND) if path is not None else None
    theme = payload.get("theme") if isinstance(payload, dict) else None
    return theme if isinstance(theme, str) else None


def save_theme(settings: Settings, theme: str) -> None:
    """Remember ``theme`` for the next start (silently not, when the folder refuses)."""
    path = _path(settings)
    if path is not None:
        cachefile.write_payload(path, KIND, {"theme": theme})
