"""Round 22o-2: ``adr-tui diff`` and the source view show a log's section as its file writes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.test_onefile_shown import REVISIONS, moving_log, two

from adr_tui.cli.main import main
from adr_tui.ui.widgets.source_view import read_source

Capture = pytest.CaptureFixture[str]


def test_diff_of_a_section_reads_as_the_file_and_counts_its_lines(
    tmp_path: Path, capsys: Capture
) -> None:
    repo = moving_log(tmp_path / "repo")
    assert main(["diff", "ADR-002", "-C", str(repo)]) == 0
    out = capsys.readouterr().out
    assert "--- a/DECISIONS.md\n+++ b/DECISIONS.md\n@@ -14,5 +17,5 @@\n" in out
    assert " ## ADR-002: Use Redis\n-- **Status**: Proposed\n+- **Status**: Accepted\n" in out
    assert " ### Decision\n" in out and "Reason" not in out  # the section alone

    assert main(["diff", "2", "-C", str(repo), "--json"]) == 0
    hunk = json.loads(capsys.readouterr().out)["hunks"][0]
    assert hunk["header"] == "@@ -14,5 +17,5 @@"
    new_lines = REVISIONS[2].splitlines()
    assert all(new_lines[ln["new"] - 1] == ln["text"] for ln in hunk["lines"] if ln["new"])


def test_the_source_view_reads_a_section_as_written_from_its_line(tmp_path: Path) -> None:
    repo = moving_log(tmp_path / "repo")
    read = read_source(repo, None, "DECISIONS.md", "2")
    assert read.text is not None
    assert read.text.first == 17
    assert read.text.lines == two("Accepted").split("\n")
    whole = read_source(repo, None, "DECISIONS.md")  # a whole file: from line 1, as before
    assert whole.text is not None and whole.text.first == 1
    assert whole.text.lines[16] == "## ADR-002: Use Redis"
