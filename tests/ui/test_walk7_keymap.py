"""Walk 7: a keymap's typos are reported: ids (the check ran, then got cancelled) and keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from adr_tui.core.errors import ConfigError
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.keymap import CONFIG_ENV, load_keymap

from ..conftest import RepoFactory
from .conftest import settle


def write_keymap(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "keymap.toml"
    path.write_text(f"[keymap]\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize("keys", ["notakey", "ctrl+", "F2", "hyperspace+x", "ctrl+f,,slash"])
def test_a_string_that_is_no_key_is_refused(tmp_path: Path, keys: str) -> None:
    """Textual bound "notakey" to / (search) silently: / typed into the list instead."""
    path = write_keymap(tmp_path, f'"app.quit" = "q"\n"browse.search" = "{keys}"\n')
    with pytest.raises(ConfigError) as refused:
        load_keymap(path)
    message = refused.value.message
    assert f"not a key: {keys!r} (browse.search)" in message
    assert "app.quit" not in message


def test_keys_as_textual_names_them_load(tmp_path: Path) -> None:
    body = '"browse.search" = "ctrl+f, slash"\n"app.quit" = "Q"\n"app.help" = "question_mark,f2"\n'
    assert load_keymap(write_keymap(tmp_path, body)) == {
        "browse.search": "ctrl+f, slash",
        "app.quit": "Q",
        "app.help": "question_mark,f2",
    }


async def test_an_unknown_id_is_reported_when_the_app_loads_its_repository(
    make_repo: RepoFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check ran in the "load" group; the catalogue's exclusive load cancelled it."""
    repo = make_repo({"docs/adr/0001-x.md": "# 1. X\n\nDate: 2024-01-02\n\nStatus: accepted\n"})
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "keymap.toml"))
    keymap = {"browse.serach": "ctrl+f"}
    app = make_app(Settings(), paths=[repo], keymap=keymap, poll=False, index=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        toasts = [str(t.render()) for t in app.screen.query(Toast)]
        assert any("no key has the id 'browse.serach'" in toast for toast in toasts)
