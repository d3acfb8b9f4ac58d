"""Walk 22: what a demanding user saw on wide and narrow terminals (80x24, 160x48)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Group
from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from adr_tui.core.catalog import Catalog
from adr_tui.core.model import Decision, Discovery
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.preview_body import Hanging, markdown_lines
from adr_tui.ui.render import PATH, wrap_value
from adr_tui.ui.widgets.adr_list import NARROW_REPO, AdrList, Columns, header_text
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.filter_bar import NO_VALUES, FacetList
from adr_tui.ui.widgets.revision_list import RevisionList
from adr_tui.ui.widgets.timeline import _moved_part as moved_part

from ..conftest import RepoFactory
from ..core.test_catalog import nygard
from .conftest import ROOT, catalog_of, sample_decisions, settle
from .test_history_screen import NEW, OLD, app_for, open_history
from .test_history_screen import repo as repo  # the module's fixture  # noqa: F401
from .test_history_screen import settings as settings  # noqa: F401


async def test_a_wrapped_rename_hangs_under_its_paths(repo: Path, settings: Settings) -> None:
    """The rename's second row began at column 0, under 'renamed', as if a line of its own."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        revisions = screen.query_one(RevisionList)
        revisions.highlighted = 2  # 2024-01-10: the rename
        await settle(pilot)
        rows = screen.query_one(DiffView).text.splitlines()
        first = next(i for i, row in enumerate(rows) if row.startswith("renamed  "))
        assert rows[first] == f"renamed  {OLD} →"
        assert rows[first + 1] == f"         {NEW}"


def monorepo() -> Catalog:
    """Three logs: the top one, and two whose folder names are longer than 14 cells."""
    first, second, third, *rest = sample_decisions()
    moved = (
        dataclasses.replace(second, path="platform/orchestration-cluster/docs/adr/0002-b.md"),
        dataclasses.replace(third, path="services/payments-gateway/docs/adr/0003-c.md"),
    )
    decisions = (first, *moved, *rest)
    dirs = (
        "docs/adr",
        "platform/orchestration-cluster/docs/adr",
        "services/payments-gateway/docs/adr",
    )
    discovery = Discovery(dirs, tuple(d.path for d in decisions), "common")
    return Catalog(ROOT, decisions, (), discovery, is_git=True)


