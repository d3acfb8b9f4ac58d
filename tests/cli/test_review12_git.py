"""Review 12: a name git refuses is an unknown revision, with git's reason; bare repositories
as git reads ``core.bare``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, git, write

from adr_tui.cli.common import at_or_bare_head
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


def _spelled(config: Path, bare_line: str) -> None:
    text = config.read_text(encoding="utf-8")
    assert "\tbare = true\n" in text
    config.write_text(text.replace("\tbare = true\n", f"\t{bare_line}\n"), encoding="utf-8")


@pytest.mark.parametrize("line", ["bare", "bare = yes", "bare = On", "bare = 1"])
def test_a_bare_clone_is_read_whatever_the_spelling_of_core_bare(
    repo: Path, tmp_path: Path, capsys: Capture, line: str
) -> None:
    git(tmp_path, "clone", "-q", "--bare", str(repo), "project.git")
    bare = tmp_path / "project.git"
    _spelled(bare / "config", line)
    assert main(["list", "--json", str(bare)]) == 0  # it found no ADR: only 'true' was read
    assert [d["title"] for d in json.loads(capsys.readouterr().out)] == ["A"]


def test_bare_in_another_section_is_no_bare_repository(repo: Path, tmp_path: Path) -> None:
    git(tmp_path, "clone", "-q", str(repo), "clone")
    git_folder = tmp_path / "clone" / ".git"
    with (git_folder / "config").open("a", encoding="utf-8") as config:
        config.write("[alias]\n\tbare = true\n")  # not core.bare
    assert at_or_bare_head(None, [git_folder]) is None
    assert at_or_bare_head(None, [tmp_path / "clone"]) is None  # a work tree: no git asked
