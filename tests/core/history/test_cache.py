from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers_git import add_commit, adr, git, linear_repo

from adr_tui.core import historycache
from adr_tui.core.gitlog import GitRepo
from adr_tui.core.history import History, load_history
from adr_tui.core.settings import Settings

FIRST = "docs/adr/0001-first.md"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return linear_repo(tmp_path / "repo", count=3)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(cache_dir=tmp_path / "cache")


def _log_file(repo: Path, settings: Settings) -> Path:
    with GitRepo.open(repo) as opened:
        key = historycache.repo_key(opened)
    return historycache.cache_folder(settings.cache_dir) / f"{key}.log"


def _subjects(history: History) -> list[str]:
    return [r.subject for r in history.for_decision(FIRST).revisions]


def _tamper(path: Path) -> None:
    """Rewrite the oldest cached subject, with a valid checksum: proves what came from cache."""
    payload = historycache.read_payload(path, "log")
    assert isinstance(payload, dict)
    payload["commits"][-1][6] = "FROM CACHE"
    assert historycache.write_payload(path, "log", payload)


def test_cache_lives_outside_the_repository(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings):
        pass
    assert _log_file(repo, settings).is_file()
    assert not any("history" in p.name for p in (repo / ".git").iterdir())


def test_warm_start_uses_the_cache(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings):
        pass
    _tamper(_log_file(repo, settings))
    with load_history(repo, settings) as history:
        assert _subjects(history)[0] == "FROM CACHE"


def test_new_commit_reads_only_the_new_range(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings):
        pass
    _tamper(_log_file(repo, settings))
    add_commit(repo, FIRST, adr("First", "deprecated").decode(), "2024-02-01T10:00:00+00:00")
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["FROM CACHE", "Add 2", "Add 3", "Change"]
    cached = historycache.load_log(_log_file(repo, settings))
    assert cached is not None and cached.head == git(repo, "rev-parse", "HEAD").strip()


def test_rewritten_history_is_read_again(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings):
        pass
    _tamper(_log_file(repo, settings))
    git(repo, "reset", "-q", "--hard", "HEAD~1")
    add_commit(repo, FIRST, adr("First", "rejected").decode(), "2024-02-01T10:00:00+00:00")
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Change"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"\x00garbage" + raw[:50],
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw.replace(b"ADRTUI-CACHE 1 ", b"ADRTUI-CACHE 999 ", 1),
        lambda raw: raw.replace(b"FROM CACHE", b"FROM CACHX"),
        lambda raw: b"",
    ],
    ids=["garbage", "truncated", "foreign-version", "bad-checksum", "empty"],
)
def test_damaged_cache_is_rebuilt(repo: Path, settings: Settings, damage: object) -> None:
    with load_history(repo, settings):
        pass
    path = _log_file(repo, settings)
    _tamper(path)
    assert callable(damage)
    path.write_bytes(damage(path.read_bytes()))
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Add 3"]
    assert historycache.load_log(path) is not None  # and the rebuilt cache is valid again


def test_wrong_shape_with_valid_checksum_is_rebuilt(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings):
        pass
    path = _log_file(repo, settings)
    head = git(repo, "rev-parse", "HEAD").strip()
    historycache.write_payload(path, "log", {"head": head, "boundary": [], "commits": [[1, 2]]})
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Add 3"]


def test_unwritable_cache_folder_means_no_cache(repo: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with load_history(repo, Settings(cache_dir=blocker)) as history:
        assert len(history.for_decision(FIRST).revisions) == 3


def test_parsed_states_are_cached_and_follow_the_parser(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings) as history:
        history.for_decision(FIRST)
    states = _log_file(repo, settings).with_suffix(".states")
    payload = historycache.read_payload(states, "states")
    assert isinstance(payload, dict) and len(payload["states"]) >= 3
    payload["states"] = {k: ["rejected", "x", "t", None, [], True] for k in payload["states"]}
    historycache.write_payload(states, "states", payload)
    with load_history(repo, settings) as history:
        assert history.for_decision(FIRST).timeline[0].status_raw == "x"
    payload["parser"] = "another parser"
    historycache.write_payload(states, "states", payload)
    with load_history(repo, settings) as history:
        assert history.for_decision(FIRST).timeline[0].status_raw == "accepted"


def test_cache_files_are_plain_json(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings):
        pass
    header, _, body = _log_file(repo, settings).read_bytes().partition(b"\n")
    assert header.startswith(b"ADRTUI-CACHE 1 log ")
    assert isinstance(json.loads(body), dict)
