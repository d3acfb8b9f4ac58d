"""Round 22o: a log kept in one file, driven in the app: a row per section, h its history."""

from __future__ import annotations

from pathlib import Path

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.actions import _line_of, editor_command
from adr_tui.ui.app import make_app
from adr_tui.ui.listing import Entry
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.source_view import SourceView

from ..core.test_onefile_history import _repo
from .conftest import settle
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
        text = version.query_one(SourceView).text
        assert text.startswith("# ADR-002: Use Redis for sessions")
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
