"""Review 6 and a tmux walk at 80x24: folding wide text, LinkList keys, the palette, the status.

Each test fails without its fix.
"""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

import pytest
from rich.cells import get_character_cell_size
from textual.binding import Binding
from textual.geometry import Region
from textual.widgets import OptionList, Static

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.widgets.contents import ContentsTree
from adr_tui.ui.widgets.folding import FoldedLines, fold_offsets, line_rows
from adr_tui.ui.widgets.link_list import LinkList
from adr_tui.ui.widgets.source_view import WORD_WRAP_LIMIT

from ..conftest import RepoFactory
from . import test_history_screen as story
from .conftest import settle, source_view_of
from .test_history_screen import app_for, open_version
from .test_palette import shown_commands

repo = story.repo
"""The story repository: proposed, accepted, renamed, reworded, superseded."""
settings = story.settings
"""Settings with a cache folder of the test's own."""


def folded_by_hand(text: str, width: int) -> list[int]:
    """Where ``text`` breaks folded at ``width`` cells, one character at a time (the old way)."""
    offsets: list[int] = []
    cells = 0
    for index, char in enumerate(text):
        size = get_character_cell_size(char)
        if cells + size > width and cells:
            offsets.append(index)
            cells = 0
        cells += size
    return offsets


MIXED = [
    "",
    "plain ASCII that runs past the edge of a narrow view, twice over at least",
    "| 0001 | Use PostgreSQL | ✅ | ❌ | accepted | 2024-01-15 |",
    "我们决定使用事件溯源来记录所有状态变化，并通过投影生成查询模型。" * 3,
    "결정: PostgreSQL을 사용한다 café naïve e\u0301 ✅\ufe0f 👩\u200d💻 𝕏𝟘 🚀🚀 \u200b end",
    "\u0301 starts with a combining mark, then 表 and 𝟘 and \U000e0001 a tag",
    "✅" * 41 + "x" + "❌" * 40,
]


@pytest.mark.parametrize("width", [1, 2, 3, 4, 5, 7, 10, 13, 40, 71])
def test_folding_breaks_every_script_where_a_character_walk_does(width: int) -> None:
    measured = FoldedLines(MIXED)
    rows = measured.rows(width)
    for index, line in enumerate(MIXED):
        expected = folded_by_hand(line, width)
        assert fold_offsets(line, width) == expected, (width, line)
        assert line_rows(line, width, words=False) == len(expected) + 1
        assert rows[index] == len(expected) + 1, (width, line)


def test_counting_folded_rows_sizes_no_character_one_by_one() -> None:
    # The count ran get_character_cell_size over each character of a line holding
    # one emoji or CJK character: 462 ms for a 5 MB table with ✅/❌, on the UI thread.
    line = "| 0001 | Keep parcels on the ledger | ✅ | ❌ |" * 500 + "我们决定使用事件溯源。" * 500
    before = get_character_cell_size.cache_info()
    rows = line_rows(line, 71, words=False)
    measured = FoldedLines([line] * 3).rows(71)
    after = get_character_cell_size.cache_info()
    assert (after.hits + after.misses) - (before.hits + before.misses) == 0
    assert rows == len(folded_by_hand(line, 71)) + 1 and measured == [rows] * 3


