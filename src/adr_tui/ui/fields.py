"""A decision's fields as rows of plain text parts: the one list every presenter draws.

The ADR view's metadata block, the Browse preview's and the command line's ``show``
all draw :func:`decision_rows`: which fields show, in what order, under which label and
in which words is decided here once; each presenter only gives a part's role its look
(:mod:`adr_tui.ui.render`). Three copies had drifted: ``show`` said ``accepted`` for
a decision the list and the TUI called superseded, and left an undated one's Date out.

No Rich and no Textual here; every text is inert (:func:`adr_tui.core.text.inert_line`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum

from adr_tui.core.model import Decision, Relation, RelationKind, Status
from adr_tui.core.records import record
from adr_tui.core.supersession import Lookup
from adr_tui.core.text import inert_line

WORDS, LIST, PATH = " ", ", ", "/"
"""Where a field's value may wrap: between words, list items, or path segments."""

RELATION_LABELS: dict[RelationKind, str] = {kind: kind.value.capitalize() for kind in RelationKind}
"""Each kind of link as a label (``Superseded-by``, its name in ``--json`` too), in the
order the rows list them: replacements first, plain relations last."""

TITLE_CHARS = 200
"""Characters of a title a heading or a one-line mention shows: three lines at 80 columns.

A 2,000-character title filled the ADR view's heading past an 80x24 screen, leaving
the text no row, and one palette entry filled the palette; the whole title is still
the body's own heading and the source's first line.
"""


def short_title(title: str) -> str:
    """``title`` cut to :data:`TITLE_CHARS`, ending in an ellipsis when cut."""
    if len(title) <= TITLE_CHARS:
        return title
    return title[: TITLE_CHARS - 1].rstrip() + "…"


def status_label(status: Status) -> str:
    """The badge text: the status word itself, so meaning never rests on colour."""
    return status.value.upper() if status is not Status.UNKNOWN else "NO STATUS"


def badge_label(status: Status, *, in_force: bool = True) -> str:
    """The badge text for a decision: ``SUPERSEDED`` once a successor in effect replaces it.

    A decision whose file still says "accepted" but that a newer one supersedes
    (often stated only on the newer side, see core/links) no longer governs; the
    badge says so in words rather than leaving it to a dimmed colour.

    Args:
        status: the status the decision's file states.
        in_force: :func:`adr_tui.core.supersession.is_in_force` for the decision.
    """
    if status.in_force and not in_force:
        return status_label(Status.SUPERSEDED)
    return status_label(status)


class Role(StrEnum):
    """What a part of a value is, for the presenter's look."""

    VALUE = "value"
    """The field's value itself."""
    BADGE = "badge"
    """The status badge (its word, unpadded)."""
    NOTE = "note"
    """An aside about the value ('file says …', 'not found'), drawn dimmed."""


@record
class Part:
    """A run of a value's text (inert, and carrying the spaces before it)."""

    text: str
    role: Role = Role.VALUE


@record
class Row:
    """One field: its label and its value's parts."""

    label: str
    parts: tuple[Part, ...]
    breaks: str = WORDS
    """Where the value may wrap (:data:`WORDS`, :data:`LIST` or :data:`PATH`)."""


def _value(label: str, text: str, breaks: str = WORDS) -> Row:
    return Row(label, (Part(inert_line(text)),), breaks)


def decision_rows(
    d: Decision,
    *,
    lookup: Lookup | None = None,
    relations: bool = True,
    created: dt.date | None = None,
    in_force: bool = True,
) -> Iterator[Row]:
    """The fields of ``d``: status, date, people, tags, links to other decisions, file.

    Args:
        d: the decision.
        lookup: the catalogue, to name a linked decision by number and title and to say
            when it is not in this log; without it a link shows as written.
        relations: False leaves the links out (the ADR view lists them to follow).
        created: the date Git first saw the file, said beside a missing decision date.
        in_force: :func:`adr_tui.core.supersession.is_in_force` for ``d``: False turns an
            "accepted" badge into ``SUPERSEDED``.
    """
    yield Row("Status", _status(d, in_force))
    if d.date is not None:
        yield _value("Date", d.date.isoformat())
    elif created is not None:
        yield Row("Date", (Part("—"), Part(f" (created {created.isoformat()} in Git)", Role.NOTE)))
    else:
        yield _value("Date", "—")
    if d.deciders:
        yield _value("Deciders", ", ".join(_with_roles(d.deciders, d.decider_roles)), LIST)
    if d.consulted:
        yield _value("Consulted", ", ".join(d.consulted), LIST)
    if d.informed:
        yield _value("Informed", ", ".join(d.informed), LIST)
    if d.tags:
        yield _value("Tags", ", ".join(d.tags), LIST)
    if relations:
        yield from (row for _, row in relation_rows(d, lookup))
    yield _value("File", d.path, PATH)


