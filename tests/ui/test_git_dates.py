"""Undated decisions in the list: Git's date when the history is cached, and the date order."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from tests.helpers_git import adr, build, commit, write
from tests.helpers_ui import plain_of, settle
from textual.widgets import Static

from adr_tui.core.catalog import load_catalog
from adr_tui.core.history import load_history
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.listing import SortKey
from adr_tui.ui.screens.history_loading import cached
from adr_tui.ui.widgets.adr_list import AdrList

NYGARD = "# {n}. {title}\n\n## Status\n\nAccepted\n\n## Context\n\nWhy it matters.\n"
"""An adr-tools record: no date line, so its date is when Git first saw it."""


def _repo(root: Path) -> Path:
    return build(
        root,
        commit(
            "Ann <ann@example.com>",
            "2023-05-01T10:00:00+00:00",
            "Propose the queue",
            write("doc/adr/0002-use-a-queue.md", NYGARD.format(n=2, title="Use a queue")),
        ),
        commit(
            "Bo <bo@example.com>",
            "2024-01-02T10:00:00+00:00",
            "Record the database choice",
            write("doc/adr/0001-use-postgres.md", adr("Use Postgres", date="2024-01-02")),
        ),
        commit(
            "Cy <cy@example.com>",
            "2025-03-01T10:00:00+00:00",
            "Propose the cache",
            write("doc/adr/0003-use-a-cache.md", NYGARD.format(n=3, title="Use a cache")),
        ),
    )


def _lines(adr_list: AdrList) -> list[str]:
    return [adr_list.render_line(y).text.rstrip() for y in range(len(adr_list.rows))]


async def test_undated_adrs_show_and_sort_by_gits_date_once_the_history_is_cached(
    tmp_path: Path,
) -> None:
    # audit round 14 (S3): undated records showed '—' in the list and sorted last by
    # date, while the ADR view already said when Git first saw them
    root = _repo(tmp_path / "repo")
    settings = Settings(cache_dir=tmp_path / "cache")
    load_history(root, settings).close()  # a history read before: it is cached
    app = make_app(settings, load_catalog(root, settings), poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        adr_list = app.browse.query_one(AdrList)
        assert "—" in _lines(adr_list)[1]  # 0002, before the history is read
        app._preload()  # what start-up runs a second after the list shows
        await settle(pilot)
        lines = _lines(adr_list)
        assert "2023-05-01" in lines[1] and "2025-03-01" in lines[2]
        style = adr_list.get_component_rich_style("adr-list--git-date")
        assert style.italic  # told apart from a stated date without colour
        await pilot.press("j")  # 0002 in the preview beside the list
        await settle(pilot)
        preview = app.browse.query_one("#preview-text", Static)
        assert "created 2023-05-01 in Git" in plain_of(preview.content)
        while app.browse.query_state.effective_sort is not SortKey.DATE:
            await pilot.press("s")
            await settle(pilot)
        shown = [r.entry.decision.number for r in adr_list.rows]
        assert shown == [3, 1, 2]  # newest first, Git's dates taken in


async def test_without_a_cached_history_the_list_runs_no_git_log_for_dates(
    tmp_path: Path,
) -> None:
    root = _repo(tmp_path / "repo")
    settings = Settings(cache_dir=tmp_path / "cache")
    app = make_app(settings, load_catalog(root, settings), poll=False, index=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        app._preload()
        await settle(pilot)
        assert "—" in _lines(app.browse.query_one(AdrList))[1]
        assert not cached(root, settings)  # no full git log was run for the dates


async def test_gits_dates_stay_known_through_a_reload(tmp_path: Path) -> None:
    # review: a reload cleared them, so a list sorted by date jumped (undated rows to the
    # bottom, then back), and the re-read cancelled an ADR view's own read of them
    root = _repo(tmp_path / "repo")
    settings = Settings(cache_dir=tmp_path / "cache")
    load_history(root, settings).close()
    app = make_app(settings, load_catalog(root, settings), poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app._preload()
        await settle(pilot)
        undated = next(e for e in app.entries if e.decision.number == 2)
        assert app.created_date(undated) == dt.date(2023, 5, 1)
        shutil.rmtree(settings.cache_dir / "history")  # the reload's re-read finds nothing
        app.action_refresh()
        await settle(pilot)
        assert app.created_date(undated) == dt.date(2023, 5, 1)  # not forgotten by the reload
        assert "2023-05-01" in _lines(app.browse.query_one(AdrList))[1]
