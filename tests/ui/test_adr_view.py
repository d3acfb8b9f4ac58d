"""The ADR view: banner, relations as links, back/forward, source view, hostile text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static, Tree

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.ui import render
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.widgets.key_footer import shown_keys
from adr_tui.ui.widgets.markdown_text import MarkdownText
from adr_tui.ui.widgets.source_view import SourceView

from ..conftest import RepoFactory
from .conftest import catalog_of, sample_decisions, settle, source_view_of


def shown(app: AdrApp) -> int | None:
    screen = app.screen
    assert isinstance(screen, AdrScreen)
    return screen.entry.decision.number


async def test_open_follow_back_forward_and_source(app: AdrApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")  # ADR-0002, superseded by 3, which 5 superseded
        await settle(pilot)
        assert shown(app) == 2
        banner = app.screen.query_one("#adr-banner", Static)
        assert banner.display
        assert str(banner.content) == "Superseded by ADR-0003 (in force: ADR-0005)"
        # tab: the first link, highlighted (ADR-0005, in force); down: ADR-0003; enter follows it
        await pilot.press("tab", "down", "enter")
        await settle(pilot)
        assert shown(app) == 3
        await pilot.press("left_square_bracket")
        assert shown(app) == 2
        await pilot.press("right_square_bracket")
        assert shown(app) == 3
        await pilot.press("v")
        await settle(pilot)
        source = app.screen.query_one(SourceView)
        assert source.display and "## Decision Outcome" in source.text
        await pilot.press("v", "escape")
        assert isinstance(app.screen, BrowseScreen)


async def test_markdown_links_to_other_adrs_open_them_and_nothing_else_runs(
    app: AdrApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        markdown = app.screen.query_one(MarkdownText)
        markdown.post_message(MarkdownText.LinkClicked("0005-use-aurora-postgresql.md"))
        await settle(pilot)
        assert shown(app) == 5
        markdown = app.screen.query_one(MarkdownText)
        markdown.post_message(MarkdownText.LinkClicked("https://example.com/x"))
        await settle(pilot)
        assert shown(app) == 5 and app.is_running


async def test_hostile_adr_is_shown_literally(app: AdrApp) -> None:
    evil = "[bold]x[/bold] [@click=app.quit]click[/] \x1b[2J \x1b]52;c;ZXZpbA==\x07 end"
    title = ("[@click=app.quit]T" + "x" * 2000)[:2000]
    body = f"## Context\n\n{evil}\n\n[link](app.quit) and [@click=app.quit]y[/]\n\n" + (
        "filler line of text\n" * 260_000
    )  # ~5 MB
    hostile = replace(sample_decisions()[0], title=title, body_source=body, status=Status.ACCEPTED)
    app = make_app(Settings(), catalog_of((hostile,)), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, AdrScreen)
        title_text = str(app.screen.query_one("#adr-title", Static).content)
        assert "[@click=app.quit]T" in title_text
        text = app.screen.query_one(MarkdownText)
        lines = [text.render_line(y).text for y in range(text.size.height)]
        rendered = "".join(lines)
        assert "[bold]x[/bold] [@click=app.quit]click[/]" in rendered
        assert "\x1b" not in rendered and "␛[2J" in rendered and "␛]52;" in rendered
        # A real click on the document's link only says where it points; nothing runs.
        await pilot.resize_terminal(160, 60)  # room below the 2,000-character title
        await settle(pilot)
        lines = [text.render_line(y).text for y in range(text.size.height)]
        row = next(y for y, line in enumerate(lines) if "link and" in line)
        app.screen.query_one("#adr-scroll").scroll_to(y=text.virtual_region.y + row, animate=False)
        await settle(pilot)
        assert await pilot.click(MarkdownText, offset=(lines[row].index("link") + 1, row))
        await settle(pilot)
        assert app.is_running
        assert [str(n.message) for n in app._notifications] == ["app.quit"]
        await pilot.press("v")
        await settle(pilot)
        source = app.screen.query_one(SourceView)
        assert "\x1b" not in source.text and len(source.text) > 5_000_000
        await pilot.press("escape", "enter", "escape")
        assert app.is_running


def meta_lines(app: AdrApp) -> list[str]:
    meta = app.screen.query_one("#adr-meta", Static)
    assert isinstance(meta.content, render.Fields)
    return meta.content.text(meta.content_region.width).plain.split("\n")


async def test_status_word_lines_up_with_the_other_values(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        lines = meta_lines(app)
        status = next(line for line in lines if line.startswith("Status"))
        date = next(line for line in lines if line.startswith("Date"))
        assert status.index("ACCEPTED") == date.index("2022-01-10")


async def test_a_decision_replaced_from_the_newer_side_says_superseded() -> None:
    # ADR-0003's file still says Accepted; only ADR-0005 states "supersedes ADR-0003".
    decisions = tuple(
        replace(d, status=Status.ACCEPTED, status_raw="Accepted") if d.number == 3 else d
        for d in sample_decisions()
    )
    app = make_app(Settings(), catalog_of(decisions), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        assert shown(app) == 3
        status = next(line for line in meta_lines(app) if line.startswith("Status"))
        assert "SUPERSEDED" in status and "ACCEPTED" not in status
        assert "(file says Accepted)" in status
        app.open_entry(next(e for e in app.entries if e.decision.number == 5))
        await settle(pilot)
        relations = app.screen.query_one("#adr-relations", OptionList)
        count = relations.option_count
        prompts = [str(relations.get_option_at_index(i).prompt) for i in range(count)]
        assert any("ADR-0003" in p and "[SUPERSEDED]" in p for p in prompts)


async def test_relations_are_followed_by_keys_at_80_columns(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")  # ADR-0003: supersedes 2, superseded by 5
        await settle(pilot)
        assert app.focused is app.screen.query_one("#adr-scroll")  # not the hidden contents
        await pilot.press("l")
        relations = app.screen.query_one("#adr-relations", OptionList)
        assert app.focused is relations and relations.highlighted == 0
        await pilot.press("down", "enter")  # the second link: superseded by ADR-0005
        await settle(pilot)
        assert shown(app) == 5
        relations = app.screen.query_one("#adr-relations", OptionList)
        assert app.focused is relations and relations.highlighted == 0  # still on the links
        await pilot.press("enter")  # ADR-0005's only link: supersedes ADR-0003
        await settle(pilot)
        assert shown(app) == 3
        await pilot.press("l")  # l again: back to the text
        assert app.focused is app.screen.query_one("#adr-scroll")


MADR = """\
---
status: accepted
date: 2024-01-15
deciders: [Ada Lovelace]
---
# Use PostgreSQL for parcels

