"""Browse: the start screen. Search box, filter panel, the list and a preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from adr_tui.core.catalog import Catalog, none_found
from adr_tui.core.text import inert_line
from adr_tui.ui import render
from adr_tui.ui.keymap import SCREEN_BINDINGS, shown_key
from adr_tui.ui.listing import (
    CatalogRows,
    Entry,
    Listing,
    Query,
    Row,
    SortKey,
    column_names,
    compute,
    folder_namer,
    index_of_key,
    listed_as_is,
    with_facet,
)
from adr_tui.ui.messages import BrowseReady, ListingComputed
from adr_tui.ui.styles import load_styles
from adr_tui.ui.widgets.adr_list import AdrList, header_text
from adr_tui.ui.widgets.key_footer import KeyFooter
from adr_tui.ui.widgets.preview import Preview
from adr_tui.ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp
    from adr_tui.ui.widgets.filter_bar import FilterBar


def _update_line(target: Static, text: Text) -> None:
    """Show ``text`` in a one-line Static, repainting only when it changed.

    The headers are one line high (app.tcss), so no layout is needed: a layout
    pass re-arranges the whole screen on every keystroke's results.
    """
    if target.content != text:
        target.update(text, layout=False)


def _names_width(catalogs: Sequence[Catalog]) -> int:
    """Cells of the widest name the list's repository (or folder) column shows; 0: none."""
    names = column_names(catalogs)
    return max((cell_len(inert_line(name)) for name in names), default=0)


def _same_rows(old: Sequence[Row], new: Sequence[Row]) -> bool:
    """Whether ``new`` lists the same decisions in the same order (facet counts added)."""
    if isinstance(old, CatalogRows) or isinstance(new, CatalogRows):  # never built here
        return isinstance(old, CatalogRows) and isinstance(new, CatalogRows) and old.same(new)
    return len(old) == len(new) and all(
        a.entry.decision is b.entry.decision and a.in_force == b.in_force
        for a, b in zip(old, new, strict=True)
    )


_NARROWING = frozenset({"focus_search", "toggle_filters", "cycle_sort", "toggle_hide"})
"""Browse's actions on the decisions listed: none applies to a log without any."""


def _nothing_in(listing: Listing | None) -> bool:
    """Whether ``listing`` is of logs holding no decision at all (not one filtered empty)."""
    return listing is not None and listing.total == 0 and not listing.query.filtered


