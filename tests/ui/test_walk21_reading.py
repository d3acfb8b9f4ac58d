"""Walk 21: reading a decision on real logs at 80x24.

Sylius names its records by day ('adr/2024_08_29_message_buses_unification.md') and
links them in prose; the ADR view's link to such a record spelled its file name before
its title, three rows cut mid-word. The text did not page with space, as the diff does.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from textual.command import CommandList, CommandPalette
from textual.containers import VerticalScroll

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.problems import ProblemsScreen
from adr_tui.ui.widgets.link_list import LinkList
from adr_tui.ui.widgets.source_view import SourceView

from .conftest import settle
from .test_adr_log18 import _headers
from .test_adr_view import meta_lines
from .test_walk19_links import _rows

OLD = "adr/2021_05_06_command_bus_unification.md"
NEW = "adr/2024_08_29_message_buses_unification.md"
LONG_TEXT = "".join(f"\nParagraph {n} of the context, long enough to scroll.\n" for n in range(60))


def _madr(title: str, date: str, text: str) -> str:
    return (
        f"# {title}\n\n* Status: accepted\n* Date: {date}\n\n"
        f"## Context and Problem Statement\n\n{text}\n\n## Decision Outcome\n\nKeep one.\n"
    )


def _sylius(make_repo: RepoFactory) -> Path:
    """Two day-named records (as Sylius keeps them), the newer linking the older."""
    stem = "2021_05_06_command_bus_unification"
    see = f"We had duplications, see [{stem}]({stem}.md)."
    return make_repo(
        {
            OLD: _madr("Unification of buses in sylius", "2021-05-06", "Buses." + LONG_TEXT),
            NEW: _madr("Unification of base message buses in sylius", "2024-08-29", see),
        }
    )


async def test_a_link_to_an_unnumbered_record_names_its_title_alone(
    make_repo: RepoFactory,
) -> None:
    app = make_app(Settings(use_cache=False), paths=[_sylius(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("end", "enter")  # by date: the 2024 record is last
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision.path == NEW
        rows = _rows(app.screen.query_one(LinkList))
        assert rows[0].startswith("Relates-to    Unification of buses in sylius  [ACCEPTED]")
        assert "2021_05_06" not in " ".join(rows)
        assert len([row for row in rows if row.strip()]) == 1


async def _open_old(make_repo: RepoFactory, pilot_keys: tuple[str, ...]) -> tuple[float, float]:
    """Open the long record, press ``pilot_keys``, then space: the scroll before and after."""
    app = make_app(Settings(use_cache=False), paths=[_sylius(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("home", "enter", *pilot_keys)
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        source = app.screen.query_one(SourceView)
        view = source if source.display else app.screen.query_one("#adr-scroll", VerticalScroll)
        before = view.scroll_y
        await pilot.press("space")
        await settle(pilot)
        return before, view.scroll_y


async def test_space_pages_the_text_down(make_repo: RepoFactory) -> None:
    before, after = await _open_old(make_repo, ())
    assert before == 0
    assert after >= 15  # a page of an 80x24 screen, not a line


async def test_space_pages_the_source_down(make_repo: RepoFactory) -> None:
    before, after = await _open_old(make_repo, ("v",))
    assert before == 0
    assert after >= 15


async def test_a_long_file_name_goes_on_after_its_folder_when_that_saves_a_row(
    make_repo: RepoFactory,
) -> None:
    """Wikibase's path beside the contents at 80x24 took three rows, 'docs/adr/' alone."""
    path = "docs/adr/0001-use-psr-16-cache-interface.md"
    repo = make_repo({path: _madr("Use PSR-16 PHP Cache Interface", "2018-07-19", "Cache.")})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "t")  # the contents pane leaves the text 38 columns
        await settle(pilot)
        rows = [line for line in meta_lines(app) if line.strip()]
        start = next(i for i, row in enumerate(rows) if row.startswith("File"))
        name = rows[start:]
        assert len(name) == 2
        assert "".join(row[14:] for row in name) == path


async def test_a_record_read_as_of_a_date_says_so(make_repo: RepoFactory) -> None:
    """`adr-tui PATH --at 3ff4718 7` showed ADR-0007 as then, with no word of the date."""
    path = "docs/adr/0001-use-a-queue.md"
    repo = make_repo({path: nygard(1, "Use a queue")})
    app = make_app(
        Settings(use_cache=False, at="2025-01-01"), paths=[repo], poll=False, index=False
    )
    assert await _headers(app, [path]) == [("ADR-0001  Use a queue", "@ 2025-01-01")]


async def test_the_palette_names_a_status_as_the_list_does(make_repo: RepoFactory) -> None:
    """The demo's ADR-0055 (proposed, superseded by ADR-0038's word) was 'proposed' there."""
    supersedes = "\nSupersedes [55. Use Docker](0055-use-docker.md)\n"
    repo = make_repo(
        {
            "docs/decisions/0055-use-docker.md": nygard(55, "Use Docker", status="Proposed"),
            "docs/decisions/0038-use-oidc.md": nygard(38, "Use OIDC", extra=supersedes),
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"docker")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)
        rows = [commands.render_line(y).text.strip() for y in range(commands.region.height)]
        said = rows[rows.index("jump to: ADR-0055 Use Docker") + 1]
        assert said.startswith("superseded · docs/decisions/0055-use-docker.md")


async def test_p_lists_the_problems_from_a_decision_too(make_repo: RepoFactory) -> None:
    """The demo's ADR-0003 says 'Not shown … (p: Problems)', and p did nothing there."""
    app = make_app(Settings(use_cache=False), paths=[_sylius(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, AdrScreen)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is reading  # (pilot.app: mypy narrowed app.screen above)
