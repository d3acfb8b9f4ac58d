"""Robustness 26: git's own environment and configuration as users set them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.test_robust26_gitdir import three_records
from tests.helpers_git import git, tree_digest

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = three_records(tmp_path_factory.mktemp("env") / "repo")
    git(made, "commit-graph", "write", "--reachable")  # a graph that config then turns off
    git(made, "config", "core.commitGraph", "false")
    return made


@pytest.mark.parametrize(
    "env",
    [
        {"GIT_CEILING_DIRECTORIES": "{repo}"},  # git finds no repository from docs/adr
        {"GIT_CEILING_DIRECTORIES": "{repo}:{repo}/docs"},
        {"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"},
        {"GIT_DISCOVERY_ACROSS_FILESYSTEM": "0"},
    ],
)
def test_history_works_from_a_subfolder_whatever_git_s_environment(
    repo: Path,
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: Capture,
) -> None:
    before = tree_digest(repo)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(repo=repo))
    monkeypatch.chdir(repo / "docs/adr")
    assert main(["history", "2", "--json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == "docs/adr/0002-second.md"
    assert main(["list", "--json", "--no-cache", "--at", "HEAD"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    assert tree_digest(repo) == before
