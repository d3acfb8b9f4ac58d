"""User key overrides: ``keymap.toml`` mapping binding ids to keys, applied with ``set_keymap``.

The file is ``$ADR_TUI_CONFIG`` when set, else ``keymap.toml`` in the user
config folder. Either a top-level table or a ``[keymap]`` table::

    [keymap]
    "browse.search" = "ctrl+f"
    "app.quit" = "q,ctrl+q"

Textual's own bindings (focus with tab, scrolling, list and tree moves) carry
no id, so no keymap could reach them and Help could not name them:
:func:`named_bindings` restates a Textual class's bindings with ids, for the
screens and widgets here to use instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from platformdirs import user_config_dir
from textual.app import App
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import ScrollableContainer, VerticalScroll
from textual.dom import DOMNode
from textual.keys import REPLACED_KEYS, Keys, key_to_character
from textual.screen import Screen

from adr_tui.core.errors import ConfigError
from adr_tui.core.text import inert_line

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
    import tomllib  # only when the file exists: not on every start

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
    if bad := [f"{keys!r} ({name})" for name, keys in table.items() if not _are_keys(keys)]:
        # Textual binds any string: "notakey" left / unbound and showed as a footer key.
        raise ConfigError(
            f"{path}: not a key: {', '.join(bad)}; keys read like ctrl+f, f2, slash or"
            " question_mark, several separated by commas",
            "Keymap error",
        )
    return dict(table)


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_KEY_NAMES = frozenset({key.value for key in Keys} | set(REPLACED_KEYS))
"""Textual's named keys (escape, f2, pageup…) and its short names of characters (slash)."""


def shown_key(app: App[Any], binding_id: str, default: str) -> str:
    """The first key ``binding_id`` has now (the keymap's, else ``default``), as a footer says it.

    Text that names a key (Help's prose, the search box's placeholder) said ``/`` with
    ``"browse.search" = "ctrl+f"`` in keymap.toml.
    """
    overrides: Mapping[str, str] = getattr(app, "key_overrides", {})
    keys = overrides.get(binding_id) or default
    return app.get_key_display(Binding(keys.split(",")[0].strip(), ""))


def _are_keys(keys: str) -> bool:
    """Whether each of the comma-separated ``keys`` is a key Textual can report.

    A key is modifiers joined by ``+`` to one character, a named key, or a character's
    name (``question_mark``, as Textual names ``?``).
    """
    for key in keys.split(","):
        *modifiers, name = key.strip().split("+")
        if not name or not _MODIFIERS.issuperset(modifiers):
            return False
        if len(name) != 1 and name not in _KEY_NAMES and key_to_character(name) is None:
            return False
    return True


def _id_part(action: str, prefix: str) -> str:
    """``scroll_left`` under ``scroll`` → ``left``; ``cursor_left(True)`` → ``cursor_left_true``."""
    name, _, params = action.partition("(")
    name = name.rsplit(".", 1)[-1].removeprefix(f"{prefix}_")
    return re.sub(r"\W+", "_", f"{name} {params}").strip("_").lower()


def named_bindings(node: type[DOMNode], prefix: str) -> list[BindingType]:
    """Every binding ``node`` inherits from Textual, each with an id and a tooltip.

    Keys for the same action become one binding (``delete,ctrl+d``), so one keymap
    entry moves them together. A subclass listing these overrides every inherited
    key, because Textual merges bindings by key, the subclass's last.

    Args:
        node: a Textual screen or widget class.
        prefix: the first part of each id (``scroll`` gives ``scroll.page_down``).
    """
    by_key: dict[str, list[Binding]] = {}
    for base in reversed(node.__mro__):
        by_key.update(BindingsMap(base.__dict__.get("BINDINGS", [])).key_to_bindings)
    keys: dict[str, list[str]] = {}
    first: dict[str, Binding] = {}
    for key, bindings in by_key.items():
        for binding in bindings:
            if binding.system:
                continue
            keys.setdefault(binding.action, []).append(key)
            first.setdefault(binding.action, binding)
    named: list[BindingType] = [
        replace(
            binding,
            key=",".join(keys[action]),
            id=binding.id or f"{prefix}.{_id_part(action, prefix)}",
            tooltip=binding.tooltip or binding.description or action,
        )
        for action, binding in first.items()
    ]
    return named


SCREEN_BINDINGS = named_bindings(Screen, "screen")
"""Tab, shift+tab and copy for every screen (ids ``screen.focus_next``…)."""

