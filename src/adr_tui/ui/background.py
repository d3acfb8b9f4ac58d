"""Background knowledge the app gathers on demand: search indexes, Git histories and dates.

All are started lazily (first search, first undated ADR opened, first history
or the post-start preload) and run in workers; results arrive as messages.
Mixed into :class:`~adr_tui.ui.app.AdrApp`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.screen import Screen
from textual.worker import get_current_worker

from adr_tui.core.catalog import Catalog
from adr_tui.core.errors import AdrError
from adr_tui.core.settings import Settings
from adr_tui.core.text import inert_line
from adr_tui.ui.actions import EntryActions
from adr_tui.ui.collector import collector_held, freeze_heap
from adr_tui.ui.listing import Entry
from adr_tui.ui.messages import CreatedDatesLoaded, IndexBuilt, IndexProgress

if TYPE_CHECKING:
    from adr_tui.core.history import History
    from adr_tui.core.search import SearchEngine
    from adr_tui.ui.screens.adr import AdrScreen
    from adr_tui.ui.screens.history import HistoryScreen
    from adr_tui.ui.screens.history_loading import Histories
    from adr_tui.ui.screens.problems import ProblemsScreen


class Background(EntryActions):
    """Search engines per repository and the dates Git first saw each ADR."""

    settings: Settings
    catalogs: tuple[Catalog, ...]

    def __init__(self, *, index: bool = True) -> None:
        super().__init__()
        self._index = index
        self._index_wanted = False
        self._notices_said: set[str] = set()
        self._created: dict[Path, dict[str, dt.date]] = {}
        """When Git first saw each ADR file, by repository: kept across reloads (the list
        sorted by date would jump while they are read again)."""
        self._dates_read: set[Path] = set()
        """Repositories whose full read of those dates started since the last reload."""
        self.engines: dict[Path, SearchEngine] = {}
        """One search engine per repository root; scans until its index is built."""
        self.index_progress: tuple[int, int] | None = None
        """(decisions indexed, in all) of the running full build, when it says."""
        self._histories: Histories | None = None
        self._histories_made = threading.Lock()  # workers may be the first to ask

    @property
    def histories(self) -> Histories:
        """Each repository's Git history once read.

        Made on first use: its module imports the history code, not needed to show the list.
        """
        with self._histories_made:
            if self._histories is None:
                from adr_tui.ui.screens.history_loading import Histories

                self._histories = Histories()
            return self._histories

    def forget_histories(self) -> None:
        """The repositories changed: the next reads of their histories start afresh."""
        if self._histories is not None:
            self._histories.forget()
        self._dates_read.clear()  # a new file has no date yet: read again when asked

    def open_engines(self, catalogs: tuple[Catalog, ...], *, wanted: bool = False) -> None:
        """One engine per catalogue, reused across reloads; builds only once wanted.

        None before the user turns to search (``wanted``, :meth:`want_index`):
        Whoosh (~60 ms of CPU to import) is not needed to show the list. It is
        imported in a worker, never here on the UI thread: by the preload once
        the list is shown (``AdrApp._preload``), or now if search comes first;
        searches scan meanwhile.
        """
        if not (self.engines or wanted or self._index_wanted):
            return
        if "adr_tui.core.search" not in sys.modules:
            self._import_search()
            return
        from adr_tui.core.search import SearchEngine

        freeze_heap("search")  # Whoosh's modules live as long as the app

        engines: dict[Path, SearchEngine] = {}
        for catalog in catalogs:
            engine = self.engines.pop(catalog.root, None)
            if engine is None:
                engine = SearchEngine.open(catalog, self.settings)
            else:
                engine.set_catalog(catalog)
            engines[catalog.root] = engine
        for stale in self.engines.values():
            stale.close()
        self.engines = engines
        if self._index and self._index_wanted:
            self._start_build()

    def created_date(self, entry: Entry) -> dt.date | None:
        """When Git first saw ``entry``'s file, once :meth:`want_created_dates` has run."""
        return self._created.get(entry.root, {}).get(entry.decision.address)

    def want_created_dates(self, entry: Entry) -> None:
        """Read (once per repository, in a ``git`` worker) when each ADR file was added."""
        catalog = self.catalog_of(entry)
        if catalog.is_git and not catalog.at and entry.root not in self._dates_read:
            self._dates_read.add(entry.root)
            self._read_created(catalog)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="git",
        description="Reading when each ADR was added",
    )
    def _read_created(self, catalog: Catalog) -> None:
        worker = get_current_worker()
        # A nicety: the History screen explains git problems when asked.
        with contextlib.suppress(AdrError), collector_held("history"):
            history = self.histories.get(catalog.root, self.settings, worker.cancelled_event)
            if not worker.is_cancelled:
                self.git_dates_of(catalog, history)

    @on(CreatedDatesLoaded)
    def _created_loaded(self, message: CreatedDatesLoaded) -> None:
        self._created[message.root] = {**self._created.get(message.root, {}), **message.created}
        for view in self.adr_views():
            if view.entry.root == message.root:
                view.show_metadata()
        self.git_dates_known()

    def git_dates_known(self) -> None:
        """Dates from Git arrived: lists showing undated ADRs show them (the app says how)."""

    def git_dates_of(self, catalog: Catalog, history: History) -> None:
        """(Worker) Post when Git first saw each undated ADR of ``catalog``, from ``history``."""
        undated = [d.address for d in catalog.decisions if d.date is None]  # a section's own
        if undated:
            created = {p: c.date() for p in undated if (c := history.created(p)) is not None}
            self.post_message(CreatedDatesLoaded(catalog.root, created))

    def _above_browse(self) -> list[Screen[object]]:
        """The screens stacked over Browse (none at start-up)."""
        from adr_tui.ui.screens.browse import BrowseScreen

        return [s for s in self.screen_stack if not isinstance(s, BrowseScreen)]

    def adr_views(self) -> list[AdrScreen]:
        """The ADR views open on the screen stack.

        Their module (Textual's Markdown: ~35 ms of CPU) is imported only once a
        screen other than Browse is open, so never before the first paint.
        """
        above = self._above_browse()
        if not above:
            return []
        from adr_tui.ui.screens.adr import AdrScreen

        return [s for s in above if isinstance(s, AdrScreen)]

    def history_screens(self) -> list[HistoryScreen]:
        """The History screens open on the stack (imported, like ADR views, on demand)."""
        above = self._above_browse()
        if not above:
            return []
        from adr_tui.ui.screens.history import HistoryScreen

        return [s for s in above if isinstance(s, HistoryScreen)]

    def problem_screens(self) -> list[ProblemsScreen]:
        """The problem lists open on the screen stack (imported, like ADR views, on demand)."""
        above = self._above_browse()
        if not above:
            return []
        from adr_tui.ui.screens.problems import ProblemsScreen

        return [s for s in above if isinstance(s, ProblemsScreen)]

    def want_index(self) -> None:
        """Start building search indexes: called when the user first turns to search.

        Not at start-up: a Whoosh build holds the GIL often enough that on 10,000
        ADRs keys lagged by seconds while it ran; until built, searches scan (and
        Browse's header says "indexing…").
        """
        if not self._index_wanted:
            self._index_wanted = True
            if not self.engines and self.catalogs:
                self.open_engines(self.catalogs)  # builds too, now that it is wanted
            elif self._index and self.engines:
                self._start_build()

    def _start_build(self) -> None:
        self.index_progress = None
        self._build_index(tuple(self.engines.values()))
        self.index_changed()

    def index_changed(self) -> None:
        """An index build started or ended: what shows it is redrawn (AdrApp's header)."""

    @property
    def indexing(self) -> bool:
        """An index build is running (searches scan meanwhile)."""
        return any(w.group == "index" and not w.is_finished for w in self.workers)

    @on(IndexProgress)
    def _index_progress(self, message: IndexProgress) -> None:
        self.index_progress = (message.done, message.total)
        self.index_changed()

    @work(thread=True, exit_on_error=False, group="preload", description="Loading search")
    def _import_search(self) -> None:
        import adr_tui.core.search  # noqa: F401  # imported for open_engines, off the UI thread

        self.call_from_thread(lambda: self.open_engines(self.catalogs, wanted=True))

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="index",
        description="Indexing for search",
    )
    def _build_index(self, engines: tuple[SearchEngine, ...]) -> None:
        """Bring each search index up to date; searches scan until then."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            self.post_message(IndexProgress(done, total))

        for engine in engines:
            if worker.is_cancelled:
                return
            with collector_held("index"):
                engine.build(cancel=worker.cancelled_event, progress=progress)
        notices = tuple(dict.fromkeys(e.notice for e in engines if e.notice))
        self.post_message(IndexBuilt(notices))

    @on(IndexBuilt)
    def _say_index_notices(self, message: IndexBuilt) -> None:
        """Tell each notice (e.g. "cache not writable") once per session."""
        for notice in message.notices:
            if notice not in self._notices_said:
                self._notices_said.add(notice)
                self.notify(inert_line(notice), severity="warning", markup=False)

    def on_unmount(self) -> None:
        """Release the search indexes and the histories."""
        for engine in self.engines.values():
            engine.close()
        self.forget_histories()