class BrowseScreen(Screen[None]):
    """Find a decision: type to search, narrow with filters, enter to open."""

    HELP = (
        "Browse lists every decision of the repository. Type after {browse.search} to search "
        "(ranked, with matching snippets; a letter that is no key starts a search too): "
        "'adr 12' or 'ADR-0012' finds decision 12, a status word ('superseded') the "
        "decisions in that status first, and 'status:accepted tag:auth' narrows by field "
        "(docs/search.md has the whole language); "
        "press {browse.filters} for filters with live counts (escape closes the panel and keeps "
        "them, {filters.clear} clears them), {browse.sort} to change the order and {browse.hide} "
        "to hide decisions no longer in force. "
        "Escape on the list clears the search; pressed again, the filters. "
        "Enter opens the highlighted decision. A date in italics is when Git first saw "
        "the file of a decision that states no date."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,  # Textual's tab, shift+tab and copy, with ids
        Binding(
            "slash",
            "focus_search",
            "Search",
            id="browse.search",
            tooltip="Type to search titles, tags and text",
            # Priority: handled before the next keys are forwarded, so "/session"
            # typed in one burst (a paste, tmux send-keys) lands in the box.
            priority=True,
        ),
        Binding(
            "f",
            "toggle_filters",
            "Filters",
            id="browse.filters",
            tooltip="Show or hide the status, tag and decider filters",
        ),
        Binding(
            "s",
            "cycle_sort",
            "Sort",
            id="browse.sort",
            tooltip="Sort by number, date, title or relevance",
        ),
        # One key, named for what it does next: after x the footer still said "Hide old".
        # One id, so a keymap moves both; check_action hides the one that does not apply.
        Binding(
            "x",
            "toggle_hide(True)",
            "Hide old",
            id="browse.hide",
            tooltip="Hide superseded, deprecated and rejected decisions",
        ),
        Binding(
            "x",
            "toggle_hide(False)",
            "Show all",
            id="browse.hide",
            tooltip="Show superseded, deprecated and rejected decisions again",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            show=False,
            id="browse.back",
            tooltip="Clear the search; pressed again, the filters",
        ),
        Binding(
            "p",
            "app.problems",
            "Problems",
            show=False,
            id="browse.problems",
            tooltip="List the problems found in the decision log",
        ),
    ]

    AUTO_FOCUS = "#adr-list"

    app: AdrApp

    def __init__(self, query: Query | None = None, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.query_state = query or Query()
        self.listing: Listing | None = None
        self._unloaded = False
        """Loading failed and nothing is listed (the header says so, not "loading…")."""
        self._keep: str | None = None
        self._preview_pending = False
        self._previewed = False
        """Whether a preview was shown: start-up ends after the first one (``started``)."""
        self._filter_bar: FilterBar | None = None
        self._resumed = False
        """Whether the screen was resumed once (see :meth:`on_screen_resume`)."""
        self._spellings: dict[str, str] = {}
        """A decider filter's keys (lower case) → the names as the log writes them."""

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="browse-header", markup=False)
        yield SearchBox(
            leave_to="#adr-list",
            key=shown_key(self.app, "browse.search", "slash"),
            on_search=self._results_coming,
            id="search",
        )
        with Horizontal(id="browse-body"):  # the filter panel is mounted here when first opened
            with Vertical(id="list-pane"):
                yield Static(id="list-header", markup=False)
                # Text, not Textual's LoadingIndicator: its animation repainted the screen
                # 16 times a second while the catalogue loaded, on the same CPU.
                yield Static("Loading decisions…", id="loading", markup=False)
                yield Static(id="empty", markup=False)  # above the (empty) list: seen first
                yield AdrList(id="adr-list")
            yield Preview(id="preview")
        yield KeyFooter(held=True)  # its keys are built once the first list is on screen

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first resume follows the mount that styled every widget: no second styling.

        Textual restyles a resumed screen's whole tree (a theme may have changed while
        it was covered). On the first resume nothing has covered it yet; the restyle
        was ~5 ms of start-up. Later resumes (back from an ADR) restyle as usual.
        """
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        """Initialise once mounted."""
        self.query_one(SearchBox).value = self.query_state.text
        # A separate indicator (not ``AdrList.loading``, which takes focus away from the
        # list, so early keystrokes would land in the search box).
        self.query_one("#loading").display = not self.app.catalogs
        self.query_one(AdrList).focus()
        self.show_header()
        self.app.post_message(BrowseReady())  # a catalogue loaded before now can be shown

    # -- data flow ------------------------------------------------------------

    @property
    def current_entry(self) -> Entry | None:
        """The highlighted decision."""
        row = self.query_one(AdrList).current
        return row.entry if row else None

    def refresh_listing(self, *, top: bool = False) -> None:
        """Recompute the list for the current query (in a worker).

        The highlighted decision stays highlighted (reloads, filters, sorting),
        unless ``top``: a new search starts at its best hit.
        """
        current = self.current_entry
        if top:
            self._keep = None
        elif current is not None:
            self._keep = current.key
        if not self.app.catalogs:  # still loading: the first list comes with the catalogue,
            return  # for this query (a search typed meanwhile said "No ADRs found")
        as_is = None if self._counting else listed_as_is(self.app.catalogs, self.query_state)
        if as_is is None:
            self._compute(self.app.catalogs, self.query_state, self._counting)
            return
        # Nothing to compute (a catalogue in its own order): shown now, so the first list
        # is in the frame that draws the screen, not one a worker's message later.
        self.workers.cancel_group(self, "search")
        self._show_listing(ListingComputed(as_is))

    def git_dates_known(self) -> None:
        """Undated ADRs now show when Git first saw them; the date order takes them in."""
        self.query_one(AdrList).redraw()
        self._show_preview()
        if self.query_state.effective_sort is SortKey.DATE:
            self.refresh_listing()

    def select(self, key: str) -> None:
        """Put the cursor on the decision whose :attr:`Entry.key` is ``key``.

        Also kept for a list still being computed (``adr-tui <repo> 12`` opens
        ADR 12 before the first list arrives).
        """
        self._keep = key
        adr_list = self.query_one(AdrList)
        index = index_of_key(adr_list.rows, key)  # no walk: a served list builds rows as read
        if index is not None:
            adr_list.cursor = index

    def set_query(self, query: Query) -> None:
        """Show ``query``'s results (the header says "searching…" until they arrive)."""
        if query.text:
            self.app.want_index()
        # A new search starts at its best hit; a cleared one keeps the decision found.
        top = bool(query.text.strip()) and query.text != self.query_state.text
        hiding_changed = query.hide_not_in_force != self.query_state.hide_not_in_force
        self.query_state = query
        if hiding_changed:
            self.refresh_bindings()  # x's label: "Hide old" or "Show all"
        # Keys typed before the new rows come are for them (from the first hit, or the
        # decision kept): escape then 'j j' moved the list it replaced, then came back.
        # Those held for the query this one replaces are dropped with it.
        self.query_one(AdrList).hold_moves(query)
        self.refresh_listing(top=top)
        self.show_header()

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="search",
        description="Filtering and searching",
    )
    def _compute(self, catalogs: tuple[Catalog, ...], query: Query, facets: bool) -> None:
        worker = get_current_worker()
        listing = compute(
            catalogs,
            query,
            self.app.engines,
            lambda: worker.is_cancelled,
            facets=facets,
            git_date=self.app.created_date,
        )
        if listing is not None and not worker.is_cancelled:
            self.post_message(ListingComputed(listing))

    @on(ListingComputed)
    def _show_listing(self, message: ListingComputed) -> None:
        if message.listing.query != self.query_state:
            return  # a stale result that finished before its cancellation was seen
        shown, self.listing = self.listing, message.listing
        if _nothing_in(shown) != _nothing_in(self.listing):
            self.refresh_bindings()  # search, filters, sort and hide apply again, or no more
        adr_list = self.query_one(AdrList)
        self.query_one("#loading").display = False
        if (
            shown is None
            or shown.query != message.listing.query
            or not _same_rows(shown.rows, message.listing.rows)
        ):
            adr_list.set_rows(
                message.listing.rows,
                keep=self._keep,
                repo=len(self.app.catalogs) > 1,
                tags=self._tagged,
                folder_of=folder_namer(self.app.catalogs),
                numbers=self._numbered,
                git_date=self.app.created_date,
                names=_names_width(self.app.catalogs),
            )
        adr_list.release_moves(message.listing.query)
        self._learn_spellings(message.listing)
        self._show_facets()
        self.show_header()
        self._show_empty()
        # The rows may not be drawn at all: another screen on top (one opened before they
        # were, as `adr-tui PATH 12` does), or no room. Then start-up ends a frame later.
        self.call_after_refresh(self._started_unless_drawing)

    def _learn_spellings(self, listing: Listing) -> None:
        """How the log writes the deciders the filter keeps (its keys are in lower case).

        Each key kept a row naming it, so the walk ends at the row naming the last one
        (``--decider lee``: the header said "decider: grace lee" for "Grace Lee").
        """
        wanted = set(listing.query.deciders) - self._spellings.keys()
        if not wanted:
            return
        from adr_tui.core.querylang import norm_name  # only once a decider is filtered on

        for row in listing.rows:
            for name in row.entry.decision.deciders:
                key = norm_name(name)
                if key in wanted:
                    self._spellings[key] = " ".join(name.split())
                    wanted.discard(key)
            if not wanted:
                return

    def _described(self, query: Query) -> list[str]:
        """The active filters in words, each decider named as the log writes the name."""
        spelled = frozenset(self._spellings.get(key, key) for key in query.deciders)
        return replace(query, deciders=spelled).describe()

    @property
    def _counting(self) -> bool:
        """Whether lists come with facet counts: only while the filter panel shows them.

        Counting cost more than the list (a fifth of a search keystroke's CPU at 1,000
        ADRs), and most sessions never open the panel.
        """
        bar = self._filter_bar
        return bar is not None and bool(bar.display)

    def _show_facets(self) -> None:
        # A hidden panel is filled when it opens: rebuilding its options costs a layout.
        bar = self._filter_bar
        if bar is not None and bar.display and self.listing is not None:
            bar.show(self.listing.facets, self.query_state)

    @property
    def _tagged(self) -> bool:
        """Whether any ADR has tags: of the whole log, so filtering never moves the columns."""
        return any(catalog.tagged for catalog in self.app.catalogs)

    @property
    def _numbered(self) -> bool:
        """Whether any ADR has a number (a dated log has none: no column of dashes)."""
        return any(catalog.numbered for catalog in self.app.catalogs)

    def show_header(self) -> None:
        """Redraw the header and the column headings (counts, filters, search progress)."""
        app = self.app
        width = max(1, (self.size.width or app.size.width) - 2)  # less the header's padding
        _update_line(self.query_one("#browse-header", Static), self._header(width))
        list_width = self.query_one(AdrList).row_width or self.size.width
        _update_line(
            self.query_one("#list-header", Static),
            Text(
                header_text(
                    list_width,
                    repo=len(app.catalogs) > 1,
                    tags=self._tagged,
                    folder=folder_namer(app.catalogs) is not None,
                    numbers=self._numbered,
                    names=_names_width(app.catalogs),
                )
            ),
        )

    def _header(self, width: int) -> Text:
        """What the list shows first (count, revision, filters), then order and names.

        Cut to ``width`` with an ellipsis: a one-line Static otherwise drops what
        does not fit without a sign (at 80 columns the filters were lost).
        """
        app = self.app
        text = Text(end="", no_wrap=True)
        listing = self.listing
        if listing is not None:
            text.append(f"{len(listing.rows)}/{listing.total} ADRs", style="bold")
            if listing.query != self.query_state:
                # Said at once: a first search scans ~2.5 s at 10,000 ADRs (no index yet).
                text.append("  searching…", style="bold reverse")
            elif app.indexing:
                progress = app.index_progress
                counted = f" {progress[0]:,}/{progress[1]:,}" if progress else ""
                text.append(f"  indexing…{counted}", style="dim")
        else:
            text.append("not loaded" if self._unloaded else "loading…")
        ats = {c.at for c in app.catalogs}
        if len(ats) == 1 and (at := next(iter(ats))):  # every repository as of one revision
            text.append(f"  @ {inert_line(at)}", style="bold")
        for i, part in enumerate(self._described(self.query_state)):
            text.append(" · " if i else "  ")
            text.append(inert_line(part), style="italic")
        text.append(f"  sort: {self.query_state.effective_sort.value}")
        text.append_text(self._problems())  # after the filters: those must not be cut
        if app.catalogs:
            # Some read as of a revision, others from files (a bare repository beside a
            # checkout): each says which it is, not one "@ HEAD" for all.
            text.append(
                "  "
                + ", ".join(
                    inert_line(c.root.name + (f" @ {c.at}" if c.at and len(ats) > 1 else ""))
                    for c in app.catalogs
                )
            )
        text.append("  adr-tui", style="dim")
        text.truncate(width, overflow="ellipsis")
        return text

    def _problems(self) -> Text:
        """``  3 problems (p)``, a link to them; empty when there are none (notes are none).

        In the header, not a start-up toast: at 80x24 the toast covered four list rows
        for its whole timeout on every start, and the count now stays in sight.
        """
        count = sum(len(c.warnings) for c in self.app.catalogs)
        if not count:
            return Text(end="")
        text = Text("  ", end="")
        link = Style(bold=True, underline=True, meta={"@click": "app.problems"})  # a link
        text.append(f"{count} problem{'s' if count != 1 else ''} (p)", style=link)
        return text

    def load_failed(self, why: str) -> None:
        """Loading failed: say so where the list would be (the error's own dialog closes)."""
        self._unloaded = self.listing is None
        self.query_one("#loading").display = False
        if self._unloaded:
            empty = self.query_one("#empty", Static)
            empty.display = True
            said = f"The decisions could not be loaded: {why.rstrip('.')}. Press r to try again."
            empty.update(Text(inert_line(said)))
        self.show_header()
        self.started()

    def _show_empty(self) -> None:
        """Above the list: why it is empty, or what the search did not understand."""
        empty = self.query_one("#empty", Static)
        listing = self.listing
        notes = "; ".join(listing.notes) if listing is not None else ""
        empty.set_class(bool(notes) and listing is not None and bool(listing.rows), "-note")
        if listing is None or (listing.rows and not notes):
            empty.display = False
            return
        empty.display = True
        if listing.rows:  # e.g. "could not read date:2099-99-99 …; ignored it"
            empty.update(Text(inert_line(f"Search: {notes}.")))
        elif listing.total == 0:
            empty.update(Text(inert_line(none_found(self.app.catalogs))))
        else:
            why = "; ".join(self._described(listing.query))
            undo = "the search" if listing.query.text else "the filters"
            said = f" (search: {notes})" if notes else ""
            empty.update(
                Text(
                    inert_line(
                        f"No decision matches {why}{said}. Press escape on the list to clear "
                        f"{undo}, or c in the filter panel (f) to clear everything."
                    )
                )
            )

    def _preview_soon(self) -> None:
        """Show the highlighted decision in the preview after the next refresh.

        Requests made before then (key repeat) are served once.
        """
        if not self._preview_pending:
            self._preview_pending = True
            self.call_after_refresh(self._show_preview)

    def _show_preview(self) -> None:
        self._preview_pending = False
        if not self._previewed:
            # The first screen is the list and its preview: the footer's keys and the
            # app's start-up work (the served check's look at every file, whose thread
            # took the GIL from these first frames: ~20 ms of CPU) come after it.
            self._previewed = True
            self.call_after_refresh(self.started)
        row = self.query_one(AdrList).current
        preview = self.query_one(Preview)
        if row is None:
            preview.show(None)
        else:
            d = row.entry.decision
            catalog = self.app.catalog_of(row.entry)
            banner = None if row.in_force else render.banner(d, catalog)
            created = self.app.created_date(row.entry) if d.date is None else None
            preview.show(d, in_force=row.in_force, banner=banner, created=created, lookup=catalog)

    def on_resize(self) -> None:
        """Re-lay out for the new size.

        The column headings follow the list's new width, known once the screen
        has been laid out again (read now, it was the old one).
        """
        self.call_after_refresh(self.show_header)

    # -- events ---------------------------------------------------------------

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "search" and event.state is WorkerState.ERROR:
            self.query_one(AdrList).release_moves()  # no results will come: keys act again
        self.app.report_worker(event.worker)

    @on(AdrList.Highlighted)
    def _highlighted(self, message: AdrList.Highlighted) -> None:
        if not message.on_new_rows:
            self._preview_soon()

    @on(AdrList.Repainted)
    def _rows_shown(self, message: AdrList.Repainted) -> None:
        # New results: the list is what the user waits for, so the preview (wrapping
        # a decision's text and the layout it causes, ~10 ms at 1,000 ADRs) follows it,
        # and what start-up deferred follows the preview (see _show_preview).
        self._preview_soon()

    def _started_unless_drawing(self) -> None:
        if not self.query_one(AdrList).painting_new_rows:
            return  # drawn: Repainted says so
        self.started()

    def started(self) -> None:
        """The first list is on screen, or loading failed: what start-up deferred follows."""
        self.query_one(KeyFooter).show_keys()
        self.app.started()

    @on(AdrList.Resized)
    def _list_resized(self) -> None:
        # The filter panel narrows the list without resizing the screen: the headings
        # are laid out for the list's own width, as its rows are.
        self.show_header()

    @on(AdrList.Selected)
    def _selected(self, message: AdrList.Selected) -> None:
        self.app.open_entry(message.row.entry)

    @on(SearchBox.Settled)
    def _search(self, message: SearchBox.Settled) -> None:
        if message.value != self.query_state.text:
            self.set_query(replace(self.query_state, text=message.value))
        elif self.listing is None or self.listing.query == self.query_state:
            # The box held them; nothing new comes
            self.query_one(AdrList).release_moves(self.query_state)

    def _results_coming(self, words: str) -> None:
        """The search box is left with ``words`` not searched yet: keys wait for their hits.

        Called as the box is left, before any key typed behind enter is read (its
        Settled message is queued after them): they are held for the query it will set.
        """
        self.query_one(AdrList).hold_moves(replace(self.query_state, text=words))

    def on_filter_bar_toggled(self, message: FilterBar.Toggled) -> None:
        """A facet value was toggled in the filter panel (its module loads with the panel)."""
        self.set_query(with_facet(self.query_state, message.facet, message.value))

    # -- actions --------------------------------------------------------------

    def action_open_current(self) -> None:
        """Open the highlighted decision."""
        self.query_one(AdrList).action_select()

    def action_focus_search(self) -> None:
        """Put the cursor in the search box.

        ``set_focus`` rather than ``Widget.focus`` (which defers to ``call_later``):
        keys typed right after ``/`` must already reach the box, not the list.
        """
        self.app.want_index()
        box = self.query_one(SearchBox)
        # Not ``box.has_focus``: set when the box handles its Focus event, after the rest
        # of a burst ('/fetch/x' lost its second '/').
        if self.focused is box:
            # A priority binding sees its key typed in the box too: the box has it, as any
            # key ("/" is typed; a keymap's ctrl+f typed a "/" when this inserted one).
            raise SkipAction()
        self.set_focus(box)

    @on(events.Key)
    def _type_to_search(self, event: events.Key) -> None:
        """A letter no key is bound to, typed on the list, starts a search with itself.

        Without this, typing a word at start-up did nothing until one of its letters
        happened to be a key (s sorted, f opened the filters).
        """
        box = self.query_one(SearchBox)
        if not (event.is_printable and event.character and not event.character.isspace()):
            return
        if _nothing_in(self.listing):
            return  # as '/' is dimmed: nothing to search
        # The rest of a word typed in one burst was sent to the list before the focus
        # moved: it belongs in the box too, bound letter or not.
        rest_of_burst = self.focused is box
        if rest_of_burst or (
            isinstance(self.focused, AdrList) and event.key not in self.active_bindings
        ):
            event.stop()
            event.prevent_default()
            if not rest_of_burst:
                self.action_focus_search()
            box.insert_text_at_cursor(event.character)

    async def action_toggle_filters(self) -> None:
        """Show or hide the filter panel (focusing it when shown).

        The panel is built the first time it opens: most sessions never open it,
        and styling its widgets was part of every start-up.
        """
        bar = self._filter_bar
        if bar is None:
            from adr_tui.ui.widgets.filter_bar import FilterBar  # not needed to start

            load_styles(self.app, "filters.tcss")
            bar = self._filter_bar = FilterBar(id="filters")
            await self.query_one("#browse-body").mount(bar, before="#list-pane")
        else:
            bar.display = not bar.display
        if bar.display:
            if self.listing is not None and self.listing.facets:
                self._show_facets()
            else:  # the same list again, now counted
                self.refresh_listing()
            self.set_focus(bar.query_one("#facets"))
        else:
            self.set_focus(self.query_one(AdrList))

    def action_cycle_sort(self) -> None:
        """Next sort order; relevance only while searching (else it is number order again)."""
        query = self.query_state
        sort = query.effective_sort.next()
        if sort is SortKey.RELEVANCE and not query.text.strip():
            sort = sort.next()
        self.set_query(replace(query, sort=sort))

    def action_toggle_hide(self, hide: bool | None = None) -> None:
        """Hide or show decisions that are no longer in force (``None``: the other of the two)."""
        hidden = self.query_state.hide_not_in_force
        self.set_query(
            replace(self.query_state, hide_not_in_force=not hidden if hide is None else hide)
        )

    def action_back(self) -> None:
        """Step back one level: drop the search, and only once it is gone, the filters.

        Filters are chosen one by one in the panel; a search is typed in a second.
        One escape to leave a search lost every filter with it.
        """
        if self.query_state.text:
            self.query_one(SearchBox).value = ""
            self.set_query(replace(self.query_state, text=""))
        else:
            self.action_clear()

    def action_clear(self) -> None:
        """Drop the search and every filter (the focus stays: in the panel, to choose again)."""
        self.query_one(SearchBox).value = ""
        self.set_query(self.query_state.cleared())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that do not apply now."""
        if action == "focus_search" and isinstance(self.focused, SearchBox):
            return False  # in the box the key types itself ('/'): the footer offered it
        if action in {"back", "clear"}:
            return self.query_state.filtered or None
        if action in _NARROWING and _nothing_in(self.listing):
            return None  # a log with no decision: the footer offered to search and sort it
        if action == "toggle_hide" and parameters:
            return parameters[0] is not self.query_state.hide_not_in_force
        return True
