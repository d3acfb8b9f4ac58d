"""Session 9 review (S5): the links list re-wraps through Textual's public API only.

It overrode OptionList's private ``_size_updated`` and called ``_clear_caches``: a Textual
upgrade could change either without a word. test_walk19_links pins the re-wrapping itself.
"""

from __future__ import annotations

from inspect import isfunction

from textual.widgets import OptionList

from adr_tui.ui.widgets.link_list import LinkList


def test_the_links_list_overrides_no_private_textual_method() -> None:
    private = [
        name
        for name, value in vars(LinkList).items()
        if isfunction(value) and name.startswith("_") and hasattr(OptionList, name)
    ]
    assert private == []
