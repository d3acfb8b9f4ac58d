from __future__ import annotations

import dataclasses
import gc
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from tests.core.search.conftest import CatalogFactory
from tests.core.search.corpus import CORPUS, catalog_of, decision

from adr_tui.core.catalog import Catalog
from adr_tui.core.search import VERSION_KEY, IndexReport, SearchEngine, index_home, storage
from adr_tui.core.settings import Settings


def build(catalog: Catalog, settings: Settings) -> tuple[SearchEngine, IndexReport]:
    engine = SearchEngine.open(catalog, settings)
    return engine, engine.build()


def current_dir(settings: Settings, root: Path) -> Path:
    home = index_home(settings, root)
    return home / (home / "CURRENT").read_text().strip()


def test_index_lives_in_the_cache_under_a_version_key(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    engine, _ = build(make_catalog(CORPUS), settings)
    engine.close()
    home = index_home(settings, repo_root)
    assert home.name == VERSION_KEY and "schema" in VERSION_KEY and "whoosh" in VERSION_KEY
    assert home.is_relative_to(settings.cache_dir / "index")
    assert (home / "CURRENT").is_file()
    assert list(repo_root.iterdir()) == []


def test_warm_open_reindexes_nothing(make_catalog: CatalogFactory, settings: Settings) -> None:
    catalog = make_catalog(CORPUS)
    first, _ = build(catalog, settings)
    first.close()
    second, report = build(catalog, settings)
    assert report == dataclasses.replace(report, added=0, updated=0, removed=0, rebuilt=False)
    assert second.ready and second.search("redis").source == "index"
    second.close()


def test_incremental_add_edit_delete_rename(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    engine, _ = build(make_catalog(CORPUS), settings)
    engine.close()
    edited = dataclasses.replace(
        CORPUS[0], body_source="Sessions now live in Memcached.", digest="e1"
    )
    renamed = dataclasses.replace(
        CORPUS[2], id="docs/adr/0003-cache-pages", path="docs/adr/0003-cache-pages.md"
    )
    added = decision(7, "Adopt OpenTelemetry", "Tracing with OpenTelemetry collectors.")
    changed = [edited, CORPUS[1], renamed, *CORPUS[3:6], added]  # 55 deleted
    with SearchEngine.open(make_catalog(changed), settings) as engine:
        report = engine.build()
        assert (report.added, report.updated, report.removed, report.rebuilt) == (2, 1, 2, False)
        assert engine.search("memcached").ids == [edited.id]
        assert engine.search("body:redis").ids == [CORPUS[1].id]
        assert engine.search("opentelemetry").ids == [added.id]
        assert engine.search("gateway").ids == []
        assert engine.search("tracking").ids == [renamed.id]
    with SearchEngine.open(make_catalog(changed), settings) as again:
        assert again.build().added == 0  # the update was recorded: nothing left to do
        # A new searcher maps document numbers to ids from the manifest, deletions included.
        assert again.search("memcached").ids == [edited.id]
        assert again.search("opentelemetry").ids == [added.id]
        assert again.search("tracking").ids == [renamed.id]


def test_corrupted_index_file_is_rebuilt(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    catalog = make_catalog(CORPUS)
    engine, _ = build(catalog, settings)
    engine.close()
    gen_dir = current_dir(settings, repo_root)
    segment = max(
        (p for p in gen_dir.iterdir() if p.suffix == ".seg"), key=lambda p: p.stat().st_size
    )
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0xFF
    segment.write_bytes(bytes(data))
    with SearchEngine.open(catalog, settings) as fresh:
        report = fresh.build()
        assert report.rebuilt and "corrupt" in report.reason
        assert fresh.search("redis").source == "index"
        assert len(fresh.search("redis").ids) == 2


def test_truncated_file_and_garbage_pointer_are_rebuilt(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    catalog = make_catalog(CORPUS)
    engine, _ = build(catalog, settings)
    engine.close()
    toc = next(current_dir(settings, repo_root).glob("*.toc"))
    toc.write_bytes(toc.read_bytes()[:10])
    engine, report = build(catalog, settings)
    engine.close()
    assert report.rebuilt
    (index_home(settings, repo_root) / "CURRENT").write_text("../../elsewhere")
    engine, report = build(catalog, settings)
    assert report.rebuilt and "pointer" in report.reason
    assert len(engine.search("session").ids) == 2
    engine.close()


def test_half_written_update_is_not_trusted(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    catalog = make_catalog(CORPUS)
    engine, _ = build(catalog, settings)
    engine.close()
    # A commit that reached Whoosh's table of contents but not our manifest.
    toc = next(current_dir(settings, repo_root).glob("_MAIN_*.toc"))
    shutil.copy(toc, toc.with_name("_MAIN_99.toc"))
    engine, report = build(catalog, settings)
    assert report.rebuilt
    engine.close()


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("schema", 0, "another version"),
        ("whoosh", "2.7.4-other", "another version"),
        ("order", None, "manifest does not match"),  # written before the order was recorded
        ("order", ["docs/adr/0001-x"], "manifest does not match"),
    ],
)
def test_stale_schema_foreign_version_or_mismatched_manifest_is_rebuilt(
    make_catalog: CatalogFactory,
    settings: Settings,
    repo_root: Path,
    key: str,
    value: object,
    reason: str,
) -> None:
    catalog = make_catalog(CORPUS)
    engine, _ = build(catalog, settings)
    engine.close()
    manifest_path = current_dir(settings, repo_root) / "adr-tui-manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest[key] = value
    manifest_path.write_text(json.dumps(manifest))
    engine, report = build(catalog, settings)
    assert report.rebuilt and reason in report.reason
    assert engine.search("kafka").ids == [CORPUS[1].id]
    engine.close()


def test_leftover_whoosh_lock_does_not_block(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    engine, _ = build(make_catalog(CORPUS), settings)
    engine.close()
    (current_dir(settings, repo_root) / "MAIN_WRITELOCK").write_text("")  # a crashed writer's
    engine, report = build(make_catalog(CORPUS[:-1]), settings)
    assert report.removed == 1 and not report.rebuilt
    engine.close()


def test_two_threads_open_the_same_repository(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    catalog = make_catalog(CORPUS)
    barrier = threading.Barrier(2)
    engines = [SearchEngine.open(catalog, settings) for _ in range(2)]
    errors: list[BaseException] = []

    def open_and_build(engine: SearchEngine) -> None:
        try:
            barrier.wait()
            engine.build()
        except BaseException as exc:  # pragma: no cover - asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_build, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [len(e.search("session").ids) for e in engines] == [2, 2]
    assert sorted(r.rebuilt for r in (e.last_report for e in engines) if r) == [False, True]
    for e in engines:
        e.close()
    engine, report = build(catalog, settings)
    assert not report.rebuilt and report.added == 0
    engine.close()


_CHILD = """
import sys
from pathlib import Path
from adr_tui.core.catalog import load_catalog
from adr_tui.core.search import SearchEngine
from adr_tui.core.settings import Settings
catalog = load_catalog(Path(sys.argv[1]))
with SearchEngine.open(catalog, Settings(cache_dir=Path(sys.argv[2]))) as engine:
    engine.build()
    print(len(engine.search("redis").ids), engine.search("redis").source)
"""


def test_two_processes_open_the_same_repository(tmp_path: Path) -> None:
    repo = tmp_path / "plain"
    (repo / "docs" / "adr").mkdir(parents=True)
    for n in range(1, 40):
        text = f"# {n}. Decision {n}\n\nWe use {'redis' if n % 3 == 0 else 'kafka'} here.\n"
        (repo / "docs" / "adr" / f"{n:04d}-decision-{n}.md").write_text(text)
    cache = tmp_path / "shared-cache"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(repo), str(cache)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert [out for out, _ in outputs] == ["13 index\n", "13 index\n"]
    assert [err for _, err in outputs] == ["", ""]
    gens = list(next((cache / "index").iterdir()).glob("*/g-*"))
    assert len(gens) == 1  # one of them built, the other reused it


def test_unwritable_cache_falls_back_to_memory_once(
    make_catalog: CatalogFactory, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    settings = Settings(cache_dir=blocker / "cache")
    catalog = make_catalog(CORPUS)
    engine, report = build(catalog, settings)
    assert report.in_memory
    assert engine.notice is not None and "in memory" in engine.notice
    assert engine.search("redis").source == "index"
    engine.close()
    again, _ = build(catalog, settings)
    assert again.notice is None  # said once per process
    again.close()


def test_cache_disabled_keeps_index_in_memory(make_catalog: CatalogFactory, tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "cache", use_cache=False)
    engine, report = build(make_catalog(CORPUS), settings)
    assert report.in_memory and engine.notice is None
    engine.set_catalog(make_catalog(CORPUS[:3]))
    update = engine.build()
    assert update.removed == 4 and update.in_memory
    assert engine.search("").total == 3
    assert not (tmp_path / "cache").exists()
    engine.close()


def test_past_revision_is_indexed_in_memory(repo_root: Path, settings: Settings) -> None:
    past = dataclasses.replace(catalog_of(repo_root, CORPUS), at="2024-01-01")
    engine, report = build(past, settings)
    assert report.in_memory and engine.notice is None
    assert not settings.cache_dir.exists()
    engine.close()


def test_index_failing_at_query_time_falls_back_to_scan(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    catalog = make_catalog(CORPUS)
    with SearchEngine.open(catalog, settings) as engine:
        engine.build()
        shutil.rmtree(current_dir(settings, repo_root))  # e.g. a cache cleaner ran
        result = engine.search("redis")
        assert result.source == "scan" and "scanned instead" in result.problems[-1]
        assert len(result.ids) == 2
        assert not engine.ready
        report = engine.build()
        assert report.rebuilt and engine.search("redis").source == "index"


@pytest.fixture
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segments of 10: a long build's pattern at a test's size."""
    monkeypatch.setattr(storage, "SEGMENT_DOCS", 10)


MANY = [decision(n, f"Session store {n}", "Sessions live in Redis.") for n in range(1, 46)]


def quit_after(done_at: int) -> tuple[threading.Event, storage.Progress]:
    """A cancel event set once ``done_at`` decisions are indexed (a user quitting meanwhile)."""
    stop = threading.Event()

    def progress(done: int, _: int) -> None:
        if done >= done_at:
            stop.set()

    return stop, progress


@pytest.mark.usefixtures("small_segments")
def test_a_build_stopped_after_a_checkpoint_resumes_where_it_stopped(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    catalog = make_catalog(MANY)
    stop, progress = quit_after(30)
    with SearchEngine.open(catalog, settings) as engine:
        assert engine.build(cancel=stop, progress=progress).cancelled
    told: list[tuple[int, int]] = []
    with SearchEngine.open(catalog, settings) as engine:
        report = engine.build(progress=lambda done, total: told.append((done, total)))
        assert (report.added, report.rebuilt) == (15, False)  # 30 were kept
        assert told == [(15, 15)]  # the 5 past the first segment, counted from the 15 to add
        assert engine.ready and len(engine.search("redis").ids) == len(MANY)
    with SearchEngine.open(catalog, settings) as engine:
        report = engine.build()
        assert (report.added, report.updated, report.rebuilt) == (0, 0, False)  # whole now


@pytest.mark.usefixtures("small_segments")
def test_a_resumed_update_stopped_again_keeps_its_own_checkpoint(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    catalog = make_catalog([*MANY, *(decision(n, f"Queue {n}", "Kafka.") for n in range(46, 80))])
    stop, progress = quit_after(20)
    with SearchEngine.open(catalog, settings) as engine:
        engine.build(cancel=stop, progress=progress)
    stop, progress = quit_after(40)  # the update: 10 in its first commit, then segments
    with SearchEngine.open(catalog, settings) as engine:
        assert engine.build(cancel=stop, progress=progress).cancelled
    with SearchEngine.open(catalog, settings) as engine:
        report = engine.build()
        assert report.added == 79 - 20 - 40 and not report.rebuilt
        assert len(engine.search("kafka OR redis").ids) == 79


def test_a_build_stopped_before_its_first_commit_leaves_no_folder(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Path
) -> None:
    stop = threading.Event()
    stop.set()  # the user quit before the first segment was written
    with SearchEngine.open(make_catalog(MANY), settings) as engine:
        assert engine.build(cancel=stop).cancelled
    assert list(index_home(settings, repo_root).glob("g-*")) == []


@pytest.mark.usefixtures("small_segments")
def test_a_build_killed_while_writing_a_segment_resumes_after_the_last_commit(
    make_catalog: CatalogFactory, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A quit kills the build thread wherever it is, nearly always inside a segment:
    # what each commit left on disk (with its manifest) must be resumable by itself.
    catalog = make_catalog(MANY)
    batches = 0
    real_add_all = storage._add_all

    def die_in_the_fourth_segment(*args: Any) -> int:
        nonlocal batches
        batches += 1
        if batches == 4:
            raise SystemExit("killed")  # not Cancelled: nothing is recorded on the way out
        return real_add_all(*args)

    monkeypatch.setattr(storage, "_add_all", die_in_the_fourth_segment)
    with SearchEngine.open(catalog, settings) as engine, pytest.raises(SystemExit):
        engine.build()
    monkeypatch.setattr(storage, "_add_all", real_add_all)
    with SearchEngine.open(catalog, settings) as engine:
        report = engine.build()
        assert (report.added, report.rebuilt) == (15, False)  # the 30 committed were kept
        assert len(engine.search("redis").ids) == len(MANY)


def test_in_memory_indexes_keep_their_scratch_files_apart() -> None:
    """Whoosh put every in-memory writer's scratch files in $TMPDIR/MAIN.tmp: two builds at
    once, in two processes, deleted each other's files mid-build."""
    first, second = storage._RamStorage(), storage._RamStorage()
    one, two = Path(first.temp_storage("MAIN.tmp").folder), Path(second.temp_storage().folder)
    assert one != two and one.is_dir() and two.is_dir()
    del first
    gc.collect()
    assert not one.exists() and two.exists()  # removed with its index, not before
