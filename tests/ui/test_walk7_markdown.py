"""Walk 7: text nested past markdown-it's limit is said to be missing, not dropped silently.

A hostile ADR with a 400-level list showed nine items and then nothing: markdown-it
skips what is nested more than 20 levels deep, and in a list that is the rest of the text.
"""

from __future__ import annotations

import dataclasses

from rich.markdown import Markdown

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.markdown_depth import NESTING_LIMIT, skipped_too_deep
from adr_tui.ui.widgets.markdown_text import MarkdownText

from .conftest import catalog_of, sample_decisions, settle


def nested_list(depth: int) -> str:
    """A list ``depth`` levels deep, then a paragraph after it."""
    items = "".join("  " * level + f"- item {level}\n" for level in range(depth))
    return f"{items}\nThe paragraph after the list.\n"


def test_the_nesting_limit_is_found_where_markdown_it_gives_up() -> None:
    assert NESTING_LIMIT == 20
    assert not skipped_too_deep(Markdown(nested_list(9)))  # every item and the paragraph
    assert skipped_too_deep(Markdown(nested_list(10)))  # item 9 and the paragraph are gone
    assert not skipped_too_deep(Markdown(">" * 19 + " nineteen quotes\n"))
    assert skipped_too_deep(Markdown(">" * 20 + " twenty quotes\n"))


async def test_the_adr_view_says_part_of_the_text_is_not_shown() -> None:
    first, *rest = sample_decisions()
    deep = dataclasses.replace(first, body_source=f"## Context\n\n{nested_list(400)}")
    app = make_app(Settings(), catalog_of((deep, *rest)), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        text = app.screen.query_one(MarkdownText)
        lines = [text.render_line(y).text.strip() for y in range(text.virtual_size.height)]
        assert "• item 8" in lines
        assert not any("item 9" in line for line in lines)
        said = " ".join(lines[lines.index("• item 8") + 1 :])
        assert "nested more than 20 levels deep" in said
        assert "press v for the full source" in said
