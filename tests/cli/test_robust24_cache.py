"""No home at all (a container run as a uid without a password entry, HOME unset): no cache."""

from __future__ import annotations

import pwd
from pathlib import Path
from typing import NoReturn

import pytest
from tests.helpers_git import ADA, adr, build, commit, tree_digest, write

from adr_tui.cli.main import main
from adr_tui.core.settings import CACHE_ENV

Capture = pytest.CaptureFixture[str]


def _no_entry(uid: int) -> NoReturn:
    raise KeyError(f"getpwuid(): uid not found: {uid}")  # what pwd says of such a uid


@pytest.mark.parametrize(
    ("argv", "shown"),
    [(["list"], "First"), (["search", "first"], "First"), (["history", "1"], "0001-a.md")],
    ids=["list", "search", "history"],
)
def test_no_home_means_no_cache_not_a_traceback(
    tmp_path: Path, argv: list[str], shown: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write("docs/adr/0001-a.md", adr("First"))),
    )
    for name in (CACHE_ENV, "HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(pwd, "getpwuid", _no_entry)
    monkeypatch.chdir(repo)  # a cache folder relative to here would be inside the repository
    before = tree_digest(repo)
    assert main(argv) == 0  # platformdirs' RuntimeError ended every command
    assert shown in capsys.readouterr().out
    assert tree_digest(repo) == before


def test_the_demo_without_a_writable_cache_says_where_to_build_it(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # can never be made
    assert main(["--demo"]) == 1  # it ended in mkdir's NotADirectoryError traceback
    assert f"set {CACHE_ENV} to a writable folder" in capsys.readouterr().err


def test_the_demo_without_git_says_so(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no git to build it with
    assert main(["--demo"]) == 1
    err = capsys.readouterr().err
    assert "built with git, which was not found on PATH" in err
    assert "cannot be written" not in err  # the cache folder is fine


@pytest.mark.parametrize("argv", [["list"], ["history", "1"], []], ids=["list", "history", "tui"])
def test_a_current_folder_deleted_since_says_so(
    tmp_path: Path, argv: list[str], capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()  # as another shell's 'rm -rf' of a checkout leaves this one
    assert main(argv) == 1  # Path.cwd()'s bare FileNotFoundError traceback
    assert "the current folder no longer exists" in capsys.readouterr().err
