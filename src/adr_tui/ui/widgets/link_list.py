"""The ADR view's list of related decisions (and the decisions its text mentions)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from adr_tui.ui.keymap import named_bindings, with_j_and_k


class LinkList(OptionList):
    """The related decisions; its keys carry ids (``list.…``) like every other binding.

    j and k move between the links, as in the contents and every other list: the
    screen's j and k scroll the text, which moved the page under a reader picking a link.
    """

    BINDINGS: ClassVar[list[BindingType]] = with_j_and_k(
        named_bindings(OptionList, "list"), "Next link", "Previous link"
    )
