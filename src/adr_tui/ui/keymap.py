"""User key overrides: ``keymap.toml`` mapping binding ids to keys, applied with ``set_keymap``.

The file is ``$ADR_TUI_CONFIG`` when set, else ``keymap.toml`` in the user
config folder. Either a top-level table or a ``[keymap]`` table::

    [keymap]
    "browse.search" = "ctrl+f"
    "app.quit" = "q,ctrl+q"
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from platformdirs import user_config_dir

from adr_tui.core.errors import ConfigError

CONFIG_ENV = "ADR_TUI_CONFIG"


def keymap_path() -> Path:
    """Where the user's keymap lives (it need not exist)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return Path(user_config_dir("adr-tui", appauthor=False)) / "keymap.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """Binding id → key string; empty when there is no file.

    Raises:
        ConfigError: the file exists but is not a table of strings.
    """
    path = path or keymap_path()
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}", "Keymap error") from exc
    table = data.get("keymap", data)
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in table.items()
    ):
        raise ConfigError(
            f'{path}: expected binding ids mapped to key strings, e.g. "browse.search" = "ctrl+f"',
            "Keymap error",
        )
    return dict(table)
