"""The History screen on a real scripted repository: order, timeline, stepping, comparing,
hostile commit subjects, plain folders and shallow clones, and two snapshots."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.geometry import Spacing
from textual.pilot import Pilot
from textual.widgets import Static

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import CACHE_ENV, Settings
from adr_tui.demo.builder import Commit, Edit, Rename, Write, build_repo, git_environment
from adr_tui.ui import app as app_module
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.history import HistoryScreen, make_screen
from adr_tui.ui.screens.history_loading import Unavailable, cached
from adr_tui.ui.screens.version import VersionScreen
from adr_tui.ui.styles import css_paths, styles_dir
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.revision_list import RevisionList
from adr_tui.ui.widgets.source_view import SourceView

from .conftest import settle
from .test_bindings import assert_all_named

GRACE = "Grace Lee <grace@example.com>"
BOB = "Bob Smith <bob@example.com>"
ADA = "Ada Lovelace <ada@example.com>"
HOSTILE = "[bold]x[/bold] \x1b]52;c;ZXZp\x07 reword the context"
OLD = "docs/adr/0001-use-postgres.md"
NEW = "docs/adr/0001-use-postgresql-for-parcels.md"
SIZES = [(80, 24), (160, 48)]
KEEP = "docs/adr/0001-keep.md"


def adr(title: str, status: str, date: str) -> bytes:
    return (
        f"---\nstatus: {status}\ndate: {date}\n---\n# {title}\n\n## Context\n\n"
        "We need a database for parcels. It must be durable and support point-in-time "
        "recovery, because couriers scan parcels all day.\n\n## Decision\n\n"
        "We will use PostgreSQL 15 for the parcel store.\n"
    ).encode()


def script() -> list[Commit]:
    """Proposed, accepted, renamed, reworded (hostile subject), superseded."""
    title = "Use PostgreSQL for parcels"
    return [
        Commit(
            GRACE,
            "2023-11-22T09:30:00+01:00",
            "ADR 1: propose PostgreSQL for parcels",
            (Write(OLD, adr(title, "proposed", "2023-11-22")),),
        ),
        Commit(
            BOB,
            "2023-12-08T10:00:00+01:00",
            "ADR 1: accept after review",
            (Edit(OLD, (("status: proposed", "status: accepted"),)),),
        ),
        Commit(ADA, "2024-01-10T11:00:00+01:00", "ADR 1: full file name", (Rename(OLD, NEW),)),
        Commit(
            GRACE,
            "2024-02-01T12:00:00+01:00",
            HOSTILE,
            (Edit(NEW, (("must be durable", "must be durable and cheap"),)),),
        ),
        Commit(
            BOB,
            "2024-03-01T09:00:00+01:00",
            "ADR 2 supersedes ADR 1",
            (
                Edit(NEW, (("status: accepted", "status: superseded by ADR-0002"),)),
                Write("docs/adr/0002-use-aurora.md", adr("Use Aurora", "accepted", "2024-03-01")),
            ),
        ),
    ]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_repo(tmp_path_factory.mktemp("history") / "repo", script())


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return Settings()


def app_for(root: Path, settings: Settings) -> AdrApp:
    return make_app(settings, load_catalog(root, settings), poll=False)


async def open_history(pilot: Pilot[Any]) -> HistoryScreen:
    await settle(pilot)
    await pilot.press("h")  # ADR-0001 is highlighted first
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, HistoryScreen)
    return screen


async def open_version(pilot: Pilot[Any]) -> VersionScreen:
    """History of the first ADR, then ``o``: its text as of the newest revision."""
    await open_history(pilot)
    await pilot.press("o")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, VersionScreen)
    return screen


def rows(screen: HistoryScreen) -> list[str]:
    revisions = screen.query_one(RevisionList)
    return [revisions.prompt(i).plain for i in range(revisions.count)]


def static_text(screen: HistoryScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_revisions_newest_first_with_timeline(repo: Path, settings: Settings) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_history(pilot)
        shown = rows(screen)
        assert [r[:10] for r in shown] == [
            "2024-03-01",
            "2024-02-01",
            "2024-01-10",
            "2023-12-08",
            "2023-11-22",
        ]
        assert shown[0].startswith("2024-03-01 09:00 +0100")
        assert "SUPERSEDED" in shown[0] and "Bob Smith: ADR 2 supersedes ADR 1" in shown[0]
        # walk 22: within its folder a rename names the old file (the row is cut at the edge)
        assert "renamed" in shown[2] and "renamed from 0001-use-postgres.md" in shown[2]
        assert "PROPOSED" in shown[4] and "added" in shown[4]
        assert static_text(screen, "#history-timeline") == (
            "Proposed 2023-11-22 → Accepted 2023-12-08 → Superseded by ADR-0002 2024-03-01"
        )
        summary = static_text(screen, "#history-summary")
        assert "5 revisions" in summary and "Grace Lee, Bob Smith, Ada Lovelace" in summary


async def test_history_styles_come_with_the_screen_not_at_start(
    repo: Path, settings: Settings
) -> None:
    """history.tcss styles nothing on Browse: not read at start, read as History opens."""
    assert not {"adr.tcss", "history.tcss"} & {p.name for p in css_paths()}
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        assert app.stylesheet.has_source(str(styles_dir() / "history.tcss"))
        title = screen.query_one("#history-title")
        assert title.styles.padding == Spacing(0, 1, 0, 1)  # from history.tcss
        assert title.region.height == 1


async def test_brackets_step_through_diffs(repo: Path, settings: Settings) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        view = screen.query_one(DiffView)
        newest = view.text
        assert "- status: accepted" in newest and "+ status: superseded by ADR-0002" in newest
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen.query_one(RevisionList).highlighted == 1
        older = view.text
        assert older != newest and "durable and cheap" in older
        await pilot.press("left_square_bracket", "left_square_bracket")
        await settle(pilot)
        assert "+ status: accepted" in view.text  # the acceptance, two steps further back
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert view.text == newest


async def test_revision_list_keys_and_mouse(repo: Path, settings: Settings) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_history(pilot)
        revisions = screen.query_one(RevisionList)
        assert revisions.has_focus and revisions.highlighted == 0
        await pilot.press("end")
        assert revisions.highlighted == 4
        await pilot.press("k", "k", "home", "j")
        assert revisions.highlighted == 1
        # Rows are 2 lines, 3 for the rename (row 2): row 3 starts on line 7.
        await pilot.click(RevisionList, offset=(5, 7))
        await settle(pilot)
        assert revisions.highlighted == 3
        assert "+ status: accepted" in screen.query_one(DiffView).text
        await pilot.click(RevisionList, offset=(5, 8))  # the highlighted row again: into the diff
        assert screen.query_one(DiffView).has_focus
        await pilot.press("escape")
        assert revisions.has_focus


async def test_every_key_of_the_history_screen_has_an_id(repo: Path, settings: Settings) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_history(pilot)
        ids = await assert_all_named(pilot, "revisions")
        assert {"revisions.down", "history.older", "history.next_change"} <= ids
        assert "screen.focus_next" in ids
        await pilot.press("d")
        ids = await assert_all_named(pilot, "diff")
        assert {"diff.next", "scroll.page_down", "scroll.end"} <= ids


async def test_hostile_subject_is_literal_and_inert(repo: Path, settings: Settings) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        literal = "[bold]x[/bold] ␛]52;c;ZXZp␇ reword the context"
        assert literal in rows(screen)[1]
        # Wherever the diff's heading wraps (at the pane's width), its rows hang 2 cells in.
        assert literal in " ".join(screen.query_one(DiffView).text.split())
        everything = "\n".join(rows(screen)) + screen.query_one(DiffView).text
        assert "\x1b" not in everything and "\x07" not in everything


async def test_mark_compares_two_revisions_and_o_opens_that_version(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("m")
        await pilot.press(*["left_square_bracket"] * 4)
        await settle(pilot)
        view = screen.query_one(DiffView)
        assert screen.mark == 0 and view.text.startswith("Comparing ")
        assert "- status: proposed" in view.text
        assert "+ status: superseded by ADR-0002" in view.text
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, VersionScreen)
        assert "status: proposed" in app.screen.query_one(SourceView).text
        await pilot.press("escape")
        await pilot.press("escape")  # clears the mark first
        await settle(pilot)
        assert screen.mark is None and not view.text.startswith("Comparing ")
        await pilot.press("escape")
        assert not isinstance(app.screen, HistoryScreen)


async def test_plain_folder_and_shallow_clone(
    repo: Path, settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "plain"
    shutil.copytree(repo / "docs", folder / "docs")
    app = app_for(folder, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        entry = app.entries[0]
        await app.push_screen(make_screen(app, entry))
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert "is not a Git repository" in " ".join(app.screen.query_one(DiffView).text.split())
        assert not app.screen.query_one(RevisionList).display

    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", repo.as_uri(), str(shallow)],
        check=True,
        env=git_environment(),
    )
    (shallow / "docs/adr/0003-draft.md").write_bytes(adr("Draft", "draft", "2024-04-01"))
    app = app_for(shallow, settings)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_history(pilot)
        assert static_text(screen, "#history-summary").startswith(
            "History truncated at 2024-02-01 (shallow clone) · 2 revisions"
        )
        assert static_text(screen, "#history-timeline").startswith("… → ")
        assert len(rows(screen)) == 2
        await pilot.press("escape")
        draft = next(e for e in app.entries if e.decision.number == 3)  # never committed
        await app.push_screen(make_screen(app, draft))
        await settle(pilot)
        assert "never committed" in " ".join(app.screen.query_one(DiffView).text.split())
        assert not app.screen.query("ErrorModal")  # said on the screen, not in a modal


async def test_moving_on_before_the_history_is_read_leaves_no_screen_behind(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_history()  # reads first, pushes once read
        app.action_problems()  # in the same tick: nothing can have been read yet
        await settle(pilot)  # the read arrived and found the user elsewhere
        assert not any(isinstance(s, HistoryScreen) for s in app.screen_stack)
        assert app.screen.__class__.__name__ == "ProblemsScreen"
        await pilot.press("escape")
        screen = await open_history(pilot)  # and h still works afterwards
        assert len(rows(screen)) == 5


async def test_a_second_h_reuses_the_read_history_until_a_reload(
    settings: Settings, tmp_path: Path
) -> None:
    root = build_repo(tmp_path / "repo", script()[:2])
    app = app_for(root, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await open_history(pilot)
        assert len(rows(first)) == 2
        kept = first.history
        await pilot.press("escape")
        second = await open_history(pilot)
        assert kept is not None and second.history is kept  # only the lineage was built
        await pilot.press("escape")
        (root / OLD).write_text((root / OLD).read_text() + "\nA consequence.\n")
        when, who = "2024-05-01T09:00:00+00:00", ("Ada Lovelace", "ada@example.com")
        dated = {**git_environment(), "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        for role in ("AUTHOR", "COMMITTER"):
            dated |= {f"GIT_{role}_NAME": who[0], f"GIT_{role}_EMAIL": who[1]}
        for args in (["add", OLD], ["commit", "-q", "-m", "ADR 1: add a consequence"]):
            subprocess.run(["git", *args], cwd=root, env=dated, check=True)
        await pilot.press("r")  # what the poller does on a new commit
        third = await open_history(pilot)
        assert third.history is not kept
        assert rows(third)[0].count("add a consequence") == 1 and len(rows(third)) == 3


class _Rows(App[None]):
    """A revision list alone, counting the rows it builds."""

    def __init__(self) -> None:
        super().__init__()
        self.built: list[int] = []

    def compose(self) -> ComposeResult:
        yield RevisionList(id="rows")

    def build(self, index: int) -> Text:
        self.built.append(index)
        return Text(f"row {index}\n  its second line")


async def test_the_revision_list_builds_only_the_rows_it_shows() -> None:
    app = _Rows()
    async with app.run_test(size=(80, 24)) as pilot:
        revisions = app.query_one(RevisionList)
        revisions.set_rows([2] * 500, app.build)
        await pilot.pause()
        assert 0 < len(set(app.built)) <= 12  # a screenful of two-line rows, not 500
        await pilot.press("end")
        await pilot.pause()
        assert 499 in app.built and len(set(app.built)) <= 24
        assert revisions.prompt(7).plain == "row 7\n  its second line"
        with pytest.raises(ValueError, match="row 3 has 3 lines, not the height"):
            revisions.replace_prompt(3, Text("one line\ntwo\nthree"))


async def test_the_preload_reads_a_history_only_from_the_cache(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app._preload()  # what start-up runs a second after the list shows
        await settle(pilot)
        assert not cached(repo, settings)  # no full git log ahead of need (it would cache)
        await open_history(pilot)
        assert cached(repo, settings)


async def test_statuses_parsed_for_a_history_are_saved_while_it_shows(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        # Saved by the read, not at exit (which a killed terminal never reaches).
        saved = list(settings.cache_dir.rglob("*.states"))
        assert len(saved) == 1 and saved[0].stat().st_size > 0
        assert isinstance(app.screen, HistoryScreen)


async def test_s_below_140_columns_says_why_there_is_no_side_by_side(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_history(pilot)
        assert screen.active_bindings["s"].enabled is False  # dimmed in the footer
        app.clear_notifications()
        await pilot.press("s")
        said = [str(n.message) for n in app._notifications]
        assert said == ["Side-by-side needs 140 columns; this terminal has 80."]
        assert not screen.query_one(DiffView).side_by_side
        await pilot.resize_terminal(160, 48)
        await pilot.press("s")  # wide enough: it switches, and says nothing more
        assert screen.query_one(DiffView).side_by_side
        assert len(app._notifications) == 1


async def test_n_and_shift_n_step_between_changes_in_a_long_diff(
    settings: Settings, tmp_path: Path
) -> None:
    path = "docs/adr/0001-long.md"
    lines = "".join(f"Line {n} of the context, unchanged.\n" for n in range(1, 81))
    text = f"---\nstatus: accepted\n---\n# Long\n\n{lines}"
    edits = (("Line 10 of", "Line ten of"), ("Line 70 of", "Line seventy of"))
    long_repo = build_repo(
        tmp_path / "long",
        [
            Commit(GRACE, "2024-01-01T09:00:00+00:00", "Add", (Write(path, text.encode()),)),
            Commit(BOB, "2024-01-02T09:00:00+00:00", "Two edits", (Edit(path, edits),)),
        ],
    )
    app = app_for(long_repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("n")  # from the revision list too
        first = view.scroll_offset.y
        await pilot.press("d")
        await pilot.press("n")
        second = view.scroll_offset.y
        assert 0 < first < second  # the second hunk is further down
        assert "Line seventy" in view.text
        await pilot.press("N")
        assert view.scroll_offset.y == first
        await pilot.press("N")  # nothing before the first change: it stays
        assert view.scroll_offset.y == first


async def test_a_git_worker_starting_meanwhile_does_not_cancel_the_read(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_history()
        app.want_created_dates(app.entries[1])  # an exclusive "git" worker of the app
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen) and screen.lineage is not None
        assert len(rows(screen)) == 5


async def test_a_read_that_comes_back_after_the_screen_closed_is_dropped(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, HistoryScreen)
        screen._arrive(Unavailable("late"))  # what a read queued before escape delivers
        await settle(pilot)
        assert app.is_running and not isinstance(app.screen, HistoryScreen)


def keys(*presses: str) -> Callable[[Pilot[object]], Awaitable[None]]:
    async def run(pilot: Pilot[object]) -> None:
        await open_history(pilot)
        for key in presses:
            await pilot.press(key)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot(
    snap_compare: Callable[..., bool], repo: Path, settings: Settings, size: tuple[int, int]
) -> None:
    # Wide: the side-by-side diff of the hostile commit; narrow: the unified one.
    presses = ("left_square_bracket", "s") if size[0] >= 140 else ("left_square_bracket",)
    app = app_for(repo, settings)
    assert snap_compare(app, terminal_size=size, run_before=keys(*presses))


async def test_timeline_names_a_new_link_once(tmp_path: Path, settings: Settings) -> None:
    first = "# 1. Keep sessions\n\n## Status\n\nAccepted\n\n## Decision\n\nServer-side.\n"
    amended = first.replace("Accepted\n", "Accepted\n\nAmended by [2. Expire](0002-expire.md)\n")
    second = "# 2. Expire\n\n## Status\n\nAccepted\n\nAmends [1. Keep](0001-keep.md)\n"
    root = build_repo(
        tmp_path / "repo",
        [
            Commit(GRACE, "2023-01-02T09:00:00+01:00", "ADR 1", (Write(KEEP, first.encode()),)),
            Commit(
                BOB,
                "2023-02-03T09:00:00+01:00",
                "ADR 2 amends ADR 1",
                (
                    Edit(KEEP, ((first, amended),)),
                    Write("docs/adr/0002-expire.md", second.encode()),
                ),
            ),
        ],
    )
    app = app_for(root, settings)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_history(pilot)
        assert static_text(screen, "#history-timeline") == (
            "Accepted 2023-01-02 → Accepted; amended by ADR-0002 2023-02-03"
        )


async def test_the_adr_view_reads_a_cached_history_ahead_of_h(
    repo: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The app's own preload comes a second after start: on a loaded machine the settling
    # below took longer, and the preload, not the ADR view, read the history first.
    monkeypatch.setattr(app_module, "PRELOAD_AFTER", 3600.0)
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert not cached(repo, settings)  # no full git log ahead of need
        assert not app.histories._kept
        await pilot.press("h")  # from the ADR view: reads (and caches) the history
        await settle(pilot)
        assert cached(repo, settings)
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.histories._kept  # the app's own preload waits (an hour, here)
        await pilot.press("enter")
        await settle(pilot)
        assert list(app.histories._kept) == [(repo, None)]  # read once the text showed
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen) and len(rows(screen)) == 5


def test_a_reader_waiting_for_another_read_of_a_history_can_be_cancelled(tmp_path: Path) -> None:
    import threading

    from adr_tui.core.gitlog import HistoryCancelled
    from adr_tui.ui.screens.history_loading import Histories, _Reading

    histories = Histories()
    root = tmp_path / "repo"
    histories._reading.setdefault((root, None), _Reading()).lock.acquire()  # a read under way
    cancel = threading.Event()
    cancel.set()  # the screen that asked was closed
    with pytest.raises(HistoryCancelled):
        histories.get(root, Settings(cache_dir=tmp_path / "cache"), cancel)
