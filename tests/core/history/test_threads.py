from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from tests.helpers_git import linear_repo

from adr_tui.core.diffs import diff_revision, unified_text
from adr_tui.core.gitlog import HistoryCancelled
from adr_tui.core.history import load_history
from adr_tui.core.settings import Settings

FIRST = "docs/adr/0001-first.md"


def test_cancel_event_stops_the_load(tmp_path: Path) -> None:
    repo = linear_repo(tmp_path / "repo", count=3)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(HistoryCancelled):
        load_history(repo, Settings(use_cache=False), cancel)


def test_one_history_serves_many_worker_threads(tmp_path: Path) -> None:
    repo = linear_repo(tmp_path / "repo", count=6)
    paths = [FIRST, *(f"docs/adr/{i:04d}-adr-{i}.md" for i in range(2, 7))]
    with load_history(repo, Settings(cache_dir=tmp_path / "cache")) as history:

        def work(path: str) -> tuple[int, str]:
            lineage = history.for_decision(path)
            return len(lineage.revisions), unified_text(
                diff_revision(history, lineage.revisions[-1])
            )

        with ThreadPoolExecutor(max_workers=6) as pool:
            results = list(pool.map(work, paths * 4))
    assert [count for count, _ in results[:6]] == [6, 1, 1, 1, 1, 1]
    assert results[:6] == results[6:12] == results[18:24]
