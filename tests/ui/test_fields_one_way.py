"""The ADR view and ``show`` draw a decision's fields from one list of rows."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from adr_tui.cli.main import main
from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui import render
from adr_tui.ui.app import make_app

from ..conftest import RepoFactory
from .conftest import settle

REPO = {
    "docs/adr/0001-use-cron.md": (
        "---\nstatus: Accepted\ndate: 2024-01-02\ndeciders: [Ada Lovelace, Bob Smith]\n"
        "consulted: [Security Guild]\ninformed: [Everyone]\ntags: [jobs, ops]\n---\n"
        "# Use cron\n\n## Context\n\nJobs run at night.\n"
    ),
    "docs/adr/0002-use-queues.md": (
        "---\nstatus: accepted\ndate: 2024-03-04\nsupersedes: [ADR-0001]\n---\n"
        "# Use queues\n\n## Context\n\nJobs run when work arrives.\n"
    ),
}


def rows(lines: list[str]) -> list[str]:
    """Each field line with its label column's spaces collapsed (15 cells in show, 14 here)."""
    return [" ".join(line.split()) for line in lines if line.strip()]


async def test_the_adr_view_and_show_print_the_same_fields(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    repo = make_repo(REPO)
    assert main(["show", "1", "-C", str(repo)]) == 0
    shown = rows(capsys.readouterr().out.split("\n\n", 1)[0].splitlines()[1:])
    # Superseded from the newer side only: show said 'accepted' where the list said superseded.
    assert shown == [
        "Status SUPERSEDED (file says Accepted)",
        "Date 2024-01-02",
        "Deciders Ada Lovelace, Bob Smith",
        "Consulted Security Guild",
        "Informed Everyone",
        "Tags jobs, ops",
        "Superseded-by ADR-0002 Use queues (stated by the other ADR)",
        "File docs/adr/0001-use-cron.md",
    ]
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        meta = app.screen.query_one("#adr-meta", Static)
        assert isinstance(meta.content, render.Fields)
        block = meta.content.text(meta.content_region.width).plain
        links = app.screen.query_one("#adr-relations", OptionList)
        link = links.get_option_at_index(0).prompt
        assert isinstance(link, render.Fields)  # a link wraps under its value, as a field does
        assert rows(block.splitlines()) + rows([link.text(1000).plain]) == [
            *shown[:6],
            "File docs/adr/0001-use-cron.md",
            "Superseded-by ADR-0002 Use queues [ACCEPTED] (stated by the other ADR)",
        ]
