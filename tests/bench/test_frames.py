"""The frames probe and task at a tiny size: it names what blocks the loop, and the incident
path reaches every phase on a real generated repository (figures are not checked)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from bench.generate import Generated, build
from bench.tasks import frames

PHASES = ["boot", "list", "search", "open", "history", "step", "drain", "exit"]


def block_the_loop(released: threading.Event) -> None:
    """Hold the event loop until the test lets go (no sleep: it waits for the watchdog)."""
    assert released.wait(60)


def test_a_stall_names_the_blocking_function() -> None:
    async def scenario() -> dict[str, Any]:
        probe = frames.LagProbe()
        probe.start()
        probe.enter("blocked")
        released = threading.Event()

        def release() -> None:
            probe.stall_seen.wait(60)
            released.set()

        threading.Thread(target=release).start()
        block_the_loop(released)
        for _ in range(10_000):  # the overdue tick runs on one of the next iterations
            if probe.stalls:
                break
            await asyncio.sleep(0)
        probe.stop()
        return probe.report()

    report = asyncio.run(scenario())
    assert report["stalls"] == 1
    worst = report["worst"][0]
    assert worst["phase"] == "blocked" and worst["lag"] == report["max_lag"]
    assert worst["samples"] >= 1
    assert any("test_frames.py:block_the_loop" in frame for frame in worst["stack"])
    assert report["stacks"][0]["stalls"] == 1
    assert [seen["stalls"] for seen in report["causes"].values()] == [1]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return build(tmp_path_factory.mktemp("frames") / "repo", 30)


def test_incident_path_reaches_every_phase(repo: Generated, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    params = {
        "root": str(repo.root),
        "manifest": str(repo.root / ".git" / "bench-manifest.json"),
        "cache_dir": str(cache),
        "query": "postgresql",
    }
    report = frames.incident(params)
    assert list(report["phases"]) == PHASES
    assert report["rows"] == 30
    assert 0 < report["hits"] <= 30
    assert report["stepped"] == min(frames.STEPS, report["revisions"] - 1) > 0
    assert report["ticks"] == sum(
        report["phases"][p]["ticks"] for p in PHASES if p not in ("boot", "exit")
    )
    assert report["max_lag"] >= report["p99"] >= report["median"]
    assert len(report["worst"]) == min(report["stalls"], 5)
    assert set(report["workers"]) <= set(PHASES)
    assert all(isinstance(name, str) for names in report["workers"].values() for name in names)
    # Cold: the workers filled the cache (parse results, search index, history).
    assert len(list(cache.iterdir())) >= 2


def test_bare_baseline_idles_under_the_probe() -> None:
    report = frames.bare({"seconds": 0.2})
    assert list(report["phases"]) == ["boot", "idle"]
    assert report["ticks"] == report["phases"]["idle"]["ticks"] > 0
