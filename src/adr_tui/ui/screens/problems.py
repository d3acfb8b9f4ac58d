"""Problems: everything wrong with the decision log, each tied to its file."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from adr_tui.core.catalog import is_note
from adr_tui.ui import render
from adr_tui.ui.keymap import SCREEN_BINDINGS, named_bindings
from adr_tui.ui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp
    from adr_tui.ui.listing import Entry


class ProblemList(OptionList):
    """The problems; its keys carry ids (``list.…``) like every other binding."""

    BINDINGS: ClassVar[list[BindingType]] = named_bindings(OptionList, "list")


class ProblemsScreen(Screen[None]):
    """Every problem of every loaded repository; enter opens the ADR concerned."""

    HELP = (
        "Problems lists what adr-tui found wrong while reading the decision log: files "
        "it could not parse, unknown statuses, duplicate numbers, broken links, records a "
        "sparse checkout leaves out. "
        "Enter opens the decision the problem is about; {app.history}, {app.diff}, "
        "{app.edit} and {app.copy_path} act on it too."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding(
            "escape",
            "app.pop_screen",
            "Back",
            id="problems.close",
            tooltip="Back to the previous screen",
        ),
        Binding("j", "cursor(1)", "Down", show=False, id="problems.down", tooltip="Next problem"),
        Binding("k", "cursor(-1)", "Up", show=False, id="problems.up", tooltip="Previous problem"),
    ]

    app: AdrApp

    def __init__(self) -> None:
        super().__init__()
        self._targets: list[str | None] = []
        """The entry key of each problem's decision; None when none loaded."""

    @property
    def current_entry(self) -> Entry | None:
        """The decision the highlighted problem is about: the app's h, d, e and y act on it.

        Without it they were dimmed here and said nothing, though Help listed them.
        """
        index = self.query_one(OptionList).highlighted if self.is_mounted else None
        return self._entry_at(index)

    def _entry_at(self, index: int | None) -> Entry | None:
        """The decision of the problem at ``index``, if it loaded."""
        key = self._targets[index] if index is not None and index < len(self._targets) else None
        return self.app.entry_by_key(key) if key else None

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="problems-header", markup=False)
        yield ProblemList(id="problem-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Fill the list once it has drawn and been sized.

        OptionList measures every option when it first draws, and again after its first
        Resize clears what it measured: filled at mount, 6,000 problems took two equal
        passes (~0.5 s each of the UI thread); filled after the first refresh, one.
        """
        self.call_after_refresh(self.show_problems)

    def show_problems(self) -> None:
        """(Re)build the list from the app's catalogues."""
        options: list[Option] = []
        self._targets = []
        multi = len(self.app.catalogs) > 1
        for catalog in self.app.catalogs:
            for problem in catalog.problems:
                entry = self.app.entry_for_path(catalog.root, problem.path)
                prompt = Text()
                if multi:
                    prompt.append_text(render.plain(f"{catalog.root.name}: ", "dim"))
                prompt.append_text(render.plain(problem.path, "bold"))
                prompt.append_text(render.plain(f"  [{problem.code}]", "dim"))
                # Indented as a block: a wrapped line at the edge read as the next path.
                said = render.plain(problem.message)
                if is_note(problem):  # not counted as a problem: said so
                    said = Text.assemble(("Note: ", "bold"), said)
                message = Padding(said, (0, 0, 0, 2))
                # The path wraps between its parts: folded at the edge, 'gets-a-c' over
                # 'ommander.md' (a label column of 0 cells: the path's own line).
                path = render.Fields((render.Field("", prompt, render.PATH),), label_width=0)
                options.append(Option(Group(path, message)))
                self._targets.append(entry.key if entry else None)
        problem_list = self.query_one(OptionList)
        problem_list.clear_options()
        problem_list.add_options(options)
        if options:
            problem_list.highlighted = 0
        self.query_one("#problems-header", Static).update(self._header())
        problem_list.focus()

    def _header(self) -> Text:
        """``7 problems, 1 note``: counted as Browse's header and ``check`` count them.

        Notes (``info``: a record left unfilled) were counted as problems here, so
        Problems said 8 where Browse's header said 7.
        """
        listed = sum(len(catalog.problems) for catalog in self.app.catalogs)
        count = sum(len(catalog.warnings) for catalog in self.app.catalogs)
        notes = listed - count
        header = Text(f"{count} problem{'s' if count != 1 else ''}", style="bold", end="")
        if notes:
            header.append(f", {notes} note{'s' if notes != 1 else ''}", style="bold")
        clean = "  the decision log is clean"
        header.append("  enter opens the ADR concerned" if listed else clean)
        return header

    def action_cursor(self, step: int) -> None:
        """Move the highlight."""
        problem_list = self.query_one(OptionList)
        problem_list.action_cursor_down() if step > 0 else problem_list.action_cursor_up()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self) -> None:
        self.refresh_bindings()  # h, d, e and y apply to some problems' decisions only

    @on(OptionList.OptionSelected)
    def _open(self, message: OptionList.OptionSelected) -> None:
        entry = self._entry_at(message.option_index)
        if entry is None:
            self.notify("This problem is not about a decision that loaded.", markup=False)
            return
        self.app.open_entry(entry)
