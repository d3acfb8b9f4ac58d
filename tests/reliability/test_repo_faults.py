"""Repository faults: missing objects, a corrupt pack, a locked index, a moving HEAD,
``.git`` files, another owner, no git, an old git. adr-tui says what is wrong and
keeps browsing; it never crashes and never writes.

Commands run in process through ``adr_tui.cli.main.main`` (the same code the
``adr-tui`` script runs) so that the many cases stay fast; the environment is
the sealed, hostile sandbox of ``conftest.sandbox``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from adr_tui.cli.main import main
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from tests.helpers_git import add_commit, git
from tests.helpers_ui import settle

from .conftest import Sandbox, arm_repository, changed, run_all, snapshot
from .test_terminal_tui import screen_text

FIRST = "docs/adr/0001-first.md"
SECOND = "docs/adr/0002-second.md"
Capture = pytest.CaptureFixture[str]


def adr_text(number: int, title: str, status: str) -> str:
    return (
        f"# {number}. {title}\n\nDate: 2024-01-{number:02d}\n\n## Status\n\n{status}\n\n"
        f"## Context\n\nWhy {title.lower()}.\n"
    )


def loose_repo(dest: Path) -> Path:
    """Two commits of ADR 1 (proposed, then accepted) as loose objects (git add/commit)."""
    dest.mkdir(parents=True)
    git(dest, "init", "-q", "-b", "main")
    add_commit(dest, FIRST, adr_text(1, "First", "Proposed"), "2024-01-01T10:00:00+00:00", "one")
    add_commit(dest, FIRST, adr_text(1, "First", "Accepted"), "2024-01-02T10:00:00+00:00", "two")
    return dest


def cli(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    """Run one command in process; its exit code, stdout and stderr."""
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


# -- missing objects ----------


@pytest.fixture
def missing_blob_repo(tmp_path: Path, sandbox: Sandbox) -> tuple[Path, str]:
    """ADR 1's first blob deleted from ``.git/objects`` (as in a partial or damaged clone)."""
    repo = loose_repo(tmp_path / "loose")
    blob = git(repo, "rev-parse", f"HEAD~1:{FIRST}").strip()
    (repo / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    arm_repository(repo, sandbox.markers)
    return repo, blob


def test_missing_blob_history_marks_the_revision(
    missing_blob_repo: tuple[Path, str], sandbox: Sandbox, capsys: Capture
) -> None:
    repo, _ = missing_blob_repo
    before = snapshot(repo)
    code, out, _ = cli(capsys, "history", "1", "-C", str(repo), "--json")
    assert code == 0
    revisions = json.loads(out)["revisions"]
    assert [r["missing"] for r in revisions] == [True, False]
    assert revisions[1]["status"] == "accepted"
    code, out, _ = cli(capsys, "history", "1", "-C", str(repo))
    assert code == 0 and "(object missing)" in out
    code, out, _ = cli(capsys, "diff", "1", "-C", str(repo))
    assert code == 0 and "missing" in out
    code, out, _ = cli(capsys, "list", str(repo))  # the work tree needs no object
    assert code == 0 and "First" in out
    assert changed(before, snapshot(repo)) == []
    assert sandbox.markers_made() == []


# -- a corrupt pack ----------


@pytest.fixture
def corrupt_pack_repo(tmp_path: Path, sandbox: Sandbox) -> Path:
    """Every object in one pack, whose compressed data is then overwritten."""
    repo = loose_repo(tmp_path / "packed")
    git(repo, "repack", "-a", "-d", "-q")
    (pack,) = (repo / ".git" / "objects" / "pack").glob("*.pack")
    data = bytearray(pack.read_bytes())
    data[20:-40] = b"Z" * (len(data) - 60)
    pack.chmod(0o644)
    pack.write_bytes(bytes(data))
    arm_repository(repo, sandbox.markers)
    return repo


def test_corrupt_pack_still_browses_and_history_fails_cleanly(
    corrupt_pack_repo: Path, sandbox: Sandbox, capsys: Capture
) -> None:
    repo = corrupt_pack_repo
    before = snapshot(repo)
    code, out, _ = cli(capsys, "list", str(repo))
    assert code == 0 and "First" in out
    code, out, _ = cli(capsys, "search", "first", str(repo))
    assert code == 0 and "First" in out
    for argv in (["history", "1"], ["diff", "1"], ["list", "--at", "HEAD"]):
        code, out, err = cli(capsys, *argv, "-C", str(repo))
        assert code == 1 and out == "" and err.startswith("adr-tui: "), (argv, err)
    assert changed(before, snapshot(repo)) == []
    assert sandbox.markers_made() == []


# -- a locked index ----------


def test_locked_index_is_neither_needed_nor_touched(
    tmp_path: Path, sandbox: Sandbox, capsys: Capture
) -> None:
    """Another git holds ``.git/index.lock``: every command works and leaves the lock alone."""
    repo = loose_repo(tmp_path / "locked")
    arm_repository(repo, sandbox.markers)
    (repo / ".git" / "index.lock").write_bytes(b"held by another git")
    before = snapshot(repo)
    for argv in (
        ["list", str(repo)],
        ["check", str(repo)],
        ["search", "first", str(repo)],
        ["show", "1", "-C", str(repo), "--at", "HEAD~1"],
        ["history", "1", "-C", str(repo)],
        ["diff", "-C", str(repo), "1", "HEAD~1", "HEAD"],
    ):
        code, out, err = cli(capsys, *argv)
        assert code == 0, (argv, err)
    assert changed(before, snapshot(repo)) == []
    assert sandbox.markers_made() == []


# -- HEAD moves ----------


def test_head_moving_between_two_commands_is_seen(
    tmp_path: Path, sandbox: Sandbox, capsys: Capture
) -> None:
    repo = loose_repo(tmp_path / "moving")
    code, out, _ = cli(capsys, "history", "1", "-C", str(repo), "--json")
    assert code == 0 and json.loads(out)["revision_count"] == 2  # now cached
    add_commit(repo, FIRST, adr_text(1, "First", "Deprecated"), "2024-01-03T10:00:00+00:00")
    code, out, _ = cli(capsys, "history", "1", "-C", str(repo), "--json")
    data = json.loads(out)
    assert data["revision_count"] == 3
    assert [e["label"] for e in data["timeline"]] == ["proposed", "accepted", "deprecated"]
    git(repo, "reset", "-q", "--hard", "HEAD~2")  # history rewritten backwards
    code, out, _ = cli(capsys, "history", "1", "-C", str(repo), "--json")
    assert json.loads(out)["revision_count"] == 1


async def test_head_moving_during_a_tui_session_then_refresh(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    repo = loose_repo(tmp_path / "moving")
    app = make_app(Settings(cache_dir=sandbox.cache), paths=[repo], poll=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "h")  # history of ADR 1, read once
        await settle(pilot)
        assert "2 revisions" in screen_text(app)
        add_commit(repo, FIRST, adr_text(1, "First", "Deprecated"), "2024-01-03T10:00:00+00:00")
        add_commit(repo, SECOND, adr_text(2, "Second", "Accepted"), "2024-01-04T10:00:00+00:00")
        await pilot.press("escape", "escape", "r")
        await settle(pilot)
        assert "Second" in screen_text(app)
        await pilot.press("enter", "h")
        await settle(pilot)
        text = screen_text(app)
        assert "3 revisions" in text and "Deprecated" in text
        assert app.is_running


# -- .git files: work trees and separate git dirs ----------


def test_git_worktree_and_separate_git_dir(
    tmp_path: Path, sandbox: Sandbox, capsys: Capture
) -> None:
    main_repo = loose_repo(tmp_path / "main")
    worktree = tmp_path / "wt"
    git(main_repo, "worktree", "add", "-q", "-b", "side", str(worktree))
    add_commit(worktree, SECOND, adr_text(2, "Second", "Accepted"), "2024-01-05T10:00:00+00:00")
    separate = loose_repo(tmp_path / "sub")
    shutil.move(separate / ".git", tmp_path / "modules-sub")
    (separate / ".git").write_text(f"gitdir: {tmp_path / 'modules-sub'}\n")
    for repo in (main_repo, worktree, separate):
        arm_repository_if_possible(repo, sandbox)
    before = {p: snapshot(p) for p in (main_repo, worktree, separate, tmp_path / "modules-sub")}
    code, out, _ = cli(capsys, "history", "2", "-C", str(worktree), "--json")
    assert code == 0 and json.loads(out)["revision_count"] == 1
    code, out, err = cli(capsys, "history", "2", "-C", str(main_repo))  # not on main
    assert code == 1 and "no ADR named '2'" in err
    code, out, _ = cli(capsys, "history", "1", "-C", str(separate), "--json")
    assert code == 0 and json.loads(out)["revision_count"] == 2
    code, out, _ = cli(capsys, "list", str(separate), "--at", "HEAD~1", "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "proposed"
    assert {p: snapshot(p) for p in before} == before
    assert sandbox.markers_made() == []


def arm_repository_if_possible(repo: Path, sandbox: Sandbox) -> None:
    """Hostile config and hooks where ``.git`` is a folder (a work tree shares its config)."""
    if (repo / ".git").is_dir():
        arm_repository(repo, sandbox.markers)


# -- another owner ----------


def test_repository_owned_by_another_user(
    tmp_path: Path, sandbox: Sandbox, capsys: Capture
) -> None:
    """Root here; the repository belongs to uid 12345 and HOME has no safe.directory."""
    assert os.geteuid() == 0, "this scenario needs root to chown"
    repo = loose_repo(tmp_path / "theirs")
    for base, dirs, files in os.walk(repo):
        for name in (*dirs, *files):
            os.lchown(Path(base) / name, 12345, 12345)
    os.lchown(repo, 12345, 12345)
    code, out, _ = cli(capsys, "list", str(repo))
    assert code == 0 and "First" in out  # browsing needs no git
    code, out, err = cli(capsys, "history", "1", "-C", str(repo))
    assert code == 1
    assert "belongs to another user" in err
    assert f"git config --global --add safe.directory {repo}" in err
    assert sandbox.markers_made() == []


# -- no git, an old git ----------


def path_without_git(tmp_path: Path) -> str:
    """A PATH holding only this Python (no ``git`` anywhere)."""
    bin_dir = tmp_path / "nogit-bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    return str(bin_dir)


def path_with_old_git(tmp_path: Path) -> str:
    """A PATH whose first ``git`` claims to be 2.1.0 (the scenario itself, not a mock)."""
    bin_dir = tmp_path / "oldgit-bin"
    bin_dir.mkdir()
    fake = bin_dir / "git"
    fake.write_text('#!/bin/sh\necho "git version 2.1.0"\n')
    fake.chmod(0o755)
    return f"{bin_dir}{os.pathsep}{os.environ['PATH']}"


GIT_CASES = pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (path_without_git, "git was not found ('git' is not on PATH)"),
        (path_with_old_git, "git 2.1.0 is too old: adr-tui needs git 2.30 or newer"),
    ],
    ids=["no-git", "old-git"],
)


@GIT_CASES
def test_cli_without_a_usable_git(
    tmp_path: Path, sandbox: Sandbox, make_path: Callable[[Path], str], message: str
) -> None:
    """Real processes: which git exists is decided once per process (GitPython caches it)."""
    repo = loose_repo(tmp_path / "repo")
    env = {**sandbox.env, "PATH": make_path(tmp_path)}
    argvs = [
        ["list", str(repo)],
        ["search", "first", str(repo)],
        ["history", "1", "-C", str(repo)],
        ["diff", "1", "-C", str(repo)],
        ["list", str(repo), "--at", "HEAD"],
    ]
    listed, searched, *gitless = run_all(argvs, env)
    for run in (listed, searched):
        assert run.code == 0 and b"First" in run.out, run.text
    for run in gitless:
        assert run.code == 1, run.text
        assert run.out == b"" and message.encode() in run.err, run.text
        assert b"Traceback" not in run.err


@GIT_CASES
def test_tui_without_a_usable_git_browses_and_explains(
    tmp_path: Path, sandbox: Sandbox, make_path: Callable[[Path], str], message: str
) -> None:
    repo = loose_repo(tmp_path / "repo")
    env = {**sandbox.env, "PATH": make_path(tmp_path)}
    driver = subprocess.run(
        [sys.executable, "-m", "tests.reliability.tui_driver", str(repo), str(sandbox.cache)]
        + ["enter", "h", "escape"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        check=False,
    )
    assert driver.returncode == 0, driver.stderr.decode()
    browse, adr, history, back = json.loads(driver.stdout)
    assert browse["screen"] == "BrowseScreen" and "First" in browse["text"]
    assert adr["screen"] == "AdrScreen" and "Why first." in adr["text"]
    assert history["screen"] == "HistoryScreen"
    assert "No history" in history["text"] and message in history["text"], history["text"]
    assert back["screen"] == "AdrScreen" and back["running"]


# -- damage is named as damage ----------


def test_missing_blob_at_a_past_revision_is_a_problem_not_a_crash(
    missing_blob_repo: tuple[Path, str], sandbox: Sandbox, capsys: Capture
) -> None:
    """``git ls-tree -l`` prints ``BAD`` as the size of a missing object (gitlog.ls_tree)."""
    repo, blob = missing_blob_repo
    assert main(["list", str(repo), "--at", "HEAD~1", "--json"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert json.loads(captured.out) == []  # the only ADR of that tree cannot be read
    assert main(["check", str(repo), "--at", "HEAD~1", "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert any(blob[:12] in p["message"] and "missing" in p["message"] for p in problems)


def test_corrupt_pack_is_reported_as_damage_not_as_no_history(
    corrupt_pack_repo: Path, sandbox: Sandbox, capsys: Capture
) -> None:
    """HEAD names a commit git cannot read: say the repository is damaged (never "no commits")."""
    for argv in (["history", "1"], ["diff", "1"], ["list", "--at", "HEAD"]):
        assert main([*argv, "-C", str(corrupt_pack_repo)]) == 1
        err = capsys.readouterr().err
        assert "never committed" not in err and "unknown revision" not in err, err
        assert "corrupt" in err or "damaged" in err, err
