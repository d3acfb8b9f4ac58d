"""Terminal renderings of core values for the CLI; ADR text is made inert, never read as markup."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from adr_tui.core.model import Decision, Problem, Status
from adr_tui.core.text import inert, inert_line

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


def listed_status(d: Decision, governs: bool) -> Status:
    """The status a listing shows, as the TUI shows it.

    Superseded for a file still saying accepted (or proposed) that a decision in force replaced.
    """
    return Status.SUPERSEDED if d.status.in_force and not governs else d.status


def number_text(d: Decision) -> str:
    """``0055`` style number, or ``-`` when the decision has none."""
    return f"{d.number:04d}" if d.number is not None else "-"


def decision_table(
    decisions: list[Decision],
    width: int,
    in_force: Callable[[Decision], bool] | None = None,
    folder: Callable[[str], str] | None = None,
) -> Table:
    """The ``list`` table (number, status, date, title, tags), one line per ADR in ``width``.

    ``in_force`` says whether a decision governs now (its status, and no successor in
    effect); one whose file still says accepted but that a decision in force replaced
    is listed as superseded, as the TUI shows it. ``folder`` names the ADR folder of a
    path, for a monorepo's list (a Folder column after the date).

    The Tags column is as wide as the longest tag list (a third of the room at most) and
    absent when no ADR has tags, so titles are not cut beside an empty column; the #
    column is absent when no ADR has a number (a log of dated files).
    """
    tags = [inert_line(", ".join(d.tags)) for d in decisions]
    longest = max((cell_len(t) for t in tags), default=0)
    # Rich collapses whole columns when no-wrap text overflows, so the
    # flexible columns get explicit widths from what the fixed ones leave.
    folders = [folder(d.path) for d in decisions] if folder else []
    folder_width = min(14, max(len("Folder"), *map(cell_len, folders))) if folders else 0
    numbered = any(d.number is not None for d in decisions)
    fixed = 10 + 10 + 2 * 2 + (4 + 2 if numbered else 0) + (folder_width + 2 if folder_width else 0)
    flexible = max(20, width - fixed - (2 if longest else 0))
    tags_width = min(24, flexible // 3, max(longest, len("Tags"))) if longest else 0
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    if numbered:
        table.add_column("#", justify="right", no_wrap=True, width=4)
    table.add_column("Status", no_wrap=True, width=10)
    table.add_column("Date", no_wrap=True, width=10)
    if folder_width:
        table.add_column("Folder", overflow="ellipsis", no_wrap=True, width=folder_width)
    table.add_column("Title", overflow="ellipsis", no_wrap=True, width=flexible - tags_width)
    if tags_width:
        table.add_column("Tags", overflow="ellipsis", no_wrap=True, width=tags_width)
    for i, (d, tag_list) in enumerate(zip(decisions, tags, strict=True)):
        governs = d.status.in_force and (in_force is None or in_force(d))
        title = Text(inert_line(d.title))
        if not governs:
            title.stylize("dim")
        cells: list[str | Text] = [
            *([number_text(d)] if numbered else []),
            status_text(listed_status(d, governs)),
            d.date.isoformat() if d.date else "",
            *([Text(inert_line(folders[i]), style="dim")] if folder_width else []),
            title,
        ]
        if tags_width:
            cells.append(Text(tag_list, style="cyan"))
        table.add_row(*cells)
    return table


def _field(label: str, value: str | Text) -> Text:
    text = Text(f"{label:<15}", style="bold")
    text.append(value if isinstance(value, Text) else Text(inert_line(value)))
    return text


def decision_view(d: Decision) -> RenderableType:
    """``show``: a metadata block then the body rendered as Markdown."""
    lines: list[RenderableType] = [Text(f"{d.label}  {inert_line(d.title)}", style="bold")]
    status = status_text(d.status)
    if d.status_raw and d.status_raw.lower() != d.status.value:
        status.append(Text(f"  ({inert_line(d.status_raw)})", style="dim"))
    lines.append(_field("Status", status))
    if d.date:
        lines.append(_field("Date", d.date.isoformat()))
    for label, people in (("Deciders", d.deciders), ("Consulted", d.consulted)):
        if people:
            lines.append(_field(label, ", ".join(people)))
    if d.informed:
        lines.append(_field("Informed", ", ".join(d.informed)))
    if d.tags:
        lines.append(_field("Tags", ", ".join(d.tags)))
    for rel in d.relations:
        derived = "" if rel.stated else " (stated by the other ADR)"
        dangling = " (not found)" if rel.target_id is None else ""
        lines.append(_field(rel.kind.value.capitalize(), f"{rel.ref.raw}{derived}{dangling}"))
    lines.append(_field("Path", d.path))
    for warning in d.warnings:
        lines.append(Text(f"warning: {inert_line(warning)}", style="yellow"))
    lines.append(Text(""))
    from rich.markdown import Markdown  # markdown-it: 30 ms to import, for `show` only

    lines.append(Markdown(inert(d.body), hyperlinks=False))
    return Group(*lines)


def problems_text(problems: list[Problem]) -> Text:
    """``check`` output: one line per problem, ``path: [code] message``."""
    text = Text()
    for p in problems:
        text.append(inert_line(p.path), style="bold")
        text.append(f": [{p.code}] ", style="yellow" if p.severity != "info" else "dim")
        text.append(inert_line(p.message) + "\n")
    return text
