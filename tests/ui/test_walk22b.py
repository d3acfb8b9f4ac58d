"""Walk 22b: what walk 22 found and left (the ADR view's header and keys, several logs, History)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.listing import Entry
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.revision_list import RevisionList

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from .conftest import settle
from .test_history_screen import app_for, open_history
from .test_history_screen import repo as repo  # the module's fixture  # noqa: F401
from .test_history_screen import settings as settings  # noqa: F401

LONG = "Record architecture decisions for the whole platform and every service in it"
TOP = "docs/adr/0001-record-architecture-decisions.md"
SERVICE = "svc-a/docs/adr/0001-use-postgresql.md"


def _monorepo(make_repo: RepoFactory) -> Path:
    """A log at the top and one in a service's folder: the top one is named '(top)'."""
    return make_repo({TOP: nygard(1, LONG), SERVICE: nygard(1, "Use PostgreSQL")})


def _entry(app: AdrApp, path: str) -> Entry:
    catalog = next(c for c in app.catalogs if path in {d.path for d in c.decisions})
    decision = next(d for d in catalog.decisions if d.path == path)
    return Entry(catalog.root.name, catalog.root, decision)


def _open(app: AdrApp, path: str) -> AdrScreen:
    app.open_entry(_entry(app, path))
    screen = app.screen
    assert isinstance(screen, AdrScreen)
    return screen


async def test_the_log_name_follows_a_wrapped_title_on_a_line_of_its_own(
    make_repo: RepoFactory,
) -> None:
    """At 80 columns '(top)' sat between the title's two lines, on its first at the right edge."""
    app = make_app(Settings(use_cache=False), paths=[_monorepo(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = _open(app, TOP)
        await settle(pilot)
        title = screen.query_one("#adr-title", Static)
        log = screen.query_one("#adr-log", Static)
        assert str(log.content) == "(top)"
        assert title.region.height == 2  # the title wraps, across the whole line
        assert (log.region.y, log.region.right) == (title.region.bottom, 80)
        await pilot.resize_terminal(160, 48)  # room for both: beside it again, on one line
        await settle(pilot)
        assert title.region.height == 1
        assert (log.region.y, log.region.right) == (title.region.y, 160)
        screen.show(_entry(app, SERVICE))  # a short title: beside it at 80 too
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert str(log.content) == "svc-a"
        assert (log.region.y, log.region.right) == (title.region.y, 80)


async def test_links_is_dimmed_over_a_decision_that_names_none(make_repo: RepoFactory) -> None:
    """'l Links' over a decision with no relation and no mention does nothing: it is dimmed,
    not hidden (the footer keeps its place); a decision that names another enables it."""
    named = nygard(2, "Use a queue", extra="\nSee ADR-0001.\n")
    repo = make_repo({TOP: nygard(1, "Record decisions"), "docs/adr/0002-use-a-queue.md": named})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = _open(app, TOP)
        await settle(pilot)
        links = screen.active_bindings["l"]
        assert (links.binding.show, links.enabled) == (True, False)
        screen.show(_entry(app, "docs/adr/0002-use-a-queue.md"))
        await settle(pilot)
        assert screen.active_bindings["l"].enabled


async def test_several_repositories_name_a_monorepos_folders(make_repo: RepoFactory) -> None:
    """With a monorepo among several repositories, its rows read 'repo0' alone: which of its
    logs a row was from was lost. The folder follows the repository's name."""
    monorepo = _monorepo(make_repo)
    other = make_repo({"doc/adr/0001-use-go.md": nygard(1, "Use Go")})
    app = make_app(Settings(use_cache=False), paths=[monorepo, other], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        header = str(app.screen.query_one("#list-header", Static).content)
        column = slice(header.index("Repository"), header.index("Title"))  # 12 cells wide
        lines = [adr_list.render_line(i).text for i in range(len(adr_list.rows))]
        named = {line[column.stop :].strip(): line[column].strip() for line in lines}
        assert named == {
            "Record architecture decisions for t…": "repo0 (top)",  # 2 cells of 14 given back
            "Use PostgreSQL": "repo0/svc-a",
            "Use Go": "repo1",
        }


SUBJECT = "Grace Lee: [bold]x[/bold] ␛]52;c;ZXZp␇ reword the context"


@pytest.mark.parametrize(
    ("size", "width", "whole"),
    [((160, 48), 72, True), ((120, 40), 56, False), ((80, 24), 80, True)],
)
async def test_the_revisions_pane_grows_with_the_terminal(
    repo: Path, settings: Settings, size: tuple[int, int], width: int, whole: bool
) -> None:
    """Beside the diff the pane kept 56 cells: at 160 columns a subject was cut to
    'reword the …' with the diff's lines far short of its width. 120 columns and the
    stacked 80x24 keep theirs."""
    app = app_for(repo, settings)
    async with app.run_test(size=size) as pilot:
        await open_history(pilot)
        revisions = app.screen.query_one(RevisionList)
        assert revisions.outer_size.width == width
        drawn = [revisions.render_line(y).text for y in range(revisions.size.height)]
        assert any(SUBJECT in line for line in drawn) is whole
