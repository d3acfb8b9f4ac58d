"""``--`` ends the options: a name starting with ``-`` can be given, never as a git option."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_tui.cli.main import main
from tests.reliability.conftest import Sandbox, arm_repository, build_hostile_repo


def test_double_dash_makes_option_like_words_plain_arguments(
    tmp_path: Path, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    """After ``--``, ``--output=x`` is an ID or a REV: unknown, never a usage error."""
    repo = build_hostile_repo(tmp_path / "repo")
    arm_repository(repo, sandbox.markers)
    target = tmp_path / "pwned"
    for argv, expected in (
        (["diff", "-C", str(repo), "--", "1", f"--output={target}"], "unknown revision"),
        (["diff", "-C", str(repo), "--", "1", "HEAD", "-h"], "unknown revision"),
        (["show", "-C", str(repo), "--", f"--output={target}"], "no ADR named"),
        (["history", "-C", str(repo), "--", "-c"], "no ADR named"),
    ):
        assert main(argv) == 1, argv
        assert expected in capsys.readouterr().err
    assert not target.exists()
    assert sandbox.markers_made() == []
