"""The filter panel: status, tag, decider (and repository) choices with live counts.

An ``OptionList`` rather than a ``SelectionList``: the chosen state is written
as ``[x]`` in the label, so it reads without colour (16 colours, NO_COLOR).
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from adr_tui.core.model import Status
from adr_tui.core.text import inert_line
from adr_tui.ui.fields import status_label
from adr_tui.ui.keymap import named_bindings
from adr_tui.ui.listing import Facets, Query
from adr_tui.ui.widgets.adr_list import fit_middle

FACET_TITLES = {"status": "Status", "tag": "Tags", "decider": "Deciders", "repo": "Repository"}
"""Facet headings, in display order."""

MAX_VALUES = 40
"""Values listed per facet; the long tail is reachable through search."""

NO_VALUES = "  none in these ADRs"
"""Under a facet no listed ADR has (many logs name no tags or deciders at all)."""


SHORT_CUT = 3
"""Cells a name of one word ('axis-translate') may lose in its middle before it takes a
second line instead."""


def _selected(query: Query, facet: str) -> frozenset[str]:
    if facet == "status":
        return frozenset(s.value for s in query.statuses)
    return {"tag": query.tags, "decider": query.deciders, "repo": query.repos}[facet]


def _named(facet: str, value: str, name: str) -> str:
    """A status as its badge says it: 'unknown (2)' stood beside rows that said NO STATUS."""
    return status_label(Status(value)).lower() if facet == "status" else name


def _label(name: str, count: int, chosen: bool, width: int) -> Text:
    """``[x] name (count)`` in ``width`` cells: a long name takes a second line, never the count.

    Wrapped by the list, the count stood alone under its name and read as a line of its own;
    cut at the end, two deciders ('council-archite…' for '…architecture' and
    '…architecture-review') read the same. So a long name's first words go on the first
    line and the rest under them, cut in the middle when still too long (names differ at
    their ends as often as not); one word a few cells too long is cut in the middle.
    """
    style = "bold" if chosen else ""
    label = Text("[x] " if chosen else "[ ] ", style=style, end="")
    counted = f" ({count})"
    room = max(1, width - len(label))  # the name's cells on a line, less the mark
    last = max(1, room - len(counted))  # on the line that ends with the count
    text = inert_line(name)
    if cell_len(text) > last:
        # A slug a few cells over: a second line for them read 'axis-' over 'translate'.
        slug = " " not in text and cell_len(text) <= last + SHORT_CUT
        first, rest = (text, "") if slug else _first_line(text, room)
        if rest:
            label.append(first + "\n" + " " * len(label), style=style)
            text = rest
        if cell_len(text) > last:
            text = fit_middle(text, last)
    label.append(text, style=style)
    label.append(counted, style="dim")
    return label


def _first_line(text: str, room: int) -> tuple[str, str]:
    """``text`` split at the last space (or after the last hyphen) in ``room`` cells.

    A name that fits whole (but not beside its count) leaves its last word to the rest.
    The rest is "" when there is no such place: one word is cut in the middle instead.
    """
    fits = used = 0
    for char in text:
        used += get_character_cell_size(char)
        if used > room:
            break
        fits += 1
    if fits < len(text) and text[fits] == " ":
        return text[:fits].rstrip(), text[fits:].strip()
    end = min(fits, len(text) - 1)  # a break before the last character at least
    at = max(text.rfind(" ", 0, end), text.rfind("-", 0, end) + 1)
    return (text[:at].rstrip(), text[at:].strip()) if at > 0 else (text, "")


class FacetList(OptionList):
    """Facet values; space or enter toggles the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *named_bindings(OptionList, "list"),  # Textual's list keys, with ids
        Binding(
            "space",
            "select",
            "Toggle",
            show=False,
            id="filters.toggle",
            tooltip="Add or remove this value from the filter",
        ),
        Binding("j", "cursor_down", "Down", show=False, id="filters.down", tooltip="Next value"),
        Binding("k", "cursor_up", "Up", show=False, id="filters.up", tooltip="Previous value"),
    ]


class FilterBar(Vertical):
    """Facet choices: counts follow the other filters and the search."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Escape used to reach Browse's "clear everything": one key undid every choice made.
        Binding(
            "escape,f",
            "screen.toggle_filters",
            "Close",
            id="filters.close",
            tooltip="Close the panel; the chosen filters stay",
        ),
        Binding(
            "c",
            "screen.clear",
            "Clear all",
            id="filters.clear",
            tooltip="Clear the search and every filter",
        ),
        # Sorting still works here; its footer place goes to the panel's own keys
        # (the footer shows six keys at most).
        Binding(
            "s",
            "screen.cycle_sort",
            "Sort",
            show=False,
            id="filters.sort",
            tooltip="Sort by number, date, title or relevance",
        ),
    ]

    class Toggled(Message):
        """The user toggled one facet value."""

        def __init__(self, bar: FilterBar, facet: str, value: str) -> None:
            super().__init__()
            self.bar = bar
            self.facet = facet
            self.value = value

        @property
        def control(self) -> FilterBar:
            """The filter bar that posted the message."""
            return self.bar

    _shown: tuple[Facets, Query] | None = None
    """What the panel shows, to lay it out again at a new width."""

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static("Filters", classes="panel-title")
        yield FacetList(id="facets")

    def show(self, facets: Facets, query: Query) -> None:
        """Rebuild the choices from fresh counts, keeping the highlighted line."""
        self._shown = (facets, query)
        facet_list = self.query_one(FacetList)
        # Room for a line, less the scroll bar that a long list shows; none before layout.
        width = facet_list.size.width
        width = width - facet_list.styles.scrollbar_size_vertical if width else 10_000
        options: list[Option] = []
        for facet, title in FACET_TITLES.items():
            values = facets.get(facet, [])
            chosen = _selected(query, facet)
            if facet == "repo" and len({v for v, _, _ in values} | chosen) < 2:
                continue
            options.append(Option(Text(title, style="bold"), id=f"#{facet}", disabled=True))
            listed = values[:MAX_VALUES]
            shown = {v for v, _, _ in listed}
            listed += [(v, v, 0) for v in sorted(chosen) if v not in shown]
            if not listed:  # a bare heading reads as a broken panel, not as "none"
                options.append(Option(Text(NO_VALUES, style="dim"), disabled=True))
            options += [
                Option(
                    _label(_named(facet, value, name), count, value in chosen, width),
                    id=f"{facet}:{value}",
                )
                for value, name, count in listed
            ]
        highlighted = facet_list.highlighted
        facet_list.clear_options()
        facet_list.add_options(options)
        if options:
            first = next((i for i, o in enumerate(options) if not o.disabled), None)
            keep = highlighted if highlighted is not None else first
            if keep is not None:
                facet_list.highlighted = min(keep, len(options) - 1)

    def on_resize(self) -> None:
        """Fit the names to the new width (the panel narrows below 100 columns)."""
        self.call_after_refresh(self._show_again)

    def _show_again(self) -> None:
        if self._shown is not None:  # read now: newer counts may have come meanwhile
            self.show(*self._shown)

    @on(OptionList.OptionSelected, "#facets")
    def _toggled(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        facet, _, value = (event.option.id or "").partition(":")
        if value:
            self.post_message(self.Toggled(self, facet, value))
