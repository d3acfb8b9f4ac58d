"""The Browse preview: the highlighted decision's metadata and the start of its body."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from adr_tui.core.model import Decision
from adr_tui.ui import render


class Preview(VerticalScroll, can_focus=False):
    """Plain text only: cheap to redraw on every cursor move."""

    _shown: tuple[Decision, bool] | None = None
    """The decision on show and whether it is in force (None: the pane is empty)."""

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="preview-text", markup=False)

    def show(self, decision: Decision | None, *, in_force: bool = True) -> None:
        """Show ``decision`` (None clears the pane); ``in_force`` False badges it SUPERSEDED.

        The same decision object again (a new search landing on the same first
        hit, a cursor announcement after new rows) is a no-op: wrapping its text
        and the layout it triggers cost more than the list's own update.
        """
        was = self._shown
        if (was is None and decision is None) or (
            was is not None and was[0] is decision and was[1] == in_force
        ):
            return
        self._shown = None if decision is None else (decision, in_force)
        target = self.query_one("#preview-text", Static)
        if decision is None:
            target.update(Text(""))
            return
        meta = render.metadata(decision, in_force=in_force)
        target.update(
            Text.assemble(
                render.heading(decision), "\n\n", meta, "\n\n", render.body_preview(decision)
            )
        )
        self.scroll_home(animate=False)
