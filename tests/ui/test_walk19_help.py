"""Walk 19: Help at 80 columns shows every key's ids whole, and no key that does nothing.

On Problems, 'app.quit_anywhere app.quit' ran past the box's edge, cut, and the list's
sideways scroll keys were listed though the list never scrolls sideways.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from textual.widgets import Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.help import HelpScreen

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from .conftest import settle
from .test_bindings import help_rows


async def test_help_over_problems_fits_80_columns(make_repo: RepoFactory) -> None:
    repo = make_repo({"doc/adr/0001-use-cron.md": nygard(1, "Use cron", extra="\nAmends ADR-9\n")})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = next(s for s in app.screen.query(Static) if isinstance(s.content, Table))
        width = shown.content_region.width
        console = Console(width=width, file=io.StringIO(), color_system=None, record=True)
        console.print(shown.content)
        rows = console.export_text().splitlines()
        words = {word for row in rows for word in row.split()}
        assert {"app.quit_anywhere", "app.quit", "problems.close", "list.select"} <= words
        assert not [row for row in rows if "Scroll Left" in row or "Page Right" in row]


async def test_sideways_keys_are_listed_once_the_source_scrolls_sideways(
    make_repo: RepoFactory,
) -> None:
    wide = "\n    " + "x" * 200 + "\n"  # a code line wider than any terminal here
    repo = make_repo({"doc/adr/0001-use-cron.md": nygard(1, "Use cron", extra=wide)})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "v")  # the source: long lines fold at the edge
        await settle(pilot)
        listed = []
        for _ in range(2):
            ids = {i for _, row in await help_rows(pilot) for i in row.split()}
            listed.append("scroll.right" in ids)
            await pilot.press("w")  # long lines kept whole: sideways scrolling applies
            await settle(pilot)
        assert listed == [False, True]
