"""Walk 19: History and a past version, driven as a user does on real logs (80x24, tmux).

Each test fails without its fix.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from adr_tui.core.diffs import LineTag
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.key_footer import shown_keys

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from . import test_history_screen as story
from .conftest import settle
from .test_history_screen import app_for, open_history, open_version

repo = story.repo
"""The story repository: proposed, accepted, renamed, reworded (hostile subject), superseded."""
settings = story.settings
"""Settings with a cache folder of the test's own."""


async def test_a_versions_v_key_is_named_for_the_view_it_leads_to(
    repo: Path, settings: Settings
) -> None:
    """Over the rendered text the footer still said 'v Rendered', as if v would render it."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_version(pilot)
        labels = []
        for _ in range(3):
            labels.append(app.screen.active_bindings["v"].binding.description)
            footer = [binding.description for binding, _, _ in shown_keys(app.screen)]
            assert labels[-1] in footer
            await pilot.press("v")
            await settle(pilot)
        assert labels == ["Rendered", "Source", "Rendered"]
        assert app.screen.query_one("#version-rendered").display  # pressed three times


async def test_each_row_of_a_wrapped_change_carries_its_mark(
    repo: Path, settings: Settings
) -> None:
    """A wrapped added line went on in a row marked ' ', as unchanged text is (NO_COLOR)."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("left_square_bracket")  # the reword: one long line changed
        await settle(pilot)
        view = screen.query_one(DiffView)
        diff = view.diff
        assert diff is not None
        long = [line for hunk in diff.hunks for line in hunk.lines if len(line.text) > 80]
        assert {line.tag for line in long} == {LineTag.ADD, LineTag.REMOVE}
        rows = view.text.splitlines()
        for line in long:  # its rows, in order, each behind its line's mark
            mark = "+" if line.tag is LineTag.ADD else "-"
            first = next(
                i for i, row in enumerate(rows) if row[2:] and line.text.startswith(row[2:])
            )
            ending = next(i for i in range(first, len(rows)) if line.text.endswith(rows[i][2:]))
            assert ending > first  # it wrapped
            assert all(row.startswith(f"{mark} ") for row in rows[first : ending + 1])


async def test_a_history_as_of_a_date_says_so(make_repo: RepoFactory) -> None:
    """With --at, History listed the revisions up to then under no word of it."""
    repo = make_repo({"doc/adr/0001-use-cron.md": nygard(1, "Use cron")})
    settings = Settings(use_cache=False, at="2024-06-01")
    app = make_app(settings, paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        title = str(screen.query_one("#history-title", Static).content)
        assert title == "History  ADR-0001  Use cron  @ 2024-06-01"
