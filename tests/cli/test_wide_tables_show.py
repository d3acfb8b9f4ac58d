"""'show' draws a table too wide for the terminal row by row, as the ADR view does."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.cli.main import main

COLUMNS = 40
TABLE = (
    "| " + " | ".join(f"Col{i}" for i in range(COLUMNS)) + " |\n|" + "---|" * COLUMNS + "\n"
    "| " + " | ".join(f"v{i}" for i in range(COLUMNS)) + " |\n"
)
ADR = f"# 1. Wide\n\nDate: 2024-01-03\n\n## Status\n\nAccepted\n\n## Context\n\n{TABLE}\nAfter.\n"


def test_show_prints_every_cell_of_a_forty_column_table(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    repo = make_repo({"docs/adr/0001-wide.md": ADR})
    assert main(["show", "1", "-C", str(repo)]) == 0
    pairs = {tuple(line.split()) for line in capsys.readouterr().out.splitlines()}
    assert [i for i in range(COLUMNS) if (f"Col{i}", f"v{i}") not in pairs] == []
    assert ("After.",) in pairs
