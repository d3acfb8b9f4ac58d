"""``adr-tui [PATH…] --at REV``: a revision that names no commit fails before the UI starts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.helpers_git import linear_repo

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]


def test_an_unknown_at_fails_before_the_ui_like_list_does(tmp_path: Path, capsys: Capture) -> None:
    repo = linear_repo(tmp_path / "repo", count=2)
    assert main([str(repo), "--at", "notadate"]) == 1
    tui = capsys.readouterr().err
    assert main(["list", "-C", str(repo), "--at", "notadate"]) == 1
    assert tui == capsys.readouterr().err
    assert "unknown revision 'notadate'" in tui


def test_a_known_at_gets_past_the_check(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = linear_repo(tmp_path / "repo", count=2)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)  # even under pytest -s in a terminal
    assert main([str(repo), "--at", "HEAD~1"]) == 1
    assert "interactive terminal" in capsys.readouterr().err


def test_at_on_a_folder_without_git_says_so(tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / "plain"
    (folder / "docs/adr").mkdir(parents=True)
    assert main([str(folder), "--at", "HEAD"]) == 1
    assert "is not a Git repository" in capsys.readouterr().err
