"""Decisions the text names in prose ("see ADR-0012") are followed like its relations."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Reference, Relation, RelationKind
from adr_tui.core.settings import Settings
from adr_tui.ui import render
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.mentions import Numbers, mentions
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.markdown_text import MENTION_KEY, MarkdownText

from ..conftest import RepoFactory
from .conftest import sample_decisions, settle

STATUS = "Date: 2024-01-02\n\n## Status\n\nAccepted\n"
LOG = {
    "docs/adr/0001-use-cron.md": f"# 1. Use cron\n\n{STATUS}",
    "docs/adr/0002-use-queues.md": (
        f"# 2. Use queues\n\n{STATUS}\n## Context\n\nThis ADR-0002 replaces cron, see "
        "ADR-0001.\n\nADR-0099 is not written yet; [bold]ADR-0001[/bold] stays text.\n\n"
        "As decided in ADR 3, we keep it.\n"
    ),
    "docs/adr/0003-keep-it-small.md": f"# 3. Keep it small\n\n{STATUS}",
}


@contextlib.asynccontextmanager
async def reading_adr_2(repo: RepoFactory, rows: int) -> AsyncIterator[tuple[AdrApp, Pilot[Any]]]:
    """The app on ADR-0002 of :data:`LOG`, at 80 columns and ``rows`` rows."""
    app = make_app(Settings(), load_catalog(repo(LOG), Settings()), poll=False, index=False)
    async with app.run_test(size=(80, rows)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        assert number(app) == 2
        yield app, pilot


def number(app: AdrApp) -> int | None:
    assert isinstance(app.screen, AdrScreen)
    return app.screen.entry.decision.number


def test_mentions_are_adr_and_a_number() -> None:
    text = "see ADR-0012, ADR 36, ADR#7 and adr-026a; not ADRs 3, docs/adr/0012 or ADR-12xy"
    assert [(m.number, m.letter, text[m.start : m.end]) for m in mentions(text)] == [
        (12, "", "ADR-0012"),
        (36, "", "ADR 36"),
        (7, "", "ADR#7"),
        (26, "a", "adr-026a"),
    ]


def test_of_two_logs_numbered_alike_a_mention_names_the_one_beside_it() -> None:
    first, second, *_ = sample_decisions()
    here = replace(first, id="a/1", path="services/a/adr/0001-x.md", number=1)
    there = replace(second, id="b/1", path="services/b/adr/0001-y.md", number=1)
    source = replace(first, id="a/2", path="services/a/adr/0002-z.md", number=2)
    numbers = Numbers((here, there, source))
    assert numbers.mentioned(source, "see ADR-0001 and ADR-0002") == {(1, ""): here}
    alone = replace(source, path="services/c/adr/0002-z.md")
    assert numbers.mentioned(alone, "see ADR-0001") == {}  # which of the two: not said


def test_of_two_folder_kept_logs_a_mention_names_the_record_of_its_own_log() -> None:
    """Review 8 NIT: '0002-x/README.md' is in its own folder; its log is the folder above."""
    first, second, *_ = sample_decisions()
    here = replace(first, id="a/1", path="a/adr/0001-x/README.md", number=1)
    there = replace(second, id="b/1", path="b/adr/0001-y/README.md", number=1)
    source = replace(first, id="a/2", path="a/adr/0002-z/README.md", number=2)
    assert Numbers((here, there, source)).mentioned(source, "see ADR-0001") == {(1, ""): here}


def test_a_number_a_relation_names_but_no_decision_of_the_log_is_no_mention() -> None:
    """The demo's ADR-0003 (a seed from another log): "ADR-001: Use PostgreSQL for Primary
    Database" is left unresolved by the linker, not offered as this log's ADR-0001."""
    first, second, *_ = sample_decisions()
    one = replace(first, id="1", path="docs/adr/0001-record.md", number=1)
    elsewhere = Relation(RelationKind.RELATES_TO, Reference("ADR-001: Use PostgreSQL", 1))
    source = replace(second, id="3", path="docs/adr/0003-x.md", number=3, relations=(elsewhere,))
    numbers = Numbers((one, source))
    assert numbers.mentioned(source, "Related: ADR-001: Use PostgreSQL") == {}
    linked = replace(elsewhere, target_id="1")
    assert numbers.mentioned(replace(source, relations=(linked,)), "see ADR-001") == {(1, ""): one}


def test_a_mention_in_an_html_comment_is_not_offered() -> None:
    """Review 8 S1: listed under Mentions, it was drawn nowhere (Markdown hides comments)."""
    first, second, *_ = sample_decisions()
    one = replace(first, id="1", path="docs/adr/0001-record.md", number=1)
    source = replace(second, id="3", path="docs/adr/0003-x.md", number=3, relations=())
    numbers = Numbers((one, source))
    assert numbers.mentioned(source, "<!-- see ADR-0001 -->\ntext") == {}
    assert numbers.mentioned(source, "<!-- x -->see ADR-0001") == {(1, ""): one}


async def test_mentioned_decisions_are_listed_and_followed(make_repo: RepoFactory) -> None:
    async with reading_adr_2(make_repo, 24) as (app, pilot):
        links = app.screen.query_one("#adr-relations", OptionList)
        prompts = [links.get_option_at_index(i).prompt for i in range(links.option_count)]
        shown = [p.text(1000).plain for p in prompts if isinstance(p, render.Fields)]
        assert [p.split("  [")[0] for p in shown] == [
            "Mentions      ADR-0001  Use cron",
            "Mentions      ADR-0003  Keep it small",
        ]  # not itself, not ADR-0099 (no such record here), ADR-0001 once
        await pilot.press("l", "down", "enter")
        await settle(pilot)
        assert number(app) == 3
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert number(app) == 2


async def test_a_click_on_a_mention_opens_it_and_text_stays_text(make_repo: RepoFactory) -> None:
    async with reading_adr_2(make_repo, 40) as (app, pilot):
        text = app.screen.query_one(MarkdownText)
        lines = [text.render_line(y) for y in range(text.size.height)]
        marked = [
            segment.text
            for line in lines
            for segment in line
            if segment.style is not None and MENTION_KEY in segment.style.meta
        ]
        assert marked == ["ADR-0001", "ADR-0001", "ADR 3"]  # not ADR-0099, not itself
        assert any("[bold]ADR-0001[/bold] stays text." in line.text for line in lines)
        row = next(y for y, line in enumerate(lines) if "ADR 3" in line.text)
        assert await pilot.click(MarkdownText, offset=(lines[row].text.index("ADR 3") + 2, row))
        await settle(pilot)
        assert number(app) == 3
