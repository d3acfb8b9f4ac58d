"""The benchmark generator keeps its promises at a tiny size (no timings here)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from bench.generate import Generated, build, ensure

from adr_tui.demo.builder import git_environment

SIZE = 40


def git(root: Path, *args: str) -> str:
    out = subprocess.run(
        ["git", *args], cwd=root, env=git_environment(), capture_output=True, check=True, text=True
    )
    return out.stdout


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return build(tmp_path_factory.mktemp("gen") / "repo", SIZE)


def test_every_adr_is_on_disk_once(repo: Generated) -> None:
    assert len(repo.adr_files) == SIZE
    for rel in repo.adr_files:
        assert (repo.root / rel).is_file()
    numbers = [Path(rel).name[:4] for rel in repo.adr_files]
    assert len(set(numbers)) == SIZE  # renumbering resolved every clash


def test_about_eight_commits_per_adr(repo: Generated) -> None:
    count = int(git(repo.root, "rev-list", "--count", "HEAD"))
    assert count == repo.manifest["commits"] == SIZE * 8


def test_all_five_formats(repo: Generated) -> None:
    assert set(repo.manifest["formats"]) == {"yaml", "nygard", "bullets", "bold", "table"}
    texts = [(repo.root / rel).read_text() for rel in repo.adr_files]
    assert any(t.startswith("---\nstatus:") for t in texts)
    assert any("\n## Status\n" in t for t in texts)
    assert any("\n* Status: " in t for t in texts)
    assert any("\n**Status:** " in t for t in texts)
    assert any("\n| Status | " in t for t in texts)


def test_renames_and_folder_move(repo: Generated) -> None:
    log = git(repo.root, "log", "-M", "--name-status", "--format=%s")
    assert "Move doc/adr to docs/decisions" in log
    renames = [line for line in log.splitlines() if re.match(r"R\d+\t", line)]
    assert any("doc/adr/" in r and "docs/decisions/" in r for r in renames)
    assert any(r.split("\t")[1].startswith("docs/") for r in renames)  # a title rename


def test_status_lifecycle_and_authors(repo: Generated) -> None:
    statuses = repo.manifest["statuses"]
    assert statuses.get("accepted", 0) > 0 and statuses.get("superseded", 0) > 0
    assert len(repo.manifest["authors"]) >= 4
    log = git(repo.root, "log", "--format=%s")
    assert "superseding" in log and "Propose" in log


def test_hot_adr_has_a_long_history(repo: Generated) -> None:
    revisions = git(repo.root, "log", "--follow", "--format=%H", "--", repo.manifest["hot_adr"])
    # Every content revision plus the folder move.
    assert len(revisions.split()) == repo.manifest["hot_revisions"] + 1 >= 41


def test_fixed_seed_gives_identical_history(repo: Generated, tmp_path: Path) -> None:
    again = build(tmp_path / "again", SIZE)
    assert again.manifest["head"] == repo.manifest["head"]


def test_cache_reuses_a_build(tmp_path: Path) -> None:
    first = ensure(12, cache_dir=tmp_path)
    second = ensure(12, cache_dir=tmp_path)
    assert first.root == second.root and first.manifest["head"] == second.manifest["head"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("building-")]
