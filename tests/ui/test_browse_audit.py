"""Browse fixes from an audit: excerpts cut at words, the filter panel's escape, the preview."""

from __future__ import annotations

import dataclasses
import threading

from tests.helpers_ui import plain_of
from textual.widgets import OptionList, Static

from adr_tui.core.model import Decision, DeferredText, Status
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.messages import CatalogLoaded
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.widgets.adr_list import AdrList, fit_middle, fit_words
from adr_tui.ui.widgets.filter_bar import FilterBar
from adr_tui.ui.widgets.key_footer import shown_keys

from ..conftest import RepoFactory
from .conftest import _decision, catalog_of, settle

LONG = (
    "Context\n\nThe session store keeps every merchant login alive across deploys and "
    "restarts of the dashboard servers in every region we run, whatever the load.\n"
)


def test_fit_words_cuts_after_a_whole_word_and_says_so() -> None:
    assert fit_words("keeps every merchant login", 30) == "keeps every merchant login"
    assert fit_words("keeps every merchant login", 18) == "keeps every…"
    assert fit_words("keeps every merchant login", 20) == "keeps every…"  # "merchant" ends at 20
    assert fit_words("keeps every merchant login", 21) == "keeps every merchant…"
    assert fit_words("Supercalifragilistic", 8) == "Superca…"  # one word wider than the row


def test_repository_names_are_cut_in_the_middle_so_rows_stay_apart() -> None:
    # audit round 14: two repositories 'alphagov__govuk-aws' and '…-infrastructure' both
    # read 'alphagov__go…' in the Repository column
    assert fit_middle("alphagov__govuk-aws", 13) == "alphag…uk-aws"
    assert fit_middle("alphagov__govuk-infrastructure", 13) == "alphag…ucture"
    assert fit_middle("platform-api", 13) == "platform-api "  # fits: padded
    assert fit_middle("日本語のリポジトリ名前です", 13) == "日本語…前です"  # cells, not characters


async def test_an_excerpt_row_ends_at_a_word_with_an_ellipsis() -> None:
    decision = _decision(1, "Use Redis", Status.ACCEPTED, "2022-01-10", body=LONG)
    app = make_app(Settings(), catalog_of((decision,)), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"session", "enter")
        await settle(pilot)
        line = app.screen.query_one(AdrList).render_line(1)
        text = line.text.rstrip()
        assert text.endswith("…") and len(text) <= 80
        last_word = text.removesuffix("…").split()[-1]
        assert f" {last_word} " in LONG  # a whole word of the body, not the start of one
        marked = [s.text for s in line if s.style and s.style.underline]
        assert marked == ["session"]


async def test_the_cursor_stays_on_screen_when_a_filter_is_cleared() -> None:
    # Filtered to two rows, then cleared: the cursor's row (now 29th) was left below the
    # screen, as the short list had no scroll bar for Textual to scroll.
    decisions = tuple(
        _decision(n, f"Decision {n}", Status.PROPOSED if n == 29 else Status.ACCEPTED, "2022-01-10")
        for n in range(1, 60)
    )
    app = make_app(Settings(), catalog_of(decisions), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"status:proposed", "enter")
        await settle(pilot)
        adr_list = app.screen.query_one(AdrList)
        assert len(adr_list.rows) == 1
        await pilot.press("escape")  # on the list: clear the search
        await settle(pilot)
        assert adr_list.cursor == 28 and len(adr_list.rows) == 59
        top = adr_list.scroll_offset.y
        assert top <= 28 < top + adr_list.scrollable_content_region.height


def footer(app: AdrApp) -> list[tuple[str, str, bool]]:
    """(key, label, enabled) of each key the footer shows, one per action as Footer does.

    The command palette's ``^p``, always at the right, is not one of the six.
    """
    actions: dict[str, tuple[str, str, bool]] = {}
    for binding, enabled, _ in shown_keys(app.screen):
        if binding.show:
            actions.setdefault(binding.action, (binding.key, binding.description, enabled))
    return list(actions.values())


