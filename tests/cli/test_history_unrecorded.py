"""``history``: a status the file states that no commit shown brought (an edit not committed
yet, a merge's own change) is its timeline's last line, marked as such."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers_git import BOB, GRACE, adr, build, commit, linear_repo, write

from adr_tui.cli.main import main
from adr_tui.core.history import UNRECORDED

Capture = pytest.CaptureFixture[str]
FIRST = "docs/adr/0001-first.md"


def _history(capsys: Capture, repo: Path) -> tuple[str, object]:
    assert main(["history", "1", "-C", str(repo), "--json"]) == 0
    unrecorded = json.loads(capsys.readouterr().out)["status_now"]
    assert main(["history", "1", "-C", str(repo)]) == 0
    return capsys.readouterr().out, unrecorded


def test_a_clean_file_ends_its_timeline_at_its_last_commit(tmp_path: Path, capsys: Capture) -> None:
    text, unrecorded = _history(capsys, linear_repo(tmp_path / "repo", count=2))
    assert unrecorded is None and "now" not in text and UNRECORDED not in text


def test_a_status_not_committed_yet_ends_the_timeline(tmp_path: Path, capsys: Capture) -> None:
    repo = linear_repo(tmp_path / "repo", count=2)
    (repo / FIRST).write_bytes(adr("First", status="deprecated"))  # edited, not committed
    text, unrecorded = _history(capsys, repo)
    assert unrecorded == "deprecated"
    last = text.split("Status timeline")[1].split("Revisions")[0].strip().splitlines()[-1]
    assert last.split()[:2] == ["now", "deprecated"] and UNRECORDED in last


def test_a_merge_that_wrote_its_own_status_ends_the_timeline(
    tmp_path: Path, capsys: Capture
) -> None:
    # A conflict resolved with text of neither side: git log lists the merge under no file.
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-01T10:00:00+00:00", "Add", write(FIRST, adr("First", "proposed"))),
        commit(BOB, "2024-01-02T10:00:00+00:00", "Accept", write(FIRST, adr("First")), branch="b"),
        commit(
            GRACE, "2024-01-03T10:00:00+00:00", "Reject", write(FIRST, adr("First", "rejected"))
        ),
        commit(
            GRACE,
            "2024-01-04T10:00:00+00:00",
            "Merge b",
            write(FIRST, adr("First", "deprecated")),
            merge="b",
        ),
    )
    text, unrecorded = _history(capsys, repo)
    assert unrecorded == "deprecated"
    assert "rejected" in text and UNRECORDED in text
