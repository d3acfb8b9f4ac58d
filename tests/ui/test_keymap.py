"""keymap.toml: an id that names no key is reported once; Help names the keys it gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from textual.widgets._toast import Toast

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.keymap import CONFIG_ENV, report_unknown_ids

from .conftest import settle


def keymap_toasts(app: AdrApp) -> list[str]:
    """The text of each toast about the keymap."""
    return [str(t.render()) for t in app.screen.query(Toast) if "Keymap" in str(t.render())]


async def test_unknown_keymap_ids_are_reported_once(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keymap = {
        "browse.serach": "ctrl+f",  # a typo
        "app.quit": "q,ctrl+q",
        "scroll.down": "n",  # Textual's own keys, named by adr-tui
        "history.split": "S",  # a screen not opened yet
        "nothing": "x",
    }
    path = tmp_path / "keymap.toml"
    monkeypatch.setenv(CONFIG_ENV, str(path))  # where the app says the keymap came from
    app = make_app(Settings(), catalog, keymap=keymap, poll=False, index=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)  # the app checks its keymap once mounted
        toasts = keymap_toasts(app)
        assert len(toasts) == 1
        assert str(path) in toasts[0] and "'browse.serach', 'nothing'" in toasts[0]
        assert "app.quit" not in toasts[0] and "scroll.down" not in toasts[0]
        assert "history.split" not in toasts[0]


async def test_a_keymap_of_known_ids_says_nothing(catalog: Catalog, tmp_path: Path) -> None:
    keymap = {"adr.links": "tab", "list.select": "space"}
    app = make_app(Settings(), catalog, keymap=keymap, poll=False, index=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        report_unknown_ids(app, keymap, tmp_path / "keymap.toml")
        await settle(pilot)
        assert not keymap_toasts(app)


async def help_prose(catalog: Catalog, keymap: dict[str, str]) -> str:
    app = make_app(Settings(), catalog, keymap=keymap, poll=False, index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        return str(app.screen.query(".help-about").first(Static).content)


async def test_help_prose_names_the_keys_the_keymap_gives(catalog: Catalog) -> None:
    """Walk 7: with search on ctrl+f, Help still said "Type after / to search"."""
    default = await help_prose(catalog, {})
    assert "Type after / to search" in default and "press f for filters" in default
    moved = await help_prose(catalog, {"browse.search": "ctrl+f", "browse.filters": "f2"})
    assert "Type after ^f to search" in moved and "press f2 for filters" in moved