async def test_escape_closes_the_filter_panel_and_keeps_the_filters(app: AdrApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        await pilot.press("f")
        facets = screen.query_one("#facets", OptionList)
        ids = [facets.get_option_at_index(i).id for i in range(facets.option_count)]
        facets.highlighted = ids.index("status:accepted")
        await pilot.press("space")
        await settle(pilot)
        shown = footer(app)
        assert ("escape", "Close", True) in shown and ("c", "Clear all", True) in shown
        assert len(shown) <= 6
        await pilot.press("escape")
        await settle(pilot)
        assert not screen.query_one(FilterBar).display
        assert isinstance(app.focused, AdrList)
        assert screen.query_state.statuses == {Status.ACCEPTED}
        assert len(screen.query_one(AdrList).rows) == 2


async def test_c_in_the_filter_panel_clears_every_filter_and_stays_there(app: AdrApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        await pilot.press("x", "f")
        facets = screen.query_one("#facets", OptionList)
        assert ("c", "Clear all", True) in footer(app)
        await pilot.press("c")
        await settle(pilot)
        assert not screen.query_state.filtered
        assert len(screen.query_one(AdrList).rows) == 8
        assert app.focused is facets  # to choose again
        assert ("c", "Clear all", False) in footer(app)  # dimmed: nothing left to clear
        await pilot.press("f")  # f closes the panel too, as it opened it
        assert not screen.query_one(FilterBar).display and isinstance(app.focused, AdrList)


class HeldBody:
    """A body left in its file whose read waits until the test lets it finish."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.go = threading.Event()
        self.reads: list[str] = []

    def read(self) -> tuple[str, bool]:
        self.reads.append(threading.current_thread().name)
        self.go.wait(timeout=30)  # bounded: a failing test must not hang the run
        return self.text, True

    def decision(self, number: int) -> Decision:
        held = _decision(number, f"Held {number}", Status.ACCEPTED, "2022-01-10")
        return dataclasses.replace(held, body_source=DeferredText(self.read))


def preview_text(app: AdrApp) -> str:
    return plain_of(app.screen.query_one("#preview-text", Static).content)


async def test_the_preview_reads_bodies_in_a_worker_and_never_shows_a_stale_one() -> None:
    first = _decision(1, "Plain", Status.ACCEPTED, "2022-01-10", body="Alpha body words.\n")
    second, third = HeldBody("Bravo body words.\n"), HeldBody("Charlie body words.\n")
    catalog = catalog_of((first, second.decision(2), third.decision(3)))
    app = make_app(Settings(), catalog, poll=False, index=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert "Alpha body words." in preview_text(app)
        await pilot.press("j")
        await pilot.pause()
        # The metadata at once, no body yet, and above all not ADR-0001's.
        shown = preview_text(app)
        assert shown.startswith("ADR-0002  Held 2") and "Date" in shown
        assert "Alpha" not in shown and "Bravo" not in shown
        assert second.reads and second.reads[0] != threading.main_thread().name
        await pilot.press("j")  # on before ADR-0002's read finished
        await pilot.pause()
        assert preview_text(app).startswith("ADR-0003  Held 3")
        second.go.set()  # the read passed over ends first: it must not show
        await pilot.pause()
        assert "Bravo" not in preview_text(app)
        third.go.set()
        await settle(pilot)
        shown = preview_text(app)
        assert shown.startswith("ADR-0003") and "Charlie body words." in shown
        assert "Bravo" not in shown


async def test_a_long_facet_name_wraps_and_keeps_its_count_on_its_line() -> None:
    tagged = _decision(
        1, "Use Terraform", Status.ACCEPTED, "2022-01-10", tags=("infrastructure-as-code",)
    )
    app = make_app(Settings(), catalog_of((tagged,)), poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:  # the narrow panel: 24 columns
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        facets = app.screen.query_one("#facets", OptionList)
        index = [o.id for o in facets.options].index("tag:infrastructure-as-code")
        prompt = str(facets.get_option_at_index(index).prompt)
        # Walk 22: the rest of a long name goes under it (not cut: two names read the same)
        assert prompt == "[ ] infrastructure-\n    as-code (1)"
        room = facets.size.width - facets.styles.scrollbar_size_vertical
        assert max(len(line) for line in prompt.split("\n")) <= room
        await pilot.resize_terminal(160, 48)  # a wider panel (30 columns): one line, a few
        # cells short: cut in the middle
        await settle(pilot)
        assert str(facets.get_option_at_index(index).prompt) == "[ ] infrastru…e-as-code (1)"


async def test_in_the_search_box_the_footer_shows_the_way_back(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert ("escape", "Back to list", True) in footer(app)
        await pilot.press("escape")
        assert isinstance(app.focused, AdrList)


async def test_escape_on_the_list_drops_the_search_before_the_filters(app: AdrApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        await pilot.press("x", "slash", *"postgresql", "enter")
        await settle(pilot)
        assert screen.query_state.text == "postgresql" and screen.query_state.hide_not_in_force
        await pilot.press("escape")
        await settle(pilot)
        assert screen.query_state.text == "" and screen.query_state.hide_not_in_force
        assert len(screen.query_one(AdrList).rows) == 4  # in force only, no search
        await pilot.press("escape")
        await settle(pilot)
        assert not screen.query_state.filtered and len(screen.query_one(AdrList).rows) == 8


async def test_the_preview_of_a_superseded_adr_says_what_governs_now(
    make_repo: RepoFactory,
) -> None:
    def nygard(n: int, title: str, extra: str = "") -> str:
        return f"# {n}. {title}\n\nDate: 2024-01-0{n}\n\n## Status\n\nAccepted\n{extra}"

    repo = make_repo(
        {
            "docs/adr/0001-a.md": nygard(1, "A", "\nSuperseded by [2. B](0002-b.md)\n"),
            "docs/adr/0002-b.md": nygard(2, "B", "\nSuperseded by [3. C](0003-c.md)\n"),
            "docs/adr/0003-c.md": nygard(3, "C"),
        }
    )
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        text = plain_of(app.screen.query_one("#preview-text", Static).content)
        assert text.startswith("Superseded by ADR-0002 (in force: ADR-0003)\n")
        await pilot.press("j", "j")
        await settle(pilot)
        assert "Superseded by" not in plain_of(
            app.screen.query_one("#preview-text", Static).content
        )


async def test_a_search_typed_before_the_catalogue_waits_for_it(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo({"docs/adr/0001-a.md": "# 1. Use Redis\n\n## Status\n\nAccepted\n"})
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        loaded, app.catalogs = app.catalogs, ()  # as before the first load ends
        screen = app.browse
        screen.set_query(dataclasses.replace(screen.query_state, text="redis"))
        await settle(pilot)
        assert "No ADRs found" not in str(screen.query_one("#empty", Static).content)
        app.post_message(CatalogLoaded(loaded))  # the load ends: the search runs on it
        await settle(pilot)
        rows = screen.query_one(AdrList).rows
        assert [r.entry.decision.number for r in rows] == [1] and rows[0].hit is not None
