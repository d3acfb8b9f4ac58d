"""Walk 22: what a demanding user saw on wide and narrow terminals (80x24, 160x48)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from textual.widgets import Static

from adr_tui.core.catalog import Catalog
from adr_tui.core.model import Discovery
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.revision_list import RevisionList

from .conftest import ROOT, sample_decisions, settle
from .test_history_screen import NEW, OLD, app_for, open_history
from .test_history_screen import repo as repo  # the module's fixture  # noqa: F401
from .test_history_screen import settings as settings  # noqa: F401


async def test_a_wrapped_rename_hangs_under_its_paths(repo: Path, settings: Settings) -> None:
    """The rename's second row began at column 0, under 'renamed', as if a line of its own."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        revisions = screen.query_one(RevisionList)
        revisions.highlighted = 2  # 2024-01-10: the rename
        await settle(pilot)
        rows = screen.query_one(DiffView).text.splitlines()
        first = next(i for i, row in enumerate(rows) if row.startswith("renamed  "))
        assert rows[first] == f"renamed  {OLD} →"
        assert rows[first + 1] == f"         {NEW}"


def monorepo() -> Catalog:
    """Three logs: the top one, and two whose folder names are longer than 14 cells."""
    first, second, third, *rest = sample_decisions()
    moved = (
        dataclasses.replace(second, path="platform/orchestration-cluster/docs/adr/0002-b.md"),
        dataclasses.replace(third, path="services/payments-gateway/docs/adr/0003-c.md"),
    )
    decisions = (first, *moved, *rest)
    dirs = (
        "docs/adr",
        "platform/orchestration-cluster/docs/adr",
        "services/payments-gateway/docs/adr",
    )
    discovery = Discovery(dirs, tuple(d.path for d in decisions), "common")
    return Catalog(ROOT, decisions, (), discovery, is_git=True)


@pytest.mark.parametrize(("size", "whole"), [((160, 48), True), ((80, 24), False)])
async def test_a_wide_list_shows_whole_folder_names(size: tuple[int, int], whole: bool) -> None:
    """At 160 columns the Folder column kept 14 cells: 'orches…luster', 'paymen…ateway'."""
    app = make_app(Settings(), monorepo(), poll=False, index=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        lines = [adr_list.render_line(i).text for i in range(len(adr_list.rows))]
        shown = [name in " ".join(lines) for name in ("orchestration-cluster", "payments-gateway")]
        assert shown == [whole, whole]
        header = str(app.screen.query_one("#list-header", Static).content)
        row = next(line for line in lines if "Use PostgreSQL" in line)
        assert header.index("Title") == row.index("Use PostgreSQL")  # the headings follow