def _with_roles(names: tuple[str, ...], roles: tuple[tuple[str, str], ...]) -> Iterator[str]:
    """Each name with the role the file gave it: "Jane Doe (Tech Lead)".

    The parser keeps a role apart from the name (the filter and the counts go by
    names); the file's reader still wants to know who decided in which capacity.
    """
    role_of = dict(roles)
    for name in names:
        role = role_of.get(name)
        yield f"{name} ({role})" if role else name


def relation_rows(d: Decision, lookup: Lookup | None) -> Iterator[tuple[Relation, Row]]:
    """Each decision ``d`` links to (or that links to it) as a row, kind by kind.

    The ADR view lists these rows to follow, each with the relation it names.
    """
    for kind, label in RELATION_LABELS.items():
        for relation in d.related(kind):
            yield relation, Row(label, _linked(relation, lookup))


def _status(d: Decision, in_force: bool) -> tuple[Part, ...]:
    """The badge, and the status as the file states it when that says more."""
    badge = badge_label(d.status, in_force=in_force)
    stated = inert_line(_as_read(d.status_raw or "") or d.status.value)
    if badge != status_label(d.status):
        return Part(badge, Role.BADGE), Part(f"  (file says {stated})", Role.NOTE)
    if d.status is Status.UNKNOWN and d.status_raw.strip():
        # 'NO STATUS (🤔 Incomplete)' read as a contradiction: say why the badge says none.
        note = f"  (file says {stated}: not a status adr-tui knows)"
        return Part(badge, Role.BADGE), Part(note, Role.NOTE)
    if stated.casefold() != d.status.value:
        return Part(badge, Role.BADGE), Part(f"  ({stated})", Role.NOTE)
    return (Part(badge, Role.BADGE),)


def _as_read(stated: str) -> str:
    """The status a file states as a reader of the rendered file sees it.

    "Superceded by [14. Use X](0014-x.md)" showed whole, and "**Accepted**" beside
    ACCEPTED as "(**Accepted**)". Symbols ("✅ Done") are the author's words and stay.
    """
    stated = stated.strip()
    if stated.isalpha():  # most statuses, one word: no marks, and the preview of the
        return stated  # first list needs no parsing module (a dozen patterns to compile)
    from adr_tui.core.parsing.inline import strip_marks, unlink

    return strip_marks(unlink(stated))


def _linked(relation: Relation, lookup: Lookup | None) -> tuple[Part, ...]:
    """A linked decision by number and title (``ADR-0008  Server Side Rendering``).

    The link's own words ("ADR", "Gatekeeper's", "ADR-00?") say little once it is
    resolved; an unresolved one has only them. A link only the other record states
    says so.
    """
    found = lookup.get(relation.target_id) if lookup and relation.target_id else None
    if found is not None:
        parts = [_named(found)]
    else:
        parts = [Part(inert_line(short_title(relation.ref.raw)))]
        if lookup is not None:
            parts.append(Part(" (not found)", Role.NOTE))
    if not relation.stated:
        parts.append(Part(" (stated by the other ADR)", Role.NOTE))
    return tuple(parts)


def mention_row(found: Decision) -> Row:
    """A decision the text names in its prose ("see ADR-0012"), as a row to follow."""
    return Row("Mentions", (_named(found),))


def in_force_row(found: Decision) -> Row:
    """A decision in force now at the end of a superseded-by chain, as a row to follow."""
    return Row("In force", (_named(found),))


def _named(found: Decision) -> Part:
    """``ADR-0008  Title``; the title alone for a decision without a number, as headings are.

    Its label is then its file name, which spells the title again ('Relates-to
    2021_05_06_command_bus_unification  Unification of buses in sylius' took three
    rows at 80 columns, cut mid-word); the title is what the reader follows.
    """
    title = short_title(found.title)
    return Part(inert_line(f"{found.label}  {title}" if found.number is not None else title))
