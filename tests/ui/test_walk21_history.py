"""Walk 21: History on real logs, as an architect tracing a decision (80x24).

The demo's ADR-0055 says 'Proposed' and ADR-0038 supersedes it: the ADR view called
it superseded, and its History's timeline ended on 'Proposed 2023-11-22'.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.widgets.diff_view import DiffView

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from .conftest import settle
from .test_history_screen import open_history, open_version

OLD = "doc/adr/0001-use-cron.md"
NEW = "doc/adr/0002-use-celery.md"


def _log(make_repo: RepoFactory, old_status: str) -> Path:
    """Record 2 states that it supersedes record 1; record 1 says ``old_status``."""
    supersedes = "\nSupersedes [1. Use cron](0001-use-cron.md)\n"
    return make_repo(
        {
            OLD: nygard(1, "Use cron", status=old_status),
            NEW: nygard(2, "Use Celery", extra=supersedes),
        }
    )


async def _timeline(repo: Path) -> str:
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)  # of ADR-0001, highlighted first
        return str(screen.query_one("#history-timeline", Static).content)


async def test_the_timeline_ends_on_the_successor_that_replaced_it(
    make_repo: RepoFactory,
) -> None:
    timeline = await _timeline(_log(make_repo, "Proposed"))
    assert timeline.startswith("Proposed ")
    assert timeline.endswith(" → Superseded by ADR-0002")


async def test_a_timeline_that_says_so_itself_adds_nothing(make_repo: RepoFactory) -> None:
    timeline = await _timeline(_log(make_repo, "Superseded by [2. Use Celery](0002-use-celery.md)"))
    assert timeline.count("Superseded by") == 1
    assert timeline.startswith("Superseded by ADR-0002 ")


async def test_side_by_side_leaves_an_added_file_in_one_column(make_repo: RepoFactory) -> None:
    """At 160 columns, s on a record's only revision left the old column empty."""
    repo = make_repo({OLD: nygard(1, "Use cron")})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("s")
        await settle(pilot)
        view = screen.query_one(DiffView)
        assert view.side_by_side
        rows = view.text.splitlines()
        assert "The file was added here: one column" in view.text
        assert not any("│" in row for row in rows)
        assert "+ # 1. Use cron" in rows


async def test_stepping_past_either_end_says_so(make_repo: RepoFactory) -> None:
    """] on the newest revision, where History opens, did nothing and said nothing."""
    repo = make_repo({OLD: nygard(1, "Use cron")})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_history(pilot)
        for key in ("right_square_bracket", "left_square_bracket"):  # its only revision
            await pilot.press(key)
            await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert said == [
            "There is no newer revision of this decision.",
            "There is no older revision of this decision.",
        ]


async def test_with_two_repositories_the_title_names_the_decisions_own(
    make_repo: RepoFactory,
) -> None:
    """`adr-tui cp flux2`: History of an ADR-0006 said not which repository's it was."""
    first = make_repo({OLD: nygard(1, "Use cron")})
    second = make_repo({"docs/adr/0006-use-oci.md": nygard(6, "Use OCI")})
    app = make_app(Settings(use_cache=False), paths=[first, second], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("end")  # ADR-0006, of the second repository
        screen = await open_history(pilot)
        title = str(screen.query_one("#history-title", Static).content)
        assert title == f"History  ADR-0006  Use OCI  {second.name}"


async def test_a_past_version_of_an_unnumbered_record_names_its_file_once(
    make_repo: RepoFactory,
) -> None:
    """log4brains: '20200926-use-the-adr-number… as of 7876b36 … docs/adr/20200926-use-…'."""
    path = "docs/adr/20200926-use-the-adr-number-as-its-id.md"
    text = "# Use the ADR number as its ID\n\n- Status: accepted\n- Date: 2020-09-26\n\nText.\n"
    app = make_app(
        Settings(use_cache=False), paths=[make_repo({path: text})], poll=False, index=False
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await open_version(pilot)
        title = str(app.screen.query_one("#version-title", Static).content)
        assert title.startswith("As of ")
        assert title.count("20200926-use-the-adr-number-as-its-id") == 1