## Context and Problem Statement

We need a durable store.
"""


async def test_source_view_shows_the_file_as_stored(make_repo: RepoFactory, tmp_path: Path) -> None:
    repo = make_repo({"docs/adr/0001-use-postgresql.md": MADR})
    async with source_view_of(repo) as (app, _, source):
        assert source.display and source.text == MADR  # front matter kept: line numbers match
        assert app.focused is source  # so the arrows and j/k scroll it


async def test_long_contents_entries_end_in_an_ellipsis(app: AdrApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:  # a third of the width: 33 columns
        await settle(pilot)
        await pilot.press("enter", "t")
        await settle(pilot)
        toc = app.screen.query_one("#adr-toc")
        tree = toc.query_one(Tree)
        assert tree.region.right <= toc.content_region.right  # nothing cut off by the pane
        lines = [tree.render_line(y).text.rstrip() for y in range(tree.virtual_size.height)]
        heading = next(line for line in lines if "Context and Problem" in line)
        assert heading.endswith("…") and "Statement" not in heading
        assert any(line.endswith("Consequences") for line in lines)  # short ones stay whole


RST = """\
====================
2. Use RDF for links
====================

:Status: Accepted
:Date: 2023-01-09

Context
-------

Some *text* here, with a literal block::

    rdf = load()
"""


async def test_a_restructuredtext_body_is_shown_as_written(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/decisions/0002-use-rdf.rst": RST})
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AdrScreen) and screen.entry.decision.number == 2
        text = screen.query_one("#adr-text", Static)
        assert text.display and not screen.query_one(MarkdownText).display
        assert not screen.query_one("#adr-toc").display  # no empty contents pane
        shown = str(text.render())
        assert "Context\n-------" in shown and "    rdf = load()" in shown  # lines kept


async def test_contents_come_back_after_a_restructuredtext_body(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/decisions/0002-use-rdf.rst": RST, "docs/decisions/0001-x.md": MADR})
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # ADR-0001, Markdown: contents shown at 120 columns
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AdrScreen) and screen.query_one("#adr-toc").display
        rst = next(e for e in app.entries if e.decision.number == 2)
        markdown = screen.entry
        screen.show(rst)  # as following a link does
        await settle(pilot)
        assert not screen.query_one("#adr-toc").display
        screen.show(markdown)  # and back
        await settle(pilot)
        assert screen.query_one("#adr-toc").display


def top_line(app: AdrApp) -> str:
    """The first line of the ADR's text in view (what the reader sees at the top)."""
    scroll = app.screen.query_one("#adr-scroll")
    text = app.screen.query_one(MarkdownText)
    row = scroll.scroll_offset.y - text.virtual_region.y
    return text.render_line(row).text.strip()


