"""The Browse preview: the highlighted decision's metadata and the start of its body.

The metadata is shown at once; the body is read in a thread worker (a warm start
leaves bodies in their files, see core/snapshot.py, and a slow disk or a 5 MB
body must not hold the cursor). The worker is exclusive, so fast ``j``/``k``
cancels the reads of the decisions passed over.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from adr_tui.core.model import Decision
from adr_tui.core.supersession import Lookup
from adr_tui.ui import render

if TYPE_CHECKING:
    from adr_tui.ui.preview_body import Hanging

BLANK = Text("")
"""An empty line between the parts of the preview."""


class Preview(VerticalScroll, can_focus=False):
    """Plain text only: cheap to redraw on every cursor move."""

    _shown: tuple[Decision, bool, dt.date | None, Lookup | None] | None = None
    """The decision on show and whether it is in force (None: the pane is empty)."""
    _head: tuple[RenderableType, ...] = ()
    """The shown decision's heading and metadata, above its body."""
    _body: tuple[Decision, Hanging] | None = None
    """The last body read, and whose."""

    class BodyRead(Message):
        """A decision's body was read and laid out as the preview shows it."""

        def __init__(self, decision: Decision, body: Hanging) -> None:
            super().__init__()
            self.decision = decision
            self.body = body

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="preview-text", markup=False)

    def show(
        self,
        decision: Decision | None,
        *,
        in_force: bool = True,
        banner: Text | None = None,
        created: dt.date | None = None,
        lookup: Lookup | None = None,
    ) -> None:
        """Show ``decision`` (None clears the pane); ``in_force`` False badges it SUPERSEDED.

        ``lookup`` (its catalogue) names each linked decision by number and title, as
        the ADR view and ``show`` do.
        ``banner`` (see :func:`~adr_tui.ui.render.banner`) heads a decision no longer in
        force, as in the ADR view: what replaced it, and what governs now. ``created``
        (when Git first saw the file) is said beside an undated decision's dash.

        The same decision object again (a new search landing on the same first
        hit, a cursor announcement after new rows) is a no-op: wrapping its text
        and the layout it triggers cost more than the list's own update.
        The heading and metadata show now, with no body under them (never the
        previous decision's) until :meth:`_read_body` has read it.
        """
        was = self._shown
        if (was is None and decision is None) or (
            was is not None and was[0] is decision and was[1:] == (in_force, created, lookup)
        ):
            return
        self._shown = None if decision is None else (decision, in_force, created, lookup)
        target = self.query_one("#preview-text", Static)
        if decision is None:
            self.workers.cancel_group(self, "preview")
            target.update(Text(""))
            return
        meta = render.metadata(decision, lookup=lookup, in_force=in_force, created=created)
        # A group, not one Text: the metadata's values wrap under their own column.
        self._head = (Text.assemble(render.heading(decision), "\n"), meta, BLANK)
        if banner is not None:
            self._head = (Text.assemble(banner, "\n"), *self._head)
        read = self._body
        if read is not None and read[0] is decision:  # a new badge alone: the body is known
            target.update(Group(*self._head, read[1]))
        else:
            target.update(Group(*self._head))
            self._read_body(decision)
        self.scroll_home(animate=False)

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="preview",
        description="Reading the decision",
    )
    def _read_body(self, decision: Decision) -> None:
        # Imported here, in the worker: its patterns wait until a body is first shown.
        from adr_tui.ui.preview_body import body_preview

        body = body_preview(decision)  # reads the file of a body left in it
        if not get_current_worker().is_cancelled:
            self.post_message(self.BodyRead(decision, body))

    @on(BodyRead)
    def _body_read(self, message: BodyRead) -> None:
        message.stop()
        shown = self._shown
        if shown is None or shown[0] is not message.decision:
            return  # read for a decision the cursor has left: its cancellation came late
        self._body = (message.decision, message.body)
        self.query_one("#preview-text", Static).update(Group(*self._head, message.body))
