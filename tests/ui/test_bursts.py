"""Keys of a burst act in the order typed, across a move of the focus.

'/' moves the focus at once, ahead of the keys typed before it that were still on
their way through the list: in '/data⏎jj⎋/kafka⏎⏎' the box got 'kafka⏎' before
escape's "back", which then emptied it, and the query ended empty. Each burst here
must end as the same keys typed one by one, waiting after each.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.adr_list import AdrList
from adr_tui.ui.widgets.search_box import SearchBox

from ..conftest import RepoFactory
from .conftest import settle
from .test_walk24 import burst

TITLES = (
    "Record architecture decisions",
    "Keep customer data in one region",
    "Stream events through Kafka",
    "Encrypt data at rest",
    "Expire data after a year",
    "Replay Kafka topics for audits",
    "Name services after their data",
    "Deploy on Fridays",
)


def record_text(number: int, title: str) -> str:
    return f"# {number}. {title}\n\nDate: 2024-0{number % 9 + 1}-01\n\n## Status\n\nAccepted\n"


@pytest.fixture
def log(make_repo: RepoFactory) -> Catalog:
    files = {
        f"docs/adr/{n:04d}-{t.lower().replace(' ', '-')}.md": record_text(n, t)
        for n, t in enumerate(TITLES, start=1)
    }
    root: Path = make_repo(files)
    return load_catalog(root, Settings())


SLOW = {"/": "slash", "⏎": "enter", "⎋": "escape"}


async def typed(app: AdrApp, pilot: Pilot[int], keys: str, *, slowly: bool) -> None:
    """``keys`` in one burst, or one by one, each handled (and its search done) before the next."""
    await settle(pilot)
    if slowly:
        for key in keys:
            await pilot.press(SLOW.get(key, key))
            await settle(pilot)
    else:
        burst(app, keys)
    await settle(pilot)


def outcome(app: AdrApp) -> tuple[str, str, str | None, str | None]:
    """The query, the box's text, the ADR open (if any) and the highlighted one."""
    opened = app.screen.entry.decision.title if isinstance(app.screen, AdrScreen) else None
    browse = app.browse
    row = browse.query_one(AdrList).current
    return (
        browse.query_state.text,
        browse.query_one(SearchBox).value,
        opened,
        row.entry.decision.title if row else None,
    )


async def run(log: Catalog, keys: str, *, slowly: bool) -> tuple[str, str, str | None, str | None]:
    app = make_app(Settings(), log, poll=False, index=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await typed(app, pilot, keys, slowly=slowly)
        return outcome(app)


async def test_a_search_typed_after_escape_in_a_burst_is_kept(log: Catalog) -> None:
    """'kafka' went into the box before escape's "back" ran, and was erased by it."""
    query, box, opened, _ = await run(log, "/data⏎jj⎋/kafka⏎⏎", slowly=False)
    assert (query, box) == ("kafka", "kafka")
    assert opened is not None and "Kafka" in opened


async def test_moves_typed_before_slash_in_a_burst_are_made(log: Catalog) -> None:
    """'/' waits for the 'j j' typed before it: their bindings are the list's, not the box's."""
    assert await run(log, "jj/⎋⏎", slowly=False) == ("", "", TITLES[2], TITLES[2])


@pytest.mark.parametrize(
    "keys", ["/data⏎jj⎋/kafka⏎⏎", "jj/kafka⏎⏎", "/data⎋jj⏎", "jj/⎋⏎", "jjj/⏎k⏎"]
)
async def test_a_burst_ends_as_the_same_keys_typed_slowly(log: Catalog, keys: str) -> None:
    slow = await run(log, keys, slowly=True)
    assert slow[2] is not None  # every one of them opens an ADR
    assert await run(log, keys, slowly=False) == slow


async def test_a_search_left_by_escape_in_a_burst_takes_the_moves_after_it(log: Catalog) -> None:
    """'/data⎋jj⏎': escape keeps the search and goes to its hits; 'j j ⏎' open the third."""
    app = make_app(Settings(), log, poll=False, index=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await typed(app, pilot, "/data⎋jj⏎", slowly=False)
        assert app.browse.query_state.text == "data"
        hits = app.browse.query_one(AdrList).rows
        assert len(hits) >= 3 and all(row.hit is not None for row in hits)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision is hits[2].entry.decision
