"""Help: what the current screen is for, and the keys that work right now (generated)."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Static

from adr_tui.ui.keymap import SCREEN_BINDINGS, TextScroll, import_screens, shown_key
from adr_tui.ui.widgets.key_footer import KeyFooter

GENERAL = (
    "ctrl+p opens the command palette: every action as 'category: verb', and "
    "'jump to' any ADR by number or title."
)


_KEY_OF = re.compile(r"\{([a-z_]+\.[a-z_]+)\}")
"""A key named in a screen's ``HELP`` prose by its binding id: ``Type after {browse.search}``."""


def with_keys(text: str, screen: Screen[object]) -> str:
    """``text`` with each ``{binding.id}`` written as the key that binding has now.

    The prose followed the default keys: with ``"browse.search" = "ctrl+f"`` in
    keymap.toml, Help still said "Type after /".
    """
    defaults = _declared_keys()

    def key(match: re.Match[str]) -> str:
        default = defaults.get(match[1])
        return match[1] if default is None else shown_key(screen.app, match[1], default)

    return _KEY_OF.sub(key, text)


def _declared_keys() -> dict[str, str]:
    """Each binding id any screen, widget or app class declares, and its keys.

    Every class, not only those on screen or imported yet: the filter panel's module
    loads with its first ``f``, and Browse's prose names its keys.
    """
    import_screens()
    found: dict[str, str] = {}
    classes: list[type[DOMNode]] = [DOMNode]
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding) and binding.id:
                found.setdefault(binding.id, binding.key)
    return found


def help_title(screen: Screen[object]) -> str:
    """What Help calls ``screen``: its ``HELP_TITLE``, else its class name less 'Screen'."""
    title = getattr(screen, "HELP_TITLE", None)
    return title if isinstance(title, str) else type(screen).__name__.removesuffix("Screen")


def bindings_table(screen: Screen[object]) -> Table:
    """The live bindings of ``screen``'s focused widget, its screen and the app.

    Read from ``Screen.active_bindings`` so the table is never out of date;
    keys that do not apply now are listed as dimmed.
    """
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column()  # what the key does: the tooltip, which says more than the label
    table.add_column(no_wrap=True)
    app = screen.app
    seen: set[str] = set()
    # Plain scrolling last: over an ADR at 80x24 the text's six scroll keys came first
    # and pushed the screen's own (v, t, l, [, ]) below the fold.
    ordered = sorted(
        screen.active_bindings.items(),
        key=lambda item: (item[1].binding.id or "").startswith("scroll."),
    )
    for key, active in ordered:
        binding = active.binding
        # One row per action, its keys together: j (source.down, 'Down') and the arrow
        # (scroll.down, 'Scroll Down') were two rows, each listing both keys.
        if binding.system or binding.action in seen or _sideways_idle(active.node, binding):
            continue
        seen.add(binding.action)
        style = "" if active.enabled else "dim"
        display = app.get_key_display(binding)
        same = {
            k: b.binding
            for k, b in screen.active_bindings.items()
            if b.binding.action == binding.action
        }
        keys = [app.get_key_display(b) for k, b in same.items() if k != key]
        # Every id that moves one of these keys (q is app.quit, ctrl+q app.quit_anywhere).
        ids = dict.fromkeys(b.id for b in [binding, *same.values()] if b.id)
        does = active.tooltip or binding.tooltip or binding.description or binding.action
        table.add_row(
            Text(" ".join([display, *keys]), style=f"bold {style}".strip()),
            Text(does, style=style),
            # The names keymap.toml overrides use, one a line: side by side, the widest
            # ('app.quit_anywhere app.quit') ran past an 80-column Help's edge, cut.
            Text("\n".join(ids), style="dim italic"),
        )
    return table


_SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


def _sideways_idle(node: DOMNode, binding: Binding) -> bool:
    """Whether ``binding`` scrolls ``node`` sideways and ``node`` cannot scroll so now.

    Problems listed ← Scroll Left … Page Right for a list that never scrolls sideways.
    """
    return (
        binding.action in _SIDEWAYS
        and isinstance(node, Widget)
        and not node.allow_horizontal_scroll
    )


class HelpScreen(ModalScreen[None]):
    """A modal over the screen it explains."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding(
            "escape,question_mark,f1,q", "dismiss", "Close", id="help.close", tooltip="Close help"
        ),
    ]

    def __init__(self, target: Screen[object]) -> None:
        super().__init__()
        self.target = target

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        about = with_keys(getattr(self.target, "HELP", None) or "adr-tui", self.target)
        with TextScroll(id="help-box"):
            yield Static(
                Text(f"Help: {help_title(self.target)}", style="bold"),
                markup=False,
            )
            yield Static(Text(about), markup=False, classes="help-about")
            yield Static(Text("Keys available now", style="bold"), markup=False)
            yield Static(bindings_table(self.target), markup=False)
            yield Static(Text(GENERAL, style="dim"), markup=False, classes="help-about")
        yield KeyFooter()
