"""Walk 19: t says why there are no contents instead of opening an empty pane.

Over a reStructuredText record (dimagi/commcare-hq keeps its log in .rst), t opened a
30-column pane listing nothing and said nothing.
"""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.contents import Contents

from .conftest import settle

RST = """\
1: Record architecture decisions
================================

Date: 2018-05-01

Status
------

Accepted

Context
-------

We need to record the architectural decisions made on this project.
"""


async def test_t_over_a_restructuredtext_record_says_why_there_are_no_contents(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo({"docs/decisions/0001-record-architecture-decisions.rst": RST})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        await pilot.press("t")
        await settle(pilot)
        assert not app.screen.query_one(Contents).display
        said = [(n.title, n.message) for n in app._notifications]
        assert [title for title, _ in said] == ["No contents"]
        assert "Markdown" in said[0][1]
