"""A warm start shows the catalogue as last saved, then checks it against the files."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from tests.core.test_snapshot import aged_back, doctor, edited_later, retitled
from textual.message import Message
from textual.notifications import Notify
from textual.worker import Worker, WorkerState

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.core.snapshot import Verdict
from adr_tui.ui.app import ServedChecked, make_app
from adr_tui.ui.listing import CatalogRows, Query, SortKey, listed_as_is
from adr_tui.ui.messages import CatalogLoaded
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.widgets.adr_list import AdrList

from .conftest import settle


def saved_log(make_repo: RepoFactory, tmp_path: Path) -> tuple[Path, Settings]:
    """A log whose saved catalogue says 'From the snapshot' for ADR 1, as if not racy."""
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A"), "docs/adr/0002-b.md": nygard(2, "B")})
    settings = Settings(cache_dir=tmp_path / "cache")
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled)
    return repo, settings


async def start(
    repo: Path, settings: Settings, query: Query | None = None
) -> tuple[list[Message], list[str], list[str]]:
    """Messages of interest, the first titles loaded, and the titles the list shows at the end."""
    app = make_app(settings, paths=[repo], query=query, poll=False, index=False)
    seen: list[Message] = []

    def record(message: Message) -> None:
        if isinstance(message, CatalogLoaded | ServedChecked | Notify):
            seen.append(message)

    async with app.run_test(size=(120, 30), message_hook=record) as pilot:
        await settle(pilot)
        first = loaded_titles(seen[0])
        rows = app.browse.query_one(AdrList).rows
        return seen, first, [r.entry.decision.title for r in rows]


def loaded_titles(message: Message) -> list[str]:
    assert isinstance(message, CatalogLoaded)
    return sorted(d.title for c in message.catalogs for d in c.decisions)


async def test_an_unchanged_log_is_shown_as_saved_and_found_to_hold(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    seen, first, final = await start(*saved_log(make_repo, tmp_path))
    assert first == ["B", "From the snapshot"]
    assert [type(m).__name__ for m in seen] == ["CatalogLoaded", "ServedChecked"]
    assert isinstance(seen[1], ServedChecked) and seen[1].verdict is Verdict.HOLDS
    assert sorted(final) == ["B", "From the snapshot"]


async def test_a_log_edited_since_is_shown_as_saved_then_reloaded(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo, settings = saved_log(make_repo, tmp_path)
    adr = repo / "docs/adr/0002-b.md"
    edited_later(adr, adr.read_text().replace("# 2. B", "# 2. B, edited"))
    seen, first, final = await start(repo, settings)
    assert first == ["B", "From the snapshot"]
    kinds = [type(m).__name__ for m in seen]
    assert kinds == ["CatalogLoaded", "ServedChecked", "Notify", "CatalogLoaded"]
    assert isinstance(seen[3], CatalogLoaded) and seen[3].reload
    assert sorted(final) == ["A", "B, edited"]


async def open_at_start(repo: Path, settings: Settings, name: str) -> list[str]:
    """The screens stacked once ``adr-tui REPO NAME`` has settled, and the ADR view's label."""
    app = make_app(settings, paths=[repo], open_id=name, poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        names = [type(s).__name__ for s in app.screen_stack]
        if isinstance(app.screen, AdrScreen) and app.screen.entry is not None:
            names.append(app.screen.entry.decision.label)
        return names


async def test_an_adr_written_since_the_save_opens_by_name_without_a_false_not_found(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo, settings = saved_log(make_repo, tmp_path)
    (repo / "docs/adr/0003-c.md").write_text(nygard(3, "C"))  # not in the saved catalogue
    assert await open_at_start(repo, settings, "3") == ["BrowseScreen", "AdrScreen", "ADR-0003"]


async def test_a_name_nothing_answers_is_still_said_to_be_missing_once_checked(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo, settings = saved_log(make_repo, tmp_path)
    assert await open_at_start(repo, settings, "9") == ["BrowseScreen", "ErrorModal"]
    assert await open_at_start(repo, settings, "2") == ["BrowseScreen", "AdrScreen", "ADR-0002"]


async def test_a_save_too_recent_to_trust_is_loaded_again_without_a_false_alarm(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    """After a live reload the save is racy: nothing changed, so nothing is said."""
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A")})
    settings = Settings(cache_dir=tmp_path / "cache")
    load_catalog(repo, settings)
    # Dated a second after the files changed: racy however long the fixture took (left as
    # saved, a loaded machine could save 2 s after the write, and the save was trusted).
    doctor(settings.cache_dir, retitled, aged_back)
    seen, first, final = await start(repo, settings)
    assert first == ["From the snapshot"]
    assert [type(m).__name__ for m in seen] == ["CatalogLoaded", "ServedChecked", "CatalogLoaded"]
    assert isinstance(seen[1], ServedChecked) and seen[1].verdict is Verdict.UNSURE
    assert final == ["A"]


async def test_a_decider_named_at_start_is_found_in_an_adr_written_since_the_save(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo, settings = saved_log(make_repo, tmp_path)
    lee = nygard(3, "C").replace("## Status", "Deciders: Grace Lee\n\n## Status")
    (repo / "docs/adr/0003-c.md").write_text(lee)
    _, _, final = await start(repo, settings, Query(deciders=frozenset({"lee"})))
    assert final == ["C"]


async def test_the_check_runs_when_the_collector_was_off_before_start(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    """Start-up pauses the collector; an app embedded with it off still checks what it served."""
    repo, settings = saved_log(make_repo, tmp_path)
    (repo / "docs/adr/0003-c.md").write_text(nygard(3, "C"))
    gc.disable()
    try:
        _, _, final = await start(repo, settings)
    finally:
        gc.enable()
    assert sorted(final) == ["A", "B", "C"]


async def test_a_served_logs_first_list_is_shown_without_a_worker(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo, settings = saved_log(make_repo, tmp_path)
    app = make_app(settings, paths=[repo], poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        browse, adr_list = app.browse, app.browse.query_one(AdrList)
        assert isinstance(adr_list.rows, CatalogRows)
        await pilot.press("s")  # date order: that one is computed in a worker
        await settle(pilot)
        assert browse.query_state.sort is SortKey.DATE
        assert isinstance(adr_list.rows, tuple) and len(adr_list.rows) == 2
        browse.query_state = replace(browse.query_state, sort=SortKey.NUMBER)
        browse.refresh_listing()  # nothing awaited: no worker could have answered yet
        assert isinstance(adr_list.rows, CatalogRows)
        assert [r.entry.decision.title for r in adr_list.rows] == ["From the snapshot", "B"]


def test_only_a_catalogue_in_its_own_order_asked_for_nothing_is_listed_as_is(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo, settings = saved_log(make_repo, tmp_path)
    served = load_catalog(repo, settings)
    fresh = load_catalog(repo, Settings(use_cache=False))
    listed = listed_as_is([served], Query())
    assert listed is not None and isinstance(listed.rows, CatalogRows) and listed.total == 2
    for catalogs, query in (
        ([fresh], Query()),  # built decisions: their order is not known to be the catalogue's
        ([served, served], Query()),
        ([served], Query(text="b")),
        ([served], Query(hide_not_in_force=True)),
        ([served], Query(sort=SortKey.TITLE)),
        ([served], Query(repos=frozenset({"elsewhere"}))),
    ):
        assert listed_as_is(catalogs, query) is None


async def test_start_up_ends_when_an_adr_opened_at_once_covers_the_first_list(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    # The list shown without a worker, then ADR 2 opened over it before it was drawn:
    # its rows never painted, so start-up never ended (no check, no preload, the
    # collector held for good) and `h` read the history the preload would have read.
    repo, settings = saved_log(make_repo, tmp_path)
    app = make_app(settings, paths=[repo], open_id="2", poll=False, index=False)
    seen: list[Message] = []
    async with app.run_test(size=(120, 30), message_hook=seen.append) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert [m.verdict for m in seen if isinstance(m, ServedChecked)] == [Verdict.HOLDS]
        assert gc.isenabled()


async def worker_groups(repo: Path, settings: Settings) -> list[str]:
    """The groups of the workers an app started for ``repo`` ran, once it settled."""
    app = make_app(settings, paths=[repo], poll=False, index=False)
    groups: list[str] = []

    def record(message: Message) -> None:
        if isinstance(message, Worker.StateChanged) and message.state is WorkerState.RUNNING:
            groups.append(message.worker.group)

    async with app.run_test(size=(120, 30), message_hook=record) as pilot:
        await settle(pilot)
    return groups


async def test_a_warm_start_reads_what_was_saved_before_the_app_runs_not_in_a_worker(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    """A worker's every system call waited for the UI thread's turn while the screen composed."""
    repo, settings = saved_log(make_repo, tmp_path)
    groups = await worker_groups(repo, settings)
    assert "check" in groups and "load" not in groups


async def test_a_start_with_nothing_saved_loads_in_a_worker(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A")})
    groups = await worker_groups(repo, Settings(cache_dir=tmp_path / "cache"))
    assert "load" in groups and "check" not in groups
