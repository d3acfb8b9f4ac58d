"""``adr-tui history ID``: every revision of one ADR (oldest first) and its status timeline.

Deleted ADRs are found by their last path. Commit messages, names and paths
are untrusted: they are made inert and placed in ``Text`` objects, never markup.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from adr_tui.cli.common import (
    EXIT_OK,
    add_repo_args,
    catalog_from_args,
    console,
    fail,
    print_json,
    settings_from_args,
)
from adr_tui.cli.render import status_text
from adr_tui.core.catalog import Catalog
from adr_tui.core.errors import InnerRepositoryError, NotFoundError, RepoError
from adr_tui.core.history import (
    UNRECORDED,
    History,
    Lineage,
    Revision,
    TimelineEntry,
    load_history,
    status_now,
)
from adr_tui.core.model import Status
from adr_tui.core.text import inert_line

NAME = "history"


def add_parser(sub: Any) -> None:
    """Register ``history``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        NAME,
        help="revisions and status timeline of one ADR",
        description="Every revision of one ADR from Git, across renames and moves, "
        "oldest first, with its status timeline. --at stops the history at a date or revision.",
    )
    parser.add_argument("id", metavar="ID", help="number (55, ADR-0055), id or path")
    add_repo_args(parser, positional_path=True)  # "show 17 ~/repo", as "list ~/repo"
    parser.add_argument("--json", action="store_true", help="print JSON")


@contextmanager
def opened_history(args: argparse.Namespace) -> Iterator[tuple[Catalog, History]]:
    """The catalogue and the history the arguments name (history closed on exit).

    Raises:
        RepoError: the folder is not a Git repository (history unavailable).
    """
    catalog = catalog_from_args(args)
    if not catalog.is_git:
        raise RepoError(
            f"{catalog.root} is not a Git repository: history is unavailable "
            "(list, show and search still work)",
            "No history",
        )
    history = load_history(catalog.root, settings_from_args(args), at=args.at)
    try:
        if history.head is None:
            why = history.repo.no_commits() if history.repo else "no commits yet"
            raise RepoError(f"{catalog.root}: {why}: no history", "No history")
        yield catalog, history
    finally:
        history.close()


_NUMBER = re.compile(r"^(?:adr[-_ ]?)?0*(\d+)$", re.IGNORECASE)


def _deleted_path(history: History, name: str) -> str | None:
    """A deleted ADR's last path named by a path, an id or a number."""
    cleaned = name.strip().removeprefix("./")
    paths = history.deleted_paths()
    for path in paths:
        if cleaned in (path, path.rsplit(".", 1)[0]):
            return path
    match = _NUMBER.match(cleaned)
    if match:
        number = int(match.group(1))
        hits = [p for p in paths if re.match(rf"0*{number}\D", p.rsplit("/", 1)[-1])]
        if len(hits) == 1:
            return hits[0]
    return None


def find_path(catalog: Catalog, history: History, name: str) -> str:
    """The path of the ADR ``name`` names: today's catalogue, then deleted ADRs, then moved ones.

    A path an ADR had before a rename or a move names it still ("0013-x.rst" renumbered 0014).

    Raises:
        NotFoundError: nothing matches.
    """
    try:
        return catalog.find(name).address  # a section of a log file: "DECISIONS.md#4"
    except NotFoundError:
        if catalog.matches(name):  # a log kept in one file: which of its sections is asked
            raise
        found = (
            _gone_section(catalog, history, name)
            or _deleted_path(history, name)
            or renamed_path(history, name)
        )
        if found is None:
            raise
        return found


def lineage_named(catalog: Catalog, history: History, name: str, command: str) -> Lineage:
    """The lineage of the ADR ``name`` names (see :func:`find_path`) for ``command``.

    Raises:
        NotFoundError: nothing matches.
        RepoError: no commit holds it: never committed, or committed in a repository of
            its own inside this one (a submodule), whose history this one does not have.
    """
    path = find_path(catalog, history, name)
    try:
        return history.for_decision(path)
    except InnerRepositoryError as error:
        where = shlex.quote(str(catalog.root / error.folder))
        raise RepoError(
            f"{error.message}. Run: adr-tui {command} -C {where} {shlex.quote(name)}",
            error.title,
        ) from None


