"""History: one ADR's revisions (newest first), its status timeline, and any revision's diff.

Git is only ever read in workers: one (group ``history``) reads the history,
the lineage and the newest diff (``history_loading.py``), one (group ``git``)
computes any other revision's diff (``screens/version.py`` reads a past version's text). Diffs
are kept per screen, so stepping back is instant.
Commit subjects, names and paths are untrusted: see ``widgets/timeline.py``.

The app opens this screen through :func:`open_history` (``h`` and ``d``): the
history is read first and the screen pushed complete, or after
``LOADING_DELAY`` with a spinner when the read is slow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from adr_tui.core.diffs import FileDiff, diff_between, diff_revision
from adr_tui.core.history import History, Lineage, Revision, status_now
from adr_tui.core.model import Decision, Status
from adr_tui.core.settings import Settings
from adr_tui.ui import render
from adr_tui.ui.collector import hold_collector, release_collector
from adr_tui.ui.keymap import SCREEN_BINDINGS
from adr_tui.ui.listing import Entry
from adr_tui.ui.screens.history_loading import (
    Loaded,
    Outcome,
    Request,
    Unavailable,
    discard,
    progress_line,
    start_reading,
)
from adr_tui.ui.screens.version import VersionScreen
from adr_tui.ui.styles import load_styles
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.key_footer import KeyFooter
from adr_tui.ui.widgets.revision_list import RevisionList
from adr_tui.ui.widgets.timeline import (
    diff_heading,
    revision_height,
    revision_text,
    summary_text,
    timeline_text,
)

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp

SPLIT_MIN_WIDTH = 140
"""Terminal columns needed for the side-by-side diff."""
LOADING_DELAY = 0.15
"""Seconds a read may take before the screen shows with a spinner (a warm cache is sooner)."""

DiffKey = tuple[str | None, str]
"""(older commit or None for "its own change", newer commit)."""


@dataclass
class DiffComputed(Message, bubble=False):
    """A diff between two revisions is ready."""

    key: DiffKey
    """Which comparison this is."""
    diff: FileDiff
    """The diff."""


def _hidden(key: str, action: str, description: str, id: str, tooltip: str) -> Binding:  # noqa: A002
    """A binding kept out of the footer (which shows six keys at most)."""
    return Binding(key, action, description, show=False, id=id, tooltip=tooltip)


def open_history(app: AdrApp, entry: Entry, *, diff: bool = False) -> None:
    """Read ``entry``'s history, then push its screen (the app's ``h`` and ``d`` keys).

    Asked on that decision's History screen (the palette offers 'adr: Diff' there),
    it moves into the diff or the list instead of stacking a second History on it.
    """
    here = app.screen
    if isinstance(here, HistoryScreen) and here.entry is not None and here.entry.key == entry.key:
        if diff:
            here.action_focus_diff()
        else:
            here.action_focus_revisions()
        return
    make_screen(app, entry, diff=diff).open()


def make_screen(app: AdrApp, entry: Entry, *, diff: bool = False) -> HistoryScreen:
    """The History screen for ``entry``; pushed as is, it reads its history once shown."""
    catalog = next((c for c in app.catalogs if c.root == entry.root), None)
    load_styles(app, "history.tcss")  # also the Version screen's, pushed from this one
    return HistoryScreen(
        entry.decision,
        entry.root,
        app.settings,
        git=catalog.is_git if catalog is not None else True,
        at=catalog.at if catalog is not None else None,
        entry=entry,
        focus_diff=diff,
        width=app.size.width,
    )


class HistoryScreen(Screen[None]):
    """Every revision of one ADR, its status timeline, and what each revision changed."""

    HELP = (
        "The decision's Git history, newest first, with its status timeline on top. "
        "The highlighted revision's diff shows beside or below the list; {history.older} and "
        "{history.newer} step to the older or newer revision, {diff.next} and {diff.previous} "
        "to the diff's next or previous change, {history.diff} moves into the diff. Press "
        "{history.mark} on one revision and highlight another to compare the two. "
        "{history.open} shows the text as of a revision; {history.split} "
        f"switches to a side-by-side diff when the terminal has {SPLIT_MIN_WIDTH} columns."
    )
    HORIZONTAL_BREAKPOINTS = [(0, "-stacked"), (120, "-beside")]
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"history--status-{s.value}" for s in Status}
    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding("escape,h", "back", "Back", id="history.back", tooltip="Back (clears a mark)"),
        Binding("m", "mark", "Mark", id="history.mark", tooltip="Mark a revision to compare"),
        Binding("o", "open_version", "Open", id="history.open", tooltip="Text at this revision"),
        Binding("s", "toggle_split", "Split", id="history.split", tooltip="Side-by-side diff"),
        _hidden("left_square_bracket", "step(1)", "Older", "history.older", "Older revision"),
        _hidden("right_square_bracket", "step(-1)", "Newer", "history.newer", "Newer revision"),
        _hidden("d", "focus_diff", "Diff", "history.diff", "Move into the diff"),
        _hidden("n", "change(1)", "Next change", "history.next_change", "Next change in the diff"),
        _hidden("N", "change(-1)", "Previous change", "history.previous_change", "Previous change"),
    ]

    app: AdrApp

    def __init__(
        self,
        decision: Decision,
        root: Path,
        settings: Settings,
        *,
        git: bool = True,
        at: str | None = None,
        entry: Entry | None = None,
        focus_diff: bool = False,
        width: int | None = None,
    ) -> None:
        """``width``: the terminal's, so the first resize finds the layout set (no restyle)."""
        breakpoints = sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True)
        layout = next(
            (name for edge, name in breakpoints if width is not None and width >= edge), None
        )
        super().__init__(classes=layout)
        self.decision = decision
        self.root = root
        self.settings = settings
        self.git = git
        self.at = at
        self.entry = entry
        self.focus_diff = focus_diff
        self.history: History | None = None
        self.lineage: Lineage | None = None
        self.revisions: list[Revision] = []
        """Newest first, as listed."""
        self.mark: int | None = None
        self.shown: DiffKey | None = None
        self._diffs: dict[DiffKey, FileDiff] = {}
        self._pending: tuple[DiffKey, Worker[None]] | None = None
        self._split = False
        self._failed = False
        self._reading: Worker[None] | None = None
        self._arrived: Outcome | None = None
        """An outcome that came before the screen was shown (applied on mount)."""
        self._origin: Screen[object] | None = None
        """The screen ``h`` was pressed on, while this one waits to be pushed."""
        self._collector_held = False
        self._closed = False
        """Unmounted: a read that comes back now is discarded."""
        self._opened = False
        """Pushed by :meth:`open` (read first), not pushed directly."""
        self._drawn: tuple[DiffKey, int | None] | None = None
        """The diff on show and the mark it was drawn with."""
        self._scrolled: dict[tuple[DiffKey, int | None], float] = {}
        """Where each diff was left: stepping away and back (] then [) returns there."""
        self._keep: str | None = None
        """The commit highlighted when the history is read again (:meth:`reread`)."""
        self._notice = ""
        """How far a first read of the repository's history is (see start_reading)."""

    @property
    def current_entry(self) -> Entry | None:
        """The decision this history is about (lets the app's copy-path and edit keys work)."""
        return self.entry

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="history-title", markup=False)
        yield Static(id="history-timeline", markup=False)
        yield Static(id="history-summary", markup=False)
        with Container(id="history-body"):
            yield RevisionList(id="history-revisions")
            yield DiffView(id="history-diff")
        yield KeyFooter()

    def open(self) -> None:
        """Start reading, and push this screen once read (or after ``LOADING_DELAY``).

        The collector is held until the screen's first paint: building and laying
        out its widgets allocates thousands of containers, and a full collection
        in between doubled the time to the first paint (~75 ms to ~150 ms).
        """
        self._collector_held = hold_collector()
        self._opened = True
        self._origin = self.app.screen
        if not self.git:  # nothing to read: say so at once
            self._push()
            return
        self._read()
        self.app.set_timer(LOADING_DELAY, self._push)  # the app's: this screen's wait to start

    def reread(self, entry: Entry) -> None:
        """The repository changed (a reload): read the history of ``entry`` again, in place.

        The history on show was closed by the app's reload; the highlighted revision
        stays highlighted while it is still in the list. A history ``--at`` a revision
        does not change.
        """
        self.entry, self.decision = entry, entry.decision
        if not self.git or self.at is not None or self._reading is not None or not self.revisions:
            return
        cursor = self._cursor()
        self._keep = self.revisions[cursor].commit if cursor is not None else None
        self.mark = None  # its index may name another revision in the new list
        self._drawn = None
        self._read()

    def _push(self) -> None:
        if self._origin is None:
            return  # pushed already
        origin, self._origin = self._origin, None
        if self.app.screen is origin:
            self.app.push_screen(self)
        else:  # the user moved on before the history came
            self._abandon()

    def _read(self) -> None:
        if self._reading is None and self.git:
            request = Request(self.root, self.settings, self.decision.address, self.at)
            self._reading = start_reading(
                self.app, self.app.histories, request, self._arrive, self._told
            )

    def _arrive(self, outcome: Outcome) -> None:
        """(UI thread) The read is over: show it, or keep it for the push and mount."""
        self._reading = None
        if self._closed:
            discard(
                self.app.histories, outcome
            )  # the screen was closed meanwhile (is_mounted stays True)
        elif self.is_mounted:
            with self.app.batch_update():
                self._apply(outcome)
        else:  # not pushed yet, or pushed and not mounted yet: on_mount applies it
            self._arrived = outcome
            self._push()

    def _release_collector(self) -> None:
        if self._collector_held:
            self._collector_held = False
            release_collector("history")

    def _abandon(self) -> None:
        self._release_collector()
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None
        if self._arrived is not None:
            discard(self.app.histories, self._arrived)
            self._arrived = None

    def on_mount(self) -> None:
        """Show what was read before the push, else start reading (or explain why not)."""
        title = Text("History  ", style="bold", end="")
        title.append_text(render.heading(self.decision))
        if where := self._log_name():  # which log and, --at, up to when: as the ADR view says
            title.append_text(render.plain(f"  {where}", "bold"))
        self.query_one("#history-title", Static).update(title)
        self.sub_title = f"{self.decision.label} history"
        if not self.git:
            self._unavailable(
                f"{self.root} is not a Git repository, so this decision has no history to "
                "show. Browsing, search and reading still work."
            )
        elif self._arrived is not None:
            arrived, self._arrived = self._arrived, None
            self._apply(arrived)
        else:
            reading = Text("Reading history…", style="dim")
            summary = Text(self._notice, style="dim") if self._notice else reading
            self.query_one("#history-summary", Static).update(summary)
            self.query_one(DiffView).show_message(reading)
            self.query_one(RevisionList).focus()
            if self._opened:  # pushed after LOADING_DELAY: the read is slow, say so now
                self.call_after_refresh(self._show_spinner)
            else:
                self.set_timer(LOADING_DELAY, self._show_spinner)
            self._read()
        self.call_after_refresh(self._release_collector)

    def on_unmount(self) -> None:
        """Stop reading; hand the history back to the app (see ``Histories.done_with``)."""
        self._closed = True
        self._abandon()
        if self.history is not None:
            self.app.histories.done_with(self.history)
            self.history = None

    def _told(self, read: int, total: int | None) -> None:
        """(UI thread) How far a full read of the repository's history is: said while it runs.

        Only a first read tells (never one from the cache), and only to a screen still
        waiting for its list: the list's own summary replaces the line when it comes.
        """
        kept = self.at is None and self.settings.use_cache
        self._notice = progress_line(read, total, kept=kept)  # on mount, if not pushed yet
        if self.lineage is None and self.is_mounted and not self._failed:
            self.query_one("#history-summary", Static).update(Text(self._notice, style="dim"))

    def _show_spinner(self) -> None:
        if self.lineage is None and self.git and not self._failed and self.is_mounted:
            self.query_one("#history-body").loading = True

    def _unavailable(self, message: str) -> None:
        self._failed = True
        self.refresh_bindings()
        self.query_one("#history-body").loading = False
        self.query_one("#history-timeline", Static).display = False
        self.query_one(RevisionList).display = False
        self.query_one("#history-summary", Static).update(Text("No history", style="bold"))
        view = self.query_one(DiffView)
        view.show_message(Text(message))
        self._drawn = None
        view.focus()

    def _apply(self, outcome: Outcome) -> None:
        if isinstance(outcome, Loaded):
            self._fill(outcome)
        elif isinstance(outcome, Unavailable):
            self._unavailable(outcome.reason)
        else:
            self._unavailable("The history could not be read (see the notification).")
            self.app.show_error(outcome.error)

    # -- workers ----------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="git", description="Diff")
    def _compute(
        self, history: History, key: DiffKey, older: Revision | None, newer: Revision
    ) -> None:
        diff = (
            diff_revision(history, newer) if older is None else diff_between(history, older, newer)
        )
        if not get_current_worker().is_cancelled:
            self.post_message(DiffComputed(key, diff))

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.state is not WorkerState.ERROR or worker.error is None or worker.is_cancelled:
            return
        self._drawn = None
        self.query_one(DiffView).show_message("This diff could not be computed.")
        self.app.report_worker(worker)

    # -- results ----------------------------------------------------------------

    def _status_styles(self) -> dict[Status, Style]:
        # Partial: a status colours its word, and the row (highlighted or not) keeps its background.
        # Its colour from the full style: a partial one leaves a translucent colour unblended,
        # and $text-muted (superseded, deprecated, no status) came out #ffffff, white on
        # textual-light's #e0e0e0.
        styles = {}
        for status in Status:
            name = f"history--status-{status.value}"
            style = self.get_component_rich_style(name, partial=True)
            if style.color is not None:
                style += Style(color=self.get_component_rich_style(name).color)
            styles[status] = style
        return styles

    def _fill(self, message: Loaded) -> None:
        self.history, self.lineage = message.history, message.lineage
        self.revisions = list(reversed(message.lineage.revisions))
        if message.newest is not None:
            self._diffs[(None, self.revisions[0].commit)] = message.newest
        self.query_one("#history-body").loading = False
        now = status_now(message.lineage, self.decision.status) if self.at is None else None
        self.query_one("#history-timeline", Static).update(
            timeline_text(
                message.lineage, self._status_styles(), now=now, replaced=self._replaced()
            )
        )
        summary = summary_text(message.lineage, message.history.notes)
        self.query_one("#history-summary", Static).update(summary)
        styles = self._status_styles()
        revisions = self.query_one(RevisionList)
        shown = self.revisions

        def row(index: int) -> Text:  # built when first in view
            return revision_text(shown[index], marked=index == self.mark, styles=styles)

        revisions.set_rows([revision_height(r) for r in shown], row)
        first = self._newest_edit() if self.focus_diff else 0
        kept = [i for i, r in enumerate(shown) if r.commit == self._keep]
        first, self._keep = (kept[0] if kept else first), None
        revisions.highlighted = first  # after set_rows' 0: its message is handled last
        self._select(first)
        (self.query_one(DiffView) if self.focus_diff else revisions).focus()
        self.refresh_bindings()

    def _log_name(self) -> str:
        """The ADR view's name of the log (``cp``, ``shop · billing``, ``@ 2024-06-01``).

        With two repositories open, History of an ADR-0006 said not which one.
        """
        catalog = next((c for c in self.app.catalogs if c.root == self.root), None)
        if self.entry is None or catalog is None:
            return f"@ {self.at}" if self.at is not None else ""
        return render.log_name(self.app.catalogs, catalog, self.entry)

    def _replaced(self) -> Text | None:
        """The ADR view's not-in-force banner (superseded by another record), if any."""
        if self.entry is None or self.entry.root not in {c.root for c in self.app.catalogs}:
            return None
        return render.banner(self.decision, self.app.catalog_of(self.entry))

    def _newest_edit(self) -> int:
        """The newest revision that changed the text (``d``: what changed in the decision).

        A folder move is often the newest commit of every ADR in it: ``d`` showed
        '(no change to the text)' and the reader had to step back to find the change.
        """
        return next((i for i, r in enumerate(self.revisions) if r.blob != r.old_blob), 0)

    @on(RevisionList.Highlighted)
    def _highlighted(self, message: RevisionList.Highlighted) -> None:
        self._select(message.index)
        self.refresh_bindings()

    @on(RevisionList.Selected)
    def _selected(self, message: RevisionList.Selected) -> None:
        self.query_one(DiffView).focus()

    def _select(self, index: int) -> None:
        """Show the diff for the revision at ``index`` (against the mark when there is one)."""
        if self.history is None or not 0 <= index < len(self.revisions):
            return
        newer = self.revisions[index]
        older: Revision | None = None
        if self.mark is not None and self.mark != index:
            first, second = sorted((index, self.mark))
            newer, older = self.revisions[first], self.revisions[second]
        key: DiffKey = (older.commit if older else None, newer.commit)
        self.shown = key
        if (key, self.mark) == self._drawn:
            return  # the highlight message repeats what was just drawn
        if key in self._diffs:
            self._show(key)
        elif self._pending is None or self._pending[0] != key or self._pending[1].is_finished:
            # The highlight message and a direct call may both ask for the same diff.
            self._pending = (key, self._compute(self.history, key, older, newer))

    @on(DiffComputed)
    def _computed(self, message: DiffComputed) -> None:
        self._diffs[message.key] = message.diff
        self._pending = None
        if message.key == self.shown:
            self._show(message.key)

    def _show(self, key: DiffKey) -> None:
        by_commit = {r.commit: r for r in self.revisions}
        older = by_commit[key[0]] if key[0] is not None else None
        diff = self._diffs[key]
        heading = diff_heading(diff, by_commit[key[1]], older)
        if older is None and self.mark is not None:
            # Said here rather than in a toast, which would cover the diff at 80×24.
            heading = Text.assemble(("◆ Marked: highlight another to compare. ", "bold"), heading)
        view = self.query_one(DiffView)
        if self._drawn is not None:  # where the reader leaves this diff, to come back to
            self._scrolled[self._drawn] = view.scroll_y
        view.show_diff(diff, heading)
        self._drawn = (key, self.mark)
        if back := self._scrolled.get(self._drawn):
            view.scroll_to(y=back, animate=False)

    # -- actions ----------------------------------------------------------------

    def _cursor(self) -> int | None:
        if not self.revisions:
            return None  # also before compose, when the bindings are first checked
        return self.query_one(RevisionList).highlighted

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that do not apply now; hide those that never will (no history)."""
        if self._failed and action in {"mark", "open_version", "toggle_split"}:
            return False  # 'No history': Mark, Open and Split shown there did nothing
        cursor = self._cursor()
        if action in {"mark", "open_version", "focus_diff"}:
            return cursor is not None or None
        if action == "step":
            step = parameters[0] if parameters and isinstance(parameters[0], int) else 0
            return cursor is not None and 0 <= cursor + step < len(self.revisions) or None
        if action == "toggle_split":
            return self.app.size.width >= SPLIT_MIN_WIDTH and self.history is not None or None
        return True

    def action_back(self) -> None:
        """Leave the diff, else clear the mark, else close the screen."""
        view = self.query_one(DiffView)
        revisions = self.query_one(RevisionList)
        if view.has_focus and revisions.display:
            revisions.focus()
        elif self.mark is not None:
            self.action_mark()
        else:
            self.app.pop_screen()

    def action_step(self, step: int) -> None:
        """Highlight the older (+1) or newer (-1) revision; its diff follows."""
        cursor = self._cursor()
        if cursor is not None and 0 <= cursor + step < len(self.revisions):
            self.query_one(RevisionList).highlighted = cursor + step

    def action_change(self, step: int) -> None:
        """Scroll the diff to its next (1) or previous (-1) change, wherever the focus is."""
        self.query_one(DiffView).action_change(step)

    def action_focus_diff(self) -> None:
        """Move the keyboard into the diff (scroll with j/k, space)."""
        self.query_one(DiffView).focus()

    def action_focus_revisions(self) -> None:
        """Move the keyboard to the revisions (when there are any)."""
        revisions = self.query_one(RevisionList)
        if revisions.display:
            revisions.focus()

    def action_mark(self) -> None:
        """Mark the highlighted revision (or clear the mark): others then compare with it."""
        cursor = self._cursor()
        if cursor is None:
            return
        changed = [i for i in (self.mark, cursor) if i is not None]
        self.mark = None if self.mark is not None else cursor
        styles = self._status_styles()
        for index in dict.fromkeys(changed):
            prompt = revision_text(self.revisions[index], marked=index == self.mark, styles=styles)
            self.query_one(RevisionList).replace_prompt(index, prompt)
        self._select(cursor)

    def on_key(self, event: events.Key) -> None:
        """Say why a dimmed key does nothing: Textual runs no action for a dimmed key."""
        active = self.active_bindings.get(event.key)
        said = self._why_not(active.binding.action) if active and self.history else None
        if said is not None:
            event.stop()
            self.notify(said[1], title=said[0], markup=False)

    def _why_not(self, action: str) -> tuple[str, str] | None:
        """A title and a sentence for a key that cannot act now, else None.

        ``]`` on the newest revision (where History opens) and ``[`` on the oldest
        did nothing and said nothing.
        """
        cursor = self._cursor()
        if action == "toggle_split" and self.app.size.width < SPLIT_MIN_WIDTH:
            width = self.app.size.width
            return (
                "Unified diff",
                f"Side-by-side needs {SPLIT_MIN_WIDTH} columns; this terminal has {width}.",
            )
        if action == "step(-1)" and cursor == 0:
            return "Newest revision", "There is no newer revision of this decision."
        if action == "step(1)" and cursor == len(self.revisions) - 1:
            return "Oldest revision", "There is no older revision of this decision."
        return None

    def action_toggle_split(self) -> None:
        """Side-by-side or unified diff (side by side needs a wide terminal)."""
        self._split = not self._split
        self._apply_split()

    def _apply_split(self) -> None:
        self.query_one(DiffView).side_by_side = (
            self._split and self.app.size.width >= SPLIT_MIN_WIDTH
        )

    def on_resize(self) -> None:
        """Fall back to the unified diff when the terminal gets too narrow."""
        self._apply_split()
        self.refresh_bindings()

    def action_open_version(self) -> None:
        """Show the ADR's text as it stood after the highlighted revision."""
        cursor = self._cursor()
        if cursor is None or self.history is None:
            return
        rev = self.revisions[cursor]
        self.app.push_screen(VersionScreen(self.decision, self.history, rev))
