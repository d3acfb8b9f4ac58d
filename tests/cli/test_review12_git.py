"""Review 12: a name git refuses is an unknown revision, with git's reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, write

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(
        tmp_path_factory.mktemp("review12") / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write("docs/adr/0001-a.md", adr("A"))),
    )


@pytest.mark.parametrize(
    ("at", "reason"),
    [("HEAD@{99}", "'HEAD'"), ("@{upstream}", "no upstream configured")],
)
def test_a_name_git_refuses_is_an_unknown_revision_with_git_s_reason(
    repo: Path, capsys: Capture, at: str, reason: str
) -> None:
    assert main(["list", "--at", at, str(repo)]) == 1
    err = capsys.readouterr().err
    assert f"unknown revision '{at}'" in err  # it said "git rev-parse failed in …: no message"
    assert reason in err


def test_a_config_git_cannot_parse_is_still_the_repository_s_fault(
    tmp_path: Path, capsys: Capture
) -> None:
    broken = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write("docs/adr/0001-a.md", adr("A"))),
    )
    with (broken / ".git" / "config").open("a", encoding="utf-8") as config:
        config.write("[broken\n")
    assert main(["list", "--at", "HEAD@{99}", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "unknown revision" not in err
    assert "config" in err
