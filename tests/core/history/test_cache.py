from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.helpers_git import (
    add_commit,
    adr,
    build,
    git,
    history_index_path,
    linear_repo,
    story_commits,
)

from adr_tui.core import cachefile, historycache
from adr_tui.core.gitlog import GitRepo
from adr_tui.core.history import History, load_history
from adr_tui.core.historycache import build_index, extend_index
from adr_tui.core.settings import Settings

FIRST = "docs/adr/0001-first.md"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return linear_repo(tmp_path / "repo", count=3)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(cache_dir=tmp_path / "cache")


def _index(repo: Path, settings: Settings) -> dict[str, Any]:
    payload = cachefile.read_payload(history_index_path(repo, settings), "index")
    assert isinstance(payload, dict)
    return payload


def _subjects(history: History) -> list[str]:
    return [r.subject for r in history.for_decision(FIRST).revisions]


def _tamper(repo: Path, settings: Settings) -> None:
    """Rewrite the oldest cached subject with valid checksums: shows what came from the cache."""
    index = _index(repo, settings)
    folder = historycache.cache_folder(settings.cache_dir)
    name = index["segments"][0][0]
    rows = cachefile.read_payload(folder / name, "segment")
    assert isinstance(rows, list)
    rows[-1][6] = "FROM CACHE"
    index["segments"][0][1] = cachefile.write_payload(folder / name, "segment", rows)
    assert cachefile.write_payload(history_index_path(repo, settings), "index", index)


def _warm_up(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings):
        pass


def test_cache_lives_outside_the_repository(repo: Path, settings: Settings) -> None:
    _warm_up(repo, settings)
    assert history_index_path(repo, settings).is_file()
    assert not any("index" in p.name for p in (repo / ".git").iterdir() if p.suffix)


def test_warm_start_reads_the_index_only(repo: Path, settings: Settings) -> None:
    _warm_up(repo, settings)
    _tamper(repo, settings)
    with load_history(repo, settings) as history:
        summary = history.summary(FIRST)
        assert summary is not None and summary.revision_count == 3
        assert history._commits is None  # no commit read yet
        assert _subjects(history)[0] == "FROM CACHE"


def test_new_commit_reads_only_the_new_range(repo: Path, settings: Settings) -> None:
    _warm_up(repo, settings)
    _tamper(repo, settings)
    add_commit(repo, FIRST, adr("First", "deprecated").decode(), "2024-02-01T10:00:00+00:00")
    with load_history(repo, settings) as history:
        summary = history.summary(FIRST)
        assert summary is not None and summary.revision_count == 4
        assert summary.authors == ("Grace Lee", "Bob Smith", "Ada Lovelace")
        assert _subjects(history) == ["FROM CACHE", "Add 2", "Add 3", "Change"]
    index = _index(repo, settings)
    assert index["head"] == git(repo, "rev-parse", "HEAD").strip()
    assert [s[2] for s in index["segments"]] == [3, 1]


