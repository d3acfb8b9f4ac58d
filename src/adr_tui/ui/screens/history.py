"""History: one ADR's revisions (newest first), its status timeline, and any revision's diff.

Git is only ever read in workers (group ``git``): one reads the history (from
the on-disk cache when warm), one computes the highlighted revision's diff
(``screens/version.py`` reads a past version's text). Each posts one message;
the ``@on`` handlers change the widgets. Diffs are kept per screen, so stepping
back is instant.
Commit subjects, names and paths are untrusted: see ``widgets/timeline.py``.

The app pushes this screen through :func:`make_screen` (``h`` and ``d``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from adr_tui.core.diffs import FileDiff, diff_between, diff_revision
from adr_tui.core.errors import AdrError
from adr_tui.core.history import History, Lineage, Revision, load_history
from adr_tui.core.model import Decision, Status
from adr_tui.core.settings import Settings
from adr_tui.ui import render
from adr_tui.ui.collector import collector_held
from adr_tui.ui.listing import Entry
from adr_tui.ui.screens.version import VersionScreen
from adr_tui.ui.widgets.diff_view import DiffView
from adr_tui.ui.widgets.key_footer import KeyFooter
from adr_tui.ui.widgets.timeline import (
    diff_heading,
    revision_text,
    summary_text,
    timeline_text,
)

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp

SPLIT_MIN_WIDTH = 140
"""Terminal columns needed for the side-by-side diff."""
LOADING_DELAY = 0.15
"""Seconds before the spinner shows: a warm cache answers sooner, so nothing flickers."""

DiffKey = tuple[str | None, str]
"""(older commit or None for "its own change", newer commit)."""


@dataclass
class HistoryLoaded(Message, bubble=False):
    """The ADR's history was read."""

    history: History
    """The repository history (this screen closes it)."""
    lineage: Lineage
    """The ADR's revisions and timeline."""


@dataclass
class HistoryUnavailable(Message, bubble=False):
    """The history cannot be shown (git refused, or the file was never committed)."""

    reason: str
    """A sentence for the user."""


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


def make_screen(app: AdrApp, entry: Entry, *, diff: bool = False) -> HistoryScreen:
    """The History screen for ``entry`` (the app's ``h`` and ``d`` keys call this)."""
    catalog = next((c for c in app.catalogs if c.root == entry.root), None)
    return HistoryScreen(
        entry.decision,
        entry.root,
        app.settings,
        git=catalog.is_git if catalog is not None else True,
        at=catalog.at if catalog is not None else None,
        entry=entry,
        focus_diff=diff,
    )


