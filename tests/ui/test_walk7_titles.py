"""Walk 7 in tmux: a 2,000-character title, the stated status beside its badge, the palette.

Each test fails without its fix.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.command import CommandList, CommandPalette

from adr_tui.core.model import Decision, Status
from adr_tui.core.settings import Settings
from adr_tui.ui import render
from adr_tui.ui.app import make_app

from .conftest import catalog_of, sample_decisions, settle

LONG_TITLE = ("Wide title [bold]x[/] " * 100)[:2000]


def with_long_title() -> tuple[Decision, ...]:
    """The sample decisions, ADR-0001 renamed with a 2,000-character title."""
    first, *rest = sample_decisions()
    return (dataclasses.replace(first, title=LONG_TITLE), *rest)


async def test_a_long_title_leaves_the_adr_view_its_text_at_80x24() -> None:
    """The heading above the text was the whole title: 26 rows, and the text had none."""
    decisions = with_long_title()
    app = make_app(Settings(), catalog_of(decisions), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        title = app.screen.query_one("#adr-title")
        scroll = app.screen.query_one("#adr-scroll")
        assert title.size.height <= 3
        assert scroll.size.height >= 15
        shown = str(title.render())
        assert shown.startswith("ADR-0001  Wide title [bold]x[/]")
        assert shown.endswith("…")


def test_a_title_is_cut_with_an_ellipsis_only_when_long() -> None:
    assert render.short_title("Use PostgreSQL") == "Use PostgreSQL"
    cut = render.short_title(LONG_TITLE)
    assert len(cut) == render.TITLE_CHARS
    assert cut.endswith("…")
    assert LONG_TITLE.startswith(cut[:-1])


def test_the_status_a_file_states_is_not_drawn_as_part_of_the_badge() -> None:
    """The badge's reverse was the Text's base style: '(Superceded by 14 …)' was reversed too."""
    decision = dataclasses.replace(
        sample_decisions()[0], status=Status.SUPERSEDED, status_raw="Superceded by 14"
    )
    status = render.metadata_fields(decision)[0].value
    assert status.plain == " SUPERSEDED   (Superceded by 14)"
    assert "reverse" not in str(status.style)
    reversed_ = [s for s in status.spans if "reverse" in str(s.style)]
    assert [(s.start, s.end) for s in reversed_] == [(0, len(" SUPERSEDED "))]


async def test_palette_jumps_cut_long_titles_and_name_the_repository() -> None:
    """One jump filled the palette; two ADR-0001s of two repositories looked the same."""
    decisions = with_long_title()
    catalogs = [
        catalog_of(decisions, root=Path("/srv/billing")),
        catalog_of(decisions, root=Path("/srv/parcels")),
    ]
    app = make_app(Settings(), catalogs, poll=False, index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"wide title")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        jumps = [p for p in prompts if p.startswith("jump to: ADR-0001")]
        assert len(jumps) == 2
        for prompt in jumps:
            name, help_text = prompt.split("\n", 1)
            assert len(name) < len("jump to: ADR-0001 ") + render.TITLE_CHARS + 1
            assert name.endswith("…")
        helps = sorted(p.split("\n", 1)[1] for p in jumps)
        assert helps[0].startswith("accepted · billing · docs/adr/0001-")
        assert helps[1].startswith("accepted · parcels · docs/adr/0001-")
