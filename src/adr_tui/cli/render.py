"""Terminal renderings of core values for the CLI; ADR text is made inert, never read as markup."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.text import Text

from adr_tui.core.model import Decision, Problem, Status
from adr_tui.core.records import record
from adr_tui.core.supersession import Lookup, effective_status, is_in_force
from adr_tui.core.text import inert, inert_line
from adr_tui.ui.render import Fields, heading, metadata_fields

STATUS_STYLES = {
    Status.DRAFT: "dim",
    Status.PROPOSED: "yellow",
    Status.ACCEPTED: "green",
    Status.REJECTED: "red",
    Status.DEPRECATED: "magenta",
    Status.SUPERSEDED: "blue",
    Status.UNKNOWN: "dim italic",
}


def status_text(status: Status) -> Text:
    """A status label: the word itself, coloured only as a second cue."""
    return Text(status.value, style=STATUS_STYLES[status])


def number_text(d: Decision) -> str:
    """``0055`` style number, or ``-`` when the decision has none."""
    return d.number_text or "-"


def decision_table(
    decisions: list[Decision],
    width: int,
    lookup: Lookup | None = None,
    folder: Callable[[str], str] | None = None,
) -> Text:
    """The ``list`` table (number, status, date, title, tags), one line per ADR in ``width``.

    ``lookup`` finds the decisions that replace one: a file still saying accepted that
    a decision in effect replaced is listed as superseded and dimmed, as the TUI shows
    it (:func:`~adr_tui.core.supersession.effective_status`). ``folder`` names the ADR folder of a
    path, for a monorepo's list (a Folder column after the date).

    The Tags column is as wide as the longest tag list (a third of the room at most) and
    absent when no ADR has tags, so titles are not cut beside an empty column; the #
    column is absent when no ADR has a number (a log of dated files).

    Every column has a fixed width, so the lines are laid out here, not by a Rich
    ``Table``: it measured every cell again and took 2.4 s for 10,000 ADRs.
    """
    tags = [inert_line(", ".join(d.tags)) for d in decisions]
    longest = max((cell_len(t) for t in tags), default=0)
    folders = [folder(d.path) for d in decisions] if folder else []
    folder_width = min(14, max(len("Folder"), *map(cell_len, folders))) if folders else 0
    # '0055'; wider for a lettered record ('0026a') or a number past 9999
    number_width = max((len(d.number_text) for d in decisions), default=0)
    number_width = max(4, number_width) if number_width else 0
    fixed = 10 + 10 + 2 * 2 + (number_width + 2 if number_width else 0)
    fixed += folder_width + 2 if folder_width else 0
    flexible = max(20, width - fixed - (2 if longest else 0))
    tags_width = min(24, flexible // 3, max(longest, len("Tags"))) if longest else 0
    columns = Columns(number_width, folder_width, flexible - tags_width, tags_width)
    lines = [columns.line(_HEADINGS, header=True)]
    for i, (d, tag_list) in enumerate(zip(decisions, tags, strict=True)):
        status = effective_status(d, lookup) if lookup is not None else d.status
        governs = status.in_force
        title = Text(inert_line(d.title))
        if not governs:
            title.stylize("dim")
        cells = {
            "#": Text(number_text(d)),
            "Status": status_text(status),
            "Date": Text(d.date.isoformat() if d.date else ""),
            "Folder": Text(inert_line(folders[i]), style="dim") if folder_width else Text(),
            "Title": title,
            "Tags": Text(tag_list, style="cyan"),
        }
        lines.append(columns.line(cells))
    return Text("\n").join(lines)


_HEADINGS = {name: Text(name) for name in ("#", "Status", "Date", "Folder", "Title", "Tags")}


@record
class Columns:
    """The widths of the ``list`` columns that are shown; 0 leaves one out."""

    number: int
    folder: int
    title: int
    tags: int

    def line(self, cells: dict[str, Text], *, header: bool = False) -> Text:
        """One row: each cell cut (with an ellipsis) or padded to its column, two spaces apart."""
        widths = [
            ("#", self.number),
            ("Status", 10),
            ("Date", 10),
            ("Folder", self.folder),
            ("Title", self.title),
            ("Tags", self.tags),
        ]
        shown = [(name, width) for name, width in widths if width]
        parts: list[Text] = []
        for index, (name, width) in enumerate(shown):
            cell = cells[name].copy()
            cell.truncate(width, overflow="ellipsis")
            last = index == len(shown) - 1
            if name == "#":
                cell.pad_left(width - cell.cell_len)
            elif not last:
                cell.pad_right(width - cell.cell_len)
            parts.append(cell)
        line = Text("  ").join(parts)
        line.rstrip()  # an empty last cell (no tags) leaves no trailing blanks
        if header:
            line.stylize("bold")
        return line


SHOW_LABEL_WIDTH = 15
"""Cells of ``show``'s label column, as its lines have always had them."""


def decision_view(d: Decision, lookup: Lookup) -> RenderableType:
    """``show``: the heading and fields the ADR view shows, then the body as Markdown.

    ``lookup`` finds the decisions ``d`` links to (the catalogue), to name them, and
    those that replace it (a file still saying accepted may be superseded).
    """
    fields = metadata_fields(d, lookup=lookup, in_force=is_in_force(d, lookup))
    title = heading(d)
    title.end = "\n"  # the UI's heading ends where its widget does
    lines: list[RenderableType] = [title, Fields(fields, SHOW_LABEL_WIDTH)]
    for warning in d.warnings:
        lines.append(Text(f"warning: {inert_line(warning)}", style="yellow"))
    lines.append(Text(""))
    # markdown-it: 30 ms to import, for `show` only
    from adr_tui.ui.markdown_depth import skipped_too_deep, too_deep_note
    from adr_tui.ui.markdown_tables import WholeTablesMarkdown

    body = WholeTablesMarkdown(inert(d.body), hyperlinks=False)
    lines.append(body)
    if skipped_too_deep(body):
        lines.append(too_deep_note(f"the file {inert_line(d.path)} has it all"))
    return Group(*lines)


def problems_text(problems: list[Problem]) -> Text:
    """``check`` output: one line per problem, ``path: [code] message``."""
    text = Text()
    for p in problems:
        text.append(inert_line(p.path), style="bold")
        text.append(f": [{p.code}] ", style="yellow" if p.severity != "info" else "dim")
        text.append(inert_line(p.message) + "\n")
    return text
