"""Stylesheets read with what they style: each screen opened before the preload is styled."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from adr_tui.ui import app as app_module
from adr_tui.ui.app import AdrApp
from adr_tui.ui.styles import FIRST, WITH_SCREEN, styles_dir

from .conftest import settle


def _read(app: AdrApp, name: str) -> bool:
    return app.stylesheet.has_source(str(styles_dir() / name))


@pytest.mark.parametrize(
    ("key", "name", "selector", "styled"),
    [
        ("question_mark", "dialogs.tcss", "#help-box", lambda w: w.styles.border_top[0] == "round"),
        ("g", "dialogs.tcss", "#goto-box", lambda w: w.styles.border_top[0] == "round"),
        ("p", "problems.tcss", "#problems-header", lambda w: w.styles.height.value == 1),
        ("f", "filters.tcss", "#filters", lambda w: w.styles.width.value == 30),
    ],
)
async def test_a_screen_opened_before_the_preload_reads_its_styles_first(
    app: AdrApp,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    name: str,
    selector: str,
    styled: object,
) -> None:
    monkeypatch.setattr(app_module, "PRELOAD_AFTER", 3600.0)  # no preload during the test
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert _read(app, FIRST) and not any(_read(app, n) for n in WITH_SCREEN)
        await pilot.press(key)
        await settle(pilot)
        assert _read(app, name)
        widget = app.screen.query_one(selector, Widget)
        assert callable(styled) and styled(widget)
