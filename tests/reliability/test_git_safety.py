"""Git safety: user text never becomes a git option or shell text; nothing is ever written.

The repositories here are armed: their local and global git config name a
pager, editor, external diff, textconv, clean/smudge filter, fsmonitor and gpg
program, and hooks are installed both in ``.git/hooks`` and in a global
``core.hooksPath``; each would leave a marker file if git obeyed it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_tui.cli.main import main

from .conftest import HostileRuns, Sandbox, arm_repository, build_hostile_repo, changed, snapshot


def test_every_cli_command_leaves_the_repository_byte_identical(
    hostile_runs: HostileRuns,
) -> None:
    """Work tree, index and ``.git`` (every file, mode and mtime) after 24 CLI runs."""
    assert len(hostile_runs.before) > 20  # the snapshot did see .git
    assert any(k.startswith(".git/objects") for k in hostile_runs.before)
    assert changed(hostile_runs.before, hostile_runs.after) == []


def test_no_pager_editor_filter_or_hook_ever_runs(hostile_runs: HostileRuns) -> None:
    assert hostile_runs.box.markers_made() == []


def hostile_revisions(target: Path) -> list[str]:
    """Revisions and dates that would run or write something if git or a shell read them."""
    return [
        f"--output={target}",
        f"-c core.pager=touch {target}",
        f"-ccore.pager=touch {target}",
        f"$(touch {target})",
        f"`touch {target}`",
        f"HEAD; touch {target}",
        f"HEAD && touch {target}",
        f"HEAD\ntouch {target}",
        f"HEAD\n--output={target}",
        f"--upload-pack=touch {target}",
        "--exec-path",
        "-h",
        "--help",
        f"@{{--output={target}}}",
        f"2024-01-01; touch {target}",
        f"2024-01-01 --output={target}",
    ]


@pytest.fixture
def armed_repo(tmp_path: Path, sandbox: Sandbox) -> Path:
    repo = build_hostile_repo(tmp_path / "armed")
    arm_repository(repo, sandbox.markers)
    return repo


def test_hostile_revisions_and_dates_are_only_ever_unknown_revisions(
    armed_repo: Path,
    sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--at``, ``diff ID REV REV``, ``diff -r`` and ``history --at``, in process (fast)."""
    target = tmp_path / "pwned"
    before = snapshot(armed_repo)
    repo = str(armed_repo)
    for rev in hostile_revisions(target):
        for argv in (
            ["list", repo, f"--at={rev}"],
            ["show", "1", "-C", repo, f"--at={rev}"],
            ["search", "hostile", repo, f"--at={rev}"],
            ["history", "1", "-C", repo, f"--at={rev}"],
            ["diff", "-C", repo, "1", f"--rev={rev}"],
            ["diff", "-C", repo, "1", "HEAD", f"--rev={rev}"],
            ["diff", "1", "-C", repo, f"-r{rev}"],
        ):
            code = main(argv)
            captured = capsys.readouterr()
            assert code == 1, (argv, captured)
            assert "Traceback" not in captured.err
            assert "unknown revision" in captured.err or "no commit" in captured.err, (
                argv,
                captured,
            )
    assert not target.exists()
    assert not (armed_repo / "pwned").exists()
    assert sandbox.markers_made() == []
    assert changed(before, snapshot(armed_repo)) == []


def test_hostile_revision_as_a_bare_argument_is_a_usage_error_not_a_git_option(
    armed_repo: Path, sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without ``--``, argparse stops ``--output=…`` (exit 2) or it is an unknown revision."""
    target = tmp_path / "pwned"
    for argv in (
        ["diff", "1", "-C", str(armed_repo), f"--output={target}"],
        ["history", "1", "-C", str(armed_repo), f"--output={target}"],
        ["diff", "1", "HEAD", f"--upload-pack=touch {target}", "-C", str(armed_repo)],
    ):
        code = main(argv)
        err = capsys.readouterr().err
        assert (code, code == 2 or "unknown revision" in err) in ((2, True), (1, True)), err
    assert not target.exists()
    assert sandbox.markers_made() == []


def test_hostile_id_and_path_arguments(
    armed_repo: Path, sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ADR id or path that looks like an option or shell text is only ever a name."""
    target = tmp_path / "pwned"
    names = (f"--output={target}", f"$(touch {target})", f"1; touch {target}", "-c", ":(top)")
    for name in names:
        for command in ("show", "history", "diff"):
            code = main([command, "-C", str(armed_repo), "--", name])
            captured = capsys.readouterr()
            if name.startswith("-"):  # see RELIABILITY.md: "--" does not end options yet
                assert code in (1, 2), (command, name, captured)
                continue
            assert code == 1, (command, name, captured)
            assert "no ADR named" in captured.err or "no history" in captured.err.lower()
    assert not target.exists()
    assert sandbox.markers_made() == []
