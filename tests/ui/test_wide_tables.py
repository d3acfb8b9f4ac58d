"""A table too wide for the ADR view is shown row by row, every cell whole (80x24)."""

from __future__ import annotations

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.markdown_tables import WholeTablesMarkdown
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.markdown_text import MarkdownText, rendered_lines

from ..conftest import RepoFactory
from .conftest import settle

COLUMNS = 40
HEAD = "| " + " | ".join(f"Col{i}" for i in range(COLUMNS)) + " |\n|" + "---|" * COLUMNS + "\n"
ROWS = "".join("| " + " | ".join(f"r{r}v{i}" for i in range(COLUMNS)) + " |\n" for r in range(3))
TOKEN = "x" * 499 + "y"  # a word (a URL, a hash) wider than any column
WIDE = (
    "# 2. Wide tables\n\nDate: 2024-01-03\n\n## Status\n\nAccepted\n\n## Context\n\n"
    f"Before the table.\n\n{HEAD}{ROWS}\n| Option | Link |\n|---|---|\n| B | {TOKEN} |\n\n"
    "| A | B |\n|---|---|\n| fits | here |\n\nAfter the tables.\n"
)


async def test_a_forty_column_table_shows_every_cell_at_80_columns(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo({"docs/adr/0002-wide-tables.md": WIDE})
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        markdown = app.screen.query_one(MarkdownText)
        lines = [markdown.render_line(y).text.rstrip() for y in range(markdown.size.height)]
        assert all(len(line) <= 80 for line in lines)
        text = "\n".join(lines)
        pairs = {tuple(line.split()) for line in lines}
        cells = [(f"Col{i}", f"r{r}v{i}") for r in range(3) for i in range(COLUMNS)]
        assert [cell for cell in cells if cell not in pairs] == []
        assert "Row 3 of 3" in text and "…" not in text  # nothing cut
        assert TOKEN in "".join(text.split())  # folded on lines of its own, whole
        assert ("fits", "here") in pairs  # a table that fits stays a table
        assert "After the tables." in text


def test_a_too_wide_table_of_headings_alone_lists_them() -> None:
    headings = "| " + " | ".join(f"Heading{i}" for i in range(20)) + " |\n|" + "---|" * 20 + "\n"
    lines = rendered_lines(WholeTablesMarkdown(f"Before.\n\n{headings}\nAfter.\n"), 76)
    words = [line.text.split() for line in lines if line.text.strip()]
    assert words[0] == ["Before."] and words[1][:4] == ["Table", "headings,", "no", "rows"]
    assert words[2:] == [[f"Heading{i}"] for i in range(20)] + [["After."]]