async def test_a_long_wide_source_folds_as_a_character_walk_at_every_width(
    make_repo: RepoFactory,
) -> None:
    row = "| {:04d} | Use PostgreSQL for the event store | ✅ | ❌ | 我们决定使用事件溯源 |\n"
    table = "".join(row.format(i) for i in range(WORD_WRAP_LIMIT // 60))
    text = f"# 1. Keep parcels\n\nStatus: Accepted\n\n{table}"
    repo = make_repo({"docs/adr/0001-keep-parcels.md": text})
    async with source_view_of(repo) as (_, pilot, source):
        lines = source.text.split("\n")
        for size in ((80, 24), (61, 24)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            width = source.scrollable_content_region.width - len(str(len(lines))) - 2
            rows = [len(folded_by_hand(line, width)) + 1 for line in lines]
            assert source.virtual_size.height == sum(rows), size
        assert len(text) > WORD_WRAP_LIMIT  # folded anywhere: measured in the worker
        starts = list(accumulate(rows, initial=0))
        source.scroll_to(y=starts[4], animate=False)
        await pilot.pause()
        gutter = len(str(len(lines))) + 2
        shown = source.render_line(0).text[gutter:].rstrip()
        assert shown == lines[4][: folded_by_hand(lines[4], width)[0]].rstrip()
        assert shown.startswith("| 0000 | Use PostgreSQL") and shown.endswith("❌")


async def test_a_keymap_moving_the_link_cursor_moves_j_and_k_with_it(catalog: Catalog) -> None:
    # j and k were bindings of their own (list.j, list.k): a keymap giving the link
    # cursor other keys left j and k moving it too, unlike every other list.
    keymap = {"list.cursor_down": "n", "list.cursor_up": "p"}
    app = make_app(Settings(), catalog, keymap=keymap, poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")  # ADR-0003: supersedes 2, superseded by 5
        await settle(pilot)
        await pilot.press("l")
        relations = app.screen.query_one("#adr-relations", OptionList)
        assert app.focused is relations and relations.highlighted == 0
        await pilot.press("j")
        assert relations.highlighted == 0  # j now belongs to the page, as the keymap says
        await pilot.press("n")
        assert relations.highlighted == 1
        await pilot.press("k")
        assert relations.highlighted == 1
        await pilot.press("p")
        assert relations.highlighted == 0


def test_the_contents_carry_j_and_k_in_their_cursor_bindings() -> None:
    keys = {b.id: b.key for b in ContentsTree.BINDINGS if isinstance(b, Binding)}
    assert keys["contents.cursor_down"] == "down,j" and keys["contents.cursor_up"] == "up,k"
    assert "contents.j" not in keys and "contents.k" not in keys
    keys = {b.id: b.key for b in LinkList.BINDINGS if isinstance(b, Binding)}
    assert keys["list.cursor_down"] == "down,j" and keys["list.cursor_up"] == "up,k"


async def test_the_palette_offers_go_to_links_only_where_there_are_links(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "ctrl+p")  # ADR-0001 relates to no other decision
        offered = await shown_commands(pilot)
        assert "view: Toggle source" in offered and "view: Go to links" not in offered
        await pilot.press("escape", "escape", "j", "j", "enter", "ctrl+p")  # ADR-0003: links
        assert "view: Go to links" in await shown_commands(pilot)


async def test_the_palette_on_a_past_version_offers_no_history_or_diff(
    repo: Path, settings: Settings
) -> None:
    # Neither did anything there: no decision is current on the Version screen.
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_version(pilot)
        await pilot.press("ctrl+p")
        offered = await shown_commands(pilot)
        assert "app: Help" in offered
        assert not {"adr: Diff", "adr: History"} & set(offered)
        await pilot.press("escape", "escape")  # back in History, the decision's
        await settle(pilot)
        await pilot.press("ctrl+p")
        assert {"adr: Diff", "adr: History"} <= set(await shown_commands(pilot))


STATUS_LINKED = """# 3. Keep parcels on paper

Date: 2024-01-03

## Status

Superceded by [2. Use the ledger](0002-use-the-ledger.md) [bold]now[/bold]

## Context

Paper.
"""
LEDGER = "# 2. Use the ledger\n\nDate: 2024-01-04\n\n## Status\n\nAccepted\n"


async def test_the_status_shows_a_links_text_not_its_syntax(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {"docs/adr/0002-use-the-ledger.md": LEDGER, "docs/adr/0003-keep-parcels.md": STATUS_LINKED}
    )
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    stated = "(Superceded by 2. Use the ledger [bold]now[/bold])"  # literal: never markup
    async with app.run_test(size=(120, 30)) as pilot:  # the preview beside the list
        await settle(pilot)
        await pilot.press("j")  # ADR-0003 in the preview
        await settle(pilot)
        assert status_line(app.screen.query_one("#preview-text", Static)) == stated
        await pilot.press("enter")
        await settle(pilot)
        assert status_line(app.screen.query_one("#adr-meta", Static)) == stated


def status_line(widget: Static) -> str:
    """What the Status field says after the badge, as drawn (its wrapped rows joined)."""
    rows = [strip.text.strip() for strip in widget.render_lines(Region(0, 0, *widget.size))]
    start = next(i for i, row in enumerate(rows) if row.startswith("Status "))
    end = next(i for i, row in enumerate(rows) if i > start and row.startswith("Date "))
    return " ".join(rows[start:end]).split("SUPERSEDED", 1)[1].strip()
