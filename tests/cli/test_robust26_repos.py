"""Robustness 26: the CLI on repositories named every way a user names them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.test_robust26_gitdir import (
    checked_out_apart,
    sparse_clone,
    three_records,
    with_submodule,
)
from tests.helpers_git import tree_digest

from adr_tui.cli import cmd_tui
from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return three_records(tmp_path_factory.mktemp("origin") / "repo")


def test_check_lists_what_a_sparse_checkout_hides_once(
    origin: Path, tmp_path: Path, capsys: Capture
) -> None:
    sparse = sparse_clone(origin, tmp_path / "sparse")
    before = tree_digest(sparse)
    assert main(["check", str(sparse)]) == 1  # the log read is not the whole log
    out, err = capsys.readouterr()
    assert "docs/adr: [sparse-checkout] 2 ADR file(s) in docs/adr are outside" in out
    assert err == ""  # listed once, not noted again on stderr
    assert main(["list", str(sparse)]) == 0
    out, err = capsys.readouterr()
    assert "1 problem(s): run 'adr-tui check'" in out
    assert "note: 2 ADR file(s) in docs/adr are outside this sparse checkout" in err
    assert main(["check", str(sparse), "--at", "HEAD"]) == 0  # every record there
    assert tree_digest(sparse) == before


@pytest.mark.parametrize("second", ["", "/", "/docs", "/docs/adr/../adr"])
def test_a_repository_named_twice_is_opened_once(origin: Path, second: str) -> None:
    # Loaded twice: every ADR listed twice and 'show 3' ambiguous.
    args = cmd_tui.parse([str(origin), f"{origin}{second}"])
    assert cmd_tui.open_app(args, terminal=False).paths == (origin,)


def test_a_folder_with_an_adr_dir_of_its_own_is_another_log(tmp_path: Path) -> None:
    mono = three_records(tmp_path / "mono")
    (mono / "src/.adr-dir").write_text("decisions\n")  # a second log, found from src
    args = cmd_tui.parse([str(mono), str(mono / "src"), str(mono / "src")])
    assert cmd_tui.open_app(args, terminal=False).paths == (mono, mono / "src")


def test_a_repository_checked_out_elsewhere_says_how_it_is_read(
    tmp_path: Path, capsys: Capture
) -> None:
    repo, files = checked_out_apart(tmp_path)
    assert main(["list", str(repo)]) == 0
    out, err = capsys.readouterr()
    assert "Third" in out
    assert f"note: {repo} keeps its files in {files} (core.worktree): read as of HEAD" in err
    assert main(["history", "2", str(repo), "--json"]) == 0


def test_a_submodule_s_git_folder_opened_directly_is_the_submodule(
    origin: Path, tmp_path: Path, capsys: Capture
) -> None:
    # It was read as the repository around it: the outer one's history said the record
    # was in a submodule, and the TUI listed the outer repository.
    outer = with_submodule(origin, tmp_path / "outer")
    before = tree_digest(outer)
    git_folder = outer / ".git/modules/sub"
    assert main(["history", "2", str(git_folder), "--json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == "docs/adr/0002-second.md"
    app = cmd_tui.open_app(cmd_tui.parse([str(git_folder)]), terminal=False)
    assert app.paths == ((outer / "sub").resolve(),)
    assert tree_digest(outer) == before
