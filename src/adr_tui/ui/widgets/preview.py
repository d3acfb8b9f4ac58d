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

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="preview-text", markup=False)

    def show(self, decision: Decision | None) -> None:
        """Show ``decision`` (None clears the pane)."""
        target = self.query_one("#preview-text", Static)
        if decision is None:
            target.update(Text(""))
            return
        meta = render.metadata(decision)
        target.update(
            Text.assemble(
                render.heading(decision), "\n\n", meta, "\n\n", render.body_preview(decision)
            )
        )
        self.scroll_home(animate=False)