class HistoryScreen(Screen[None]):
    """Every revision of one ADR, its status timeline, and what each revision changed."""

    HELP = (
        "The decision's Git history, newest first, with its status timeline on top. "
        "The highlighted revision's diff shows beside or below the list; [ and ] step to "
        "the older or newer revision, d moves into the diff. Press m on one revision and "
        "highlight another to compare the two. o shows the text as of a revision; s "
        f"switches to a side-by-side diff when the terminal has {SPLIT_MIN_WIDTH} columns."
    )
    HORIZONTAL_BREAKPOINTS = [(0, "-stacked"), (120, "-beside")]
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"history--status-{s.value}" for s in Status}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,h", "back", "Back", id="history.back", tooltip="Back (clears a mark)"),
        Binding("m", "mark", "Mark", id="history.mark", tooltip="Mark a revision to compare"),
        Binding("o", "open_version", "Open", id="history.open", tooltip="Text at this revision"),
        Binding("s", "toggle_split", "Split", id="history.split", tooltip="Side-by-side diff"),
        _hidden("left_square_bracket", "step(1)", "Older", "history.older", "Older revision"),
        _hidden("right_square_bracket", "step(-1)", "Newer", "history.newer", "Newer revision"),
        _hidden("d", "focus_diff", "Diff", "history.diff", "Move into the diff"),
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
    ) -> None:
        super().__init__()
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
            yield OptionList(id="history-revisions", markup=False)
            yield DiffView(id="history-diff")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Start reading the history (or explain why there is none)."""
        title = Text("History  ", style="bold", end="")
        title.append_text(render.heading(self.decision))
        self.query_one("#history-title", Static).update(title)
        self.sub_title = f"{self.decision.label} history"
        view = self.query_one(DiffView)
        if not self.git:
            self._unavailable(
                f"{self.root} is not a Git repository, so this decision has no history to "
                "show. Browsing, search and reading still work."
            )
            return
        self.query_one("#history-summary", Static).update(Text("Reading history…", style="dim"))
        view.show_message(Text("Reading history…", style="dim"))
        self.query_one(OptionList).focus()
        self.set_timer(LOADING_DELAY, self._show_spinner)
        self._load()

    def on_unmount(self) -> None:
        """Save parsed states and end the git processes without holding up the UI."""
        if self.history is not None:
            # The screen's own workers are cancelled on removal, and at exit the app
            # no longer runs workers; a daemon thread finishes the atomic cache write.
            threading.Thread(target=self.history.close, daemon=True).start()
            self.history = None

    def _show_spinner(self) -> None:
        if self.lineage is None and self.git and not self._failed and self.is_mounted:
            self.query_one("#history-body").loading = True

    def _unavailable(self, message: str) -> None:
        self._failed = True
        self.query_one("#history-body").loading = False
        self.query_one("#history-timeline", Static).display = False
        self.query_one(OptionList).display = False
        self.query_one("#history-summary", Static).update(Text("No history", style="bold"))
        view = self.query_one(DiffView)
        view.show_message(Text(message))
        view.focus()

    # -- workers ----------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="git", description="History")
    def _load(self) -> None:
        with collector_held("history"):  # reading every commit is the bulk of it
            self._load_held()

    def _load_held(self) -> None:
        worker = get_current_worker()
        try:
            history = load_history(self.root, self.settings, worker.cancelled_event, at=self.at)
        except AdrError as error:  # expected (no git, git refuses): said on this screen
            self.post_message(HistoryUnavailable(f"{error.title}: {error.message}"))
            return
        try:
            lineage = history.for_decision(self.decision.path)
        except AdrError as error:  # a file that was never committed has no history
            history.close()
            self.post_message(HistoryUnavailable(error.message))
            return
        except BaseException:
            history.close()
            raise
        if worker.is_cancelled:
            history.close()
            return
        self.post_message(HistoryLoaded(history, lineage))

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
            return  # a cancelled load ends in HistoryCancelled: asked for, not a failure
        if worker.description == "History":
            self._unavailable("The history could not be read (see the notification).")
        else:
            self.query_one(DiffView).show_message("This diff could not be computed.")
        self.app.report_worker(worker)

    # -- results ----------------------------------------------------------------

    def _status_styles(self) -> dict[Status, Style]:
        return {s: self.get_component_rich_style(f"history--status-{s.value}") for s in Status}

    @on(HistoryUnavailable)
    def _no_history(self, message: HistoryUnavailable) -> None:
        self._unavailable(message.reason)

    @on(HistoryLoaded)
    def _loaded(self, message: HistoryLoaded) -> None:
        self.history, self.lineage = message.history, message.lineage
        self.revisions = list(reversed(message.lineage.revisions))
        self.query_one("#history-body").loading = False
        self.query_one("#history-timeline", Static).update(
            timeline_text(message.lineage, self._status_styles())
        )
        summary = summary_text(message.lineage, message.history.notes)
        self.query_one("#history-summary", Static).update(summary)
        styles = self._status_styles()
        revisions = self.query_one(OptionList)
        revisions.set_options(Option(revision_text(r, styles=styles)) for r in self.revisions)
        revisions.highlighted = 0
        self._select(0)
        (self.query_one(DiffView) if self.focus_diff else revisions).focus()
        self.refresh_bindings()

    @on(OptionList.OptionHighlighted, "#history-revisions")
    def _highlighted(self, message: OptionList.OptionHighlighted) -> None:
        self._select(message.option_index)
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#history-revisions")
    def _selected(self, message: OptionList.OptionSelected) -> None:
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
        self.query_one(DiffView).show_diff(diff, heading)

    # -- actions ----------------------------------------------------------------

    def _cursor(self) -> int | None:
        index = self.query_one(OptionList).highlighted
        return index if self.revisions and index is not None else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that do not apply now."""
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
        revisions = self.query_one(OptionList)
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
            self.query_one(OptionList).highlighted = cursor + step

    def action_focus_diff(self) -> None:
        """Move the keyboard into the diff (scroll with j/k, space)."""
        self.query_one(DiffView).focus()

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
            self.query_one(OptionList).replace_option_prompt_at_index(index, prompt)
        self._select(cursor)

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
