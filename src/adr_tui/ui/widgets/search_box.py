"""The search box: posts one debounced ``Changed`` after the user pauses typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input

from adr_tui.ui.keymap import named_bindings

DEBOUNCE_SECONDS = 0.15
"""Pause after the last key before a search starts."""

LEAVING = frozenset({"submit", "leave"})
"""The box's actions that hand the focus back to the list."""


class SearchBox(Input):
    """An ``Input`` that waits for a typing pause before announcing its value."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *named_bindings(Input, "input"),  # Textual's editing keys, with ids
        Binding(
            "escape",
            "leave",
            "Back to list",  # shown: in the box, letters type, so the footer had no way out
            id="search.leave",
            tooltip="Keep the search and return to the list",
        ),
        Binding(
            "down", "leave", "To list", show=False, id="search.to_list", tooltip="Move to the list"
        ),
    ]

    class Settled(Message):
        """The text stopped changing for :data:`DEBOUNCE_SECONDS`."""

        def __init__(self, box: SearchBox, value: str) -> None:
            super().__init__()
            self.box = box
            self.value = value

        @property
        def control(self) -> SearchBox:
            """The search box that posted the message."""
            return self.box

    def __init__(
        self,
        *,
        leave_to: str,
        key: str = "/",
        on_search: Callable[[str], None] | None = None,
        id: str | None = None,  # noqa: A002
    ) -> None:
        """``leave_to``: the selector of the widget enter and escape go to (the list).

        ``key``: the key that moves here, named in the placeholder; ``on_search``: called
        with the words when the box is left with words not yet searched, before the keys
        typed after it are read; ``id``: Textual's.
        """
        super().__init__(placeholder=f"Search  ( {key} )", id=id, select_on_focus=False)
        self._timer: Timer | None = None
        self._leave_to = leave_to
        self._on_search = on_search
        self._searched = ""
        """The words last posted as Settled."""

    def _watch_value(self, value: str) -> None:
        # Input sets its virtual width to the text's on every key, and a changed
        # virtual size re-lays out the whole screen (every scroll bar redrawn):
        # ~5 ms per key at 120 columns. The box is one line high and its size never
        # changes, so the width is set without a layout; the rest is Input's.
        self.set_reactive(Widget.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    def _on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._settle)

    async def _on_key(self, event: events.Key) -> None:
        """Keys in the order typed, also in a burst (a fast typist, tmux send-keys).

        The app hands every key of a burst to the box before the box reads any, and a
        binding's action runs after the keys queued behind it: '/redis', enter, 'j'
        searched for 'redisj'. So the keys that leave the box are read here, in turn.
        The app holds the keys typed behind them (``AdrApp.on_event``); a key the box
        still reads once it has been left (a click moved the focus) goes back to the app.
        """
        focused = self.screen.focused
        if focused is not None and focused is not self:
            event.stop()
            event.prevent_default()
            self.app.post_message(events.Key(event.key, event.character))
        elif not event.is_printable and self._leaves_on(event.key):
            event.stop()
            event.prevent_default()
            self.action_leave()
        else:
            await super()._on_key(event)

    def _leaves_on(self, key: str) -> bool:
        """Whether ``key`` submits the search or leaves the box, as the key map binds it."""
        active = self.screen.active_bindings.get(key)
        return active is not None and active.node is self and active.binding.action in LEAVING

    async def action_submit(self) -> None:
        """Enter (as a binding: from the palette or a key map): search now, go to the list."""
        self.action_leave()

    def _settle(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = None
        self._searched = self.value
        self.post_message(self.Settled(self, self.value))

    def action_leave(self) -> None:
        """Hand focus back to the list, searching now for what was typed."""
        # Not only a running timer: in a burst, enter is read before the Changed
        # message of the keys typed before it, so no timer is running yet.
        if self._timer is not None or self.value != self._searched:
            if self._on_search is not None:
                self._on_search(self.value)
            self._settle()
        self.screen.set_focus(self.screen.query_one(self._leave_to))
