"""Round 22o-3 (review 11): the CLI names a log's sections as check does, and says what it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, build, commit, write

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]

TWO = "# D\n\n## ADR-001: Use X\n\nx\n\n## ADR-002: Use Y\n\ny\n"


def _log(dest: Path) -> Path:
    return build(dest, commit(ADA, "2024-01-01T12:00:00+00:00", "init", write("DECISIONS.md", TWO)))


def test_a_section_not_yet_committed_has_no_history(tmp_path: Path, capsys: Capture) -> None:
    repo = _log(tmp_path / "repo")
    (repo / "DECISIONS.md").write_text(TWO + "\n## ADR-003: Use Z\n\nz\n")
    for command in ("diff", "history"):
        assert main([command, "3", "-C", str(repo)]) != 0
        said = capsys.readouterr()
        assert "DECISIONS.md#3: no history (never committed)" in said.err
        assert "0 revisions" not in said.out and not said.out
