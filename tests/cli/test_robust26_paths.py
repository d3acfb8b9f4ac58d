"""Robustness 26: a repository named from anywhere (a subfolder, .git, ~, a record's file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.test_robust26_gitdir import three_records
from tests.helpers_git import tree_digest

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]
SECOND = "docs/adr/0002-second.md"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return three_records(tmp_path_factory.mktemp("home") / "repo")


def titles(capsys: Capture) -> list[str]:
    return [d["title"] for d in json.loads(capsys.readouterr().out)]


@pytest.mark.parametrize("where", ["docs", "docs/adr", ".git", "src"])
def test_every_command_works_from_inside_the_repository(
    repo: Path, where: str, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    before = tree_digest(repo)
    monkeypatch.chdir(repo / where)
    assert main(["list", "--json", "--no-cache"]) == 0
    assert titles(capsys) == ["First", "Second", "Third"]
    assert main(["history", "2", "--json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == SECOND
    assert tree_digest(repo) == before


@pytest.mark.parametrize("named", ["{repo}/", "{repo}/docs/adr/", "{repo}/docs/adr/../adr"])
def test_a_path_with_a_trailing_slash_or_inside_the_adr_folder(
    repo: Path, named: str, capsys: Capture
) -> None:
    assert main(["list", "--json", "--no-cache", named.format(repo=repo)]) == 0
    assert titles(capsys) == ["First", "Second", "Third"]


@pytest.mark.parametrize("args", [["~/repo"], ["-C", "~/repo"], ["-C", "~", "repo"]])
def test_a_tilde_the_shell_left_is_the_home_folder(
    repo: Path, args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    # A quoted '~/repo' said ".../~/repo does not exist"; the TUI's paths took it as home.
    monkeypatch.setenv("HOME", str(repo.parent))
    assert main(["list", "--json", "--no-cache", *args]) == 0
    assert titles(capsys) == ["First", "Second", "Third"]


@pytest.mark.parametrize("typed", ["0002-second.md", "./0002-second.md", "../adr/0002-second.md"])
def test_a_record_s_file_named_from_its_folder_is_that_record(
    repo: Path, typed: str, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    # "no ADR named '0002-second.md'": only a path from the repository's root was one.
    monkeypatch.chdir(repo / "docs/adr")
    assert main(["show", typed, "--json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Second"
    assert main(["history", typed, "--json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == SECOND


def test_a_record_s_file_named_from_outside_is_read_in_its_repository(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    # history said the folder started in was "not a Git repository".
    monkeypatch.chdir(repo.parent)
    assert main(["history", f"repo/{SECOND}", "--json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == SECOND
    assert main(["diff", f"repo/{SECOND}", "--json", "--no-cache"]) == 0
    assert "Second" in capsys.readouterr().out


def test_a_file_named_like_a_number_is_no_record(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture, tmp_path: Path
) -> None:
    repo = three_records(tmp_path / "repo")
    (repo / "2").write_text("not a record\n")
    monkeypatch.chdir(repo)
    assert main(["show", "2", "--json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Second"
