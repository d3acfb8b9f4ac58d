"""The colour theme picked in the app opens the next start; nothing else changes what is saved."""

from __future__ import annotations

from pathlib import Path

from adr_tui.core import cachefile
from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.preferences import KIND, saved_theme

from .conftest import settle


async def test_a_theme_picked_is_the_next_starts_theme(catalog: Catalog) -> None:
    settings = Settings()
    first = make_app(settings, catalog, poll=False, index=False)
    async with first.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert first.theme == "textual-dark"  # nothing saved: Textual's default
        first.theme = "textual-light"
        await settle(pilot)
    assert saved_theme(settings) == "textual-light"

    second = make_app(settings, catalog, poll=False, index=False)
    async with second.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert second.theme == "textual-light"
        assert second.current_theme.dark is False


async def test_a_start_saves_nothing(catalog: Catalog) -> None:
    settings = Settings()
    app = make_app(settings, catalog, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
    assert not (settings.cache_dir / f"{KIND}.json").exists()


async def test_an_unknown_or_damaged_saved_theme_opens_the_default(catalog: Catalog) -> None:
    settings = Settings()
    path = settings.cache_dir / f"{KIND}.json"
    cachefile.write_payload(path, KIND, {"theme": "no-such-theme"})
    app = make_app(settings, catalog, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"

    cachefile.write_payload(path, KIND, {"theme": "textual-light"})
    path.write_bytes(path.read_bytes().replace(b"light", b"light!"))  # checksum no longer holds
    assert saved_theme(settings) is None


def test_without_a_cache_nothing_is_read_or_written(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path, use_cache=False)
    cachefile.write_payload(tmp_path / f"{KIND}.json", KIND, {"theme": "textual-light"})
    assert saved_theme(settings) is None
