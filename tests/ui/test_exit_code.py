"""A crash inside the TUI reaches the shell as a failure, never as exit code 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_tui.cli.cmd_tui import exit_code
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app

from .conftest import settle


def _fail() -> None:
    raise RuntimeError("a bug in a handler")


async def test_an_unhandled_error_exits_non_zero(tmp_path: Path) -> None:
    app = make_app(Settings(cache_dir=tmp_path / "cache"), paths=[tmp_path], poll=False)
    with pytest.raises(RuntimeError, match="a bug"):  # run_test re-raises what ended the app
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.call_later(_fail)
            await pilot.pause()
    assert app.return_code == 1
    assert exit_code(None, app.return_code) == 1


async def test_a_normal_quit_exits_zero(tmp_path: Path) -> None:
    app = make_app(Settings(cache_dir=tmp_path / "cache"), paths=[tmp_path], poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
    assert exit_code(app.return_value, app.return_code) == 0
