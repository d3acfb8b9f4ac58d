"""AdrApp: wiring only. Screens, bindings, palette, workers and the one error hub."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.message import Message
from textual.worker import Worker, WorkerState, get_current_worker

from adr_tui.core.catalog import Catalog, Served, load_catalog, not_found, served_catalog
from adr_tui.core.errors import AdrError
from adr_tui.core.records import record
from adr_tui.core.settings import Settings
from adr_tui.core.snapshot import Verdict
from adr_tui.core.supersession import effective_status
from adr_tui.core.text import inert_line
from adr_tui.ui.background import Background
from adr_tui.ui.collector import collector_held, freeze_heap, hold_collector, release_collector
from adr_tui.ui.commands import AdrCommands
from adr_tui.ui.keymap import keymap_path, report_unknown_ids
from adr_tui.ui.listing import Entry, Query, entries_of
from adr_tui.ui.messages import BrowseReady, CatalogLoaded, RepositoryChanged
from adr_tui.ui.preferences import save_theme, saved_theme
from adr_tui.ui.render import short_title, status_label
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.styles import WITH_SCREEN, css_paths, load_styles
from adr_tui.ui.watch import changed_since, fingerprint, what_changed
from adr_tui.ui.widgets.search_box import SearchBox

if TYPE_CHECKING:  # the history code loads in a worker, after the list shows
    from adr_tui.core.history import History

POLL_SECONDS = 2.0
SWITCH_INTERVAL = 0.001
"""Seconds a thread may keep the GIL while others wait, while the app runs (see on_mount)."""
PRELOADED = ("adr_tui.ui.screens.adr", "adr_tui.ui.screens.history", "adr_tui.core.search")
"""Modules imported in a worker once the list is shown (see ``AdrApp._preload``)."""
PRELOAD_AFTER = 1.0
"""Seconds after the list is shown: not while the first keys are being answered."""


class FingerprintTaken(Message):
    """The files of ``catalogs`` as first looked at, for the poller to compare with."""

    def __init__(self, catalogs: tuple[Catalog, ...], fingerprint: tuple[object, ...]) -> None:
        super().__init__()
        self.catalogs = catalogs
        self.fingerprint = fingerprint


class ServedChecked(Message):
    """Whether the catalogues shown from their snapshots still describe the files."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__()
        self.verdict = verdict
        """The worst of the repositories' verdicts."""


class KeysCaughtUp(Message):
    """Every key sent to the focused widget before this message has been handled.

    Posted to that widget, it bubbles to the app by the same queues a key does,
    behind the keys ahead of it (see ``AdrApp.on_event``).
    """

    def __init__(self, key: events.Key | None) -> None:
        super().__init__()
        self.key = key
        """The key that waited for the others (a priority binding's), if any."""


@record
class SavedStart:
    """What a warm start shows first: every repository's catalogue as last saved."""

    served: tuple[Served, ...]
    began_ns: int
    """When reading them began (``time.time_ns``): files changed since are read again."""


def serve_saved(paths: Sequence[Path], settings: Settings, *, build: bool) -> SavedStart | None:
    """The catalogues as last saved, read before the app runs; None unless every path has one.

    One file per repository (~5 ms at 1,000 ADRs). Read in a worker, as it was, every
    system call it made waited for the UI thread's turn at the GIL while Textual
    composed and styled the first screen: ~15 ms more before the list. The check
    against the files (a look at each) still waits until the list and its preview are drawn
    (``AdrApp._check_served``). ``build`` makes every decision now: a name given at
    start, or ``--decider``, is looked for in all of them as the list shows.
    Anything wrong (a path that cannot be read) is for the load to report.
    """
    began = time.time_ns()  # file clocks are wall clocks (see changed_since)
    served = []
    with collector_held("served"):
        for path in paths:
            try:
                found = served_catalog(path, settings)
            except (AdrError, OSError):
                return None
            if found is None:
                return None
            if build:
                found.catalog.build_all()
            served.append(found)
    return SavedStart(tuple(served), began)