def note_uncommitted(catalog: Catalog, history: History, lineage: Lineage, at: str | None) -> None:
    """Say so when the file's text is not HEAD's: an edit that no revision shows.

    An edited record's history and diff ended at its last commit, silently.
    The file is hashed as git would store it (no clean filter run), with its
    line ends as written and as LF: a CRLF checkout of an LF blob is no edit.
    """
    if at is not None or lineage.deleted or "#" in lineage.path or history.repo is None:
        return
    try:
        data = (catalog.root / lineage.path).read_bytes()
    except OSError:
        return
    if history.repo.rewrites_on_checkout(lineage.path):
        return  # an LFS pointer's checkout is the file itself: no edit to tell of
    spec = f"HEAD:{lineage.path}"
    committed = history.repo.run("rev-parse", "--verify", "--quiet", spec, check=False)
    oid = committed.decode("ascii", "replace").strip()
    if not oid:
        return
    digest = hashlib.sha256 if len(oid) == 64 else hashlib.sha1
    for text in (data, data.replace(b"\r\n", b"\n")):
        if digest(b"blob %d\0" % len(text) + text).hexdigest() == oid:
            return
    fail(
        f"note: {lineage.path} has changes not committed yet, which no revision here "
        "shows ('git diff' does)"
    )


def note_missing(history: History, lineage: Lineage) -> None:
    """Say why versions are missing when a partial clone left them out, and how to get them.

    Its "(object missing)" revisions and "no diff" were otherwise unexplained.
    """
    missing = sum(r.missing for r in lineage.revisions)
    if not missing or history.repo is None or not history.repo.is_partial_clone():
        return
    fail(
        f"note: {missing} version(s) of {lineage.path} are not in this partial clone and "
        "adr-tui never fetches; 'git log -p -- "
        f"{shlex.quote(lineage.path.split('#', 1)[0])}' in the repository fetches them"
    )


def _gone_section(catalog: Catalog, history: History, name: str) -> str | None:
    """The address of a log's section named by its id or address, gone from the log since.

    "DECISIONS#2" or "DECISIONS.md#2" as a deleted file is named by its id or path (a
    section that never was has no history: ``History.for_decision`` says so).
    """
    file, mark, part = name.strip().removeprefix("./").rpartition("#")
    if not (mark and part):
        return None
    for log in (*catalog.discovery.logs, *history.deleted_paths()):
        if file in (log, log.rsplit(".", 1)[0]):
            return f"{log}#{part}"
    return None


def renamed_path(history: History, name: str) -> str | None:
    """Where the ADR is now that ``name``, a path or id, named before a rename or move."""
    return history.holder_of(name.strip().removeprefix("./"))


