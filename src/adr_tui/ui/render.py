"""Turn decisions into Rich ``Text``: always plain text, never markup.

Every string from a repository (titles, names, tags, paths, bodies) passes
through :func:`adr_tui.core.text.inert` and is appended to a ``Text`` as a
literal, so ``[bold]`` or ``[@click=app.quit]`` in an ADR stays visible text.
Styles here are names of component classes resolved by the caller, or plain
attributes (bold, dim) that survive 16 colours and ``NO_COLOR``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.text import Text

from adr_tui.core.lazypattern import LazyPattern
from adr_tui.core.model import Decision
from adr_tui.core.records import record
from adr_tui.core.supersession import Lookup, is_in_force, resolve_chain
from adr_tui.core.text import inert_line

# Decided in fields (no Rich there, for `show` too); taken from here by the UI's modules.
from adr_tui.ui.fields import LIST as LIST
from adr_tui.ui.fields import PATH as PATH
from adr_tui.ui.fields import RELATION_LABELS as RELATION_LABELS
from adr_tui.ui.fields import TITLE_CHARS as TITLE_CHARS
from adr_tui.ui.fields import WORDS as WORDS
from adr_tui.ui.fields import Role, Row, decision_rows
from adr_tui.ui.fields import badge_label as badge_label
from adr_tui.ui.fields import short_title as short_title
from adr_tui.ui.fields import status_label as status_label

if TYPE_CHECKING:
    from adr_tui.core.catalog import Catalog
    from adr_tui.ui.listing import Entry

STATUS_WIDTH = 12
"""Cells taken by a status badge, including its padding."""


def plain(text: str, style: str = "") -> Text:
    """One line of untrusted text, inert and literal."""
    return Text(inert_line(text), style=style, end="")


def number_label(d: Decision) -> str:
    """``0055`` (``0026a`` for a lettered record) for numbered decisions, ``—`` otherwise."""
    return d.number_text or "—"


def heading(d: Decision) -> Text:
    """``ADR-0055  Title`` in bold; the title alone for an ADR without a number.

    An unnumbered ADR's label is its file name, which repeats the title (in a dated
    log, ``20230527-use-keycloak-…``) and is shown on the File line anyway.
    """
    title = plain(short_title(d.title), "bold")
    if d.number is None:
        return title
    return Text.assemble((d.label, "bold"), "  ", title, end="")


LABEL_WIDTH = 14
"""Cells of a metadata label column."""


@record
class Field:
    """One line of the metadata block: a bold label and its value."""

    label: str
    value: Text
    breaks: str = WORDS
    """Where the value may wrap (:data:`WORDS`, :data:`LIST` or :data:`PATH`)."""
    pad: int = 0
    """Cells the value starts with (a badge's padding), taken from the label column so
    the value's first letter lines up with the other values."""


def wrap_value(value: Text, width: int, breaks: str) -> list[Text]:
    """``value`` in lines of ``width`` cells, broken only after ``breaks``.

    A list breaks between its items and a path after a ``/``, never inside a
    name; only a piece wider than a whole line is cut where the line ends. Such a
    piece starts a line of its own unless going on where the line stands takes fewer
    rows: 'docs/adr/' alone on a row, then 'rface.md' alone on a third, was a file
    name of 34 characters in a 26-column preview.
    """
    plain_text = value.plain
    ends = [m.end() for m in re.finditer(re.escape(breaks), plain_text)] + [len(plain_text)]
    cuts: list[int] = []
    start = last = 0
    for end in ends:
        cells = cell_len(plain_text[start:end].rstrip())
        if cells > width and last > start and not _goes_on(cells, plain_text[last:end], width):
            cuts.append(last)
            start = last
        while cell_len(plain_text[start:end].rstrip()) > width:  # one piece too long
            start += max(1, _soft_cut(plain_text[start:end], width))
            cuts.append(start)
        last = end
    lines = list(value.divide(cuts)) if cuts else [value.copy()]
    for line in lines[:-1]:  # the space a line broke at (a badge keeps its own padding)
        line.rstrip()
    return lines


def _goes_on(cells: int, piece: str, width: int) -> bool:
    """Whether a ``piece`` too wide for any line had better go on the current line.

    (``cells``: the current line's with the piece; going on must take fewer rows.)
    """
    alone = cell_len(piece.rstrip())
    return alone > width and -(-cells // width) < 1 + -(-alone // width)


_SOFT_BREAK = LazyPattern(r"[-_./ ]")
"""Where a piece too long for a line had better be cut: after a hyphen, dot, slash, space."""


def _soft_cut(piece: str, width: int) -> int:
    """How many characters of ``piece`` go on a line of ``width`` cells.

    After its last soft break in the line's second half, else as many as fit: a file
    name cut where the line ended read '…-and-a-sea' then 't-without-a-peer…'.
    """
    fits = _fitting(piece, width)
    soft = [m.end() for m in _SOFT_BREAK.finditer(piece, 0, fits)]
    return soft[-1] if soft and soft[-1] * 2 >= fits and soft[-1] < len(piece) else fits


def _fitting(text: str, width: int) -> int:
    """How many characters of ``text`` fit in ``width`` cells."""
    count = 0
    while count < len(text) and cell_len(text[: count + 1]) <= width:
        count += 1
    return count


@record
class Fields:
    """Metadata lines whose values wrap under their own column, at their own breaks.

    A Rich renderable: the width is known only when drawn. (As plain ``Text``, a long
    path or tag list folded mid-word back to the label column.)
    """

    fields: tuple[Field, ...]
    label_width: int = LABEL_WIDTH
    """Cells of the label column (``show`` keeps the 15 its lines have always had)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        """The block at the width it is drawn at."""
        block = self.text(options.max_width)
        block.end = "\n"  # Textual counts a Rich renderable's lines by its newlines
        yield block

    def text(self, width: int) -> Text:
        """The block as one ``Text`` of ``width`` cells at most."""
        labels = self.label_width
        room = max(8, width - labels)
        text = Text(end="")
        for field in self.fields:
            text.append(f"{field.label:<{labels - field.pad}}", style="bold")
            # Wrapped lines go under the values' first letters: under the badge's padding,
            # 'superseded by …' went on a column left of every other value.
            for index, line in enumerate(wrap_value(field.value, room, field.breaks)):
                if index:
                    text.append("\n" + " " * labels)
                text.append_text(line)
            text.append("\n")
        text.rstrip()
        return text


def metadata(
    d: Decision,
    *,
    lookup: Lookup | None = None,
    created: dt.date | None = None,
    in_force: bool = True,
) -> Fields:
    """The metadata block of the Browse preview (see :func:`metadata_fields`)."""
    return Fields(metadata_fields(d, lookup=lookup, created=created, in_force=in_force))


def metadata_fields(
    d: Decision,
    *,
    lookup: Lookup | None = None,
    relations: bool = True,
    created: dt.date | None = None,
    in_force: bool = True,
) -> tuple[Field, ...]:
    """The rows of :func:`adr_tui.ui.fields.decision_rows` (same arguments), drawn as fields."""
    rows = decision_rows(d, lookup=lookup, relations=relations, created=created, in_force=in_force)
    return tuple(field_of(row) for row in rows)


def field_of(row: Row) -> Field:
    """``row`` drawn: a badge reversed (padded a cell either side), notes dimmed."""
    value = Text(end="")
    # The badge's style is a span, not the Text's base style: as the base, every part
    # appended after it (the status the file states) was drawn in reverse too.
    for part in row.parts:
        if part.role is Role.BADGE:
            value.append(f" {part.text} ", "reverse")
        else:
            value.append(part.text, "dim" if part.role is Role.NOTE else "")
    badged = bool(row.parts) and row.parts[0].role is Role.BADGE
    return Field(row.label, value, row.breaks, pad=1 if badged else 0)


_TEMPLATE_SKIPPED = LazyPattern(r"^template part \(lines 1-(\d+)\) skipped")
"""The parser's warning for a template above its filled-in example
(``core/parsing/document.py``): those lines are not in the body shown."""


def template_lines_skipped(d: Decision) -> int:
    """How many lines of a template the parser left out of ``d``'s body (0: none)."""
    for warning in d.warnings:
        if match := _TEMPLATE_SKIPPED.match(warning):
            return int(match.group(1))
    return 0


def banner(d: Decision, lookup: Lookup) -> Text | None:
    """The not-in-force banner of ``d``, following superseded-by links to what governs now."""
    chain = resolve_chain(d.id, lookup)
    current = [c.label for i in chain.current if i != d.id and (c := lookup.get(i))]
    successors: list[str] = []
    missing: list[str] = []
    for r in d.superseded_by:
        found = lookup.get(r.target_id) if r.target_id else None
        (successors if found else missing).append(found.label if found else r.ref.raw)
    return not_in_force_banner(
        d, in_force=is_in_force(d, lookup), successors=successors, current=current, missing=missing
    )


def not_in_force_banner(
    d: Decision,
    *,
    in_force: bool,
    successors: Sequence[str],
    current: Sequence[str],
    missing: Sequence[str] = (),
) -> Text | None:
    """``Superseded by ADR-0012 (in force: ADR-0019)``, or None when ``d`` is in force.

    When nothing at the end of the chain is in force, the banner says so: a
    successor that was itself deprecated does not govern either. A successor the
    log does not hold (a renamed file, a record not written yet at ``--at``) is
    said to be missing: whether it governs is not known, so it is never called
    out of force.

    Args:
        d: the decision shown.
        in_force: whether it governs now (status and successors, see core/supersession).
        successors: labels of the decisions here that directly replace it.
        current: labels of the decisions in force at the end of its superseded-by chain.
        missing: the replacements it names that are not in this log, as written.
    """
    if in_force:
        return None
    if not (successors or missing):
        return Text(f"{status_label(d.status)}: not in force", style="bold", end="")
    text = Text("Superseded by ", style="bold", end="")
    text.append_text(plain(", ".join([*successors, *missing]), "bold"))
    shown = [label for label in current if label not in successors]
    if missing:  # named, when others were found
        which = f"{', '.join(missing)}: " if successors else ""
        text.append_text(plain(f" ({which}not found in this log)", "bold"))
    if shown:
        text.append_text(plain(f" (in force: {', '.join(shown)})", "bold"))
    elif not (current or missing):  # the chain ends in a deprecated or rejected one (or a cycle)
        text.append(", no longer in force either", style="bold")
    return text


def log_name(catalogs: Sequence[Catalog], catalog: Catalog, entry: Entry) -> str:
    """Which of the open logs ``entry`` (of ``catalog``) is in, as Browse's columns name it.

    Its repository when several are open, and its folder when its repository keeps several
    logs (a monorepo): "billing", "shop/billing"; "" when only one log is open. A log
    read as of a date or revision (``--at``) says so, as Browse's header and History's
    title do: the view showed a past text with no word that it was not today's.
    """
    from adr_tui.ui.listing import folder_naming, repo_folder  # (listing: loaded first)

    of_path = folder_naming(catalog.discovery.adr_dirs)
    folder = of_path(entry.decision.path) if of_path is not None else ""
    names = [repo_folder(entry.repo, folder) if len(catalogs) > 1 else folder]
    if catalog.at is not None:
        names.append(f"@ {catalog.at}")
    return " · ".join(name for name in names if name)
