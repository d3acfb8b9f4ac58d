"""The screen's keys on one line, drawn by one widget.

Textual's ``Footer`` mounts a widget per key (seven on Browse) and mounts them all
again whenever the keys shown change: every screen pushed (``enter``, ``h``) paid
~20 ms of the UI thread to compose, style and lay out its footer, and Browse's
start-up as much once its list was drawn. This footer draws the same line as
one widget: a key is a run of its text, clicked or hovered by column.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import Any, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

Shown = tuple[tuple[Binding, bool, str], ...]
"""Each key the footer shows: the binding, whether enabled, its tooltip."""

PALETTE_RULE = "▏"
"""Drawn left of the palette's key at the right end, as Textual's footer does."""

PALETTE_ACTIONS = frozenset({"command_palette", "app.command_palette"})
"""What a binding that opens the palette runs (Textual's own check): by its action, not
its key, the palette is found under whatever key a key map gives it."""


def shown_keys(screen: Screen[Any]) -> Shown:
    """The screen's keys to show, in order: one per action, then the palette's, if bound."""
    return tuple(
        (binding, enabled, tooltip)
        for _, binding, enabled, tooltip in screen.active_bindings.values()
        if binding.show or binding.action in PALETTE_ACTIONS
    )


class Item(NamedTuple):
    """A key drawn in the footer, from column ``start`` to ``end`` (exclusive)."""

    binding: Binding
    enabled: bool
    tooltip: str
    start: int
    end: int


FEW_COLOURS = frozenset({"standard", "windows"})
"""Rich's names of the terminals with 16 colours (or 8): theme colours are rounded to them."""


class KeyFooter(Widget, can_focus=False):
    """The keys of the screen it is on, redrawn only when they change."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "key-footer--key",
        "key-footer--description",
        "key-footer--hover",
        "key-footer--rule",
    }

    def __init__(self, *, held: bool = False) -> None:
        """``held``: show no keys until :meth:`show_keys` (the keys work meanwhile)."""
        super().__init__()
        self._held = held
        self._shown: Shown = ()
        self._items: list[Item] = []
        self._hover: Item | None = None

    @property
    def shown(self) -> Shown:
        """The keys shown now (the same tuple until they change)."""
        return self._shown

    def on_mount(self) -> None:
        """Follow the screen's keys (as Textual's footer does)."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        # A 16-colour terminal (TERM=xterm-16color) gets the theme's colours rounded to
        # its own: textual-light's blue keys on grey both became grey (app.tcss).
        self.set_class(self.app.console.color_system in FEW_COLOURS, "-few-colours")

    def on_unmount(self) -> None:
        """Stop following them."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def show_keys(self) -> None:
        """Show the keys of a footer made ``held``; no-op otherwise."""
        if self._held:
            self._held = False
            self._bindings_changed(self.screen)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        """Read the keys again (focus moved, or a check changed); redraw when they differ."""
        if self._held or screen is not self.screen:
            return
        keys = shown_keys(screen)
        if keys != self._shown:
            self._shown = keys
            self.refresh()

    def render(self) -> Text:
        """The line; where each key is drawn is kept for the pointer."""
        line, self._items = self._line(self.size.width)
        return line

    def _line(self, width: int) -> tuple[Text, list[Item]]:
        """The keys as one line ``width`` cells wide, and where each key is drawn.

        The palette's key stays at the right end, as in Textual's footer: on a narrow
        terminal the screen's last keys give way (whole), and the palette still names
        them all.
        """
        right, palette = self._palette_text()
        room = width - right.cell_len - len(PALETTE_RULE) if palette is not None else width
        if room < 0:  # not even the palette's key fits
            right, palette, room = Text(), None, width
        line, items = Text(no_wrap=True, overflow="crop", end=""), []
        for run in self._grouped([key for key in self._shown if key[0].show]):
            before = line.cell_len
            drawn = self._append(line, run)
            if line.cell_len > room:
                line.truncate(before)
                break
            items.extend(drawn)
        if palette is not None:
            binding, enabled, _ = palette
            line.append(" " * (room - line.cell_len))
            line.append(PALETTE_RULE, self.get_component_rich_style("key-footer--rule"))
            start = line.cell_len
            line.append_text(right)
            tip = binding.tooltip or binding.description
            items.append(Item(binding, enabled, tip, start, line.cell_len))
        if self._hover is not None:  # the key under the pointer, found again by its binding
            self._hover = next((i for i in items if i.binding == self._hover.binding), None)
        if self._hover is not None:
            hover = self.get_component_rich_style("key-footer--hover", partial=True)
            line.stylize(hover, self._hover.start, self._hover.end)
        return line, items

    def _palette_text(self) -> tuple[Text, tuple[Binding, bool, str] | None]:
        """The palette's key as drawn at the right end, and its key; none if not bound."""
        palette = [key for key in self._shown if key[0].action in PALETTE_ACTIONS]
        if not palette or not self.app.ENABLE_COMMAND_PALETTE:
            return Text(), None
        binding, enabled, _ = palette[0]
        right = self._key_text(binding, enabled, compact=True)
        right.append(" ")
        return right, palette[0]

    @staticmethod
    def _grouped(shown: list[tuple[Binding, bool, str]]) -> list[list[tuple[Binding, bool, str]]]:
        """The keys by action (a key bound twice is shown once), each alone or with its group.

        A run of one group's keys is drawn, or left out of a narrow line, as one.
        """
        by_action: defaultdict[str, list[tuple[Binding, bool, str]]] = defaultdict(list)
        for key in shown:
            by_action[key[0].action].append(key)
        runs = []
        for group, run in groupby((ks[0] for ks in by_action.values()), key=lambda k: k[0].group):
            keys = list(run)
            runs.extend([keys] if group is not None and len(keys) > 1 else [[k] for k in keys])
        return runs

    def _append(self, line: Text, run: list[tuple[Binding, bool, str]]) -> list[Item]:
        """Draw one run of keys: each with its description, or a group's keys then its name."""
        items = []
        group = run[0][0].group
        if group is not None and len(run) > 1:
            line.append(" ")
            for binding, enabled, tooltip in run:
                start = line.cell_len
                line.append_text(self._key_text(binding, enabled, compact=True, described=False))
                tip = tooltip or binding.description
                items.append(Item(binding, enabled, tip, start, line.cell_len))
            line.append(" ")
            line.append(group.description, self.get_component_rich_style("key-footer--description"))
            line.append(" ")
            return items
        for binding, enabled, tooltip in run:
            start = line.cell_len
            line.append_text(self._key_text(binding, enabled, compact=False))
            items.append(Item(binding, enabled, tooltip, start, line.cell_len))
        return items

    def _key_text(
        self, binding: Binding, enabled: bool, *, compact: bool, described: bool = True
    ) -> Text:
        """`` k Description `` (``k Description`` when compact), dimmed when it does not apply."""
        key = self.app.get_key_display(binding)
        pad = "" if compact else " "
        text = Text.assemble((f"{pad}{key}{pad}", self.get_component_rich_style("key-footer--key")))
        if described and binding.description:
            words = f" {binding.description}" if compact else f"{binding.description} "
            text.append(words, self.get_component_rich_style("key-footer--description"))
        if not enabled:
            text.stylize(Style(dim=True))
        return text

    def _item_at(self, x: int) -> Item | None:
        return next((item for item in self._items if item.start <= x < item.end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Highlight the key under the pointer and show what it does."""
        item = self._item_at(event.x)
        if item != self._hover:
            self._hover = item
            self.tooltip = item.tooltip if item is not None and item.tooltip else None
            self.refresh()

    def on_leave(self) -> None:
        """No key is under the pointer, and no tooltip is left for the next time it comes."""
        self.tooltip = None
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """Press the key clicked; a key that does not apply rings the bell."""
        item = self._item_at(event.x)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.binding.key)
        else:
            self.app.bell()
