"""App-level behaviour: problems, help, palette, go-to, keymap, errors, loading, live refresh."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from rich.table import Table
from textual.command import CommandPalette
from textual.widgets import Input, OptionList, Static
from textual.widgets._toast import Toast

from adr_tui.core.catalog import Catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.listing import Query
from adr_tui.ui.messages import CatalogLoaded
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.screens.dialogs import ErrorModal, GotoModal
from adr_tui.ui.screens.help import HelpScreen
from adr_tui.ui.screens.problems import ProblemsScreen
from adr_tui.ui.widgets.adr_list import AdrList

from ..conftest import RepoFactory
from .conftest import catalog_of, sample_decisions, settle

ADR = """\
# {n}. {title}

Date: 2024-01-0{n}

## Status

Accepted

## Context

Text {n}.
"""


async def test_problems_screen_jumps_to_the_adr(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        problems = app.screen.query_one(OptionList)
        assert problems.option_count == 2
        assert "2 problems" in str(app.screen.query_one("#problems-header", Static).content)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision.number == 4
        await pilot.press("escape", "j", "enter")  # the second is about a file that did not load
        assert isinstance(app.screen, ProblemsScreen)


async def test_help_lists_the_live_bindings_of_the_focused_widget(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = next(s.content for s in app.screen.query(Static) if isinstance(s.content, Table))
        does = [str(c) for c in table.columns[1]._cells]
        assert {
            "Type to search titles, tags and text",
            "Show or hide the status, tag and decider filters",
            "Hide superseded, deprecated and rejected decisions",
        } <= set(does)
        assert does[0] == "Previous decision"  # the focused list's own keys come first
        await pilot.press("escape")
        assert isinstance(app.screen, BrowseScreen)


async def test_palette_jumps_to_an_adr_by_number_or_title(app: AdrApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"aurora")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision.number == 5


async def test_goto_by_number_and_unknown_number_explained(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "7", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 7
        await pilot.press("g", "9", "9", "enter")
        await settle(pilot)
        # The dialog stays, says why under what was typed, and lets it be corrected.
        assert isinstance(app.screen, GotoModal)
        said = app.screen.query_one("#goto-none", Static)
        assert said.display and "no ADR named '99'" in str(said.content)
        await pilot.press("backspace", "backspace", "3", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 3


async def test_user_keymap_overrides_a_binding(catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, keymap={"browse.search": "ctrl+f"}, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        assert isinstance(app.focused, Input)


async def test_start_up_state_from_arguments(catalog: Catalog) -> None:
    app = make_app(
        Settings(), catalog, query=Query(text="kubernetes"), open_id="0006", poll=False, index=False
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 6
        await pilot.press("escape")
        assert [r.entry.decision.number for r in app.screen.query_one(AdrList).rows] == [6]


async def test_a_decider_given_at_start_is_named_by_a_word(catalog: Catalog) -> None:
    wanted = {d.number for d in catalog.decisions if "Grace Hopper" in d.deciders}
    query = Query(deciders=frozenset({"hopper"}))  # adr-tui --decider hopper
    app = make_app(Settings(), catalog, query=query, poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        rows = app.screen.query_one(AdrList).rows
        assert {r.entry.decision.number for r in rows} == wanted and len(wanted) == 3
        assert app.browse.query_state.deciders == {"grace hopper"}  # the facet, as if clicked


async def test_unreadable_path_becomes_an_error_modal(tmp_path: Path) -> None:
    app = make_app(Settings(), paths=[tmp_path / "missing"], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ErrorModal)
        assert "does not exist" in app.screen.error_message
        assert app.is_running


async def test_loads_a_real_repository_and_refreshes_in_place(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {f"docs/adr/000{n}-t{n}.md": ADR.format(n=n, title=f"Title {n}") for n in (1, 2, 3)}
    )
    # Polling on: the files are first looked at a second after the list shows (what
    # later looks compare with); the test looks itself rather than wait for the timers.
    app = make_app(Settings(), paths=[repo], poll=True, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        assert not app.screen.query_one("#loading").display and len(adr_list.rows) == 3
        first_look = app._fingerprint
        assert first_look is None  # not while the list is first drawn
        app._poll_tick()  # the first look, as the timer takes it
        await settle(pilot)
        assert app._fingerprint is not None
        await pilot.press("j")
        kept = adr_list.current.entry.key  # type: ignore[union-attr]
        (repo / "docs/adr/0000-new.md").write_text(ADR.format(n=0, title="New"))
        app._poll_tick()
        await settle(pilot)
        assert len(adr_list.rows) == 4
        current = adr_list.current
        assert current is not None and current.entry.key == kept


async def test_an_edit_before_the_first_look_is_not_taken_as_the_baseline(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo({f"docs/adr/000{n}-t{n}.md": ADR.format(n=n, title=f"T{n}") for n in (1, 2)})
    app = make_app(Settings(), paths=[repo], poll=True, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # As if the edit came between reading the files and the first look at them.
        app._fingerprint = None
        (repo / "docs/adr/0001-t1.md").write_text(ADR.format(n=1, title="Edited meanwhile"))
        app._poll_tick()
        await settle(pilot)
        titles = [r.entry.decision.title for r in app.screen.query_one(AdrList).rows]
        assert "Edited meanwhile" in titles


async def test_a_bare_repository_beside_a_checkout_leaves_the_checkout_watched(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/adr/0001-t1.md": ADR.format(n=1, title="T1")})
    bare = tmp_path / "project.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo), str(bare)], check=True)
    app = make_app(Settings(), paths=[bare, repo], poll=True, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert [c.at for c in app.catalogs] == ["HEAD", None]  # the bare one read as of HEAD
        app._poll_tick()
        await settle(pilot)
        assert app._fingerprint is not None  # one read at a revision stopped every look
        (repo / "docs/adr/0002-t2.md").write_text(ADR.format(n=2, title="Added"))
        app._poll_tick()
        await settle(pilot)
        titles = [r.entry.decision.title for r in app.screen.query_one(AdrList).rows]
        assert titles.count("Added") == 1 and titles.count("T1") == 2
        header = str(app.browse.query_one("#browse-header", Static).render())
        assert f"project.git @ HEAD, {repo.name}" in header and "ADRs  @" not in header


async def test_several_repositories_share_one_list(catalog: Catalog) -> None:
    other = catalog_of(sample_decisions()[:2], root=Path("/srv/billing"))
    app = make_app(Settings(), [catalog, other], poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert len(app.screen.query_one(AdrList).rows) == 10
        assert "Repository" in str(app.screen.query_one("#list-header", Static).content)
        await pilot.press("f")  # the filter panel: its counts
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        assert screen.listing is not None
        repos = {value: count for value, _, count in screen.listing.facets["repo"]}
        assert repos == {"acme-platform": 8, "billing": 2}


async def test_copy_path_and_edit_never_write(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "y")
        assert app.clipboard == "/srv/acme-platform/docs/adr/0002-use-mongodb-for-parcels.md"


async def test_edit_hands_over_a_file_that_exists_and_says_when_it_is_gone(
    make_repo: RepoFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "touch")  # would create the file, were it run on a gone one
    repo = make_repo({"docs/adr/0001-a.md": "# 1. A\n\n## Status\n\nAccepted\n"})
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("e")  # the headless driver cannot suspend: explained, not crashed
        await settle(pilot)
        assert any("editor" in str(n.message) for n in app._notifications)
        app.clear_notifications()
        (repo / "docs/adr/0001-a.md").unlink()
        await pilot.press("e")
        await settle(pilot)
        assert [str(n.message) for n in app._notifications] == [
            "docs/adr/0001-a.md is gone (removed or renamed); nothing to edit"
        ]
        assert not (repo / "docs/adr/0001-a.md").exists() and app.is_running


async def test_undated_adr_shows_when_git_first_saw_it(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/adr/0001-undated.md": "# 1. Undated\n\n## Status\n\nAccepted\n"})
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        meta = str(app.screen.query_one("#adr-meta", Static).content)
        assert "created 2024-01-15 in Git" in meta


def browse_header(app: AdrApp) -> str:
    return str(app.browse.query_one("#browse-header", Static).content)


async def test_notes_alone_are_no_problem_to_announce(make_repo: RepoFactory) -> None:
    madr = "---\ndate: 2024-01-02\n---\n# Use things\n\n## Context\n\nBody.\n"
    repo = make_repo({"docs/adr/0001-use-things.md": madr})  # MADR: no status is a note
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert [p.code for c in app.catalogs for p in c.problems] == ["no-status"]
        assert "problem" not in browse_header(app)


async def test_the_header_counts_the_problems_and_links_to_them(app: AdrApp) -> None:
    # At 80x24 a start-up toast covered four list rows for its whole timeout, on every start.
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert not app.screen.query(Toast)
        assert browse_header(app).startswith("8/8 ADRs  sort: number  2 problems (p)")
        header = app.screen.query_one("#browse-header", Static).region
        link = next(
            (x, header.y)
            for x in range(header.x, header.right)
            if app.screen.get_style_at(x, header.y).meta.get("@click") == "app.problems"
        )
        await pilot.click(offset=link)
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)


class _CatalogFirst(AdrApp):
    """A catalogue handled before Browse has any widget (a fast load on a slow terminal)."""

    def get_default_screen(self) -> BrowseScreen:
        screen = super().get_default_screen()
        assert self._preloaded and not self.catalogs
        self._loaded(CatalogLoaded(self._preloaded))  # before Browse composed: kept for it
        return screen


async def test_a_catalogue_loaded_before_browse_is_mounted_shows_once_it_is() -> None:
    # Browse is the default screen: Textual composes it after get_default_screen, so a
    # catalogue handled that early had no list to go in (NoMatches before BrowseReady)
    catalog = catalog_of(sample_decisions())
    app = _CatalogFirst(Settings(), [catalog.root], catalogs=(catalog,), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = app.browse.query_one(AdrList).rows
        assert [r.entry.decision.id for r in rows] == [d.id for d in sample_decisions()]
        assert app.catalogs and not app.browse.query_one("#loading").display
