"""The ADR view's list of related decisions (and the decisions its text mentions)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.strip import Strip
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

    _wrapped_width = -1
    """The width the rows were last wrapped for."""

    def render_line(self, y: int) -> Strip:
        """Wrap the rows again when a row is drawn at a new width.

        OptionList forgets its wrapped rows on its Resize event, which does not always
        come: with the text scrolled down, showing the contents pane narrowed the list
        without one, and it kept drawing rows wrapped for the wider pane, cut at the new
        edge (a link's title lost its last words). Replacing each prompt by itself is
        the public way to have every row measured and wrapped again.
        """
        width = self.scrollable_content_region.width
        if width != self._wrapped_width:
            self._wrapped_width = width
            for index, option in enumerate(self.options):
                self.replace_option_prompt_at_index(index, option.prompt)
        return super().render_line(y)
