"""A full ``git log`` tells how far it is; quick reads (warm, incremental) tell nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tests.helpers_git import add_commit, linear_repo

from adr_tui.core.errors import NotCachedError
from adr_tui.core.gitlog import HistoryCancelled, Progress
from adr_tui.core.history import load_history
from adr_tui.core.settings import Settings

COMMITS = 12


class Heard:
    """What a progress callback was told, in order."""

    def __init__(self) -> None:
        self.told: list[tuple[int, int | None]] = []

    def __call__(self, read: int, total: int | None) -> None:
        self.told.append((read, total))

    @property
    def reads(self) -> list[int]:
        return [read for read, _ in self.told]


def test_a_first_read_tells_rising_counts_that_end_at_the_total(tmp_path: Path) -> None:
    root = linear_repo(tmp_path / "repo", count=COMMITS)
    heard = Heard()
    every_commit = Progress(heard, every=1, interval=0)
    load_history(root, Settings(cache_dir=tmp_path / "cache"), progress=every_commit).close()
    # First 0 (once counted, before the first commit), then each commit, each told once.
    assert heard.told == [(read, COMMITS) for read in range(COMMITS + 1)]


def test_counts_are_told_every_so_many_commits_and_at_the_end(tmp_path: Path) -> None:
    root = linear_repo(tmp_path / "repo", count=COMMITS)
    heard = Heard()
    load_history(root, Settings(use_cache=False), progress=Progress(heard, every=5, interval=0))
    assert heard.reads == [0, 5, 10, COMMITS]


def test_at_most_one_telling_per_interval_but_always_the_end(tmp_path: Path) -> None:
    root = linear_repo(tmp_path / "repo", count=COMMITS)
    heard = Heard()
    a_day = Progress(heard, every=1, interval=86_400.0)
    load_history(root, Settings(use_cache=False), progress=a_day)
    assert heard.told == [(0, COMMITS), (COMMITS, COMMITS)]


def test_a_read_from_the_cache_or_of_new_commits_only_tells_nothing(tmp_path: Path) -> None:
    root = linear_repo(tmp_path / "repo", count=COMMITS)
    settings = Settings(cache_dir=tmp_path / "cache")
    load_history(root, settings).close()
    heard = Heard()
    every_commit = Progress(heard, every=1, interval=0)
    load_history(root, settings, progress=every_commit).close()  # warm
    add_commit(root, "docs/adr/0001-first.md", "# First\n", "2024-02-01T10:00:00+00:00")
    load_history(root, settings, progress=every_commit).close()  # OLD..HEAD only
    assert heard.told == []


def test_a_history_at_a_revision_tells_how_far_its_own_log_is(tmp_path: Path) -> None:
    root = linear_repo(tmp_path / "repo", count=COMMITS)
    heard = Heard()
    every_commit = Progress(heard, every=1, interval=0)
    load_history(root, Settings(use_cache=False), at="HEAD~2", progress=every_commit).close()
    assert heard.told[-1] == (COMMITS - 2, COMMITS - 2)


def test_cancel_still_stops_a_read_that_tells(tmp_path: Path) -> None:
    root = linear_repo(tmp_path / "repo", count=COMMITS)
    settings = Settings(cache_dir=tmp_path / "cache")
    cancel = threading.Event()
    heard = Heard()

    def tell(read: int, total: int | None) -> None:
        heard(read, total)
        if read == 3:
            cancel.set()  # as a screen closed while the log streams

    with pytest.raises(HistoryCancelled):
        load_history(root, settings, cancel, progress=Progress(tell, every=1, interval=0))
    assert heard.reads[:4] == [0, 1, 2, 3]
    with pytest.raises(NotCachedError):  # nothing half-read was kept
        load_history(root, settings, cached_only=True)


def test_a_commit_touching_no_adr_still_counts(tmp_path: Path) -> None:
    # The total counts every commit git walks, so the count must too, or it stops short.
    root = linear_repo(tmp_path / "repo", count=3)
    add_commit(root, "NOTES.txt", "no decision here\n", "2024-02-01T10:00:00+00:00")
    heard = Heard()
    load_history(root, Settings(use_cache=False), progress=Progress(heard, every=1, interval=0))
    assert heard.told[-1] == (4, 4)


def test_cancel_set_before_the_count_is_in_stops_the_read_at_once(tmp_path: Path) -> None:
    root = linear_repo(tmp_path / "repo", count=COMMITS)
    cancel = threading.Event()
    cancel.set()  # the screen closed before anything was read
    heard = Heard()
    with pytest.raises(HistoryCancelled):
        load_history(root, Settings(use_cache=False), cancel, progress=Progress(heard))
    assert heard.told == [(0, None)]  # not counted: the count was not waited for
