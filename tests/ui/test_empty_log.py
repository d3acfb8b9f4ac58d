"""An empty list says why: a folder named that does not exist, else where to look."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from textual.widgets import Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.widgets.adr_list import AdrList

from .conftest import settle


async def empty_message(repo: Path, settings: Settings) -> str:
    app = make_app(settings, paths=[repo], poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        return str(app.browse.query_one("#empty", Static).content)


async def test_a_folder_named_that_does_not_exist_is_named(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A")})
    settings = Settings(adr_dirs=("nope",), use_cache=False)
    message = await empty_message(repo, settings)
    assert message.startswith("No ADRs found: ADR folder 'nope' does not exist.")


async def test_a_log_with_no_adr_says_where_to_look(make_repo: RepoFactory) -> None:
    repo = make_repo({"README.md": "# Not an ADR\n"})
    message = await empty_message(repo, Settings(use_cache=False))
    assert message.startswith(f"No ADRs found in {repo}. Looked for .adr-dir")
    assert message.endswith("Name the folder with --adr-dir.")  # as list and check say it


async def test_what_a_search_did_not_understand_is_said_above_the_list(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A"), "docs/adr/0002-b.md": nygard(2, "B")})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        empty = app.browse.query_one("#empty", Static)
        assert not empty.display
        app.browse.set_query(replace(app.browse.query_state, text="date:2099-99-99"))
        await settle(pilot)
        assert len(app.browse.query_one(AdrList).rows) == 2  # the date is ignored, not matched
        assert empty.display and str(empty.content).startswith("Search: could not read date:")
        app.browse.set_query(replace(app.browse.query_state, text="status:bogus"))
        await settle(pilot)
        assert "(search: 'bogus' is not a status" in str(empty.content)
        app.browse.set_query(replace(app.browse.query_state, text=""))
        await settle(pilot)
        assert not empty.display
