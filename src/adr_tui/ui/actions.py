"""The app's actions on "the current decision": go to, edit, copy, history, help, refresh.

Kept apart from ``app.py`` (wiring); :class:`AdrApp` supplies the lookups
declared abstract here.
"""

from __future__ import annotations

import os
import subprocess
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import App, SuspendNotSupported
from textual.binding import Binding, BindingType

from adr_tui.core.catalog import Catalog
from adr_tui.core.text import inert_line
from adr_tui.ui.listing import Entry
from adr_tui.ui.styles import load_styles

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp

"""Provides ``open_history(app, entry, *, diff)`` for ``h`` and ``d``."""


_AT_LINE_EDITORS = frozenset(
    {"vi", "vim", "nvim", "gvim", "view", "nano", "emacs", "emacsclient", "micro", "kak", "mg"}
)
"""Editors that open a file at a line given as ``+N`` before it; others get the file alone."""


def editor_command(editor: str, path: str, line: int | None) -> list[str]:
    """The command that opens ``path`` in ``editor`` (``$VISUAL``), at ``line`` if it can.

    A decision kept as a section of a log file opens at its heading; ``+N`` given to an
    editor that does not read it would open a second file named "+N".
    """
    import shlex  # only for `e`: its import compiles a pattern, ~0.5 ms of every start

    words = shlex.split(editor)
    if line is not None and words and os.path.basename(words[0]) in _AT_LINE_EDITORS:
        return [*words, f"+{line}", path]
    return [*words, path]


def _line_of(entry: Entry) -> int | None:
    """The line of ``entry``'s section in its log file; None for a decision that is a file."""
    if not entry.decision.part:
        return None
    from adr_tui.core.logfile import line_of  # a log kept in one file only

    try:
        data = (entry.root / entry.decision.path).read_bytes()
    except OSError:
        return None
    return line_of(data, entry.decision.part)