@pytest.mark.parametrize(("size", "whole"), [((160, 48), True), ((80, 24), False)])
async def test_a_wide_list_shows_whole_folder_names(size: tuple[int, int], whole: bool) -> None:
    """At 160 columns the Folder column kept 14 cells: 'orches…luster', 'paymen…ateway'."""
    app = make_app(Settings(), monorepo(), poll=False, index=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        lines = [adr_list.render_line(i).text for i in range(len(adr_list.rows))]
        shown = [name in " ".join(lines) for name in ("orchestration-cluster", "payments-gateway")]
        assert shown == [whole, whole]
        header = str(app.screen.query_one("#list-header", Static).content)
        row = next(line for line in lines if "Use PostgreSQL" in line)
        assert header.index("Title") == row.index("Use PostgreSQL")  # the headings follow


async def test_long_decider_names_stay_told_apart_in_the_filter_panel() -> None:
    """At 80x24 'council-architecture' and 'council-architecture-review' both read
    'council-archit… (1)': cut at the end, where they differ."""
    first, second, *rest = sample_decisions()
    named = (
        dataclasses.replace(first, deciders=("council-architecture",)),
        dataclasses.replace(second, deciders=("council-architecture-review",)),
    )
    app = make_app(Settings(), catalog_of((*named, *rest)), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        facets = app.screen.query_one(FacetList)
        labels = {
            str(option.id): option.prompt
            for option in (facets.get_option_at_index(i) for i in range(facets.option_count))
        }
        prompts = [labels[f"decider:{name}"] for name in named_deciders(named)]
        shown = [prompt for prompt in prompts if isinstance(prompt, Text)]
        assert len(shown) == 2
        assert shown[0].plain == "[ ] council-\n    architecture (1)"
        assert shown[1].plain.startswith("[ ] council-\n    ")
        assert shown[1].plain.endswith("review (1)")
        room = facets.size.width - facets.styles.scrollbar_size_vertical
        assert max(cell_len(line) for label in shown for line in label.plain.split("\n")) <= room


def named_deciders(decisions: tuple[Decision, ...]) -> list[str]:
    return [d.deciders[0] for d in decisions]


BODY = """## Context

A match seats **two humans**; the spare seats have _no controller_ and
`VictorySystem` never ends it (see snake_case_name and [ADR-0032](0032-data.md)).

- its tuning is **folded into `CatalogueChecksum`**, which the LAN Hello already
  compares and refuses a mismatch on
"""


async def test_the_preview_draws_markdown_emphasis_instead_of_its_marks() -> None:
    """The preview showed '**two humans**', '_no controller_' and '## Context' as written."""
    first, *rest = sample_decisions()
    marked = dataclasses.replace(first, body_source=BODY)
    app = make_app(Settings(), catalog_of((marked, *rest)), poll=False, index=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        content = app.screen.query_one("#preview-text", Static).content
        assert isinstance(content, Group)
        hanging = content.renderables[-1]
        assert isinstance(hanging, Hanging)
        body = hanging.text
        assert body.plain.split("\n") == [
            "Context",
            "",
            "A match seats two humans; the spare seats have no controller and VictorySystem "
            "never ends it (see snake_case_name and ADR-0032).",
            "",
            "- its tuning is folded into CatalogueChecksum, which the LAN Hello already "
            "compares and refuses a mismatch on",
            "",
        ]
        styles = {body.plain[s.start : s.end]: str(s.style) for s in body.spans}
        assert styles == {
            "Context": "bold",
            "two humans": "bold",
            "no controller": "italic",
            "VictorySystem": "bold",
            "ADR-0032": "underline",
            "folded into ": "bold",
            "CatalogueChecksum": "bold",
        }


def test_a_rename_row_names_the_old_file_and_its_folder_only_when_it_moved() -> None:
    """'renamed from services/payments-gateway/docs/adr/00…' lost the name at the edge."""
    old = "services/payments-gateway/docs/adr/0001-record-payments.md"
    assert moved_part(old, "services/payments-gateway/docs/adr/0001-ledger.md") == (
        "0001-record-payments.md"
    )
    assert moved_part(old, "docs/adr/0001-ledger.md") == old
    assert moved_part("0001-a.md", "0001-b.md") == "0001-a.md"


async def test_a_wrapped_diff_heading_hangs_under_its_first_row(
    repo: Path, settings: Settings
) -> None:
    """At 80x24 a long subject's second row began at column 0, like a line of the file."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        screen.query_one(RevisionList).highlighted = 1  # 2024-02-01: a long subject
        await settle(pilot)
        rows = screen.query_one(DiffView).text.splitlines()
        heading = rows[: next(i for i, row in enumerate(rows) if row.startswith("@@"))]
        assert len(heading) == 2 and "reword the" not in heading[0]
        assert heading[1].startswith("  ") and heading[1][2] != " "
        assert heading[1].endswith("reword the context")


async def test_a_wrapped_list_item_in_the_preview_hangs_under_its_words() -> None:
    """At 80x24 (the preview beside the list at 160) an item's second row started under
    its bullet, and read as a paragraph of its own."""
    first, *rest = sample_decisions()
    marked = dataclasses.replace(first, body_source=BODY)
    app = make_app(Settings(), catalog_of((marked, *rest)), poll=False, index=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        lines = [line.rstrip() for line in preview_lines(app)]
        item = next(i for i, line in enumerate(lines) if line.startswith("- its tuning"))
        end = next((i for i in range(item, len(lines)) if not lines[i]), len(lines))
        rows = lines[item + 1 : end]
        assert rows and all(row.startswith("  ") and row[2] != " " for row in rows)
        assert rows[-1].endswith("mismatch on")


def preview_lines(app: AdrApp) -> list[str]:
    """The preview's rows as drawn, at its width."""
    preview = app.screen.query_one("#preview-text", Static)
    return [strip.text for strip in preview.render_lines(preview.region.reset_offset)]


def test_a_long_file_name_wraps_after_a_hyphen_not_inside_a_word() -> None:
    """The File line of the preview (160x48) read '…-and-a-sea' then 't-without-a-peer…'."""
    path = "docs/adr/0001-the-lockstep-layer-may-run-ai-and-a-seat-without-a-peer-gets-a.md"
    assert [line.plain for line in wrap_value(Text(path), 54, PATH)] == [
        "docs/adr/0001-the-lockstep-layer-may-run-ai-and-a-",
        "seat-without-a-peer-gets-a.md",
    ]
    # no break in the line's second half: cut where the line ends, as before
    assert [line.plain for line in wrap_value(Text("ab-" + "c" * 40), 20, PATH)] == [
        "ab-" + "c" * 17,
        "c" * 20,
        "c" * 3,
    ]


async def open_problems(pilot: Pilot[Any]) -> OptionList:
    """Problems opened from Browse, and its list."""
    await settle(pilot)
    await pilot.press("p")
    await settle(pilot)
    return pilot.app.screen.query_one(OptionList)


async def test_a_long_problem_path_wraps_between_its_parts(make_repo: RepoFactory) -> None:
    """Problems at 80x24 folded the path at the edge: '…-gets-a-c' over 'ommander.md'."""
    name = "doc/adr/0001-the-lockstep-layer-may-run-ai-and-a-seat-without-a-peer-gets-a-"
    name += "commander.md"
    repo = make_repo({name: nygard(1, "Use cron", extra="\nAmends ADR-0009\n")})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        listed = await open_problems(pilot)
        rows = [listed.render_line(y).text.strip() for y in range(3)]
        assert rows[0].endswith("-a-") and rows[0].startswith("doc/adr/0001-the-lockstep")
        assert rows[1].startswith("commander.md  [")


def test_the_preview_draws_images_autolinks_and_comments_as_the_view_does() -> None:
    """adr/madr 0010 and 0013 read '!adr-013 rendered output', '<https://gist…>' and
    '<!-- markdownlint-disable-file MD013 -->' in the preview."""
    text = markdown_lines(
        "Rendered: ![adr-013 rendered output](0013-example.png)\n"
        "(similar to <https://gist.github.com/FaKeller/2f9c>) `![x](y.png)`\n"
        "<!-- markdownlint-disable-file MD013 -->"
    )
    assert text.plain == (
        "Rendered: (image: adr-013 rendered output)\n"
        "(similar to https://gist.github.com/FaKeller/2f9c) ![x](y.png)\n"
    )
    styles = [(text.plain[s.start : s.end], str(s.style)) for s in text.spans]
    assert styles == [
        ("(image: adr-013 rendered output)", "dim"),
        ("https://gist.github.com/FaKeller/2f9c", "underline"),
        ("![x](y.png)", "bold"),
    ]


async def test_an_empty_facet_says_so_whole_beside_a_scroll_bar() -> None:
    """At 80x24 a panel long enough to scroll cut it to '  none among these'."""
    untagged = [
        dataclasses.replace(d, tags=(), deciders=tuple(f"Decider {n} {d.number}" for n in "ab"))
        for d in sample_decisions()
    ]
    app = make_app(Settings(), catalog_of(tuple(untagged)), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        facets = app.screen.query_one(FacetList)
        assert facets.show_vertical_scrollbar
        rows = [facets.render_line(y).text.rstrip() for y in range(facets.size.height)]
        assert NO_VALUES in rows  # whole


async def test_without_colour_the_highlighted_problem_is_underlined(
    make_repo: RepoFactory,
) -> None:
    """NO_COLOR (set for every test): the highlighted problem was bold, like every path."""
    repo = make_repo(
        {
            "doc/adr/0001-use-cron.md": nygard(1, "Use cron", extra="\nAmends ADR-9\n"),
            "doc/adr/0002-use-queues.md": nygard(2, "Use queues", extra="\nAmends ADR-8\n"),
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        listed = await open_problems(pilot)
        assert app.no_color and listed.has_focus and listed.highlighted == 0
        for row, underlined in ((0, True), (1, True), (2, False), (3, False)):  # two rows each
            drawn = [s.style for s in listed.render_line(row) if s.text.strip() and s.style]
            assert drawn and all(bool(style.underline) is underlined for style in drawn)


async def test_without_colour_the_highlighted_revision_is_underlined(
    repo: Path, settings: Settings
) -> None:
    """Each revision's date is bold: the highlighted row's bold did not tell it apart."""
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        revisions = screen.query_one(RevisionList)
        assert app.no_color and revisions.has_focus and revisions.highlighted == 0
        for row, underlined in ((0, True), (1, True), (2, False)):  # the first row has two
            drawn = [s.style for s in revisions.render_line(row) if s.text.strip() and s.style]
            assert drawn and all(bool(style.underline) is underlined for style in drawn)


def test_the_tags_column_gives_way_only_to_names_it_would_cut_by_more_than_a_few_cells() -> None:
    kept = Columns.fit(86, repo=True, tags=True, names=15)  # 'platform-eng-xy': 1 cell over
    assert kept.tags == 18 and kept.repo == 14
    dropped = Columns.fit(86, repo=True, tags=True, names=21)  # 'orchestration-cluster'
    assert dropped.tags == 0 and dropped.repo == 22
    short = Columns.fit(86, repo=True, tags=True, names=5)  # 'infra': its titles get the rest
    wide = Columns.fit(86, repo=True, tags=True)
    assert short.repo == 7 and short.title == wide.title + wide.repo - 7


def test_short_repository_names_leave_their_column_narrow_under_a_short_heading() -> None:
    # Two repositories 'api' and 'web' kept 14 cells from the titles at 80 columns (walk 23).
    assert Columns.fit(80, repo=True, names=3).repo == NARROW_REPO
    assert header_text(80, repo=True, names=3).split()[3] == "Repo"
    assert "Repository" in header_text(80, repo=True, names=12)
    assert "Folder" in header_text(80, repo=False, folder=True, names=3)


def test_the_preview_lines_a_table_up_in_columns() -> None:
    """'| Stage | Proves | Ticks |' over '|-------|' read as a grid of bars and dashes."""
    text = markdown_lines(
        "| Stage | Proves | Ticks |\n"
        "|-------|--------|------:|\n"
        "| 1 | identical **commanders** agree | 900 |\n"
        "| a \\| b | x |\n"
        "after\n"
        "| a lone row |"
    )
    assert text.plain.split("\n") == [
        "Stage  Proves                      Ticks",
        "1      identical commanders agree  900",
        "a | b  x",
        "after",
        "| a lone row |",  # no rule under it: not a table
    ]
    bold = [text.plain[s.start : s.end] for s in text.spans if str(s.style) == "bold"]
    assert bold == ["Stage", "Proves", "Ticks", "commanders"]
