"""The ADR view's list of related decisions (and the decisions its text mentions)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.geometry import Size
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

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Forget the rows wrapped for another width as soon as the width changes.

        OptionList forgets them on its Resize event, which does not always come: with the
        text scrolled down, showing the contents pane narrowed the list without one, and
        it kept drawing rows wrapped for the wider pane, cut at the new edge (a link's
        title lost its last words).
        """
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if size.width != self._wrapped_width:
            self._wrapped_width = size.width
            self._clear_caches()
        return resized

    _wrapped_width = -1
    """The width the rows were last wrapped for."""
