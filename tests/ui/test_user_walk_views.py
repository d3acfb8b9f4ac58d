"""Found walking the ADR view and History as an on-call reader would (tmux, 80×24, NO_COLOR).

Each test drives keys on the real app and fails without its fix.
"""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.widgets import OptionList, Static

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Commit, Edit, Rename, Write, build_repo
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.screens.history import HistoryScreen
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.key_footer import shown_keys
from adr_tui.ui.widgets.markdown_text import MarkdownText
from adr_tui.ui.widgets.revision_list import RevisionList
from adr_tui.ui.widgets.source_view import SourceView

from ..conftest import RepoFactory
from . import test_history_screen as story
from .conftest import settle, source_view_of
from .test_bindings import help_rows
from .test_history_screen import ADA, NEW, app_for, open_history

repo = story.repo
"""The story repository: proposed, accepted, renamed, reworded (hostile subject), superseded."""
settings = story.settings
"""Settings with a cache folder of the test's own."""


def on_screen(widget: Static) -> str:
    """The widget's first row as drawn (cut to its width), not its whole content."""
    return widget.render_lines(Region(0, 0, widget.size.width, 1))[0].text


async def test_j_and_k_move_between_the_links_not_the_text(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")  # ADR-0003: supersedes 2, superseded by 5
        await settle(pilot)
        await pilot.press("l")
        relations = app.screen.query_one("#adr-relations", OptionList)
        scroll = app.screen.query_one("#adr-scroll")
        assert app.focused is relations and relations.highlighted == 0
        await pilot.press("j")
        assert relations.highlighted == 1 and scroll.scroll_y == 0  # the page stayed put
        await pilot.press("enter")  # the second link: superseded by ADR-0005
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 5
        await pilot.press("left_square_bracket", "k")
        relations = app.screen.query_one("#adr-relations", OptionList)
        assert relations.highlighted == 0


async def test_l_with_nothing_to_follow_says_so(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # ADR-0001 relates to no other decision
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AdrScreen)
        assert screen.active_bindings["l"].enabled is False  # dimmed in the footer
        app.clear_notifications()
        await pilot.press("l")
        said = [(n.title, str(n.message)) for n in app._notifications]
        assert said == [("No links to follow", "This decision names no other decision.")]
        assert app.focused is screen.query_one("#adr-scroll")


async def test_side_by_side_rows_carry_their_marks(repo: Path, settings: Settings) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("s")
        await settle(pilot)
        view = screen.query_one(DiffView)
        assert view.side_by_side
        # The status line changed: '-' on the old side, '+' on the new, as in the unified view.
        row = next(r for r in view.text.splitlines() if "status: accepted" in r)
        old, new = row.split("│")
        assert old.lstrip().startswith("2- status: accepted")
        assert new.lstrip().startswith("2+ status: superseded by ADR-0002")
        context = next(r for r in view.text.splitlines() if "# Use PostgreSQL" in r)
        assert all(side.lstrip().startswith("5  # Use") for side in context.split("│"))


async def test_the_summary_keeps_renames_on_screen_at_80_columns(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        shown = on_screen(screen.query_one("#history-summary", Static))
        assert "5 revisions" in shown and "1 rename" in shown
        assert "Ada Lovelace" not in shown  # the authors, last, are what the edge cuts


async def test_d_shows_the_newest_change_to_the_text_past_a_folder_move(
    tmp_path: Path, settings: Settings
) -> None:
    moved = NEW.replace("docs/adr/", "docs/decisions/")
    aurora = "docs/adr/0002-use-aurora.md"
    move = Commit(
        ADA,
        "2024-04-01T09:00:00+01:00",
        "Move docs/adr to docs/decisions",
        (Rename(NEW, moved), Rename(aurora, aurora.replace("docs/adr/", "docs/decisions/"))),
    )
    root = build_repo(tmp_path / "repo", [*story.script(), move])
    app = app_for(root, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")  # ADR-0001: its newest commit only moved it
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert screen.query_one(RevisionList).highlighted == 1
        view = screen.query_one(DiffView)
        assert app.focused is view
        assert "+ status: superseded by ADR-0002" in view.text
        await pilot.press("escape", "right_square_bracket")  # the move is still one step away
        await settle(pilot)
        assert "(no change to the text)" in view.text


ONE_LINE_PARAGRAPH = (
    "# Keep parcels in PostgreSQL\n\nStatus: Accepted\n\n## Context\n\n"
    + "Couriers scan parcels all day, so the store must take writes without pause. " * 3
    + "Nothing is lost.\n\n## Decision\n\nPostgreSQL 15.\n"
)


def drawn(view: SourceView) -> list[str]:
    """The rows the view draws now (what a reader sees), without the line numbers' column."""
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


async def test_the_source_folds_a_one_line_paragraph_and_w_keeps_it_whole(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo({"docs/adr/0001-keep-parcels.md": ONE_LINE_PARAGRAPH})
    async with source_view_of(repo) as (app, pilot, source):
        assert source.wrap and app.focused is source
        rows = [row.lstrip() for row in drawn(source)]
        assert rows[6].startswith("7 Couriers scan parcels") and "Nothing is lost." in rows[9]
        assert rows[10].startswith("8")  # the next line's number follows the folded rows
        await pilot.press("w")
        rows = [row.lstrip() for row in drawn(source)]
        assert not source.wrap and rows[7].startswith("8")
        assert not any("Nothing is lost." in row for row in rows)  # past the edge: scroll to it
        await pilot.press("w")
        assert source.wrap and any("Nothing is lost." in row for row in drawn(source))


async def test_the_palette_diff_on_history_moves_into_its_diff(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        depth = len(app.screen_stack)
        await app.run_action("diff")  # what 'adr: Diff' in the palette runs
        await settle(pilot)
        assert app.screen is screen and len(app.screen_stack) == depth  # no second History
        assert app.focused is screen.query_one(DiffView)
        await app.run_action("history")
        await settle(pilot)
        assert app.screen is screen and screen.query_one(RevisionList).has_focus
        await pilot.press("escape")
        assert isinstance(app.screen, BrowseScreen)  # one escape: the History was never doubled


async def test_no_history_shows_no_keys_for_revisions(
    make_repo: RepoFactory, settings: Settings
) -> None:
    repo = make_repo({"docs/adr/0001-keep-parcels.md": ONE_LINE_PARAGRAPH})
    (repo / "docs/adr/0002-fresh.md").write_text("# Fresh\n\nStatus: Proposed\n")
    app = make_app(settings, load_catalog(repo, settings), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "h")  # ADR-0002 was never committed
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert "never committed" in screen.query_one(DiffView).text
        footer = {binding.action for binding, _, _ in shown_keys(screen) if binding.show}
        assert footer.isdisjoint({"mark", "open_version", "toggle_split"})
        assert "back" in footer


async def test_help_lists_each_scroll_action_once(repo: Path, settings: Settings) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("o")  # the text as of the newest revision
        await settle(pilot)
        rows = await help_rows(pilot)
        down = [keys for keys, ids in rows if "scroll.down" in ids.split()]
        assert len(down) == 1 and set(down[0].split()) == {"j", "↓"}


async def test_the_contents_follow_the_terminal_when_it_is_resized(app: AdrApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        contents = app.screen.query_one("#adr-toc")
        assert contents.display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not contents.display  # as if opened at 80 columns: the text keeps its room
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert contents.display
        await pilot.resize_terminal(80, 24)
        await pilot.press("t")  # asked for: they stay through a resize
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        assert contents.display and contents.has_focus_within
        await pilot.resize_terminal(160, 48)
        await pilot.press("escape")  # back to the text; at 160 columns the contents stay
        assert contents.display and not contents.has_focus_within


async def test_the_timeline_says_when_the_file_states_a_status_no_step_shows(
    tmp_path: Path, settings: Settings
) -> None:
    first = "docs/adr/0001-use-kafka.md"
    second = "docs/adr/0002-use-pulsar.md"
    root = build_repo(
        tmp_path / "repo",
        [
            Commit(
                ADA,
                "2024-01-01T10:00:00+00:00",
                "Propose Kafka",
                (Write(first, story.adr("Use Kafka", "proposed", "2024-01-01")),),
            ),
            Commit(
                ADA,
                "2024-02-01T10:00:00+00:00",
                "Accept Kafka",
                (Edit(first, (("status: proposed", "status: accepted"),)),),
            ),
            Commit(
                ADA,
                "2024-03-01T10:00:00+00:00",
                "Propose Pulsar",
                (Write(second, story.adr("Use Pulsar", "accepted", "2024-03-01")),),
                branch="pulsar",
            ),
            # The merge alone supersedes ADR-0001 (a conflict resolved by hand, say):
            # git shows a merge no change of its own, so no revision carries it.
            Commit(
                ADA,
                "2024-03-02T10:00:00+00:00",
                "Merge pulsar",
                (Edit(first, (("status: accepted", "status: superseded by ADR-0002"),)),),
                merge="pulsar",
            ),
        ],
    )
    app = app_for(root, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        timeline = str(screen.query_one("#history-timeline", Static).render())
        assert timeline == (
            "Proposed 2024-01-01 → Accepted 2024-02-01 → "
            "Superseded now (uncommitted, or changed in a merge)"
        )
        await pilot.press("escape", "j", "h")  # ADR-0002: its steps tell its status
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert "now" not in str(app.screen.query_one("#history-timeline", Static).render())


async def test_back_in_browse_the_cursor_is_on_the_decision_read_last(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter", "l", "j", "enter")  # ADR-0003, then its link to 5
        await settle(pilot)
        await pilot.press("escape")
        current = app.browse.current_entry
        assert current is not None and current.decision.number == 5
        await pilot.press("enter", "l", "enter", "left_square_bracket")  # 5 → 3, back to 5
        await settle(pilot)
        await pilot.press("escape")
        current = app.browse.current_entry
        assert current is not None and current.decision.number == 5


async def test_a_diff_stepped_away_from_and_back_to_keeps_its_place(
    tmp_path: Path, settings: Settings
) -> None:
    path = "docs/adr/0001-long.md"
    lines = "".join(f"Context line {n}, unchanged.\n" for n in range(1, 61))
    text = f"# Long\n\nStatus: Accepted\n\n{lines}"
    root = build_repo(
        tmp_path / "repo",
        [
            Commit(ADA, "2024-01-01T09:00:00+00:00", "Add", (Write(path, text.encode()),)),
            Commit(
                ADA,
                "2024-01-02T09:00:00+00:00",
                "Reword line 50",
                (Edit(path, (("line 50,", "line fifty,"),)),),
            ),
        ],
    )
    app = app_for(root, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("d", "left_square_bracket")  # the whole file, as added
        await settle(pilot)
        await pilot.press("end")
        bottom = view.scroll_offset.y
        assert bottom > 0
        await pilot.press("right_square_bracket")  # the one-line reword: short, at its top
        await settle(pilot)
        assert view.scroll_offset.y == 0
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert view.scroll_offset.y == bottom  # where the reader left it


async def test_a_version_reads_rendered_with_v_and_as_stored_again(
    repo: Path, settings: Settings
) -> None:
    app = app_for(repo, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("left_square_bracket", "o")  # as of the hostile reword
        await settle(pilot)
        screen = app.screen
        source = screen.query_one(SourceView)
        assert source.has_focus and source.text.startswith("---\nstatus: accepted")
        await pilot.press("v")
        await settle(pilot)
        markdown, rendered = screen.query_one(MarkdownText), screen.query_one("#version-rendered")
        assert rendered.display and rendered.has_focus and not source.display
        assert markdown.region.height > 0
        rows = [markdown.render_line(y).text.strip() for y in range(markdown.region.height)]
        assert rows[0] == "Use PostgreSQL for parcels"  # the title as a heading, no front matter
        assert "status: accepted" not in " ".join(rows)
        assert any("durable and cheap" in row for row in rows)
        await pilot.press("v")
        assert source.display and source.has_focus and not rendered.display
