"""Walk 22: what a demanding user saw on wide and narrow terminals (80x24, 160x48)."""

from __future__ import annotations

from pathlib import Path

from adr_tui.core.settings import Settings
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.revision_list import RevisionList

from .conftest import settle
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
