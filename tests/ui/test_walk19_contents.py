"""Walk 19: t says why there are no contents instead of opening an empty pane.

Over a reStructuredText record (dimagi/commcare-hq keeps its log in .rst), t opened a
30-column pane listing nothing and said nothing.
"""

from __future__ import annotations

from tests.conftest import RepoFactory
from textual.containers import VerticalScroll

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.contents import Contents, ContentsTree
from adr_tui.ui.widgets.markdown_text import MarkdownText

from .conftest import settle

RST = """\
1: Record architecture decisions
================================

Date: 2018-05-01

Status
------

Accepted

Context
-------

We need to record the architectural decisions made on this project.
"""


async def test_t_over_a_restructuredtext_record_says_why_there_are_no_contents(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo({"docs/decisions/0001-record-architecture-decisions.rst": RST})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        await pilot.press("t")
        await settle(pilot)
        assert not app.screen.query_one(Contents).display
        said = [(n.title, n.message) for n in app._notifications]
        assert [title for title, _ in said] == ["No contents"]
        assert "Markdown" in said[0][1]


def _long_record() -> str:
    """A record whose metadata wraps more in a narrow text, and a text of many sections."""
    sections = "".join(
        f"\n## Section {n}\n\n" + "A sentence of the section that wraps. " * 12 + "\n"
        for n in range(1, 9)
    )
    head = "---\nstatus: accepted\ndate: 2024-01-02\n"
    head += "deciders: [Sofia Rossi, Diego Alvarez, Lukas Becker, Grace Lee]\n"
    return head + "tags: [security, webhooks, api, payments]\n---\n# Sign webhooks\n" + sections


async def test_a_heading_chosen_in_contents_that_t_showed_is_at_the_top(
    make_repo: RepoFactory,
) -> None:
    """At 80 columns the jump landed off its heading about half the time: the text's
    offset in the scroll was read from its region, which lagged the scroll just made
    (the pane closing after the choice widens the text and shortens the metadata)."""
    path = "docs/decisions/security/0022-sign-outgoing-webhooks-with-hmac-sha256.md"
    repo = make_repo({path: _long_record()})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        scroll = app.screen.query_one("#adr-scroll", VerticalScroll)
        text = app.screen.query_one(MarkdownText)
        landed = []
        for section in (6, 2, 5, 3, 4):  # 7 and 8 below: each can reach the top
            await pilot.press("t", "home", *["j"] * section, "enter")
            await settle(pilot)
            top = int(scroll.scroll_y) - text.virtual_region.y
            landed.append(text.render_line(top).text.strip())
        assert landed == [f"Section {n}" for n in (6, 2, 5, 3, 4)]


async def test_contents_asked_for_on_80_columns_tell_sibling_headings_apart(
    make_repo: RepoFactory,
) -> None:
    """A third of 80 columns cut both to 'Ⅲ Alternative …' (the demo's ADR-0022)."""
    body = "## Alternatives Considered\n\n### Alternative 1: Mutual TLS\n\nText.\n\n"
    body += "### Alternative 2: A static shared token in a header\n\nText.\n"
    repo = make_repo({"doc/adr/0001-sign-webhooks.md": "# 1. Sign webhooks\n\n" + body})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "t")
        await settle(pilot)
        tree = app.screen.query_one(ContentsTree)
        lines = [tree.render_line(y).text.strip() for y in range(tree.virtual_size.height)]
        assert any(line.endswith("Ⅲ Alternative 1: Mutual TLS") for line in lines)
        await pilot.press("escape")  # the pane t showed hides; shown again, as wide
        await pilot.press("t")
        await settle(pilot)
        assert app.screen.query_one(Contents).outer_size.width > 80 // 3
