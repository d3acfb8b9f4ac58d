"""Textual's Footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` recomposes (removes and mounts one widget per key, each
styled twice) on every bindings signal: every focus change and every
``refresh_bindings``, although the keys shown are usually the same. At start-up
that was eight rebuilds, ~40 ms of CPU on the UI thread before the list showed.
Its one real build (~15 ms: seven widgets) can also wait (``held``) until what
the user is waiting for is on screen.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

Shown = tuple[tuple[Binding, bool, str], ...]
"""Each key the footer would show: the binding, whether enabled, its tooltip."""


def shown_keys(screen: Screen[Any]) -> Shown:
    """What :meth:`Footer.compose` would show for ``screen`` (shown bindings and the palette)."""
    palette = screen.app.COMMAND_PALETTE_BINDING
    return tuple(
        (binding, enabled, tooltip)
        for key, (_, binding, enabled, tooltip) in screen.active_bindings.items()
        if binding.show or key == palette
    )


class KeyFooter(Footer):
    """A ``Footer`` that skips rebuilds which would show the same keys."""

    _shown: Shown | None = None

    def __init__(self, *, held: bool = False) -> None:
        """``held``: show no keys until :meth:`show_keys` (the keys work meanwhile)."""
        super().__init__()
        self._held = held

    def show_keys(self) -> None:
        """Build the keys of a footer made ``held``; no-op otherwise."""
        if self._held:
            self._held = False
            self.call_later(self.recompose)

    def compose(self) -> ComposeResult:
        """Textual's keys, each given its final ``compact`` before it mounts.

        A ``FooterKey`` starts compact and is then bound to the footer's (not
        compact): two restyles of each key at every build, ~13 in all, ~15 ms of
        the UI thread each time a screen with a footer was shown.
        """
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # Textual binds every key but the palette's, which stays compact.
                palette = widget.has_class("-command-palette")
                compact = True if palette else self.compact
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
            yield widget

    async def recompose(self) -> None:
        """Rebuild (as ``Footer`` does after each bindings signal) only when the keys differ.

        Read when the rebuild runs, as ``Footer.compose`` does: at the signal the
        screen may not have composed the widgets its ``check_action`` looks at.
        """
        if self._held or not self.is_attached or self._pruning:  # as Widget.recompose
            return
        keys = shown_keys(self.screen)
        if keys == self._shown:
            return
        self._shown = keys
        await super().recompose()
