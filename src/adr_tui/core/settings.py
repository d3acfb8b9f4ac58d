"""Settings: what the user asked for, passed explicitly to every core call.

Sources, strongest first: command-line arguments, then the repository's
``.adr-tui.toml`` or ``[tool.adr-tui]`` in its ``pyproject.toml``. The cache
folder is ``$ADR_TUI_CACHE_DIR`` when set, else the platform's user cache dir.
"""

from __future__ import annotations

import os
from dataclasses import field, replace
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from adr_tui.core.errors import ConfigError
from adr_tui.core.records import record

CACHE_ENV = "ADR_TUI_CACHE_DIR"


NO_CACHE_DIR = Path(os.devnull) / "adr-tui"
"""A cache folder that can never be made, so every cache degrades as an unwritable one does."""


def default_cache_dir() -> Path:
    """Where caches (history, search index, demo repository) live; never inside a repository."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    try:
        return Path(user_cache_dir("adr-tui", appauthor=False))
    except RuntimeError:
        # No HOME and no password entry (a container run as an arbitrary uid): every
        # command ended in platformdirs' traceback. No cache is what is left.
        return NO_CACHE_DIR


@record
class Settings:
    """Options for loading one decision log."""

    adr_dirs: tuple[str, ...] = ()
    """Explicit ADR folders, relative to the repository root; empty means discover."""
    exclude: tuple[str, ...] = ()
    """Glob patterns (repository-relative) of files that are not ADRs."""
    at: str | None = None
    """A date or revision: load the decision log as it was then."""
    cache_dir: Path = field(default_factory=default_cache_dir)
    """Cache root; see :func:`default_cache_dir`."""
    use_cache: bool = True
    """False disables every on-disk cache (history, index)."""


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when a config file exists: not on every start

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _string_list(value: Any, key: str, source: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{source}: '{key}' must be a string or a list of strings")


def repo_config(root: Path) -> dict[str, Any]:
    """The ``adr-tui`` table from ``.adr-tui.toml`` or ``pyproject.toml`` under ``root``."""
    dedicated = root / ".adr-tui.toml"
    if dedicated.is_file():
        return _read_toml(dedicated)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            table = _read_toml(pyproject).get("tool", {}).get("adr-tui", {})
        except ConfigError:
            return {}  # a broken pyproject.toml is the project's business, not ours
        return table if isinstance(table, dict) else {}
    return {}


def with_repo_config(settings: Settings, root: Path) -> Settings:
    """``settings`` completed by the repository's own configuration (arguments win)."""
    config = repo_config(root)
    source = root / ".adr-tui.toml"
    updates: dict[str, Any] = {}
    if not settings.adr_dirs and "adr-dirs" in config:
        updates["adr_dirs"] = _string_list(config["adr-dirs"], "adr-dirs", source)
    if not settings.exclude and "exclude" in config:
        updates["exclude"] = _string_list(config["exclude"], "exclude", source)
    return replace(settings, **updates) if updates else settings