SCROLL_BINDINGS = named_bindings(ScrollableContainer, "scroll")
"""Arrows, page and home/end keys of anything that scrolls (ids ``scroll.left``…)."""

SIDEWAYS_BINDINGS = [
    b for b in SCROLL_BINDINGS if isinstance(b, Binding) and b.action.endswith(("left", "right"))
]
"""The sideways scroll keys alone, for lists that rebind the vertical ones."""


def page_binding(prefix: str) -> Binding:
    """Space pages down, as in a pager: ``{prefix}.page``.

    The diff paged with space and the decision's text, its source and Help did not,
    so a reader paging through a record stood still.
    """
    return Binding(
        "space", "page_down", "Page", show=False, id=f"{prefix}.page", tooltip="Page down"
    )


class TextScroll(VerticalScroll):
    """A ``VerticalScroll`` whose keys have ids (``scroll.…``) for Help and keymaps."""

    BINDINGS: ClassVar[list[BindingType]] = [*SCROLL_BINDINGS, page_binding("text")]


SCREEN_PACKAGES = ("adr_tui.ui.screens", "adr_tui.ui.widgets")
"""Where every screen and widget with bindings lives (imported to list their ids)."""


def import_screens() -> None:
    """Import every screen and widget module: classes not yet used declare bindings too.

    ~90 ms when none is imported yet; a second after start the preload has imported
    most of them (the filter panel's waits for its first ``f``).
    """
    import importlib  # only to list every binding: a keymap check, Help
    import pkgutil

    for package_name in SCREEN_PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__, f"{package_name}."):
            importlib.import_module(info.name)


def known_ids(app: type[DOMNode]) -> set[str]:
    """Every binding id of ``app`` and of every screen and widget adr-tui defines.

    Imports them first (:func:`import_screens`: run it off the UI thread), then reads
    ``BINDINGS`` from every adr-tui class and the Textual classes they extend.
    """
    import_screens()
    ids: set[str] = set()
    todo: list[type[DOMNode]] = [app, DOMNode]
    seen: set[type[DOMNode]] = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        todo.extend(node.__subclasses__())
        if node.__module__.startswith("adr_tui.") or node is app:
            for base in node.__mro__:
                for binding in base.__dict__.get("BINDINGS", []):
                    if isinstance(binding, Binding) and binding.id:
                        ids.add(binding.id)
    return ids


def unknown_ids(keymap: Iterable[str], known: Iterable[str]) -> list[str]:
    """The ids in ``keymap`` that name no binding (in the file's order)."""
    names = set(known)
    return [binding_id for binding_id in keymap if binding_id not in names]


def report_unknown_ids(app: App[Any], keymap: Mapping[str, str], path: Path) -> None:
    """Warn once, in a toast, about ids in ``keymap`` (read from ``path``) that name no key.

    Textual's ``set_keymap`` ignores such ids silently, so a typo would leave the
    user wondering why a key did not move. The check runs in a thread (it imports
    every screen); the toast is posted from there (``notify`` posts a message).
    """
    if not keymap:
        return

    def check() -> None:
        bad = unknown_ids(keymap, known_ids(type(app)))
        if bad:
            app.notify(
                f"{inert_line(str(path))}: no key has the id "
                + ", ".join(repr(inert_line(b)) for b in bad)
                + " (Help, ?, lists the ids)",
                title="Keymap: unknown id",
                severity="warning",
                timeout=15,
                markup=False,
            )

    # Its own group: in "load", the catalogue's exclusive load, started next, cancelled
    # the check before it ran, and no typo was ever reported.
    app.run_worker(
        check, thread=True, group="keymap", exit_on_error=False, description="Checking keymap"
    )


def with_j_and_k(bindings: list[BindingType], down: str, up: str) -> list[BindingType]:
    """``bindings`` with j beside the down arrow and k beside the up one, in their bindings.

    One id carries every key of an action, as in the list of decisions (``down,j``):
    a keymap that moves the cursor then moves j and k with the arrows, where a binding
    of their own kept j and k moving the cursor besides the keys the keymap chose.
    """
    extra = {"cursor_down": ("j", down), "cursor_up": ("k", up)}
    return [
        replace(b, key=f"{b.key},{extra[b.action][0]}", tooltip=extra[b.action][1])
        if isinstance(b, Binding) and b.action in extra
        else b
        for b in bindings
    ]
