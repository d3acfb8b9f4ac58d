"""Session 9 walk: the palette's jump to an ADR names its file on one line at 80 columns.

A long path folded under the status ('…/0038-consolidate-session-handling-in-the-identity-se'
then 'rvice.md' alone, read as another row); cut in the middle, folder and name both show.
"""

from __future__ import annotations

from textual.command import CommandList, CommandPalette

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from .conftest import settle

LONG = "docs/decisions/security/0038-consolidate-session-handling-in-the-identity-service.md"


async def test_a_long_path_is_cut_in_the_middle_on_one_line(make_repo: RepoFactory) -> None:
    title = "Consolidate session handling in the identity service"
    repo = make_repo(
        {
            "docs/decisions/0001-use-x.md": nygard(1, "Use X"),
            LONG: nygard(38, title),
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"consolidate")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)
        rows = [commands.render_line(y).text.strip() for y in range(commands.region.height)]
        jump = rows.index(f"jump to: ADR-0038 {title}")
        said = rows[jump + 1]
        assert said.startswith("accepted · docs/decisions/security/0038-")
        assert said.endswith("-identity-service.md") and "…" in said
        assert rows[jump + 2 :] == [""] * (len(rows) - jump - 2)
