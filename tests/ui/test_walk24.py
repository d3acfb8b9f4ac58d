"""Walk 24: an on-call engineer on real logs (cloud-platform, home-assistant, CMSgov's RFCs).

The header names a decider filter as the log writes the name, not by its lower-case key.
The ADR view says in which capacity each decider decided, as the file does.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers_ui import plain_of
from textual.widgets import Static

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.listing import Query
from adr_tui.ui.widgets.adr_list import AdrList

from ..conftest import RepoFactory
from .conftest import settle


def shown(line: Static) -> str:
    return str(line.content)


async def test_the_header_names_a_decider_as_the_log_writes_the_name(catalog: Catalog) -> None:
    query = Query(deciders=frozenset({"hopper"}))  # adr-tui --decider hopper
    app = make_app(Settings(), catalog, query=query, poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert app.browse.query_state.deciders == {"grace hopper"}  # the key filtered on
        header = shown(app.screen.query_one("#browse-header", Static))
        assert "decider: Grace Hopper" in header and "grace hopper" not in header


async def test_an_empty_list_names_the_decider_as_written(catalog: Catalog) -> None:
    query = Query(text="zzzqqq", deciders=frozenset({"ada lovelace"}))
    app = make_app(Settings(), catalog, query=query, poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert not app.screen.query_one(AdrList).rows
        said = shown(app.screen.query_one("#empty", Static))
        # Nothing kept names her, so the key is all there is to show: as typed.
        assert "decider: ada lovelace" in said
        await pilot.press("escape")  # on the list: clears the search, keeps the filter
        await settle(pilot)
        assert app.browse.query_state.text == "" and app.browse.query_state.deciders
        header = shown(app.screen.query_one("#browse-header", Static))
        assert "decider: Ada Lovelace" in header


BOLD = """# ADR-016: Event bus

**Status:** Accepted
**Date:** 2024-03-01
**Decision Makers:** Jane Doe (Tech Lead), John Smith (Backend Lead), Kim

## Context

Services need to tell each other about parcels.
"""


async def test_the_adr_view_names_each_deciders_role(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/adr/0016-event-bus.md": BOLD})
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        meta = plain_of(app.screen.query_one("#adr-meta", Static).content)
        deciders = next(line for line in meta.splitlines() if line.startswith("Deciders"))
        assert deciders.split(None, 1)[1] == "Jane Doe (Tech Lead), John Smith (Backend Lead), Kim"
