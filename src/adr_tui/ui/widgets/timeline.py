"""Rich ``Text`` for the History screen: the status timeline, the summary, revision rows.

Every commit subject, author name and path is untrusted: it goes through
:func:`adr_tui.core.text.inert_line` and is appended to a ``Text`` as a literal,
never parsed as markup. A status is always written out as a word (``ACCEPTED``),
so its meaning never rests on colour; colour comes from the caller's styles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from rich.style import Style
from rich.text import Text

from adr_tui.core.diffs import FileDiff
from adr_tui.core.history import UNRECORDED, ChangeKind, Lineage, Revision, TimelineEntry
from adr_tui.core.model import Status
from adr_tui.ui.render import plain, status_label

ARROW = " → "
"""Between two timeline steps."""
TIMELINE_STEPS = 6
"""Timeline steps shown before the middle ones are elided."""

StatusStyles = Mapping[Status, Style]
"""Style per status (from the screen's component classes); missing ones stay plain."""


def stamp(when: dt.datetime) -> str:
    """An absolute date with its own time zone, e.g. ``2023-12-08 10:00 +0100``."""
    return when.strftime("%Y-%m-%d %H:%M %z")


def day(when: dt.datetime) -> str:
    """The author's calendar day, e.g. ``2023-12-08``."""
    return when.date().isoformat()


def _step_label(entry: TimelineEntry, before: TimelineEntry | None) -> str:
    """``Accepted``, ``Superseded by ADR-0012``, ``Deleted``; a new link is named once.

    A step where only the links changed would otherwise read like its predecessor
    (``Accepted → Accepted``), so it names the links that arrived (or, with none new,
    those that went); links the step before already had are not repeated.
    """
    label = entry.label
    if before is not None and entry.status is not None and "relations" in entry.event:
        label = _links_changed(entry.status, entry, before)
    elif entry.status is Status.UNKNOWN:  # the core's reading starts with the status's value
        label = label.replace(Status.UNKNOWN.value, _word(Status.UNKNOWN), 1)
    return label[:1].upper() + label[1:]


def _word(status: Status) -> str:
    """A status as the badges say it ('no status', never 'unknown').

    A record that states none read 'Unknown → Unknown' in its timeline, and
    'NO STATUS' in the revisions below it and in the list.
    """
    return status_label(status).lower()


def _links_changed(status: Status, entry: TimelineEntry, before: TimelineEntry) -> str:
    """``status``, then the links added at ``entry`` (else the ones removed), each once."""
    replaced = [ref for kind, ref in entry.relations if kind == "superseded-by"]
    if status is Status.SUPERSEDED and replaced:
        label = f"superseded by {', '.join(replaced)}"  # says the new link itself
    else:
        label = _word(status)
    added = [r for r in entry.relations if r not in before.relations and r[0] != "superseded-by"]
    removed = [r for r in before.relations if r not in entry.relations]
    if added:
        label += "; " + ", ".join(f"{kind.replace('-', ' ')} {ref}" for kind, ref in added)
    elif removed and not replaced:
        gone = ", ".join(f"{kind.replace('-', ' ')} {ref}" for kind, ref in removed)
        label += f"; no longer {gone}"
    return label


def timeline_text(
    lineage: Lineage,
    styles: StatusStyles | None = None,
    *,
    limit: int = TIMELINE_STEPS,
    now: Status | None = None,
    replaced: Text | None = None,
) -> Text:
    """``Proposed 2023-11-22 → Accepted 2023-12-08 → Superseded by ADR-0012 2024-02-01``.

    Past ``limit`` steps the middle is elided: the first step and the latest
    ones stay, since the latest status is the one a reader came for. ``now``: the
    status the file states today when no step shows it (``core.history.status_now``).
    ``replaced``: the not-in-force banner (:func:`adr_tui.ui.render.banner`), said last
    when the steps end on a status in force: a successor that alone states the
    supersession is in none of this file's commits, and the timeline ended on
    'Proposed' for a decision the ADR view called superseded.
    """
    styles = styles or {}
    text = Text(end="")
    if lineage.truncated:
        text.append("…", style="dim")
        text.append(ARROW, style="dim")
    if not lineage.timeline:
        text.append("No status recorded in any revision", style="dim")
        return text
    steps = list(lineage.timeline)
    skipped = max(0, len(steps) - limit)
    before: TimelineEntry | None = None
    for index, entry in enumerate(steps):
        if 0 < index <= skipped:
            if index == 1:
                text.append(f"{ARROW}… {skipped} more", style="dim")
            before = entry
            continue
        if before is not None:
            text.append(ARROW, style="dim")
        start = len(text)
        text.append_text(plain(_step_label(entry, before), "bold"))
        before = entry
        style = styles.get(entry.status) if entry.status is not None else None
        if style is not None:
            text.stylize(style, start, len(text))
        text.append(f" {day(entry.revision.author_date)}")
    if now is not None:
        text.append(ARROW, style="dim")
        start = len(text)
        text.append(f"{_word(now).capitalize()} now", style="bold")
        if (style := styles.get(now)) is not None:
            text.stylize(style, start, len(text))
        text.append(f" ({UNRECORDED})")
    last = now or steps[-1].status
    if replaced is not None and last is not None and last.in_force:
        text.append(ARROW, style="dim")
        start = len(text)
        text.append_text(replaced)
        if (style := styles.get(Status.SUPERSEDED)) is not None:
            text.stylize(style, start, len(text))
    return text


def summary_text(lineage: Lineage, notes: tuple[str, ...] = ()) -> Text:
    """One line, cut at the right: what must survive first, the list of authors last.

    The notes and DELETED lead; then counts, the creation stamp and renames; the
    authors (the longest part, and the one the revision rows repeat) close it. With
    the authors before them, '1 rename' and DELETED fell past the edge at 80 columns.
    """
    text = Text(end="")
    for note in notes:
        text.append_text(plain(note[:1].upper() + note[1:], "bold"))
        text.append(" · ")
    if lineage.deleted:
        text.append("DELETED", style="bold")
        text.append(" · ")
    count = len(lineage.revisions)
    text.append(f"{count} revision{'s' if count != 1 else ''}")
    created = lineage.created
    text.append(" · created ")
    text.append(stamp(created) if created else "unknown (history truncated)")
    renames = len(lineage.paths) - 1
    if renames > 0:
        text.append(f" · {renames} rename{'s' if renames > 1 else ''}")
    authors = lineage.authors
    text.append(" · by ")
    shown = ", ".join(authors[:3]) + (f" +{len(authors) - 3}" if len(authors) > 3 else "")
    text.append_text(plain(shown))
    return text


def state_label(rev: Revision) -> str:
    """The status word at ``rev``: ``ACCEPTED``, ``DELETED`` or why it is unknown."""
    if rev.kind is ChangeKind.DELETED:
        return "DELETED"
    if rev.missing:
        return "OBJECT MISSING"
    if rev.state is None:
        return "—"
    if not rev.state.is_decision:
        return "NOT AN ADR"
    return status_label(rev.state.status)


def revision_height(rev: Revision) -> int:
    """Lines of :func:`revision_text` for ``rev``, known without building it."""
    return 3 if _renamed_from(rev) else 2


def _renamed_from(rev: Revision) -> str | None:
    return rev.old_path if rev.kind is ChangeKind.RENAMED and rev.old_path else None


def revision_text(
    rev: Revision,
    *,
    marked: bool = False,
    styles: StatusStyles | None = None,
) -> Text:
    """A revision row: date, commit, change kind and status; then author and subject.

    A rename adds a third line ``from OLD → NEW``.
    """
    styles = styles or {}
    text = Text(end="")
    if marked:
        text.append("◆ MARKED ", style="bold reverse")
    text.append(stamp(rev.author_date), style="bold")
    text.append(f"  {rev.short[:7]}  ")
    text.append(f"{rev.kind.value:<8} ")
    label = state_label(rev)
    start = len(text)
    text.append(label, style="bold")
    state_style = styles.get(rev.state.status) if rev.state is not None else None
    if state_style is not None:
        text.stylize(state_style, start, len(text))
    text.append("\n  ")
    text.append_text(plain(rev.author_name, "italic"))
    text.append(": ")
    text.append_text(plain(rev.subject))
    old_path = _renamed_from(rev)
    if old_path:
        # The new path is the one the next row (or today's file) has: the old one is news.
        text.append("\n  renamed from ", style="dim")
        text.append_text(plain(_moved_part(old_path, rev.path), "dim"))
    return text


def _moved_part(old_path: str, new_path: str) -> str:
    """``old_path`` less the folder it shares with ``new_path`` (a rename within a folder).

    The row is cut at the pane's edge: the whole path of a rename in
    'services/payments-gateway/docs/adr' showed the folder and lost the file's name.
    """
    folder, _, name = old_path.rpartition("/")
    return name if folder == new_path.rpartition("/")[0] else old_path


def diff_heading(diff: FileDiff, newer: Revision, older: Revision | None = None) -> Text:
    """The line above a diff: which revision (or which two), the line counts, the subject."""
    text = Text(end="")
    if older is None:
        text.append(f"{newer.short[:7]}  {stamp(newer.author_date)}", style="bold")
    else:
        text.append("Comparing ", style="bold")
        text.append(f"{older.short[:7]} ({stamp(older.author_date)}) → ")
        text.append(f"{newer.short[:7]} ({stamp(newer.author_date)})")
    # Counts before the subject: a long subject wraps, the counts stay on the first row.
    text.append(f"  +{diff.added} -{diff.removed}  ")
    if older is None:
        text.append_text(plain(f"{newer.author_name}: {newer.subject}"))
    return text
