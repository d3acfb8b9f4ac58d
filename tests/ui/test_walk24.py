"""Walk 24: an on-call engineer on real logs (cloud-platform, home-assistant, CMSgov's RFCs).

The header names a decider filter as the log writes the name, not by its lower-case key.
The ADR view says in which capacity each decider decided, as the file does.
Keys typed in a burst after a search act on its hits, not on the list they replace.
On a 16-colour terminal the footer's keys keep their contrast in every theme.
"""

from __future__ import annotations

import pytest
from rich._palettes import STANDARD_PALETTE
from rich.color import Color as RichColor
from rich.color import ColorSystem
from tests.helpers_ui import plain_of
from textual import events
from textual.widgets import Static

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.listing import Query
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.key_footer import KeyFooter

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


async def _meta_line(make_repo: RepoFactory, path: str, text: str, label: str) -> str:
    """The ADR view's metadata line ``label`` of a one-record log, as shown."""
    repo = make_repo({path: text})
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        meta = plain_of(app.screen.query_one("#adr-meta", Static).content)
        return next(line for line in meta.splitlines() if line.startswith(label))


async def test_the_adr_view_names_each_deciders_role(make_repo: RepoFactory) -> None:
    deciders = await _meta_line(make_repo, "docs/adr/0016-event-bus.md", BOLD, "Deciders")
    assert deciders.split(None, 1)[1] == "Jane Doe (Tech Lead), John Smith (Backend Lead), Kim"


def burst(app: AdrApp, typed: str) -> None:
    """Keys sent at once, as tmux send-keys or a fast typist does: '⏎' enter, '⎋' escape."""
    named = {"/": ("slash", "/"), "⏎": ("enter", "\r"), "⎋": ("escape", "\x1b")}
    for character in typed:
        app.post_message(events.Key(*named.get(character, (character, character))))


async def test_a_move_typed_in_a_burst_after_a_search_is_on_its_hits(catalog: Catalog) -> None:
    """'/database⏎j' moved the list shown before the hits came, which then started at the top.

    Keys typed after enter are meant for the results asked for: j lands on the second hit.
    """
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        await pilot.press("j", "j", "j")  # a cursor the old list keeps: not where hits start
        burst(app, "/database⏎jjk")
        await settle(pilot)
        assert app.browse.query_state.text == "database" and len(adr_list.rows) > 3
        assert all(row.hit is not None for row in adr_list.rows)
        assert adr_list.cursor == 1 and app.focused is adr_list


async def test_enter_typed_in_a_burst_after_a_search_opens_the_hit_moved_to(
    catalog: Catalog,
) -> None:
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        burst(app, "/database⏎jj⏎")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        hits = app.browse.query_one(AdrList).rows
        assert app.screen.entry.decision is hits[2].entry.decision
        assert hits[2].entry.decision is not hits[0].entry.decision


async def test_moves_typed_before_a_filtered_list_comes_start_from_the_decision_kept(
    catalog: Catalog,
) -> None:
    """'x j j' at once: the moves went to the list shown, then the hidden-old list came
    back to the decision highlighted when x was pressed. They now count from it there."""
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        adr_list = app.browse.query_one(AdrList)
        kept = adr_list.rows[adr_list.cursor].entry.decision
        burst(app, "xjj")
        await settle(pilot)
        assert app.browse.query_state.hide_not_in_force
        assert len(adr_list.rows) < len(catalog.decisions)  # the old ones are hidden
        at = next(i for i, r in enumerate(adr_list.rows) if r.entry.decision is kept)
        assert adr_list.cursor == at + 2 and len(adr_list.rows) > at + 2


def contrast(ink: RichColor, paper: RichColor) -> float:
    """WCAG's contrast ratio of two colours, each rounded to a 16-colour terminal's."""

    def luminance(colour: RichColor) -> float:
        rgb = STANDARD_PALETTE[colour.downgrade(ColorSystem.STANDARD).number or 0]
        linear = [c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(ink), luminance(paper)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark", "nord"])
async def test_the_footers_keys_stay_readable_in_sixteen_colours(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """TERM=xterm-16color: textual-light's blue keys on its grey footer were both grey."""
    monkeypatch.setenv("TERM", "xterm-16color")
    monkeypatch.delenv("COLORTERM", raising=False)
    app = make_app(Settings(), catalog, poll=False, index=False)
    app.theme = theme
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.console.color_system == "standard"  # as Rich reads the terminal
        footer = app.screen.query_one(KeyFooter)
        keys = [s for s in footer.render_line(0) if s.style and s.style.bold and s.text.strip()]
        assert [s.text.strip() for s in keys][:2] == ["/", "f"]
        for key in keys:
            assert key.style is not None and key.style.color and key.style.bgcolor
            assert contrast(key.style.color, key.style.bgcolor) >= 4.5, key.text


FARGATE = """# 34 EKS Fargate

Date: 2022-01-21

## Status

🤔 Incomplete

## Proposal

Move from EKS managed nodes to EKS Fargate.
"""


async def test_a_status_word_not_known_is_said_to_be_one(make_repo: RepoFactory) -> None:
    """'NO STATUS  (🤔 Incomplete)' (cloud-platform's ADR 34) read as a contradiction."""
    path = "architecture-decision-record/034-EKS-Fargate.md"
    status = await _meta_line(make_repo, path, FARGATE, "Status")
    said = "NO STATUS (file says 🤔 Incomplete: not a status adr-tui knows)"
    assert " ".join(status.split()[1:]) == said
