"""The ADR text widget's headings: what the contents list and anchor links go by."""

from __future__ import annotations

from rich.markdown import Markdown
from tests.helpers_ui import settle
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll

from adr_tui.core.logfile import anchor_of
from adr_tui.ui.widgets.markdown_text import Heading, MarkdownText, headings_of


def test_headings_are_the_parsers_own_not_lines_in_code() -> None:
    text = "# Use X\n\n```sh\n# not a heading\n```\n\n## Why `X` **now**\n\nText.\n"
    assert headings_of(Markdown(text)) == (
        Heading(1, "Use X", "use-x"),
        Heading(2, "Why X now", "why-x-now"),
    )


def test_anchors_are_githubs() -> None:
    assert anchor_of("Context and Problem Statement") == "context-and-problem-statement"
    assert anchor_of(" Décision: v1.2 (draft) ") == "décision-v12-draft"
    repeated = Markdown("## Option A\n### Pros\n## Option B\n### Pros\n### Pros\n")
    assert [h.slug for h in headings_of(repeated)] == [
        "option-a", "pros", "option-b", "pros-1", "pros-2",
    ]  # fmt: skip


TRICKY = """# Title one

Status: accepted

## Status

**Context**

## Context

| Decision | x |
|---|---|
| a | b |

## Decision

## <br>

Setext heading
--------------

## A very long heading that wraps across more than one line at forty-four columns

text
"""


class Reader(App[None]):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield MarkdownText()


async def test_each_heading_is_found_on_its_own_row_not_on_text_like_it() -> None:
    app = Reader()
    async with app.run_test(size=(44, 60)) as pilot:
        text = app.query_one(MarkdownText)
        text.update(TRICKY)
        await settle(pilot)  # drawn in a worker
        lines = [text.render_line(y).text.strip() for y in range(text.size.height)]
        rows = [text.heading_row(i) for i in range(len(text.headings))]
        shown = [lines[row] if row is not None else None for row in rows]
        assert shown == [
            "Title one",
            "Status",  # not "Status: accepted" above it
            "Context",  # not the bold "Context" label
            "Decision",  # not the table's "Decision" cell
            None,  # '## <br>': Rich draws no text for it
            "Setext heading",
            "A very long heading that wraps across more",  # its first row
        ]


class Listener(Reader):
    """A reader that keeps every heading list the text announces."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[Heading, ...]] = []

    def on_markdown_text_ready(self, message: MarkdownText.Ready) -> None:
        self.heard.append(message.headings)


async def test_an_empty_text_announces_no_headings_not_the_last_texts() -> None:
    app = Listener()
    async with app.run_test(size=(44, 20)) as pilot:
        text = app.query_one(MarkdownText)
        text.update("## One\n\nText.\n")
        await settle(pilot)
        text.update("")  # an ADR whose body is empty: the contents must empty too
        await settle(pilot)
        assert [[h.title for h in found] for found in app.heard] == [["One"], []]
        assert text.headings == ()
