"""An open History screen follows a new commit when the app reloads, keeping its highlight."""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers_git import adr, build, commit, git, write
from tests.helpers_ui import settle

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.history import HistoryScreen
from adr_tui.ui.widgets.revision_list import RevisionList

PATH = "docs/adr/0001-use-postgres.md"


def _commit_status(root: Path, status: str, when: str) -> None:
    """A commit made outside the app (as a teammate's pull would bring it)."""
    (root / PATH).write_bytes(adr("Use Postgres", status=status))
    git(root, "add", PATH)
    os.environ.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    try:
        git(root, "-c", "user.name=Bo", "-c", "user.email=bo@example.com", "commit", "-qm", status)
    finally:
        del os.environ["GIT_AUTHOR_DATE"], os.environ["GIT_COMMITTER_DATE"]


async def test_a_new_commit_shows_in_an_open_history_after_a_reload(tmp_path: Path) -> None:
    # The tmux walk: an open History kept its revisions after a commit (h again showed it);
    # the history it held had been closed by the reload
    root = build(
        tmp_path / "repo",
        commit(
            "Ann <a@example.com>",
            "2024-01-02T10:00:00+00:00",
            "Propose",
            write(PATH, adr("Use Postgres", status="proposed")),
        ),
        commit(
            "Ann <a@example.com>",
            "2024-02-02T10:00:00+00:00",
            "Accept",
            write(PATH, adr("Use Postgres", status="accepted")),
        ),
    )
    settings = Settings(cache_dir=tmp_path / "cache")
    app = make_app(settings, load_catalog(root, settings), poll=False, index=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen) and len(screen.revisions) == 2
        await pilot.press("down")  # the older revision, 'Propose'
        await settle(pilot)
        highlighted = _highlighted(screen)
        assert highlighted == screen.revisions[1].commit
        _commit_status(root, "superseded", "2024-03-02T10:00:00+00:00")
        app.action_refresh()
        await settle(pilot)
        still_open = app.screen is screen  # (an 'is' assert would narrow screen's type)
        assert still_open
        assert [r.subject for r in screen.revisions] == ["superseded", "Accept", "Propose"]
        assert _highlighted(screen) == highlighted  # still on 'Propose'


def _highlighted(screen: HistoryScreen) -> str:
    index = screen.query_one(RevisionList).highlighted
    assert index is not None
    return screen.revisions[index].commit
