"""A first read of a history says how far it is on the History screen, and the line goes after.

Driven without timing: Textual's message hook sees each message as the UI thread takes
it up, so the test reads the screen when the finished read is handed over (every count
told before it has been shown by then) and counts the tellings a screen received.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from types import MethodType

import pytest
from tests.helpers_git import add_commit, adr, build, commit, write
from tests.helpers_ui import settle
from textual import events
from textual.message import Message
from textual.widgets import Static

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.history import HistoryScreen, make_screen
from adr_tui.ui.screens.history_loading import progress_line

PATH = "docs/adr/0001-use-postgres.md"
ANN = "Ann <a@example.com>"


def _repo(root: Path) -> Path:
    return build(
        root,
        commit(ANN, "2024-01-02T10:00:00+00:00", "Propose", write(PATH, adr("Pg", "proposed"))),
        commit(ANN, "2024-01-03T10:00:00+00:00", "Notes", write("NOTES.txt", "not an ADR\n")),
        commit(ANN, "2024-02-02T10:00:00+00:00", "Accept", write(PATH, adr("Pg", "accepted"))),
    )


class Watch:
    """The History screen's summary when a read is handed over, and the counts it was told."""

    def __init__(self) -> None:
        self.when_read: list[str] = []
        self.told: list[tuple[int, int | None]] = []

    def __call__(self, message: Message) -> None:
        call = message.callback if isinstance(message, events.Callback) else None
        if not isinstance(call, partial) or not isinstance(call.func, MethodType):
            return
        screen, method = call.func.__self__, call.func.__func__
        if not isinstance(screen, HistoryScreen):
            return
        if method is HistoryScreen._told:
            self.told.append(call.args)
        elif method is HistoryScreen._arrive and screen.is_mounted:
            self.when_read.append(summary(screen))


def summary(screen: HistoryScreen) -> str:
    return str(screen.query_one("#history-summary", Static).render())


def _app(root: Path, settings: Settings) -> AdrApp:
    return make_app(settings, load_catalog(root, settings), poll=False, index=False)


async def test_a_first_read_shows_how_far_it_is_until_the_list_comes(tmp_path: Path) -> None:
    root = _repo(tmp_path / "repo")
    settings = Settings(cache_dir=tmp_path / "cache")  # empty: a first read
    watch = Watch()
    app = _app(root, settings)
    async with app.run_test(size=(80, 24), message_hook=watch) as pilot:
        await settle(pilot)
        screen = make_screen(app, app.entries[0])
        await app.push_screen(screen)  # pushed as is: shown while its history is read
        await settle(pilot)
        # Three commits, one not touching an ADR: all counted, the end told with its total.
        assert watch.told[-1] == (3, 3)
        assert watch.when_read == [
            "Reading the history: 3 of 3 commits (100%) — kept for next time"
        ]
        after = summary(screen)
        assert not after.startswith("Reading") and "2 revisions" in after


@pytest.mark.parametrize("keys", [("h",), ("enter", "h")], ids=["browse", "adr-view"])
async def test_h_tells_the_screen_of_a_first_read_and_nothing_of_a_cached_one(
    tmp_path: Path, keys: tuple[str, ...]
) -> None:
    root = _repo(tmp_path / "repo")
    settings = Settings(cache_dir=tmp_path / "cache")
    for run, expected in ((1, [(3, 3)]), (2, [])):
        if run == 2:  # a new commit: the cached history is read on from there, quickly
            add_commit(root, "docs/adr/0002-x.md", "# X\n", "2024-03-01T10:00:00+00:00")
        watch = Watch()
        app = _app(root, settings)
        async with app.run_test(size=(80, 24), message_hook=watch) as pilot:
            await settle(pilot)
            for key in keys:
                await pilot.press(key)
                await settle(pilot)
            if keys[0] == "enter":
                assert isinstance(app.screen_stack[-2], AdrScreen)
            screen = app.screen
            assert isinstance(screen, HistoryScreen)
            assert watch.told[-1:] == expected, run
            assert not summary(screen).startswith("Reading")


def test_the_progress_line_groups_thousands_and_says_when_it_is_kept() -> None:
    assert progress_line(12_400, 80_000, kept=True) == (
        "Reading the history: 12,400 of 80,000 commits (15%) — kept for next time"
    )
    assert progress_line(1_200, None, kept=False) == "Reading the history: 1,200 commits…"
