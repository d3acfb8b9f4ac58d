"""The command palette: every action of adr-tui named ``category: verb``, Theme and Keys too."""

from __future__ import annotations

import re
from typing import Any

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from adr_tui.ui.app import AdrApp

from .conftest import settle

NAMED = re.compile(r"^[a-z]+( [a-z]+)?: \S")
"""``category: verb…``: a lower-case category, a colon, then what the command does."""


async def shown_commands(pilot: Pilot[Any]) -> list[str]:
    """The first line of every command the open palette lists."""
    await settle(pilot)
    commands = pilot.app.screen.query_one(CommandList)
    prompts = [commands.get_option_at_index(i).prompt for i in range(commands.option_count)]
    return [str(p).split("\n", 1)[0].strip() for p in prompts]


async def test_palette_names_every_command_category_verb(app: AdrApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter", "ctrl+p")  # ADR-0003: it has links to go to
        assert isinstance(app.screen, CommandPalette)
        names = await shown_commands(pilot)
        ours = [n for n in names if n.split(":", 1)[0] in {"adr", "view", "repo", "app"}]
        wanted = {"app: Change theme", "app: Show keys panel", "view: Go to links"}
        assert wanted <= set(ours)
        assert all(NAMED.match(name) for name in ours)
        assert not {"Theme", "Keys", "Quit", "Screenshot"} & set(names)  # Textual's, unnamed
        assert {"app: Quit", "app: Save screenshot"} <= set(ours)
        await pilot.press(*"change theme", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)  # Textual's theme search
        assert "textual-light" in await shown_commands(pilot)
