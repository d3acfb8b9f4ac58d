"""The ADR text widget's headings: what the contents list and anchor links go by."""

from __future__ import annotations

from rich.markdown import Markdown

from adr_tui.ui.widgets.markdown_text import Heading, headings_of, slug


def test_headings_are_the_parsers_own_not_lines_in_code() -> None:
    text = "# Use X\n\n```sh\n# not a heading\n```\n\n## Why `X` **now**\n\nText.\n"
    assert headings_of(Markdown(text)) == (
        Heading(1, "Use X", "use-x"),
        Heading(2, "Why X now", "why-x-now"),
    )


def test_anchors_are_githubs() -> None:
    assert slug("Context and Problem Statement") == "context-and-problem-statement"
    assert slug(" Décision: v1.2 (draft) ") == "décision-v12-draft"