async def test_contents_and_anchor_links_scroll_the_text_to_their_heading(app: AdrApp) -> None:
    async with app.run_test(size=(120, 16)) as pilot:  # short: room to scroll a heading up
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        text = app.screen.query_one(MarkdownText)
        assert [h.title for h in text.headings][:3] == [
            "Context and Problem Statement",
            "Considered Options",
            "Decision Outcome",
        ]
        tree = app.screen.query_one("#adr-toc").query_one(Tree)
        tree.focus()
        tree.cursor_line = 1  # the second heading
        await pilot.press("enter")
        await settle(pilot)
        assert top_line(app) == "Considered Options"
        text.post_message(MarkdownText.LinkClicked("#context-and-problem-statement"))
        await settle(pilot)
        assert top_line(app) == "Context and Problem Statement"


async def test_the_view_says_when_its_file_is_removed_and_when_it_is_back(
    make_repo: RepoFactory,
) -> None:
    text = "# 3. Use X\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nWhy X.\n"
    repo = make_repo({"docs/adr/0003-use-x.md": text, "docs/adr/0004-use-y.md": text})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AdrScreen)
        banner = screen.query_one("#adr-banner", Static)
        assert not banner.display
        (repo / "docs/adr/0003-use-x.md").unlink()  # deleted (or renamed away) meanwhile
        await pilot.press("r")  # what the live refresh does when it notices
        await settle(pilot)
        assert app.screen is screen and banner.display
        assert str(banner.content) == (
            "This ADR's file is gone (removed or renamed): docs/adr/0003-use-x.md;"
            " showing the last text read"
        )
        assert screen.entry.decision.path == "docs/adr/0003-use-x.md"  # the last text read
        assert "Use X" in str(screen.query_one("#adr-title", Static).content)
        (repo / "docs/adr/0003-use-x.md").write_text(text)
        await pilot.press("r")
        await settle(pilot)
        assert not banner.display


def long_body(topic: str) -> str:
    sections = [f"## Part {n} of {topic}\n\n" + "A line of reasoning.\n\n" * 12 for n in range(6)]
    return "\n".join(sections)


def with_long_bodies() -> AdrApp:
    decisions = tuple(replace(d, body_source=long_body(d.title)) for d in sample_decisions())
    return make_app(Settings(), catalog_of(decisions), poll=False, index=False)


async def test_back_and_forward_return_to_where_the_reader_was() -> None:
    app = with_long_bodies()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")  # ADR-0002, which links to ADR-0003
        await settle(pilot)
        scroll = app.screen.query_one("#adr-scroll")
        await pilot.press(*"jjjjjjjjjjjj")
        read_to = scroll.scroll_y
        assert read_to > 0
        # A link in the text, followed from where the reader is (l would scroll up to the links).
        link = MarkdownText.LinkClicked("0003-use-postgresql-for-parcels.md")
        app.screen.query_one(MarkdownText).post_message(link)
        await settle(pilot)
        assert shown(app) == 3 and app.screen.query_one("#adr-scroll").scroll_y == 0
        await pilot.press(*"jjjjj")
        there = scroll.scroll_y
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert shown(app) == 2 and scroll.scroll_y == read_to
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert shown(app) == 3 and scroll.scroll_y == there
        assert isinstance(app.screen, AdrScreen)
        footer = {b.action: enabled for b, enabled, _ in shown_keys(app.screen)}
        assert footer["back"] and footer["forward"] is False  # ] dimmed: nothing ahead
        entries = {b.group or b.action for b, _, _ in shown_keys(app.screen) if b.show}
        assert len(entries) <= 6  # [ and ] share one entry; q still quits, off the footer
        assert app.screen.active_bindings["q"].binding.action == "app.quit"


