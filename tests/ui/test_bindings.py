"""Every key the app offers has an id (for keymap.toml) and a tooltip, and Help shows both."""

from __future__ import annotations

from rich.table import Table
from textual.pilot import Pilot
from textual.widgets import Static

from adr_tui.ui.app import AdrApp
from adr_tui.ui.screens.help import HelpScreen

from .conftest import settle


async def help_rows(pilot: Pilot[int]) -> list[tuple[str, str]]:
    """(keys, ids) of each row of Help opened over the current screen, then closed."""
    app = pilot.app
    await app.run_action("help")  # what ? and f1 do, also while an input has focus
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    table = next(s.content for s in app.screen.query(Static) if isinstance(s.content, Table))
    keys, ids = list(table.columns[0].cells), list(table.columns[2].cells)
    app.screen.dismiss()
    await pilot.pause()
    return [(str(k), str(i)) for k, i in zip(keys, ids, strict=True)]


async def assert_all_named(pilot: Pilot[int], where: str) -> set[str]:
    """Every live binding has an id and a tooltip, and Help shows an id on every row."""
    live = [a.binding for a in pilot.app.screen.active_bindings.values() if not a.binding.system]
    assert not [(where, b.key) for b in live if not b.id or not b.tooltip]
    rows = await help_rows(pilot)
    assert not [(where, keys) for keys, ids in rows if not ids]
    return {i for _, ids in rows for i in ids.split()}


async def test_help_names_every_key_of_the_adr_view_problems_and_goto(app: AdrApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")  # ADR-0002: it has links
        await settle(pilot)
        ids: set[str] = set()
        for _ in range(4):  # the text, the links, the contents tree, and round again
            ids |= await assert_all_named(pilot, f"adr view, focus {app.focused}")
            await pilot.press("tab")
            await pilot.pause()
        assert {"app.quit", "app.quit_anywhere", "app.palette", "screen.focus_next"} <= ids
        assert {"screen.copy_text", "scroll.page_down", "list.select"} <= ids
        assert "contents.select_cursor" in ids
        await pilot.press("v")
        await settle(pilot)
        ids = await assert_all_named(pilot, "source view")
        assert "source.wrap" in ids  # sideways keys only once a line is wider (test_walk19_help)
        await pilot.press("v", "escape", "p")
        await settle(pilot)
        ids = await assert_all_named(pilot, "problems")
        assert "list.cursor_down" in ids
        await pilot.press("escape", "g")
        await settle(pilot)
        ids = await assert_all_named(pilot, "go to")
        assert "input.delete_left" in ids