class EntryActions(App[int]):
    """Actions on the active screen's decision, with their keys (merged into AdrApp's)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "r",
            "refresh",
            "Refresh",
            show=False,
            id="app.refresh",
            tooltip="Reload the decisions from disk",
        ),
        Binding(
            "g",
            "goto",
            "Go to",
            show=False,
            id="app.goto",
            tooltip="Open a decision by number or words of its title or file name",
        ),
        Binding(
            "e",
            "edit",
            "Edit",
            show=False,
            id="app.edit",
            tooltip="Open the file in $EDITOR (adr-tui never writes)",
        ),
        Binding(
            "y",
            "copy_path",
            "Copy path",
            show=False,
            id="app.copy_path",
            tooltip="Copy the file path to the clipboard",
        ),
        Binding(
            "h",
            "history",
            "History",
            show=False,
            id="app.history",
            tooltip="The decision's Git history",
        ),
        Binding(
            "d", "diff", "Diff", show=False, id="app.diff", tooltip="What changed in the decision"
        ),
        # Browse's search key everywhere else: on a decision, its history or the problems, '/'
        # did nothing. Browse's id, so a keymap that moves one moves both.
        Binding(
            "slash",
            "search_list",
            "Search",
            show=False,
            id="browse.search",
            tooltip="Back to the list, the cursor in its search box",
        ),
    ]

    def current_entry(self) -> Entry | None:
        """The decision the active screen is about, if any."""
        raise NotImplementedError

    def catalog_of(self, entry: Entry) -> Catalog:
        """The catalogue ``entry`` belongs to."""
        raise NotImplementedError

    def open_named(self, name: str) -> None:
        """Open a decision by number, id, path or file-name words; ask among several."""
        raise NotImplementedError

    def named(self, name: str) -> list[Entry]:
        """Every decision ``name`` names (what :meth:`open_named` opens or offers)."""
        raise NotImplementedError

    @property
    def as_of(self) -> str | None:
        """The commit or date the logs are shown as of (``--at``), else None."""
        raise NotImplementedError

    def load(self, reload: bool = False, *, announce: bool = False) -> object:
        """Reload the catalogues (a worker); ``announce``: say what the reload found."""
        raise NotImplementedError

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that do not apply now."""
        entry = self.current_entry()
        if action in {"edit", "copy_path"}:
            return entry is not None and not self.catalog_of(entry).at or None
        if action in {"history", "diff"}:
            # Not dimmed for a plain folder: the History screen says why there is none.
            return entry is not None or None
        return True

    def action_help(self) -> None:
        """Explain the current screen."""
        from adr_tui.ui.screens.help import HelpScreen  # screens load on first use, not at start

        if not isinstance(self.screen, HelpScreen):
            load_styles(self, "dialogs.tcss")
            self.push_screen(HelpScreen(self.screen))

    def action_problems(self) -> None:
        """Show every problem of the decision log."""
        from adr_tui.ui.screens.problems import ProblemsScreen

        if not isinstance(self.screen, ProblemsScreen):
            load_styles(self, "problems.tcss")
            self.push_screen(ProblemsScreen())

    def action_refresh(self) -> None:
        """Reload from disk, keeping the selection."""
        self.load(reload=True, announce=True)
        self.notify("Reloading…", timeout=1.5, markup=False)

    def action_goto(self) -> None:
        """Ask for a number and open that decision."""
        from adr_tui.ui.screens.dialogs import GotoModal

        def chosen(name: str | None) -> None:
            if name:
                self.open_named(name)

        load_styles(self, "dialogs.tcss")
        self.push_screen(GotoModal(lambda name: bool(self.named(name)), self.as_of), chosen)

    def action_edit(self) -> None:
        """Open the current decision in ``$VISUAL``/``$EDITOR``; the app itself never writes."""
        entry = self.current_entry()
        if entry is None:
            return
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        path = entry.root / entry.decision.path
        if not path.is_file():  # an editor would open an empty buffer and save a new file
            self.notify(
                inert_line(f"{entry.decision.path} is gone (removed or renamed); nothing to edit"),
                severity="warning",
                markup=False,
            )
            from adr_tui.ui.screens.adr import AdrScreen  # on screen already: imported

            if isinstance(self.screen, AdrScreen):
                self.screen.file_gone()  # its banner says so at once, not at the next poll
            return
        try:
            command = editor_command(editor, str(path), _line_of(entry))
            with self.suspend():
                subprocess.run(command, check=False)
        except SuspendNotSupported:
            self.notify(
                "This terminal cannot hand over to an editor (e.g. in a web or test driver).",
                severity="warning",
                markup=False,
            )
        except (OSError, ValueError) as exc:
            self.notify(f"Could not start {editor!r}: {exc}", severity="error", markup=False)
        self.refresh()

    def action_copy_path(self) -> None:
        """Copy the current file's path (OSC 52: works over SSH in most terminals)."""
        entry = self.current_entry()
        if entry is not None:
            path = str(entry.root / entry.decision.path)
            self.copy_to_clipboard(path)
            self.notify(inert_line(path), title="Copied path", markup=False)

    def action_history(self, diff: bool = False) -> None:
        """Push the History screen (provided by ``ui/screens/history.py``) for this decision."""
        from adr_tui.ui.screens.history import open_history  # Git views load on first use

        entry = self.current_entry()
        if entry is None:
            return
        # EntryActions is only ever mixed into AdrApp, which open_history reads.
        open_history(cast("AdrApp", self), entry, diff=diff)

    def action_search_list(self) -> None:
        """Close every screen over Browse and put the cursor in its search box."""
        from adr_tui.ui.screens.browse import BrowseScreen  # the first screen: imported

        while not isinstance(self.screen, BrowseScreen):
            self.pop_screen()
        self.screen.action_focus_search()

    def action_diff(self) -> None:
        """Push the History screen opened on the latest change's diff."""
        self.action_history(diff=True)