async def test_t_moves_into_the_contents_and_escape_or_t_back_to_the_text() -> None:
    app = with_long_bodies()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        toc = app.screen.query_one("#adr-toc")
        assert not toc.display  # below 100 columns the contents wait for t
        await pilot.press("t")
        assert toc.display and isinstance(app.focused, Tree)
        assert 20 <= toc.outer_size.width <= 80 // 2  # asked for: up to half (a third kept)
        await pilot.press("escape")
        assert app.focused is app.screen.query_one("#adr-scroll") and not toc.display
        assert isinstance(app.screen, AdrScreen)  # escape left the contents, not the ADR
        await pilot.press("t", "j", "j", "enter")  # "Part 1": the text jumps, the pane closes
        await settle(pilot)
        assert app.focused is app.screen.query_one("#adr-scroll") and not toc.display
        text = app.screen.query_one(MarkdownText)
        scroll = app.screen.query_one("#adr-scroll")
        row = text.heading_row(2)
        assert row is not None and scroll.scroll_y == text.virtual_region.y + row
    app = with_long_bodies()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        toc = app.screen.query_one("#adr-toc")
        longest = len(f"Ⅱ Part 5 of {sample_decisions()[0].title}")  # level 2, no guides
        assert toc.display and toc.outer_size.width == longest + 5  # padding, border, arrow
        await pilot.press("t")
        assert isinstance(app.focused, Tree)
        await pilot.press("t")
        assert app.focused is app.screen.query_one("#adr-scroll") and toc.display  # stays


async def test_template_lines_left_out_are_mentioned() -> None:
    note = "template part (lines 1-216) skipped; parsed the example that follows"
    decisions = tuple(
        replace(d, warnings=(note,)) if d.number == 1 else d for d in sample_decisions()
    )
    app = make_app(Settings(), catalog_of(decisions), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "Not shown     216 template lines above this example (p: Problems)" in (
            meta_lines(app)
        )
        await pilot.press("escape", "j", "enter")
        await settle(pilot)
        assert not any(line.startswith("Not shown") for line in meta_lines(app))


def test_paths_and_lists_wrap_between_their_parts() -> None:
    path = render.plain("docs/architecture/decisions/0042-use-a-very-long-file-name.md")
    assert [t.plain for t in render.wrap_value(path, 30, render.PATH)] == [
        "docs/architecture/decisions/",
        # a single part wider than the line is cut after a hyphen (or a dot) in the line's
        # second half, else where the line ends (walk 22: '…-and-a-sea' then 't-without…')
        "0042-use-a-very-long-file-",
        "name.md",
    ]
    tags = render.plain("infrastructure, caching, event sourcing, sessions")
    assert [t.plain for t in render.wrap_value(tags, 25, render.LIST)] == [
        "infrastructure, caching,",
        "event sourcing, sessions",
    ]
    block = render.Fields((render.Field("File", path, render.PATH),)).text(14 + 30)
    assert block.plain.split("\n") == [
        "File          docs/architecture/decisions/",
        "              0042-use-a-very-long-file-",
        "              name.md",
    ]


@pytest.mark.parametrize(
    "key",
    ["v", "e"],  # the source view reads the file; no editor starts on a file not there
)
async def test_a_file_found_gone_is_said_at_once(make_repo: RepoFactory, key: str) -> None:
    repo = make_repo({"docs/adr/0001-a.md": "# 1. A\n\n## Status\n\nAccepted\n"})
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        banner = app.screen.query_one("#adr-banner", Static)
        assert not banner.display
        (repo / "docs/adr/0001-a.md").unlink()
        await pilot.press(key)  # no poll has run
        await settle(pilot)
        assert banner.display and "file is gone" in str(banner.content)


async def test_an_adr_with_contents_is_drawn_once(make_repo: RepoFactory) -> None:
    # The contents pane fits its headings; sized only once the text was drawn, it made
    # the text draw itself again at the width it left.
    headings = "".join(
        f"\n## Short `x` [y](a-long-link-target-only-the-raw-heading-holds.md) {i}\n\nText.\n"
        for i in range(3)
    )
    repo = make_repo({"docs/adr/0001-a.md": "# 1. A\n\n## Status\n\nAccepted\n" + headings})
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    redrawn: list[MarkdownText.Redrawn] = []

    def hook(message: object) -> None:
        if isinstance(message, MarkdownText.Redrawn):
            redrawn.append(message)

    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.query_one(MarkdownText).headings  # drawn, with its contents
        assert redrawn == []