def _stamp(when: dt.datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def revision_to_dict(r: Revision) -> dict[str, Any]:
    """One revision as JSON-ready data.

    A section of a log file's: ``blob`` and ``old_blob`` are its file's, as git names
    them; ``section_blob`` and ``old_section_blob`` its document's (no git object).
    """
    state = r.state
    return {
        "commit": r.commit,
        "parents": list(r.parents),
        "author": {"name": r.author_name, "email": r.author_email},
        "author_date": r.author_date.isoformat(),
        "committer_date": r.committer_date.isoformat(),
        "subject": r.subject,
        "body": r.body,
        "kind": r.kind.value,
        "path": r.path,
        "old_path": r.old_path,
        **_blobs(r),
        "status": state.status.value if state else None,
        "status_raw": state.status_raw if state else None,
        "title": state.title if state else None,
        "relations": [{"kind": k, "ref": v} for k, v in state.relations] if state else [],
        "missing": r.missing,
        "at_boundary": r.at_boundary,
    }


def _blobs(r: Revision) -> dict[str, str | None]:
    if r.file_blobs is None:
        return {"blob": r.blob, "old_blob": r.old_blob}
    old, new = r.file_blobs
    return {"blob": new, "old_blob": old, "section_blob": r.blob, "old_section_blob": r.old_blob}


def entry_to_dict(e: TimelineEntry) -> dict[str, Any]:
    """One timeline step as JSON-ready data."""
    return {
        "commit": e.revision.commit,
        "date": e.revision.author_date.isoformat(),
        "author": e.revision.author_name,
        "event": _event(e),
        "status": e.status.value if e.status else None,
        "status_raw": e.status_raw,
        "relations": [{"kind": k, "ref": v} for k, v in e.relations],
        "label": e.label,
    }


def _event(e: TimelineEntry) -> str:
    """What the step did; a shallow clone's first commit created nothing it can show."""
    return "boundary" if e.event == "created" and e.revision.at_boundary else e.event


def lineage_to_dict(lineage: Lineage, history: History) -> dict[str, Any]:
    """The JSON shape of ``history --json``."""
    return {
        "path": lineage.path,
        "paths": list(lineage.paths),
        "deleted": lineage.deleted,
        "truncated": lineage.truncated,
        "created": _stamp(lineage.created),
        "modified": _stamp(lineage.modified),
        "revision_count": len(lineage.revisions),
        "authors": list(lineage.authors),
        "head": history.head,
        "truncated_at": _stamp(history.truncated_at),
        "notes": list(history.notes),
        "timeline": [entry_to_dict(e) for e in lineage.timeline],
        "revisions": [revision_to_dict(r) for r in lineage.revisions],
    }


def _day(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M %z")


def _summary(lineage: Lineage) -> Text:
    text = Text(inert_line(lineage.path), style="bold")
    if lineage.deleted:
        text.append("  (deleted)", style="red")
    created = _day(lineage.created) if lineage.created else "unknown (history truncated)"
    text.append(f"\nCreated    {created}")
    first = lineage.paths[0] if lineage.paths else lineage.path
    if lineage.created and first != lineage.path:  # written under another name first
        text.append(" as " + inert_line(first))
    if lineage.modified is not None:
        text.append(f"\nModified   {_day(lineage.modified)}")
    text.append(f"\nRevisions  {len(lineage.revisions)}")
    text.append("\nAuthors    " + inert_line(", ".join(lineage.authors)))
    return text


def _timeline(lineage: Lineage, now: Status | None) -> Text:
    text = Text("Status timeline", style="bold underline")
    for e in lineage.timeline:
        text.append(f"\n  {e.revision.author_date.date().isoformat()}  ")
        label = status_text(e.status) if e.status else Text("deleted", style="red")
        if e.status is not None and e.label != e.status.value:
            label = Text(inert_line(e.label), style=label.style)
        text.append_text(label)
        text.append(f"  ({inert_line(e.revision.author_name)})", style="dim")
    if now is not None:
        text.append("\n  now         ")
        text.append_text(status_text(now))
        text.append(f"  ({UNRECORDED})", style="dim")
    return text


def _revision_line(r: Revision) -> Text:
    text = Text(f"\n{_day(r.author_date)}  ")
    text.append(r.short, style="yellow")
    kind = "boundary" if r.at_boundary else r.kind.value  # a shallow clone's first commit
    text.append(f"  {kind:<8}  ")
    if r.state is not None:
        text.append_text(status_text(r.state.status))
        text.append("  ")
    if r.missing:
        text.append("(object missing)  ", style="red")
    text.append(inert_line(r.author_name), style="cyan")
    text.append("\n    " + inert_line(r.subject))
    where = f"{r.old_path} → {r.path}" if r.old_path else r.path
    text.append("\n    " + inert_line(where), style="dim")
    return text


def lineage_view(lineage: Lineage, history: History, now: Status | None = None) -> RenderableType:
    """The terminal view of ``history``: summary, timeline, revisions.

    ``now``: the status the file states that no revision brought (``status_now``).
    """
    parts: list[RenderableType] = [
        Text(f"note: {inert_line(n)}", style="yellow") for n in history.notes
    ]
    parts += [_summary(lineage), Text(""), _timeline(lineage, now), Text("")]
    revisions = Text("Revisions (oldest first)", style="bold underline")
    for r in lineage.revisions:
        revisions.append_text(_revision_line(r))
    parts.append(revisions)
    return Group(*parts)


def run(args: argparse.Namespace) -> int:
    """Print one ADR's history."""
    with opened_history(args) as (catalog, history):
        lineage = lineage_named(catalog, history, args.id, NAME)
        note_uncommitted(catalog, history, lineage, args.at)
        note_missing(history, lineage)
        decision = next((d for d in catalog if d.address == lineage.path), None)
        now = status_now(lineage, decision.status) if decision is not None else None
        if args.json:
            status = now.value if now is not None else None
            print_json({**lineage_to_dict(lineage, history), "status_now": status})
        else:
            # Wrapped by the terminal, not cut: a rename's new path stays on its line.
            console().print(lineage_view(lineage, history, now), soft_wrap=True)
    return EXIT_OK
