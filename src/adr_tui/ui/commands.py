"""The command palette: every action as ``category: verb``, and a fuzzy jump to any ADR.

An action is offered only where its key is enabled (``check_action``), as the footer shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.fuzzy import Matcher
from textual.markup import escape

from adr_tui.core.supersession import effective_status
from adr_tui.core.text import inert_line
from adr_tui.ui.render import short_title
from adr_tui.ui.widgets.adr_list import fit_middle

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp
    from adr_tui.ui.listing import Entry

_HELP_MARGIN = 6
"""Cells of the palette's row not left to a description: its padding and a scroll bar."""

# (name, help, action, screen names where it applies; empty = everywhere)
ACTIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "adr: Open highlighted",
        "Open the decision under the cursor",
        "screen.open_current",
        ("BrowseScreen",),
    ),
    ("adr: Go to number…", "Jump to a decision by its number", "app.goto", ()),
    ("adr: Edit in $EDITOR", "Open the file in your editor", "app.edit", ()),
    ("adr: Copy path", "Copy the file path to the clipboard", "app.copy_path", ()),
    ("adr: History", "The decision's Git history", "app.history", ()),
    ("adr: Diff", "What changed in the decision", "app.diff", ()),
    (
        "view: Toggle source",
        "Raw text instead of rendered Markdown",
        "screen.toggle_source",
        ("AdrScreen",),
    ),
    (
        "view: Go to links",
        "The related decisions: enter follows the highlighted one",
        "screen.focus_relations",
        ("AdrScreen",),
    ),
    (
        "view: Toggle contents",
        "Show or hide the table of contents",
        "screen.toggle_toc",
        ("AdrScreen",),
    ),
    ("search: Focus search box", "Type to search", "screen.focus_search", ("BrowseScreen",)),
    (
        "filter: Toggle filter panel",
        "Status, tag and decider filters",
        "screen.toggle_filters",
        ("BrowseScreen",),
    ),
    (
        "filter: Hide or show not in force",
        "Superseded, deprecated, rejected",
        "screen.toggle_hide",
        ("BrowseScreen",),
    ),
    ("filter: Clear", "Drop the search and every filter", "screen.clear", ("BrowseScreen",)),
    (
        "sort: Cycle order",
        "Number, date, title (and relevance while searching)",
        "screen.cycle_sort",
        ("BrowseScreen",),
    ),
    ("repo: Refresh", "Reload the decisions from disk", "app.refresh", ()),
    ("repo: Problems", "What is wrong in the decision log", "app.problems", ()),
    ("app: Help", "What this screen does and its keys", "app.help", ()),
    ("app: Change theme", "Light, dark and other colour themes", "app.change_theme", ()),
    (
        "app: Save screenshot",
        "An SVG of the screen, in your Downloads folder",
        "app.screenshot",
        (),
    ),
    ("app: Quit", "Leave adr-tui", "app.quit", ()),
)
"""Textual's own commands (Theme, Keys, Screenshot, Quit) are offered here, named like the rest:
the app lists no other provider."""


def highlight(matcher: Matcher, candidate: str) -> Text:
    """``candidate`` with matched letters emphasised, as literal text.

    ``Matcher.highlight`` parses its candidate as markup, which an ADR title
    must never be, so the offsets are applied to a plain ``Text`` here.
    """
    text = Text(candidate, end="")
    _, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        text.stylize("bold underline", offset, offset + 1)
    return text


class AdrCommands(Provider):
    """Commands that apply to the current screen, plus ``jump to`` for every ADR."""

    @property
    def _app(self) -> AdrApp:
        return self.app  # type: ignore[return-value]

    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen_name = type(self.screen).__name__
        app = self._app
        out: list[tuple[str, str, Callable[[], object]]] = []
        for name, help_text, action, screens in ACTIONS:
            if screens and screen_name not in screens or not self._applies(action):
                continue
            # Run against the screen the palette was opened over, not the palette itself.
            bare = action.removeprefix("screen.")
            out.append((name, help_text, partial(app.run_action, bare, self.screen)))
        if self.screen.query("HelpPanel"):
            out.append(
                ("app: Hide keys panel", "Close the panel of keys", app.action_hide_help_panel)
            )
        else:
            out.append(
                (
                    "app: Show keys panel",
                    "Every key of the focused widget, in a side panel",
                    app.action_show_help_panel,
                )
            )
        return out

    def _applies(self, action: str) -> bool:
        """Whether ``action`` does something here: its key would be shown, not dimmed.

        The footer asks ``check_action`` (None dims a key, False hides it); asked the
        same, the palette stopped offering 'view: Go to links' on a decision with no
        links and 'adr: Diff' where no decision is current (a past version).
        """
        namespace, _, name = action.rpartition(".")
        if namespace == "screen":
            return self.screen.check_action(name, ()) is True
        return self.app.check_action(name, ()) is True  # current_entry looks under the palette

    def _jumps(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = self._app
        # With several repositories, two ADR-0002s differ by their repository's name.
        repos = len(app.catalogs) > 1
        width = app.size.width - _HELP_MARGIN
        catalogs = {c.root: c for c in app.catalogs}

        def status(e: Entry) -> str:
            # As the list says it: the demo's ADR-0055 was 'proposed' here and SUPERSEDED there.
            return effective_status(e.decision, catalogs[e.root]).value

        return [
            (
                f"jump to: {e.decision.label} {inert_line(short_title(e.decision.title))}",
                escape(
                    _one_line(
                        " · ".join([status(e), *([inert_line(e.repo)] if repos else [])]),
                        inert_line(e.decision.path),
                        width,
                    )
                ),
                partial(app.open_entry, e),
            )
            for e in app.entries
        ]

    async def discover(self) -> Hits:
        """Shown before typing: the actions only."""
        for name, help_text, callback in self._actions():
            yield DiscoveryHit(Text(name), callback, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        """Fuzzy-match actions and ADRs (by number or title)."""
        matcher = self.matcher(query)
        for name, help_text, callback in [*self._actions(), *self._jumps()]:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlight(matcher, name), callback, text=name, help=help_text)


def _one_line(said: str, path: str, width: int) -> str:
    """``said · path`` in ``width`` cells, the path cut in the middle when it does not fit.

    At 80 columns a long path folded under the status ('docs/decisions/security/0038-…
    identity-se' then 'rvice.md'); cut in the middle, its folder and record both show.
    """
    room = width - cell_len(said) - len(" · ")
    if cell_len(path) > room > 0:
        path = fit_middle(path, room)
    return f"{said} · {path}"
