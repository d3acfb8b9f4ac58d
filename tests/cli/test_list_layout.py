"""The list's lines: each cell cut or padded to its column, two spaces apart, no trailing blanks."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console

from adr_tui.cli.render import decision_table
from adr_tui.core.model import Decision, Status


def listed(decisions: list[Decision], width: int) -> list[str]:
    console = Console(width=width, no_color=True, record=True, file=io.StringIO())
    console.print(decision_table(decisions, width), no_wrap=True, overflow="ignore", crop=False)
    return console.export_text().splitlines()


def adr(number: int | None, title: str, tags: tuple[str, ...] = ()) -> Decision:
    return Decision(
        id=f"docs/adr/{number}-x", path=f"docs/adr/{number}-x.md", title=title, number=number,
        status=Status.ACCEPTED, tags=tags,
    )  # fmt: skip


def test_wide_characters_and_long_numbers_keep_every_column_in_place() -> None:
    lines = listed(
        [
            adr(12345, "スキーマ移行の決定とその理由についての長い説明"),
            adr(7, "Use PostgreSQL", ("storage",)),
        ],
        60,
    )
    header, wide, plain = lines
    assert header.split() == ["#", "Status", "Date", "Title", "Tags"]
    assert wide.startswith("12345  accepted")  # the column grows: a number is never cut
    assert plain.startswith(" 0007  accepted")
    assert all(cell_len(line) <= 60 for line in lines)
    assert wide.endswith("…")  # the title cut to its column, not spilled over
    assert plain.endswith("storage") and not any(line.endswith(" ") for line in lines)


def test_a_lettered_record_shows_its_whole_number() -> None:
    # review: '0026a' was cut to '002…' in a four-cell column
    lettered = Decision(
        id="docs/adr/ADR-026a-x", path="docs/adr/ADR-026a-x.md", title="Safe mutation",
        number=26, status=Status.ACCEPTED,
    )  # fmt: skip
    header, first, second = listed([adr(26, "Mutation"), lettered], 80)
    assert first.startswith(" 0026  accepted") and second.startswith("0026a  accepted")
