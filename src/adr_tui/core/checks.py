"""Problems of the decision log as a whole: duplicates, broken or one-sided links, bad statuses."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import unquote

from adr_tui.core.adrnames import (
    DATE_NAMED,
    is_addendum,
    is_folder_page,
    is_state_folder,
    letter_of_name,
    numbering_of,
    stem_of,
)
from adr_tui.core.model import Decision, Problem, Relation, RelationKind, Status
from adr_tui.core.parsing.dates import WRITTEN_KEY, month_first, slash_order
from adr_tui.core.parsing.numbers import log_folder_of
from adr_tui.core.supersession import Lookup, find_cycles, successors

_SUPERSESSION = (RelationKind.SUPERSEDES, RelationKind.SUPERSEDED_BY)
# A name that starts with the month and day it was written: georgevs/pills names its records
# "11-8-backend-config.md" and "11-9-sql-builder.md" ("by originating date and topic").
_MONTH_DAY_NAME = re.compile(r"^(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])-[^\d\W]")
# A heading that opens with the record's number: "1. Use kafka", "ADR-1: X", not "9-30 Model".
_NUMBERED_HEADING = re.compile(r"^(?:adr[-_ ]?)?0*(\d+)(?:[.:)]|\s)", re.IGNORECASE)
# The parser's warning for a record without a title heading (parsing/assemble.py).
NO_TITLE_WARNING = "no title heading; title made from the file name"
# Rust's RFC process, and the logs that copy it, name a proposal "0000-x.md" until it is
# accepted and given its number: Altinn/altinn-platform keeps three such drafts in rfcs/ at
# once ("State: REVIEW"), which were three "duplicates" of number 0. Two records decided at
# 0000 still are.
_AWAITING_A_NUMBER = frozenset({Status.DRAFT, Status.PROPOSED, Status.REJECTED})
_ONE_SIDED = {
    RelationKind.SUPERSEDED_BY: "{} says it supersedes this ADR, but this ADR does not say so",
    RelationKind.SUPERSEDES: "{} says it is superseded by this ADR, but this ADR does not say so",
}


def log_problems(decisions: Sequence[Decision], adr_dirs: Sequence[str] = ()) -> list[Problem]:
    """Every problem that involves more than one file, or the meaning of one.

    ``adr_dirs``, the ADR folders found, each number a log of their own.
    """
    problems: list[Problem] = []
    logs = log_folders(decisions, adr_dirs)
    by_number: dict[tuple[int, str, str], list[Decision]] = defaultdict(list)
    for d in decisions:
        name = d.path.rpartition("/")[2]
        # An addendum shares its record's number by design (it amends it: see links).
        if d.number is not None and not is_addendum(name):
            by_number[d.number, logs[d.path], letter_of_name(name)].append(d)
    for (number, _log, _), same in sorted(by_number.items()):
        if number == 0:
            same = [d for d in same if d.status not in _AWAITING_A_NUMBER]
        if len(same) > 1 and _one_name(same):
            problems += _markups(same)
        elif len(same) > 1:
            paths = ", ".join(d.address for d in same)  # "DECISIONS.md#2": a section
            kept = "decisions" if any(d.part for d in same) else "files"  # sections of one
            for d in same:
                problems.append(
                    Problem(
                        d.address,
                        f"number {number} is used by {len(same)} {kept}: {paths}",
                        "duplicate-number",
                    )
                )
    problems += _copies(decisions)
    problems += _date_order_notes(decisions, logs)
    silent = [d for d in decisions if _states_no_status(d)]
    quiet_log = len(silent) > 1 and len(silent) == len(decisions)
    if quiet_log:  # a log that never states a status: one note, not one per file
        folder = silent[0].path.rpartition("/")[0]
        message = f"none of the {len(silent)} ADRs states a status (MADR makes it optional)"
        problems.append(Problem(folder, message, "no-status", severity="info"))
    untitled = _untitled_logs(decisions, logs)
    for log, count in sorted(untitled.items()):
        message = f"none of the {count} records has a title heading: titled by their file names"
        problems.append(Problem(log, message, "no-title", severity="info"))
    by_id = {d.id: d for d in decisions}
    loops = find_cycles(decisions)
    circle = {member: set(loop) for loop in loops for member in loop}
    problems += [_cycle_problem(loop, by_id) for loop in loops]
    for d in decisions:
        noted = bool(untitled) and logs[d.path] in untitled
        problems.extend(_decision_problems(d, by_id, circle, quiet_log, title_noted=noted))
    return problems


def _untitled_logs(decisions: Sequence[Decision], logs: dict[str, str]) -> dict[str, int]:
    """The logs none of whose records has a title heading, with their number of records.

    A Rust-style RFC opens with its fields ("- Feature Name: release_please", "- State:
    **ACCEPTED**") and then "# Summary": Altinn/altinn-platform's sixteen RFCs were sixteen
    warnings of one convention. Then the log gets one note; a record alone without its
    title among titled ones still gets its warning.
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for d in decisions:
        count = counts[logs[d.path]]
        count[0] += 1
        count[1] += NO_TITLE_WARNING in d.warnings
    return {log: total for log, (total, untitled) in counts.items() if 1 < total == untitled}


def _cycle_problem(loop: tuple[str, ...], by_id: dict[str, Decision]) -> Problem:
    """One problem for decisions that supersede one another in a circle, on its first.

    "A supersedes B" and "B supersedes A" leave neither in force. Each side read alone is
    no fault (a link the other end does not state, a status to update); together they are
    one fault to mend in one of the files, so the circle is reported once, not as its links.
    """
    labels = [by_id[member].label for member in loop]
    if len(labels) == 2:
        message = f"{labels[0]} and {labels[1]} supersede each other: neither is in force"
    else:
        circle = " → ".join([*labels, labels[0]])
        message = f"{circle} supersede one another in a circle: none is in force"
    return Problem(by_id[loop[0]].address, message, "supersession-cycle")


def _month_day_logs(decisions: Sequence[Decision], logs: dict[str, str]) -> set[str]:
    """The logs whose every numbered record is named for its month and day ("11-8-x.md").

    Their leading number is a month: four November records were four "duplicates" of
    number 11. One such name among numbered ones ("3-2-phase-commit.md") keeps its number.
    """
    shapes: dict[str, list[bool]] = defaultdict(list)
    for d in decisions:
        if d.number is not None:
            shapes[logs[d.path]].append(bool(_MONTH_DAY_NAME.match(d.path.rpartition("/")[2])))
    return {log for log, named in shapes.items() if len(named) > 1 and all(named)}


def _one_name(same: Sequence[Decision]) -> bool:
    """Whether records sharing a number are one file name in one folder, in other markups."""
    return len({(_unsuffixed(d.path), d.part) for d in same}) == 1  # part: a log file's


def _unsuffixed(path: str) -> str:
    folder, _, name = path.rpartition("/")
    return f"{folder}/{name.rsplit('.', 1)[0]}"


def _markups(same: Sequence[Decision]) -> list[Problem]:
    """Problems for one record written twice, in two markups ("0003-x.md" and "0003-x.rst").

    dimagi/commcare-hq added each record's reStructuredText beside its Markdown before
    deleting the Markdown: two files of one record, not two records numbered alike.
    """
    problems = []
    for d in same:
        others = ", ".join(o.path.rpartition("/")[2] for o in same if o is not d)
        message = f"the same record is also written as {others}: keep one"
        problems.append(Problem(d.path, message, "same-record"))
    return problems


def _copies(decisions: Sequence[Decision]) -> list[Problem]:
    """Problems for one record kept in two folders: the same file name and title.

    A date and words name one record ("20260613-categorizacion-de-bienes.md" in docs/adr
    and docs/adr/donaciones-service, tsorren/DonaTrack-TP-DDS): one is a copy left behind,
    and both are listed. Numbered names repeat across logs by design ("0001-record-
    architecture-decisions.md" in each service), so they are not compared; nor are other
    unnumbered ones, but in the state folders of one log ("MTFH/Proposed/x.md" and
    "MTFH/Accepted/x.md"), where a record moves as it is decided.
    """
    kept: dict[tuple[str, str, str], list[Decision]] = defaultdict(list)
    for d in decisions:
        folder, _, name = d.path.rpartition("/")
        parent, _, state = folder.rpartition("/")
        if (numbering := numbering_of(name)) is not None and numbering[0] == DATE_NAMED:
            kept["", name.casefold(), d.title.casefold()].append(d)
        elif numbering is None and is_state_folder(state):
            kept[parent, name.casefold(), d.title.casefold()].append(d)
    problems = []
    for same in kept.values():
        for d in same if len(same) > 1 else ():
            others = ", ".join(f"{o.path} ({o.status.value})" for o in same if o is not d)
            message = f"{d.status.value} here, and the same record is in {others}: keep one"
            problems.append(Problem(d.path, message, "same-record"))
    return problems


def _written(d: Decision) -> str:
    return next((text for key, text in d.extra if key == WRITTEN_KEY), "")


def _orders(decisions: Sequence[Decision], logs: dict[str, str]) -> dict[str, set[str]]:
    """Each log's numeric dates: which of them put the day first, or the month, or may."""
    found: dict[str, set[str]] = defaultdict(set)
    for d in decisions:
        if (text := _written(d)) and (order := slash_order(text)) is not None:
            found[logs[d.path]].add(order)
    return found


def dated_by_log(decisions: Sequence[Decision], adr_dirs: Sequence[str] = ()) -> list[Decision]:
    """Decisions whose "07/05/2023" is read as their log writes its dates.

    A date is read day first ("07/05/2023" is 7 May); a log whose other dates put the month
    first, and none the day ("07/22/2023", GitBook's), means 5 July (round 15 left it).
    A log whose names open with the month and day ("11-8-x.md") numbers no record.
    """
    decisions = _unnumbered_by_month(decisions, adr_dirs)
    if not any(_written(d) for d in decisions):
        return decisions  # most logs: ISO dates
    logs = log_folders(decisions, adr_dirs)
    orders = _orders(decisions, logs)
    return [
        replace(d, date=month_first(_written(d)) or d.date)
        if orders[logs[d.path]] == {"either", "month"} and slash_order(_written(d)) == "either"
        else d
        for d in decisions
    ]


def _unnumbered_by_month(decisions: Sequence[Decision], adr_dirs: Sequence[str]) -> list[Decision]:
    """Decisions without the number a log named by month and day read from their names.

    georgevs/pills names its records "9-30-model.md", "11-8-backend-config.md": they were
    ADR 9 and three ADR 11s, and "show 11" named three files. Such a record has no number:
    its file name labels it.
    """
    named = [
        d
        for d in decisions
        if d.number is not None and d.number <= 12 and _by_month(d.path, d.number)
    ]
    if not named:  # most logs: a regex on a dozen names at most
        return list(decisions)
    logs = log_folders(decisions, adr_dirs)
    dated = _month_day_logs(decisions, logs)
    dropped = {d.path for d in named if logs[d.path] in dated and not _headed_so(d)}
    return [replace(d, number=None) if d.path in dropped else d for d in decisions]


def _headed_so(d: Decision) -> bool:
    """Whether a record's first heading states its number: "# 1. Use kafka" in "1-2-use-kafka.md".

    The name's "1-2" then numbers record 1, version or part 2: the heading confirms it.
    """
    first = next(iter(d.sections), None)
    heading = _NUMBERED_HEADING.match(first.title) if first is not None else None
    return heading is not None and int(heading[1]) == d.number


def _by_month(path: str, number: int) -> bool:
    """Whether ``path``'s name opens with a month and day, the month being ``number``."""
    name = path.rpartition("/")[2]
    return _MONTH_DAY_NAME.match(name) is not None and int(name.partition("-")[0]) == number


def _date_order_notes(decisions: Sequence[Decision], logs: dict[str, str]) -> list[Problem]:
    """Notes on how a log's dates that could be day or month first were read.

    One per log whose dates never say which; one per log whose ambiguous dates were read
    month first because another file's date did (:func:`dated_by_log`), naming that file:
    "03/04/2024" became 4 March for a reason the user can see and check. One per log,
    not per file: a US-dated log has dozens of such dates.
    """
    notes = []
    for log, orders in sorted(_orders(decisions, logs).items()):
        if orders == {"either", "month"}:
            notes.append(_month_first_note(log, [d for d in decisions if logs[d.path] == log]))
        if orders == {"either"}:
            first = next(_written(d) for d in decisions if logs[d.path] == log and _written(d))
            message = (
                f"dates such as {first!r} are read day first: none of the log's says the order"
            )
            notes.append(Problem(log, message, "date-order", severity="info"))
    return notes


def _month_first_note(log: str, decisions: Sequence[Decision]) -> Problem:
    """The note on one log whose ambiguous dates were read month first because of one file's."""
    setter = next(d for d in decisions if slash_order(_written(d)) == "month")
    reread = [d for d in decisions if d.date is not None and slash_order(_written(d)) == "either"]
    first = reread[0]
    others = f" and {len(reread) - 1} more" if len(reread) > 1 else ""
    message = (
        f"the date {_written(first)!r} of {first.path}{others} is read month first"
        f" ({first.date.isoformat() if first.date else ''}), as {setter.path} writes"
        f" {_written(setter)!r}, which can only be month first"
    )
    return Problem(log, message, "date-order", severity="info")


def log_folders(decisions: Sequence[Decision], adr_dirs: Sequence[str] = ()) -> dict[str, str]:
    """Each decision's path → the folder of the log it belongs to.

    Numbers are per log: the services of a monorepo each number theirs from 1.
    A log is the outermost folder holding decisions, or an ADR folder found inside
    one (a log4brains package, a sub-log numbered apart); a folder nested in a log
    otherwise (an 'archive' or 'superseded' folder) continues its numbering.
    """
    folders = sorted({log_folder_of(d.path) for d in decisions}, key=lambda f: (len(f), f))
    logs: list[str] = []
    for folder in folders:  # shorter first, so a log is known before the folders inside it
        if not any(folder == log or folder.startswith(f"{log}/") for log in logs):
            logs.append(folder)
    logs.extend(d for d in adr_dirs if d and d in folders and d not in logs)
    deepest_first = sorted(logs, key=len, reverse=True)
    owner = {
        folder: next(log for log in deepest_first if folder == log or folder.startswith(f"{log}/"))
        for folder in folders
    }
    return {d.path: owner[log_folder_of(d.path)] for d in decisions}


def _states_no_status(d: Decision) -> bool:
    # An unknown status word is the parser's to report (it is among d.warnings).
    return d.status is Status.UNKNOWN and not d.status_raw


def _broken(rel: Relation) -> str:
    """The message for a reference that names no ADR, with the file a link pointed to.

    "[Push Button APIs For DSLs](0015-push-button-api-for-dsl.md)": the words alone do not
    say which file is missing.
    """
    target = rel.ref.target
    shown = f" ({target})" if target and target != rel.ref.raw else ""
    return f"{rel.kind.value} {rel.ref.raw!r}{shown} names no ADR here"


def _stale_link(rel: Relation, lookup: Lookup) -> str | None:
    """Why a link that found its record by number names a file that is gone, or None.

    "[ADR024 - …](ADR024-tenant-isolation.md)" for the record renamed
    "ADR024-soft-multitenancy.md" (alphagov/gsp): the record is known, the path is stale.
    """
    target = unquote((rel.ref.target or "").split("#", 1)[0])
    linked = lookup.get(rel.target_id) if target and rel.target_id else None
    if linked is None or "://" in target:
        return None
    if _stem(target) == _stem(linked.path):  # "0005-x.md" from elsewhere, or "0005-x"
        return None
    if is_folder_page(target.rpartition("/")[2]):
        return None  # "README.md#adr-0005-x": the log's index, where the record is listed
    if _site_route(target) == _NUMBER_PREFIX.sub("", _stem(linked.path), count=1):
        return None
    return f"{rel.kind.value} link {target!r} names no file: it is {linked.path} now"


# A documentation site serves a numbered file without its number (Docusaurus's default):
# LBHackney-IT/Data-Platform-Playbook's "[ADR 008](/architecture-decisions/records/
# production-data-in-staging)" is the page of records/008-production-data-in-staging.md.
_NUMBER_PREFIX = re.compile(r"^\d{1,6}[-_. ]")


def _site_route(target: str) -> str | None:
    """The page name a link without a file suffix asks a site for, or None for a file's link."""
    name = target.rstrip("/").rpartition("/")[2]
    return None if not name or "." in name else name.casefold()


def _stem(path: str) -> str:
    """The name a link and a record share: "0002-x" for "../0002-x/" and "0002-x/README.md"."""
    return stem_of(path).casefold()


def _decision_problems(
    d: Decision,
    lookup: Lookup,
    circle: dict[str, set[str]],
    status_noted: bool,
    *,
    title_noted: bool,
) -> list[Problem]:
    # A section of a log kept in one file is named as such ("DECISIONS.md#2"): the Problems
    # screen opens it, and check says which of the file's decisions it is.
    problems = [
        Problem(d.address, w, "parse-warning")
        for w in d.warnings
        if not (title_noted and w == NO_TITLE_WARNING)
    ]
    if _states_no_status(d) and not status_noted:
        # MADR makes the status optional, so a missing one is no fault of the log.
        problems.append(Problem(d.address, "states no status", "no-status", severity="info"))
    retired_by = None if d.id in circle else _stale_successor(d, lookup)
    for rel in d.relations:
        if rel.stated and rel.target_id is None:
            problems.append(Problem(d.address, _broken(rel), "broken-link"))
        elif rel.stated and (stale := _stale_link(rel, lookup)) is not None:
            problems.append(Problem(d.address, stale, "stale-link"))
        elif _one_sided(d, rel, circle, retired_by):
            one_sided = _ONE_SIDED[rel.kind].format(_other_end(rel, d))
            problems.append(Problem(d.address, one_sided, "one-sided-link"))
    if retired_by is not None:
        message = f"superseded by {retired_by.ref.raw} but its status is {d.status.value}"
        problems.append(Problem(d.address, message, "stale-status"))
    return problems


def _one_sided(
    d: Decision, rel: Relation, circle: dict[str, set[str]], retired_by: Relation | None
) -> bool:
    """Whether ``rel`` is a supersession only its other end states, to be reported as such.

    A record whose status is stale for the same successor gets the stale status alone: its
    one fix (a status naming the successor) mends both, and Accenture/reactive-interaction-
    gateway's ADR 3, left "Accepted" under ADR 4's "Supercedes [3. …]", was told twice.
    """
    if rel.stated or rel.kind not in _SUPERSESSION or _in_circle(d, rel, circle):
        return False
    return retired_by is None or rel.target_id != retired_by.target_id


def _in_circle(d: Decision, rel: Relation, circle: dict[str, set[str]]) -> bool:
    """Whether ``rel`` joins ``d`` to a decision of its own supersession circle."""
    return rel.target_id in circle.get(d.id, ())


def _other_end(rel: Relation, d: Decision) -> str:
    """How a problem of ``d`` names the record ``rel`` comes from: with its file if elsewhere.

    A monorepo numbers each log anew (openedx/edx-platform keeps a 0003 in docs/decisions
    and in lms/djangoapps/grades/docs/decisions): "ADR-0003 says it is superseded by this
    ADR" left the reader to guess which.
    """
    path = rel.ref.target
    if path and path.rpartition("/")[0] != d.path.rpartition("/")[0]:
        return f"{rel.ref.raw} ({path})"
    return rel.ref.raw


def _stale_successor(d: Decision, lookup: Lookup) -> Relation | None:
    """The successor in effect that ``d``'s status should name but does not, or None.

    As :mod:`supersession` rules: only a successor in effect retires a decision (a proposed,
    draft or rejected one does not), and a file that states no status has none to update.
    A file that itself says it is superseded by a successor in effect was updated: apache/
    james-project keeps "Accepted (lazy consensus) & implemented" above "Superceded by [16. …]"
    in its Status section, and the list already shows it superseded.
    """
    if d.status is Status.SUPERSEDED or not d.status.in_force or _states_no_status(d):
        return None
    live = set(successors(d, lookup))
    if any(rel.stated and rel.target_id in live for rel in d.superseded_by):
        return None
    return next((rel for rel in d.superseded_by if rel.target_id in live), None)
