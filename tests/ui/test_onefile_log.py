"""Round 22o: a log kept in one file, driven in the app: a row per section, h its history."""

from __future__ import annotations

from pathlib import Path

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.actions import _line_of, editor_command
from adr_tui.ui.app import make_app
from adr_tui.ui.listing import Entry
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.markdown_text import MarkdownText
from adr_tui.ui.widgets.source_view import SourceView

from ..conftest import RepoFactory
from ..core.test_onefile_catalog import AGENT_LOG
from ..core.test_onefile_history import _repo
from .conftest import settle
from .test_adr_view import shown
from .test_history_screen import open_version, rows


async def test_the_list_shows_the_sections_and_h_a_section_s_history(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        listed = [r.entry.decision for r in app.screen.query_one(AdrList).rows]
        assert [(d.label, d.title) for d in listed] == [
            ("ADR-0001", "Use PostgreSQL 16"),
            ("ADR-0002", "Use Redis for sessions"),
        ]
        await pilot.press("down")
        version = await open_version(pilot)  # h, then o: ADR-0002 as of its newest revision
        source = version.query_one(SourceView)
        text = source.text  # round 22o-2: as the file writes it, numbered as its lines
        assert text.startswith("## ADR-002: Use Redis for sessions")
        assert source.render_line(0).text.lstrip().startswith("10 ## ADR-002")
        assert "Use PostgreSQL" not in text and "Superseded by ADR-004" in text
        await pilot.press("escape")
        await settle(pilot)
        revisions = rows(app.screen)  # type: ignore[arg-type]
        assert len(revisions) == 2  # its two commits, not the file's four
        assert any("Index, drop 9" in row for row in revisions)


def test_e_opens_a_section_at_its_heading_in_an_editor_that_takes_a_line(
    tmp_path: Path,
) -> None:
    repo = _repo(tmp_path / "repo")
    catalog = load_catalog(repo, Settings(use_cache=False))
    entry = Entry("repo", repo, catalog.decisions[1])
    line = _line_of(entry)
    assert line == 10  # "## ADR-002: Use Redis for sessions", after the title, index and ADR-001
    text = (repo / "DECISIONS.md").read_text().splitlines()
    assert text[line - 1].startswith("## ADR-002")
    assert editor_command("nvim -p", "DECISIONS.md", line) == ["nvim", "-p", "+10", "DECISIONS.md"]
    assert editor_command("code --wait", "DECISIONS.md", line) == ["code", "--wait", "DECISIONS.md"]


async def test_a_link_to_another_section_s_heading_opens_that_decision(
    make_repo: RepoFactory,
) -> None:
    text = AGENT_LOG.replace(
        "Sessions in Redis.", "Sessions in Redis, after [ADR-001](#adr-001-use-postgresql)."
    )
    repo = make_repo({"DECISIONS.md": text})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")  # ADR-0002
        await settle(pilot)
        assert shown(app) == 2
        app.screen.query_one(MarkdownText).post_message(
            MarkdownText.LinkClicked("#adr-001-use-postgresql")
        )
        await settle(pilot)
        assert shown(app) == 1
        app.screen.query_one(MarkdownText).post_message(
            MarkdownText.LinkClicked("DECISIONS.md#adr-004-use-memcached-for-sessions")
        )
        await settle(pilot)
        assert shown(app) == 4
        app.screen.query_one(MarkdownText).post_message(MarkdownText.LinkClicked("#adr-009-x"))
        await settle(pilot)
        assert shown(app) == 4 and [str(n.message) for n in app._notifications] == ["#adr-009-x"]
        named = app.entry_for_path(repo, "DECISIONS.md#2")  # as check and Problems name it
        first = app.entry_for_path(repo, "DECISIONS.md")
        assert named is not None and named.decision.number == 2
        assert first is not None and first.decision.number == 1