class AdrApp(Background):
    """Browse, search and read the decision log of one or more repositories."""

    TITLE = "adr-tui"
    CSS_PATH: ClassVar[list[str | PurePath]] = list(css_paths())
    # Ours only: Textual's unprefixed "Theme", "Keys", "Quit" stood beside our
    # "category: verb" ones; AdrCommands offers each of them under our names.
    COMMANDS = {AdrCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Leave adr-tui"),
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            show=False,
            priority=True,
            id="app.quit_anywhere",
            tooltip="Leave adr-tui, even while typing in a box",
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "palette",
            show=False,
            priority=True,
            id="app.palette",
            tooltip="Every action as 'category: verb', and a jump to any ADR",
        ),
        Binding(
            "question_mark,f1",
            "help",
            "Help",
            id="app.help",
            tooltip="What this screen is for and its keys",
        ),
    ]

    def __init__(
        self,
        settings: Settings,
        paths: Sequence[Path],
        *,
        catalogs: Sequence[Catalog] = (),
        warm: SavedStart | None = None,
        query: Query | None = None,
        open_id: str | None = None,
        keymap: dict[str, str] | None = None,
        poll: bool = True,
        index: bool = True,
    ) -> None:
        super().__init__(index=index)
        self.settings = settings
        self.paths = tuple(paths)
        self.catalogs: tuple[Catalog, ...] = ()
        self._entries: tuple[Entry, ...] | None = None
        self._by_key: dict[str, Entry] = {}
        self._by_path: dict[tuple[Path, str], Entry] = {}
        self._preloaded = tuple(catalogs)
        self._query = query
        self._open_id = open_id
        self._key_overrides = keymap or {}
        self._poll = poll
        self._fingerprint: tuple[object, ...] | None = None
        self._load_began = warm.began_ns if warm is not None else 0
        """When the last load (or the saved catalogues' read) started (``time.time_ns``)."""
        self._collector_held = False
        self._switch_interval = sys.getswitchinterval()
        self._browse_mounted = False
        self._served = warm.served if warm is not None else ()
        """Catalogues shown as last saved (see :func:`serve_saved`), until checked once the
        list is drawn."""
        self._open_later: str | None = None
        """An ADR named at start that the saved catalogues lack: asked for again once checked."""
        self._typed_deciders = query.deciders if query is not None else frozenset()
        """``--decider`` names as typed, resolved on the first current catalogue."""
        self._naming_again = False
        """The next reload replaces a served catalogue: ``--decider`` names are resolved again."""
        self._named_deciders: frozenset[str] = frozenset()
        """Who the ``--decider`` names were found to be (the filter, until the user changes it)."""
        self._started = False  # the first list was shown (see started)
        self._early: CatalogLoaded | None = None
        """A catalogue loaded before Browse was mounted, shown once it is (``BrowseReady``)."""
        saved = saved_theme(settings)
        self._saved_theme = saved if saved in self.available_themes else self.theme
        """The theme the next start opens with: a different one is saved (``watch_theme``)."""
        self.theme = self._saved_theme
        self._keys_held: list[events.Key] | None = None
        """Keys read while the keys ahead of them are handled (None: keys go on at once)."""

    def get_default_screen(self) -> BrowseScreen:
        """Browse is the bottom of the stack: no hidden default screen to style and resize.

        Called as the app composes, before :meth:`on_mount`: start-up's hold on
        the collector begins here, so that composing Browse is inside it.
        """
        freeze_heap("imports")
        self._collector_held = hold_collector()
        return BrowseScreen(self._query, classes=self._breakpoint())

    def on_mount(self) -> None:
        """Initialise once mounted (Browse is mounted already)."""
        # Workers run pure-Python loops (index builds, history loads) that keep the
        # GIL for the whole switch interval: 1 ms instead of 5 gives the UI thread
        # its turn sooner (frames benchmark: stalls while an index builds).
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        if self._key_overrides:
            self.set_keymap(self._key_overrides)
            # set_keymap ignores an id that names no key: say so once (checked in a thread).
            report_unknown_ids(self, self._key_overrides, keymap_path())
        shown = self._preloaded or tuple(s.catalog for s in self._served)
        if shown:
            self.post_message(CatalogLoaded(shown))
        else:
            self.load()
        if self._poll:
            self.set_interval(POLL_SECONDS, self._poll_tick)

    def watch_theme(self, theme: str) -> None:
        """Remember a theme the user picks (palette: "app: Change theme") for the next start."""
        if theme != self._saved_theme:
            self._saved_theme = theme
            self._remember_theme(theme)

    @work(  # exclusive: of two quick picks, the last one is saved
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="preferences",
        description="Saving the theme",
    )
    def _remember_theme(self, theme: str) -> None:
        save_theme(self.settings, theme)

    def _breakpoint(self) -> str:
        """The width class Textual will give a screen of the app's size.

        Set when the screen is built, so the first resize changes no class: a
        changed class restyles every widget of the screen (~10 ms at start-up).
        """
        width = self.size.width
        return next(
            (name for least, name in reversed(self.HORIZONTAL_BREAKPOINTS) if width >= least), ""
        )

    @property
    def browse(self) -> BrowseScreen:
        """The Browse screen (always at the bottom of the stack)."""
        return next(s for s in self.screen_stack if isinstance(s, BrowseScreen))

    # -- loading --------------------------------------------------------------

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="load",
        description="Loading decisions",
    )
    def load(self, reload: bool = False, *, announce: bool = False) -> None:
        """Parse every repository (in a thread) and post ``CatalogLoaded``.

        Not at a warm start: :func:`make_app` serves the catalogues as last saved.
        """
        self._load_began = time.time_ns()  # file clocks are wall clocks (see changed_since)
        catalogs = tuple(load_catalog(path, self.settings) for path in self.paths)
        with collector_held("built"):
            for catalog in catalogs:  # a snapshot's decisions: built here, not as the UI looks
                catalog.build_all()
        # The first load's fingerprint (a stat per file: ~70 ms at 10,000 ADRs) waits until
        # a second after the list shows (see _after_start); a reload's is what the poller
        # compares.
        seen = fingerprint(catalogs) if reload and self._poll else ()
        said = f"Reloaded {what_changed(self.catalogs, catalogs)}" if announce else ""
        self.post_message(CatalogLoaded(catalogs, reload, seen, said=said))

    @work(thread=True, exit_on_error=False, group="check", description="Checking saved decisions")
    def _check_served(self, served: tuple[Served, ...]) -> None:
        # Every decision first (~65 ms of this thread at 10,000 ADRs): a jump, the palette or
        # a selection far down then builds none on the UI thread; a row that could not be
        # read makes the verdict UNSURE (a quiet reload).
        with collector_held("built"):
            for each in served:
                each.catalog.build_all()
        try:
            verdict = Verdict.worst(s.verdict() for s in served)
        except Exception:  # noqa: BLE001 - a check that cannot look trusts nothing: load again
            verdict = Verdict.CHANGED
        self.post_message(ServedChecked(verdict))

    @on(ServedChecked)
    def _served_checked(self, message: ServedChecked) -> None:
        self._served = ()  # what a snapshot holds (its whole file) is let go
        if message.verdict is Verdict.HOLDS:
            self._open_pending()
            return
        if message.verdict is Verdict.CHANGED:  # not when only too recent a save was doubted
            self.notify("Files changed since they were last read: reloading…", markup=False)
        self._naming_again = True
        self.load(reload=True)  # which opens what _open_later names

    @on(BrowseReady)
    def _browse_ready(self) -> None:
        self._browse_mounted = True
        if self._early is not None:
            early, self._early = self._early, None
            self._loaded(early)

    @on(CatalogLoaded)
    def _loaded(self, message: CatalogLoaded) -> None:
        if not self._browse_mounted:  # Browse (the default screen) is still composing
            self._early = message
            return
        self.catalogs = message.catalogs
        self._entries = None  # made when first looked up, not before the list shows
        self._fingerprint = message.fingerprint or None  # None: taken once the list shows
        freeze_heap("catalogue")  # before the search engines: their files stay collectable
        self.open_engines(message.catalogs, wanted=bool(self.browse.query_state.text.strip()))
        first_names = not message.reload
        # Named again on the catalogue replacing a served one, unless the user chose others.
        again = self._naming_again and self.browse.query_state.deciders == self._named_deciders
        if self._typed_deciders and (first_names or again):
            self._name_deciders(message.catalogs)
        self._naming_again = False
        self.browse.refresh_listing()
        for view in self.adr_views():
            fresh = self.entry_by_key(view.entry.key)
            if fresh is not None:
                view.show(fresh)
            else:
                view.file_gone()
        for screen in self.problem_screens():
            screen.show_problems()
        if message.said:
            self.notify(message.said, timeout=3, markup=False)
        if message.reload:
            self.forget_histories()
            self._reread_git_dates()
            for history in self.history_screens():  # new commits show in an open History
                if history.entry is not None and (fresh := self.entry_by_key(history.entry.key)):
                    history.reread(fresh)
            self._open_pending()
            return
        if self._open_id:
            self._open_first(self._open_id)

    def _open_first(self, name: str) -> None:
        """Open the ADR ``adr-tui PATH NAME`` names; one the served catalogue lacks waits for it.

        An ADR written since the catalogue was saved is not in it: "not found" was said,
        then the reload that found it followed.
        """
        if self._served and not self.named(name):
            self._open_later = name
        else:
            self.open_named(name)

    def _open_pending(self) -> None:
        """Open (or say there is no) ADR named at start that waited for the catalogue's check."""
        if self._open_later is not None:
            name, self._open_later = self._open_later, None
            self.open_named(name)

    def _name_deciders(self, catalogs: tuple[Catalog, ...]) -> None:
        """``--decider lee`` selects Grace Lee, as on the command line (``deciders_named``)."""
        from adr_tui.core.filters import deciders_named  # only when a decider was given

        named = frozenset(
            name
            for typed in self._typed_deciders
            for catalog in catalogs
            for name in deciders_named(catalog.decisions, typed)
        )
        self.browse.query_state = replace(self.browse.query_state, deciders=named)
        self._named_deciders = named

    def started(self) -> None:
        """The list is on screen (or loading failed): start-up is over (once)."""
        if self._started:
            return
        self._started = True
        self._release_collector()  # held by start-up, unless the collector was off already
        if self._served:
            self._check_served(self._served)
        self.set_timer(PRELOAD_AFTER, self._after_start)

    def _after_start(self) -> None:
        """A second after the list shows: what the next steps need, and the watch's first look.

        The first look (a stat per file, ~7 ms at 1,000 ADRs) ran as the list was first
        drawn, on the same CPU. Taken later it misses nothing: a file changed since the
        load began is read again (``_take_fingerprint``).
        """
        self._preload()
        for name in WITH_SCREEN:  # parsed now, not as the first History opens
            load_styles(self, name)
        if self._poll and self._fingerprint is None:
            self._poll_tick()  # takes the fingerprint later looks compare with

    def git_dates_known(self) -> None:
        """Browse shows Git's dates for undated ADRs (and sorts by them)."""
        self.browse.git_dates_known()

    def index_changed(self) -> None:
        """Browse's header says "indexing…" while a build runs."""
        self.browse.show_header()

    def _release_collector(self) -> None:
        """End start-up's hold on the collector, if it holds it still."""
        if self._collector_held:
            self._collector_held = False
            release_collector("start-up")

    @work(thread=True, exit_on_error=False, group="preload", description="Preparing views")
    def _preload(self) -> None:
        # What an incident needs next (the ADR view's Markdown, the History screen,
        # Whoosh), imported here: on the UI thread each first use froze it 100+ ms.
        import importlib

        for name in PRELOADED:
            importlib.import_module(name)
        from adr_tui.core.gitlog import prepare_git

        with contextlib.suppress(AdrError):  # no git: the History screen says so when asked
            prepare_git()  # GitPython: the first history read paid ~50-90 ms for it
            self._preload_histories()
        freeze_heap("preload")

    def _preload_histories(self) -> None:
        """(Worker) Read each repository's cached history now: ``h`` then only builds a lineage.

        ~1 ms in place of ~35 ms of reading, which also held the GIL against the UI.
        Only from the cache: a full ``git log`` (or an ``--at`` history, never
        cached) waits for ``h``, as the search index waits for the first search.
        The undated ADRs' Git dates come with it (the list shows and sorts by them).
        """
        for catalog, history in self._cached_histories():
            history.warm(cached_only=True)
            self.git_dates_of(catalog, history)

    @work(thread=True, exclusive=True, exit_on_error=False, group="dates", description="Git dates")
    def _reread_git_dates(self) -> None:
        """After a reload: the undated ADRs' Git dates again, from cached histories only."""
        for catalog, history in self._cached_histories():
            self.git_dates_of(catalog, history)

    def _cached_histories(self) -> Iterator[tuple[Catalog, History]]:
        """(Worker) Each repository's history that the cache holds, read without ``git log``."""
        from adr_tui.ui.screens.history_loading import cached_history

        cancel = get_current_worker().cancelled_event
        with collector_held("history"):
            for catalog in self.catalogs:
                if not (catalog.is_git and catalog.at is None):
                    continue
                with contextlib.suppress(AdrError):  # each repository on its own
                    history = cached_history(self.histories, catalog.root, self.settings, cancel)
                    if history is not None:
                        yield catalog, history

    def on_unmount(self) -> None:
        """Never leave the collector paused (Textual also calls Background's handler)."""
        self._release_collector()
        sys.setswitchinterval(self._switch_interval)

    def _poll_tick(self) -> None:
        # One look at a time: a look at 10,000 files can outlast the interval, and
        # cancelling a thread worker does not stop it, so looks piled up.
        busy = any(w.group == "poll" and not w.is_finished for w in self.workers)
        if _watched(self.catalogs) and not busy:
            if self._fingerprint is None:
                self._take_fingerprint(self.catalogs)
            else:
                self._check_changes(self.catalogs)

    @work(thread=True, exit_on_error=False, group="poll", description="Watching for changes")
    def _take_fingerprint(self, catalogs: tuple[Catalog, ...]) -> None:
        """What the poller compares with: the files as first loaded, looked at after start-up.

        A file modified since the load began is read again at once.
        """
        seen = fingerprint(_watched(catalogs))
        if changed_since(seen, self._load_began):
            self.post_message(RepositoryChanged(seen))
        else:
            self.post_message(FingerprintTaken(catalogs, seen))

    @on(FingerprintTaken)
    def _fingerprint_taken(self, message: FingerprintTaken) -> None:
        if self._fingerprint is None and message.catalogs is self.catalogs:
            self._fingerprint = message.fingerprint

    @work(
        thread=True,
        exit_on_error=False,
        group="poll",
        description="Watching for changes",
    )
    def _check_changes(self, catalogs: tuple[Catalog, ...]) -> None:
        seen = fingerprint(_watched(catalogs))
        if seen != self._fingerprint:
            self.post_message(RepositoryChanged(seen))

    @on(RepositoryChanged)
    def _changed(self, message: RepositoryChanged) -> None:
        self._fingerprint = message.fingerprint
        self.load(reload=True)

    # -- keys in the order typed --------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Keys of a burst act in the order typed, as if typed one by one.

        Textual sends each key to the widget focused when the app reads it, and its
        binding runs later, once the key has bubbled back up; a priority binding runs
        at once. In a burst (tmux send-keys, a fast typist) the app reads every key
        before any widget has handled the first: '/' moved the focus ahead of 'j j ⎋'
        still on their way through the list, and in '/data⏎jj⎋/kafka⏎⏎' the box got
        'kafka⏎' before escape's "back", which then emptied it. So in Browse, a key
        that may move the focus (a priority binding's, or one the search box does not
        type) waits for the keys ahead of it, or the keys behind it wait for it, until
        a :class:`KeysCaughtUp` sent behind them is back. Typing in the box, and any
        key elsewhere, goes on at once; Browse is never removed, so the message, whose
        way is the list's or the box's, always comes back.
        """
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._keys_held is not None:
                self._keys_held.append(event)
                return
            if await self._waits(event):
                return
        await super().on_event(event)

    async def _waits(self, key: events.Key) -> bool:
        """Hold the keys behind ``key`` until those sent before it are handled.

        False: ``key`` goes on as Textual sends it, and nothing is held.
        """
        screen, focused = self.screen, self.focused
        if not isinstance(screen, BrowseScreen) or focused is None:
            return False
        active = screen.active_bindings.get(key.key)
        if active is not None and active.binding.priority:
            # The key itself waits: its action then runs for the widget focused by then.
            # A widget closing takes no message: then nothing waits (none would come back).
            if focused.post_message(KeysCaughtUp(key)):
                self._keys_held = []
                return True
            return False
        if isinstance(focused, SearchBox) and not key.is_printable:
            await super().on_event(key)  # enter, escape, down: the box may be left
            if focused.post_message(KeysCaughtUp(None)):
                self._keys_held = []
            return True
        return False

    @on(KeysCaughtUp)
    async def _keys_caught_up(self, message: KeysCaughtUp) -> None:
        held, self._keys_held = self._keys_held or [], None
        if message.key is not None:
            await super().on_event(message.key)
        for key in held:  # one of them may hold the rest again: they are appended in order
            await self.on_event(key)

    # -- the error hub ----------------------------------------------------------

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "index" and event.worker.is_finished:
            self.index_changed()  # built, cancelled or failed: the header stops saying so
        self.report_worker(event.worker)

    def report_worker(self, worker: Worker[object]) -> None:
        """The one place worker failures become messages: AdrError → modal, others → toast."""
        if worker.state is not WorkerState.ERROR or worker.error is None:
            return
        error = worker.error
        if worker.group == "load":
            why = (
                error.message if isinstance(error, AdrError) else f"{type(error).__name__}: {error}"
            )
            self.browse.load_failed(why)
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        """Explain ``error`` to the user."""
        if isinstance(error, AdrError):
            from adr_tui.ui.screens.dialogs import ErrorModal  # loads on the first error

            load_styles(self, "dialogs.tcss")
            self.push_screen(ErrorModal(error.title, error.message))
        else:
            self.notify(
                f"{type(error).__name__}: {error}",
                title="Unexpected error",
                severity="error",
                markup=False,
            )

    # -- lookups --------------------------------------------------------------

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every decision of every repository (made on first use: ~15 ms at 10,000 ADRs)."""
        if self._entries is None:
            entries = entries_of(self.catalogs)
            self._by_key = {e.key: e for e in entries}
            # A section of a log kept in one file by its address ("DECISIONS.md#2"), as
            # its problems name it; the file's own path then names its first section.
            self._by_path = {(e.root, e.decision.address): e for e in entries}
            for e in entries:
                if e.decision.part:
                    self._by_path.setdefault((e.root, e.decision.path), e)
            self._entries = entries
        return self._entries

    def entry_by_key(self, key: str) -> Entry | None:
        """The entry with this key (see :attr:`Entry.key`)."""
        return self._by_key.get(key) if self.entries else None

    def entry_for(self, root: Path, decision_id: str) -> Entry | None:
        """The decision ``decision_id`` of the repository at ``root``."""
        return self.entry_by_key(f"{root}\0{decision_id}")

    def entry_for_path(self, root: Path, path: str) -> Entry | None:
        """The decision stored at repository-relative ``path``."""
        return self._by_path.get((root, path)) if self.entries else None

    def current_entry(self) -> Entry | None:
        """The decision the active screen is about, if any (under the palette while it is open).

        So the palette offers a decision's actions (history, edit, copy path) by the same
        check the footer dims their keys with.
        """
        stack = self.screen_stack
        under_palette = isinstance(stack[-1], CommandPalette) and len(stack) > 1
        screen = stack[-2] if under_palette else stack[-1]
        entry = getattr(screen, "current_entry", None)
        return entry if isinstance(entry, Entry) else None

    def open_named(self, name: str) -> None:
        """Open the decision a user named (number, id, path, file-name or title words).

        Words agree in the singular or the plural. Several decisions named (a number
        two repositories, two logs of a monorepo or two files of one log share): ask.
        """
        found = self.named(name)
        if len(found) == 1:
            self.open_entry(found[0])
        elif found:
            self._choose(name, found)
        else:
            self.show_error(not_found(name, self.as_of))

    @property
    def key_overrides(self) -> dict[str, str]:
        """Binding id → keys, from ``keymap.toml`` (what Help's prose names, as the footer does)."""
        return self._key_overrides

    @property
    def as_of(self) -> str | None:
        """The commit or date the logs are shown as of (``--at``), else None."""
        return next((c.at for c in self.catalogs if c.at), None)

    def named(self, name: str) -> list[Entry]:
        """Every decision ``name`` names, in every repository."""
        # Imported on first use: it brings the query language (~15 ms), not needed to start.
        from adr_tui.core.matching import named_by_words

        return [
            entry
            for catalog in self.catalogs
            for decision in named_by_words(name, catalog.decisions, catalog.matches(name))
            if (entry := self.entry_for(catalog.root, decision.id)) is not None
        ]

    def _choose(self, name: str, entries: Sequence[Entry]) -> None:
        """Offer each decision named ``name`` (``g 2`` with two repos, or two files numbered 2).

        Each with its status as the list shows it (``effective_status``): of two
        ADR-0002s, the one in force is the one a responder wants.
        """
        from textual.command import SimpleCommand
        from textual.markup import escape

        repos = len(self.catalogs) > 1

        def prompt(e: Entry) -> str:
            status = status_label(effective_status(e.decision, self.catalog_of(e)))
            where = f"{e.repo}: " if repos else ""
            title = inert_line(short_title(e.decision.title))  # a 2,000-character one filled it
            return f"{where}{e.decision.label}  {status}  {title}"

        # The palette parses names as markup: escaped, as every repository text is inert.
        self.search_commands(
            [
                SimpleCommand(
                    escape(prompt(e)),
                    partial(self.open_entry, e),
                    escape(inert_line(e.decision.path)),
                )
                for e in entries
            ],
            placeholder=f"{len(entries)} ADRs match '{inert_line(name)}': which one?",
        )

    def catalog_of(self, entry: Entry) -> Catalog:
        """The catalogue ``entry`` belongs to."""
        return next(c for c in self.catalogs if c.root == entry.root)

    def open_entry(self, entry: Entry) -> None:
        """Show ``entry``: follow it in an open ADR view, else open one."""
        from adr_tui.ui.screens.adr import AdrScreen  # Markdown loads on the first ADR opened

        self.browse.select(entry.key)  # back in Browse, the cursor is on what was read
        if isinstance(self.screen, AdrScreen):
            self.screen.follow(entry)
        else:
            load_styles(self, "adr.tcss")
            self.push_screen(AdrScreen(entry))


