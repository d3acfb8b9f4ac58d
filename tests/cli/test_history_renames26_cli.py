"""``adr-tui history N`` of a record first written under a name no ADR has (round 26h)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.test_history_renames26 import RECORD, renamed_story

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]
DRAFT = "notes/draft.txt"


def test_history_says_where_the_record_was_written_first(tmp_path: Path, capsys: Capture) -> None:
    repo = renamed_story(tmp_path / "repo", DRAFT)
    assert main(["history", "4", "-C", str(repo), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert f"Created    2023-01-02 10:00 +0000 as {DRAFT}\n" in out
    assert "Revisions  3\n" in out
    assert "  2023-01-02  proposed  (Grace Lee)\n" in out
    assert f"    {DRAFT} → {RECORD}\n" in out
    assert main(["history", "4", "-C", str(repo), "--no-cache", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["paths"] == [DRAFT, RECORD]
    assert data["created"] == "2023-01-02T10:00:00+00:00"
    assert [(r["kind"], r["old_path"]) for r in data["revisions"]] == [
        ("added", None),
        ("modified", None),
        ("renamed", DRAFT),
    ]
    assert main(["history", "3", "-C", str(repo), "--no-cache"]) == 0  # never renamed
    assert "Created    2023-01-02 10:00 +0000\n" in capsys.readouterr().out
