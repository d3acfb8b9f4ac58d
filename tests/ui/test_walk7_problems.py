"""Walk 7: the Problems screen measures each problem once.

OptionList measures every option (a Rich render each) when it first draws, and
again after its first Resize clears what it measured: 6,000 problems took two passes of
~0.5 s each of the UI thread (tmux, 80x24). Filled after the first refresh, it measures once.
"""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from adr_tui.core.model import Problem
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.problems import ProblemList, ProblemsScreen

from .conftest import catalog_of, sample_decisions, settle

COUNT = 60


async def test_each_problem_is_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    problems = tuple(
        Problem(f"docs/adr/{n:04d}-x.md", f"status 'Odd{n}' is not a known status", "unknown")
        for n in range(100, 100 + COUNT)
    )
    measured: list[int] = []
    update_lines = OptionList._update_lines

    def counted(self: OptionList) -> None:
        before = len(self._line_cache.heights)
        update_lines(self)
        if isinstance(self, ProblemList):
            measured.append(len(self._line_cache.heights) - before)

    monkeypatch.setattr(OptionList, "_update_lines", counted)
    app = make_app(Settings(), catalog_of(sample_decisions(), problems=problems), poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        problem_list = app.screen.query_one(ProblemList)
        assert problem_list.option_count == COUNT
        assert problem_list.highlighted == 0
        assert sum(measured) == COUNT
