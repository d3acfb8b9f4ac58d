"""Version: an ADR's file as it stood after one revision (``o`` on the History screen).

Read-only and literal, with line numbers. The blob is read in a ``git`` worker,
which posts one message; the handler fills the view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from adr_tui.core.diffs import is_binary
from adr_tui.core.history import History, Revision
from adr_tui.core.model import Decision
from adr_tui.ui import render
from adr_tui.ui.keymap import SCREEN_BINDINGS
from adr_tui.ui.widgets.key_footer import KeyFooter
from adr_tui.ui.widgets.source_view import SourceView
from adr_tui.ui.widgets.timeline import stamp

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp


@dataclass
class VersionRead(Message, bubble=False):
    """A past version's text was read (or why it cannot be shown)."""

    text: str | None
    """The file text; None when it cannot be shown."""
    notice: str = ""
    """Why not (binary, missing object)."""


class VersionScreen(Screen[None]):
    """An ADR's text as of one revision: read-only, literal, with line numbers."""

    app: AdrApp

    HELP = (
        "The decision's file as it stood after one revision (read-only). Long lines fold "
        "at the edge; w keeps them whole, to scroll sideways. Escape goes back."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding("escape,o", "app.pop_screen", "Back", id="version.back", tooltip="Back to history"),
    ]

    def __init__(self, decision: Decision, history: History, revision: Revision) -> None:
        super().__init__()
        self.decision = decision
        self.history = history
        self.revision = revision

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="version-title", markup=False)
        yield SourceView(id="version-source")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Say which version this is and read it."""
        rev = self.revision
        title = Text(f"{self.decision.label} as of {rev.short[:7]}  ", style="bold", end="")
        title.append(stamp(rev.author_date))
        title.append_text(render.plain(f"  {rev.path}", "dim"))
        if rev.blob is None:
            title.append("  (deleted here: the text before deletion)", style="bold")
        self.query_one("#version-title", Static).update(title)
        self.sub_title = f"{self.decision.label} at {rev.short[:7]}"
        self.query_one(SourceView).loading = True
        self.query_one(SourceView).focus()
        self._read()

    @work(thread=True, exclusive=True, exit_on_error=False, group="git", description="Version")
    def _read(self) -> None:
        blob = self.revision.blob or self.revision.old_blob
        data = self.history.read_blobs([blob]).get(blob) if blob else None
        if data is None:
            message = VersionRead(None, "This version's file is missing from this clone.")
        elif is_binary(data):
            message = VersionRead(None, "Binary content: not shown.")
        else:
            message = VersionRead(data.decode("utf-8", "replace"))
        if not get_current_worker().is_cancelled:
            self.post_message(message)

    @on(VersionRead)
    def _shown(self, message: VersionRead) -> None:
        source = self.query_one(SourceView)
        source.loading = False
        source.load_text(message.text if message.text is not None else message.notice)

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        if event.worker.state is WorkerState.ERROR:
            self.query_one(SourceView).loading = False
            self.app.report_worker(event.worker)
