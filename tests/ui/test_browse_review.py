"""Browse gaps found by driving the real app: words for not-in-force, header, sort, tags…"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color_triplet import ColorTriplet
from tests.helpers_ui import plain_of
from textual.command import CommandList, CommandPalette
from textual.filter import dim_color
from textual.widgets import Static

import adr_tui.core.search  # noqa: F401  # imported, so want_index opens engines at once
from adr_tui.core.catalog import Catalog
from adr_tui.core.links import resolve_links
from adr_tui.core.model import RelationKind, Status
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.listing import Query
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.widgets.adr_list import AdrList

from .conftest import _decision, catalog_of, sample_decisions, settle


def replaced_from_the_newer_side() -> Catalog:
    """ADR 1 still says accepted; ADR 2 says it supersedes 1 (the only side that says so)."""
    old = _decision(1, "Use Solr for search", Status.ACCEPTED, "2022-01-10", tags=("search",))
    new = _decision(
        2,
        "Use OpenSearch for search",
        Status.ACCEPTED,
        "2023-01-10",
        tags=("search",),
        relations=((RelationKind.SUPERSEDES, 1),),
    )
    return catalog_of(resolve_links((old, new)))


def list_line(app: AdrApp, y: int) -> str:
    return app.screen.query_one(AdrList).render_line(y).text


async def test_a_decision_replaced_from_the_newer_side_reads_superseded() -> None:
    app = make_app(Settings(), replaced_from_the_newer_side(), poll=False, index=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        assert "SUPERSEDED" in list_line(app, 0)
        assert "ACCEPTED" not in list_line(app, 0)
        assert "ACCEPTED" in list_line(app, 1)
        preview = plain_of(app.screen.query_one("#preview-text", Static).content)
        assert "SUPERSEDED" in preview and "(file says Accepted)" in preview
        await pilot.press("j")
        await settle(pilot)
        preview = plain_of(app.screen.query_one("#preview-text", Static).content)
        assert "SUPERSEDED" not in preview


async def test_opening_by_id_leaves_the_cursor_on_that_decision(catalog: Catalog) -> None:
    app = make_app(Settings(), catalog, poll=False, index=False, open_id="5")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not isinstance(app.screen, BrowseScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, BrowseScreen)
        row = app.screen.query_one(AdrList).current
        assert row is not None and row.entry.decision.number == 5


async def test_the_header_names_the_filters_first_and_ends_in_an_ellipsis_when_cut(
    catalog: Catalog,
) -> None:
    query = Query(
        text="postgresql", statuses=frozenset({Status.SUPERSEDED}), tags=frozenset({"storage"})
    )
    app = make_app(Settings(), catalog, poll=False, index=False, query=query)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = str(app.screen.query_one("#browse-header", Static).content)
        assert line.startswith("2/8 ADRs  search 'postgresql' · status: superseded · tag: storage")
        assert line.endswith("…") and len(line) == 78  # 80 columns less the padding
        await pilot.resize_terminal(200, 24)
        await settle(pilot)
        line = str(app.screen.query_one("#browse-header", Static).content)
        assert line.endswith("sort: relevance  2 problems (p)  acme-platform  adr-tui")


def contrast(fg: ColorTriplet, bg: ColorTriplet) -> float:
    """WCAG 2 contrast ratio of two sRGB colours."""

    def luminance(rgb: ColorTriplet) -> float:
        linear = [c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def worst_contrast(app: AdrApp, y: int) -> float:
    """The lowest contrast of any text on line ``y`` of the list, dim applied as Textual does."""
    ratios = []
    for segment in app.screen.query_one(AdrList).render_line(y):
        style = segment.style
        if not segment.text.strip() or style is None or not style.color or not style.bgcolor:
            continue
        fg = style.color.get_truecolor()
        bg = style.bgcolor.get_truecolor()
        if style.dim:
            fg = dim_color(style.bgcolor, style.color).get_truecolor()
        ratios.append(contrast(fg, bg))
    return min(ratios)


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_rows_not_in_force_stay_readable_in_light_and_dark(
    catalog: Catalog, theme: str
) -> None:
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        app.theme = theme
        await settle(pilot)
        for y in (1, 5, 6):  # superseded, rejected and deprecated rows (the cursor is on 0)
            assert worst_contrast(app, y) >= 4.5, (theme, y)


async def test_tags_show_beside_the_preview_at_160_columns(app: AdrApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#preview").display
        heading = str(app.screen.query_one("#list-header", Static).content)
        assert heading.rstrip().endswith("Tags")
        assert list_line(app, 2).rstrip().endswith("storage, database")
        assert list_line(app, 7).rstrip().endswith("security, integra…")  # cut, and says so


def two_repos() -> tuple[Catalog, Catalog]:
    return (
        catalog_of(sample_decisions(), root=Path("/srv/repoA")),
        catalog_of(sample_decisions(), root=Path("/srv/repoB")),
    )


async def test_with_two_repos_the_headings_follow_the_filter_panel() -> None:
    app = make_app(Settings(), two_repos(), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        heading = str(app.screen.query_one("#list-header", Static).content)
        row = list_line(app, 0)
        assert "Repo " in heading and "repoA" in row  # the repository column stays
        assert heading.index("Title") == row.index("Record")  # and the columns line up
        await pilot.press("f")
        await settle(pilot)
        heading = str(app.screen.query_one("#list-header", Static).content)
        assert heading.index("Title") == list_line(app, 0).index("Record")


async def test_go_to_a_number_two_repos_share_asks_which() -> None:
    app = make_app(Settings(), two_repos(), poll=False, index=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("g", "2", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        options = app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert len(prompts) == 2
        assert prompts[0].startswith("repoA: ADR-0002") and prompts[1].startswith("repoB: ADR-0002")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.root == Path("/srv/repoB")
        assert app.screen.entry.decision.number == 2


async def test_the_header_says_indexing_and_searching_until_results_arrive(
    catalog: Catalog,
) -> None:
    app = make_app(Settings(), catalog, poll=False)  # with the background index
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        app.want_index()  # what "/" does: the build starts in a worker
        assert app.indexing
        assert str(screen.query_one("#browse-header", Static).content).startswith(
            "8/8 ADRs  indexing…"
        )
        screen.set_query(Query(text="postgresql"))
        header = str(screen.query_one("#browse-header", Static).content)
        assert header.startswith("8/8 ADRs  searching…")  # before any result arrives
        await settle(pilot)
        header = str(screen.query_one("#browse-header", Static).content)
        assert header.startswith("8/8 ADRs  search 'postgresql'")  # every body names it
        assert not app.indexing and all(engine.ready for engine in app.engines.values())
