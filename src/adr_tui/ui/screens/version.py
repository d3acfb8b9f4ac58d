"""Version: an ADR's file as it stood after one revision (``o`` on the History screen).

Read-only: literal with line numbers, or (``v``) rendered as Markdown like the ADR
view. The blob is read in a ``git`` worker, which posts one message; the handler
fills the views.
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

from adr_tui.core.adrnames import is_markdown
from adr_tui.core.diffs import as_text
from adr_tui.core.history import History, Revision
from adr_tui.core.model import Decision
from adr_tui.core.text import inert
from adr_tui.ui import render
from adr_tui.ui.keymap import SCREEN_BINDINGS, TextScroll
from adr_tui.ui.widgets.key_footer import KeyFooter
from adr_tui.ui.widgets.markdown_text import MarkdownText, cut_for_markdown
from adr_tui.ui.widgets.source_view import SourceText, SourceView, prepare
from adr_tui.ui.widgets.timeline import stamp

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp


@dataclass
class VersionRead(Message, bubble=False):
    """A past version's text was read (or why it cannot be shown)."""

    text: SourceText | None
    """The file text, measured for the view; None when it cannot be shown."""
    notice: str = ""
    """Why not (binary, missing object)."""
    body: str = ""
    """The text below its front matter, made inert and cut for the rendered view."""


class VersionScreen(Screen[None]):
    """An ADR's text as of one revision: read-only, literal, with line numbers."""

    app: AdrApp

    HELP = (
        "The decision's file as it stood after one revision (read-only). Long lines fold "
        "at the edge; {source.wrap} keeps them whole, to scroll sideways. {version.rendered} "
        "shows the text rendered as Markdown, as the ADR view does, and {version.rendered} "
        "again the file. Escape goes back."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding("escape,o", "app.pop_screen", "Back", id="version.back", tooltip="Back to history"),
        # One key named for where it goes, as in the ADR view: the footer said "v Rendered"
        # over the rendered text too. check_action hides the one that does not apply.
        Binding(
            "v",
            "toggle_rendered(True)",
            "Rendered",
            id="version.rendered",
            tooltip="The text rendered as Markdown",
        ),
        Binding(
            "v",
            "toggle_rendered(False)",
            "Source",
            id="version.rendered",
            tooltip="The file as stored, with line numbers",
        ),
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
        with TextScroll(id="version-rendered"):
            yield MarkdownText(id="version-markdown")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Say which version this is and read it."""
        rev = self.revision
        # An unnumbered record's label is its file name, which the path below repeats.
        which = f"{self.decision.label} as of" if self.decision.number is not None else "As of"
        title = Text(f"{which} {rev.short[:7]}  ", style="bold", end="")
        title.append(stamp(rev.author_date))
        title.append_text(render.plain(f"  {rev.path}", "dim"))
        if rev.blob is None:
            title.append("  (deleted here: the text before deletion)", style="bold")
        self.query_one("#version-title", Static).update(title)
        self.sub_title = f"{self.decision.label} at {rev.short[:7]}"
        self.query_one("#version-rendered").display = False
        self.query_one(SourceView).loading = True
        self.query_one(SourceView).focus()
        self._read()

    @work(thread=True, exclusive=True, exit_on_error=False, group="git", description="Version")
    def _read(self) -> None:
        rev = self.revision
        blob = rev.blob or rev.old_blob
        # A section of a log file: as its file wrote it then, numbered as its lines were.
        shown = rev.shown if rev.blob else rev.old_shown
        blob, first = (shown.blob, shown.line) if shown else (blob, 1)
        data = self.history.read_blobs([blob]).get(blob) if blob else None
        text = as_text(data) if data is not None else None
        if data is None:
            message = VersionRead(None, "This version's file is missing from this clone.")
        elif text is None:
            message = VersionRead(None, "Binary content: not shown.")
        else:
            body = cut_for_markdown(inert(_below_front_matter(text)))  # not on the UI thread
            message = VersionRead(prepare(text, first), body=body)
        if not get_current_worker().is_cancelled:
            self.post_message(message)

    @on(VersionRead)
    def _shown(self, message: VersionRead) -> None:
        source = self.query_one(SourceView)
        source.loading = False
        source.load_text(message.text if message.text is not None else message.notice)
        self._readable = message.text is not None and is_markdown(self.revision.path)
        if self._readable:  # drawn in a worker, ready for v
            self.query_one(MarkdownText).update(message.body)
        self.refresh_bindings()

    @on(MarkdownText.Ready)
    @on(MarkdownText.Redrawn)
    def _drawn(self, message: MarkdownText.Ready | MarkdownText.Redrawn) -> None:
        message.stop()  # no contents pane here to fill

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim v until a Markdown text has been read (never for a binary or missing one)."""
        if action == "toggle_rendered":
            shown = self.is_mounted and self.query_one("#version-rendered").display
            if parameters and parameters[0] is shown:  # only the way out of the view on show
                return False
            return self._readable or None
        return True

    def action_toggle_rendered(self, rendered_wanted: bool | None = None) -> None:
        """Switch between the text rendered as Markdown and the file as stored (or to one)."""
        rendered = self.query_one("#version-rendered")
        if rendered_wanted is not None and rendered.display == rendered_wanted:
            return
        source = self.query_one(SourceView)
        rendered.display = not rendered.display
        # Focus first: Textual drops it from a widget hidden while focused.
        self.set_focus(rendered if rendered.display else source)
        source.display = not rendered.display
        self.refresh_bindings()  # the footer names the other view

    _readable = False
    """The version was read and is Markdown: it can be rendered."""

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        if event.worker.state is WorkerState.ERROR:
            self.query_one(SourceView).loading = False
            self.app.report_worker(event.worker)


def _below_front_matter(text: str) -> str:
    """(Worker) ``text`` without its YAML front matter: rendered, it read as a heading."""
    from adr_tui.core.parsing.front_matter import read_front_matter  # YAML, off the UI thread

    return text[read_front_matter(text).body_start :]