def _watched(catalogs: Sequence[Catalog]) -> tuple[Catalog, ...]:
    """The catalogues read from files, which the poller watches.

    One read as of a revision (``--at``, a bare repository beside a checkout) has no
    files to change; the others are still watched (a bare one stopped them all).
    """
    return tuple(c for c in catalogs if c.at is None)


def make_app(
    settings: Settings | None = None,
    catalog: Catalog | Sequence[Catalog] | None = None,
    *,
    paths: Sequence[Path] = (),
    query: Query | None = None,
    open_id: str | None = None,
    keymap: dict[str, str] | None = None,
    poll: bool = True,
    index: bool = True,
) -> AdrApp:
    """The app, shared by the CLI and the tests (which pass an already loaded catalogue).

    Without a catalogue, the ones last saved for ``paths`` are read now (:func:`serve_saved`);
    failing that, the app loads them in a worker once it runs. ``poll`` watches the files
    for changes; ``index`` builds search indexes in the background (without it, searches
    scan the catalogue: same results, slower).
    """
    catalogs: tuple[Catalog, ...] = (
        () if catalog is None else (catalog,) if isinstance(catalog, Catalog) else tuple(catalog)
    )
    settings = settings or Settings()
    if not paths:
        paths = [c.root for c in catalogs] or [Path.cwd()]
    named = bool(open_id or (query is not None and query.deciders))
    warm = None if catalogs else serve_saved(paths, settings, build=named)
    return AdrApp(
        settings,
        paths,
        catalogs=catalogs,
        warm=warm,
        query=query,
        open_id=open_id,
        keymap=keymap,
        poll=poll,
        index=index,
    )
