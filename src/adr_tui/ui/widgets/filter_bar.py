"""The filter panel: status, tag, decider (and repository) choices with live counts."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from adr_tui.core.text import inert_line
from adr_tui.ui.listing import Facets, Query

FACET_TITLES = {"status": "Status", "tag": "Tags", "decider": "Deciders", "repo": "Repository"}
"""Facet headings, in display order."""

MAX_VALUES = 40
"""Values listed per facet; the long tail is reachable through search."""


def _selected(query: Query, facet: str) -> frozenset[str]:
    if facet == "status":
        return frozenset(s.value for s in query.statuses)
    return {"tag": query.tags, "decider": query.deciders, "repo": query.repos}[facet]


class FilterBar(Vertical):
    """Facet choices: space or enter toggles one; counts follow the other filters."""

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

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static("Filters", classes="panel-title")
        yield SelectionList[str](id="facets")

    def show(self, facets: Facets, query: Query) -> None:
        """Rebuild the choices from fresh counts, keeping the highlighted line."""
        selections: list[Selection[str]] = []
        for facet, title in FACET_TITLES.items():
            values = facets.get(facet, [])
            chosen = _selected(query, facet)
            if facet == "repo" and len({v for v, _, _ in values} | chosen) < 2:
                continue
            selections.append(Selection(Text(title, style="bold"), f"#{facet}", disabled=True))
            listed = values[:MAX_VALUES]
            shown = {v for v, _, _ in listed}
            listed += [(v, v, 0) for v in sorted(chosen) if v not in shown]
            for value, name, count in listed:
                label = Text(inert_line(name), end="")
                label.append(f" ({count})", style="dim")
                selections.append(Selection(label, f"{facet}:{value}", value in chosen))
        facet_list = self.query_one("#facets", SelectionList)
        highlighted = facet_list.highlighted
        with facet_list.prevent(SelectionList.SelectedChanged):
            facet_list.clear_options()
            facet_list.add_options(selections)
        if highlighted is not None and selections:
            facet_list.highlighted = min(highlighted, len(selections) - 1)

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        event.stop()
        facet, _, value = event.selection.value.partition(":")
        self.post_message(self.Toggled(self, facet, value))
