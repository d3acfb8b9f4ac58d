"""Walk 19: the ADR view's links wrap as the metadata does, and rewrap when the pane narrows.

On real logs at 80x24 a long link row went back to the left edge ('[ACCEPTED]' alone
under the label read as another row), and with the text scrolled down, showing the
contents pane left the rows wrapped for the wider pane, cut at the new edge: a
linked record's title lost its last words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import ColorSystem
from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from textual.widget import Widget
from textual.widgets import Static

from adr_tui.core.settings import Settings
from adr_tui.ui import render
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.link_list import LinkList

from .conftest import settle

LONG = "Key-Value Store Roadmap and future considerations of the stores"
KV = "docs/adr/0001-key-value-stores.md"
ROADMAP = "docs/adr/0002-key-value-store-roadmap.md"


def _log(make_repo: RepoFactory) -> Path:
    """Record 1 amended by record 2, whose title is long; record 1's text is long too."""
    body = "".join(f"\nParagraph {n} of the context, long enough to scroll.\n" for n in range(40))
    amends = "\nAmends [1. Key-value stores](0001-key-value-stores.md)\n"
    return make_repo(
        {KV: nygard(1, "Key-value stores", extra=body), ROADMAP: nygard(2, LONG, extra=amends)}
    )


def _rows(links: LinkList) -> list[str]:
    return [links.render_line(y).text.rstrip() for y in range(links.region.height)]


async def test_a_long_link_wraps_under_its_value(make_repo: RepoFactory) -> None:
    app = make_app(Settings(use_cache=False), paths=[_log(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "1", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        links = app.screen.query_one(LinkList)
        meta_x = app.screen.query_one("#adr-meta").content_region.x
        assert links.content_region.x == meta_x  # labels in one column with the metadata's
        rows = _rows(links)
        assert rows[0].startswith("Amended-by    ADR-0002  Key-Value")
        assert len(rows) > 1 and all(row.startswith(" " * 14) for row in rows[1:])
        assert "[ACCEPTED]" in " ".join(rows)


async def test_showing_the_contents_rewraps_the_links_when_scrolled(
    make_repo: RepoFactory,
) -> None:
    app = make_app(Settings(use_cache=False), paths=[_log(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "1", "enter")
        await settle(pilot)
        for key in ("t", "t", "end", "t"):  # contents shown, hidden, text to its end, shown
            await pilot.press(key)
            await settle(pilot)
        links = app.screen.query_one(LinkList)
        rows = _rows(links)
        assert max(len(row) for row in rows) <= links.content_region.width
        words = " ".join(" ".join(rows).split())
        assert f"ADR-0002 {LONG} [ACCEPTED]" in words


def _chain(make_repo: RepoFactory) -> Path:
    """Record 1 superseded by 2, superseded in turn by 3, the one in force."""

    def superseded(number: int, title: str, by: int, slug: str) -> str:
        return nygard(number, title, status=f"Superseded by [{by}. x](000{by}-{slug}.md)")

    return make_repo(
        {
            "doc/adr/0001-run-jobs-with-cron.md": superseded(1, "Run jobs with cron", 2, "celery"),
            "doc/adr/0002-celery.md": superseded(2, "Use Celery", 3, "temporal"),
            "doc/adr/0003-temporal.md": nygard(3, "Use Temporal"),
        }
    )


async def test_what_is_in_force_is_one_link_away(make_repo: RepoFactory) -> None:
    """The banner said 'in force: ADR-0003' over ADR-0001, but only ADR-0002 was a link."""
    app = make_app(Settings(use_cache=False), paths=[_chain(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        firsts: list[list[str]] = []  # the first row of each link, words one space apart
        for number in ("1", "2"):
            await pilot.press("g", number, "enter")
            await settle(pilot)
            assert isinstance(app.screen, AdrScreen)
            rows = _rows(app.screen.query_one(LinkList))
            firsts.append([" ".join(row.split()) for row in rows if not row.startswith(" ")])
            await pilot.press("escape")
            await settle(pilot)
        assert firsts[0] == [
            "In force ADR-0003 Use Temporal [ACCEPTED]",
            "Superseded-by ADR-0002 Use Celery [SUPERSEDED]",
        ]
        assert "Superseded-by ADR-0003 Use Temporal [ACCEPTED]" in firsts[1]
        assert not [row for row in firsts[1] if row.startswith("In force")]  # linked once
        await pilot.press("g", "1", "enter")
        await settle(pilot)
        await pilot.press("l", "enter")  # the first link: what governs now
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision.number == 3


async def test_the_out_of_force_banner_stands_out_in_16_colours(
    make_repo: RepoFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With TERM=xterm the banner's muted red became black, the screen's own background."""
    monkeypatch.delenv("NO_COLOR")  # colours as a 16-colour terminal gets them, reduced
    app = make_app(Settings(use_cache=False), paths=[_chain(make_repo)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "1", "enter")
        await settle(pilot)
        banner = app.screen.query_one("#adr-banner")
        assert banner.display

        def in_16(widget: Widget) -> int | None:
            """Which of the 16 colours the terminal is sent for ``widget``'s background."""
            return widget.background_colors[1].rich_color.downgrade(ColorSystem.STANDARD).number

        assert in_16(banner) != in_16(app.screen.query_one("#adr-scroll"))


async def test_a_wrapped_status_goes_on_under_the_values(make_repo: RepoFactory) -> None:
    """'(superseded by …)' wrapped a column left of every other value (mixed log, 80x24)."""
    slug = "20201016-use-the-adr-slug-as-its-unique-id"
    repo = make_repo(
        {
            "r/docs/adr/0001-use-adr-number-as-a-unique-id.md": nygard(
                1, "Use the ADR number as its unique ID", status=f"Superseded by {slug}"
            ),
            f"r/docs/adr/{slug}.md": "# Use the ADR slug as its unique ID\n\nAccepted.\n",
        }
    )
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "1", "enter")
        await settle(pilot)
        meta = app.screen.query_one("#adr-meta", Static)
        assert isinstance(meta.content, render.Fields)
        lines = meta.content.text(meta.content_region.width).plain.splitlines()
        status = lines.index(next(line for line in lines if line.startswith("Status")))
        date = lines[status + 2]
        assert lines[status + 1].strip().startswith(slug) and date.startswith("Date")
        column = len(date) - len(date[4:].lstrip())  # where the values begin
        assert len(lines[status + 1]) - len(lines[status + 1].lstrip()) == column