def test_many_updates_are_compacted(
    repo: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(historycache, "MAX_SEGMENTS", 2)
    _warm_up(repo, settings)
    for day in range(2, 6):
        text = adr("First", extra=f"day: {day}\n").decode()
        add_commit(repo, FIRST, text, f"2024-02-0{day}T10:00:00+00:00")
        _warm_up(repo, settings)
    assert len(_index(repo, settings)["segments"]) <= 2
    folder = historycache.cache_folder(settings.cache_dir)
    assert len(list(folder.glob("*.seg-*"))) == len(_index(repo, settings)["segments"])
    with load_history(repo, settings) as history:
        assert len(history.for_decision(FIRST).revisions) == 7


def test_rewritten_history_is_read_again(repo: Path, settings: Settings) -> None:
    _warm_up(repo, settings)
    _tamper(repo, settings)
    git(repo, "reset", "-q", "--hard", "HEAD~1")
    add_commit(repo, FIRST, adr("First", "rejected").decode(), "2024-02-01T10:00:00+00:00")
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Change"]


DAMAGE = {
    "garbage": lambda raw: b"\x00garbage" + raw[:50],
    "truncated": lambda raw: raw[: len(raw) // 2],
    "foreign-version": lambda raw: raw.replace(b"ADRTUI-CACHE 1 ", b"ADRTUI-CACHE 999 ", 1),
    "bad-checksum": lambda raw: raw.replace(b"Grace Lee", b"Grace Lex"),
    "empty": lambda raw: b"",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_index_is_rebuilt(repo: Path, settings: Settings, damage: Any) -> None:
    _warm_up(repo, settings)
    _tamper(repo, settings)
    path = history_index_path(repo, settings)
    path.write_bytes(damage(path.read_bytes()))
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Add 3"]
    assert _index(repo, settings)["count"] == 3  # and the rebuilt cache is valid again


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_segment_falls_back_to_git(repo: Path, settings: Settings, damage: Any) -> None:
    _warm_up(repo, settings)
    folder = historycache.cache_folder(settings.cache_dir)
    (segment,) = folder.glob("*.seg-*")
    segment.write_bytes(damage(segment.read_bytes()))
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Add 3"]


def test_wrong_shape_with_valid_checksum_is_rebuilt(repo: Path, settings: Settings) -> None:
    _warm_up(repo, settings)
    index = _index(repo, settings)
    index["traces"] = [[1, 2]]
    cachefile.write_payload(history_index_path(repo, settings), "index", index)
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Add 3"]


def test_a_damaged_commit_with_a_valid_checksum_is_read_from_git_instead(
    repo: Path, settings: Settings
) -> None:
    _warm_up(repo, settings)
    index = _index(repo, settings)
    folder = historycache.cache_folder(settings.cache_dir)
    name = index["segments"][0][0]
    rows = cachefile.read_payload(folder / name, "segment")
    assert isinstance(rows, list)
    rows[-1] = ["not", "a", "commit"]  # commits are decoded when a lineage first needs them
    index["segments"][0][1] = cachefile.write_payload(folder / name, "segment", rows)
    assert cachefile.write_payload(history_index_path(repo, settings), "index", index)
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Add 3"]
        assert len(history.lineages()) == 3
    assert not history_index_path(repo, settings).exists()  # dropped: the next load rebuilds it
    with load_history(repo, settings) as history:
        assert _subjects(history) == ["Add 1", "Add 2", "Add 3"]
    assert _index(repo, settings)["count"] == 3


def test_an_index_naming_a_commit_the_log_lacks_is_read_from_git_instead(
    repo: Path, settings: Settings
) -> None:
    _warm_up(repo, settings)
    index = _index(repo, settings)
    index["traces"][0][2] = [999, 0, *index["traces"][0][2]]  # (age, change) past the log
    assert cachefile.write_payload(history_index_path(repo, settings), "index", index)
    with load_history(repo, settings) as history:
        assert len(history.lineages()) == 3
    assert not history_index_path(repo, settings).exists()  # dropped: the next load rebuilds it


def test_unwritable_cache_folder_means_no_cache(repo: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    for _ in range(2):
        with load_history(repo, Settings(cache_dir=blocker)) as history:
            assert len(history.for_decision(FIRST).revisions) == 3


def test_parsed_states_are_cached_and_follow_the_parser(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings) as history:
        history.for_decision(FIRST)
    states = history_index_path(repo, settings).with_suffix(".states")
    payload = cachefile.read_payload(states, "states")
    assert isinstance(payload, dict) and len(payload["states"]) >= 3
    payload["states"] = {k: ["rejected", "x", "t", None, [], True] for k in payload["states"]}
    cachefile.write_payload(states, "states", payload)
    with load_history(repo, settings) as history:
        assert history.for_decision(FIRST).timeline[0].status_raw == "x"
    payload["parser"] = "another parser"
    cachefile.write_payload(states, "states", payload)
    with load_history(repo, settings) as history:
        assert history.for_decision(FIRST).timeline[0].status_raw == "accepted"


def test_cache_files_are_plain_json(repo: Path, settings: Settings) -> None:
    _warm_up(repo, settings)
    header, _, body = history_index_path(repo, settings).read_bytes().partition(b"\n")
    assert header.startswith(b"ADRTUI-CACHE 1 index ")
    assert isinstance(json.loads(body), dict)


def test_extending_an_index_equals_building_it_whole(tmp_path: Path) -> None:
    story = build(tmp_path / "story", *story_commits())
    with GitRepo.open(story) as opened:
        commits = opened.log(["HEAD"])
    whole = [t.row() for t in build_index(commits, frozenset())]
    for split in range(len(commits) + 1):
        older = build_index(commits[split:], frozenset())
        extended = extend_index(older, commits[:split], len(commits) - split, frozenset())
        assert sorted(t.row() for t in extended) == sorted(whole), split


def test_a_warm_lineage_imports_neither_the_parser_nor_yaml(repo: Path, settings: Settings) -> None:
    with load_history(repo, settings) as history:
        history.for_decision(FIRST)  # parses and caches every state
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from adr_tui.core.history import load_history\n"
        "from adr_tui.core.settings import Settings\n"
        "repo, cache, path = sys.argv[1:]\n"
        "with load_history(Path(repo), Settings(cache_dir=Path(cache))) as h:\n"
        "    assert len(h.for_decision(path).revisions) == 3\n"
        "print(sorted(m for m in sys.modules if m == 'yaml' or m.endswith('parsing.assemble')))\n"
    )
    argv = [sys.executable, "-c", script, str(repo), str(settings.cache_dir), FIRST]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_read_from_the_cache_only_never_runs_a_full_log(repo: Path, settings: Settings) -> None:
    from adr_tui.core.errors import NotCachedError

    with pytest.raises(NotCachedError):
        load_history(repo, settings, cached_only=True)  # nothing cached yet
    assert not history_index_path(repo, settings).exists()
    _warm_up(repo, settings)
    with load_history(repo, settings, cached_only=True) as history:
        assert _subjects(history)  # from the cache
    history_index_path(repo, settings).write_text("damaged")
    with pytest.raises(NotCachedError):
        load_history(repo, settings, cached_only=True)


def test_warming_from_the_cache_only_leaves_lost_commits_to_h(
    repo: Path, settings: Settings
) -> None:
    from adr_tui.core.errors import NotCachedError

    _warm_up(repo, settings)
    folder = historycache.cache_folder(settings.cache_dir)
    for segment in folder.glob("*.seg-*"):
        segment.unlink()  # the index is sound, the commits it names are gone
    with load_history(repo, settings, cached_only=True) as history:
        with pytest.raises(NotCachedError):
            history.warm(cached_only=True)  # the app's preload: no git log for it
        assert len(_subjects(history)) == 3  # h still gets the history, from git
