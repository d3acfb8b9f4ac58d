"""Review 10: a served catalogue's rows and decisions are built on the UI thread only as drawn.

A snapshot row that cannot be read is parsed from its file instead, and the app keeps going.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from tests.core.test_snapshot import aged, doctor

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.listing import CatalogRows
from adr_tui.ui.widgets.adr_list import AdrList

from .conftest import settle

DAMAGED = 30
"""The index of the row made unreadable: below an 80x24 list's first screen, above its last."""


def row_damaged(payload: list[Any]) -> None:
    """Aged, and decision ``DAMAGED``'s row one field short (item 0 is the head)."""
    aged(payload)
    del payload[DAMAGED + 1][-1]


def served_log(
    make_repo: RepoFactory, tmp_path: Path, *, damaged: bool = True
) -> tuple[Path, Settings]:
    """60 numbered ADRs, saved, with (unless not ``damaged``) one row in the middle damaged."""
    files = {f"docs/adr/{n:04}-d{n}.md": nygard(n, f"D{n}") for n in range(1, 61)}
    repo, settings = make_repo(files), Settings(cache_dir=tmp_path / "cache")
    load_catalog(repo, settings)
    doctor(settings.cache_dir, row_damaged if damaged else aged)
    return repo, settings


async def test_selecting_a_late_row_builds_no_row_above_it(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    # open_entry and the ADR view call select: it walked every row up to the key
    # (at 10,000 ADRs, before the preload: 155 ms of the UI thread against 7.5 ms).
    repo, settings = served_log(make_repo, tmp_path, damaged=False)
    app = make_app(settings, paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        adr_list = app.browse.query_one(AdrList)
        assert len(adr_list.rows) == 60 and adr_list.cursor == 0
        rows = adr_list.rows
        assert isinstance(rows, CatalogRows) and rows.made < 30  # a screenful
        made = rows.made
        app.browse.select(f"{repo}\0docs/adr/0061-d61")  # no such ADR: nothing moves
        app.browse.select(f"{repo}\0docs/adr/0060-d60")
        assert adr_list.cursor == 59 and rows.made == made + 1


async def test_a_damaged_row_drawn_at_start_does_not_end_the_app(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    # DamagedSnapshot says "press r to read the files again", but raised while the
    # list is drawn it left the app with a traceback.
    repo, settings = served_log(make_repo, tmp_path)
    app = make_app(settings, paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 80)) as pilot:
        await settle(pilot)
        assert app.is_running
        rows = app.browse.query_one(AdrList).rows
        assert len(rows) == 60 and rows[DAMAGED].entry.decision.title == f"D{DAMAGED + 1}"
