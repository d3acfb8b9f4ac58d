"""Small modal screens: the error box and "go to ADR"."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from adr_tui.core.catalog import not_found
from adr_tui.core.text import inert
from adr_tui.ui.keymap import SCREEN_BINDINGS, named_bindings


class OkButton(Button):
    """A button whose key carries an id (``button.press``) like every other binding."""

    BINDINGS: ClassVar[list[BindingType]] = named_bindings(Button, "button")


class TextInput(Input):
    """An input whose editing keys carry ids (``input.…``) like every other binding."""

    BINDINGS: ClassVar[list[BindingType]] = named_bindings(Input, "input")


class ErrorModal(ModalScreen[None]):
    """An ``AdrError`` explained: its title, its message, one button."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding("escape,enter", "dismiss", "Close", id="error.close", tooltip="Close"),
    ]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.error_title = title
        self.error_message = message

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        with Vertical(id="error-box", classes="dialog"):
            yield Static(
                Text(inert(self.error_title), style="bold"), markup=False, classes="dialog-title"
            )
            yield Static(Text(inert(self.error_message)), markup=False)
            yield OkButton("OK", id="error-ok")

    @on(Button.Pressed)
    def _close(self) -> None:
        self.dismiss()


class GotoModal(ModalScreen[str | None]):
    """Ask for an ADR number, id or path; dismisses with a text that names one (None: cancelled).

    A name that names nothing keeps the dialog open, says so under what was typed,
    and leaves it there to correct.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding("escape", "cancel", "Cancel", id="goto.cancel", tooltip="Cancel"),
    ]

    def __init__(self, names_any: Callable[[str], bool], as_of: str | None = None) -> None:
        super().__init__()
        self._names_any = names_any
        self._as_of = as_of

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        with Vertical(id="goto-box", classes="dialog"):
            yield Static(Text("Go to ADR", style="bold"), markup=False, classes="dialog-title")
            yield TextInput(placeholder="number (12) or words of a title", id="goto-input")
            yield Static(id="goto-none", markup=False)

    @on(Input.Submitted)
    def _submitted(self, message: Input.Submitted) -> None:
        name = message.value.strip()
        if not name or self._names_any(name):
            self.dismiss(name or None)
            return
        said = self.query_one("#goto-none", Static)
        said.update(Text(inert(not_found(name, self._as_of).message)))
        said.display = True

    def action_cancel(self) -> None:
        """Close without going anywhere."""
        self.dismiss(None)
