"""``adr-tui diff ID [REV [REV]]``: what changed in one ADR, line by line and word by word.

No REV: the latest change to the text. One REV: that revision against the one before it
(rename-aware). Two REVs: the content after the first against the content
after the second. Coloured in a terminal, plain ``diff -u`` text when piped.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from rich.text import Text

from adr_tui.cli.cmd_history import (
    lineage_named,
    note_missing,
    note_uncommitted,
    opened_history,
)
from adr_tui.cli.common import EXIT_OK, EXIT_USAGE, add_repo_args, console, print_json
from adr_tui.core.diffs import (
    DiffLine,
    FileDiff,
    LineTag,
    SpanTag,
    diff_between,
    diff_revision,
)
from adr_tui.core.errors import RevisionError
from adr_tui.core.history import History, Lineage, Revision
from adr_tui.core.text import inert, inert_line

NAME = "diff"
_LINE_STYLES = {LineTag.ADD: "green", LineTag.REMOVE: "red", LineTag.CONTEXT: ""}
_MARKS = {LineTag.ADD: "+", LineTag.REMOVE: "-", LineTag.CONTEXT: " "}
_WORD_STYLES = {SpanTag.INSERT: "bold reverse green", SpanTag.DELETE: "bold reverse red"}


def add_parser(sub: Any) -> None:
    """Register ``diff``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        NAME,
        help="what changed in one ADR",
        description="Diff one ADR: no REV = its latest change to the text; one REV = that revision "
        "against the previous one; two REVs = between them. Word changes are highlighted.",
    )
    parser.add_argument("id", metavar="ID", help="number (55, ADR-0055), id or path")
    parser.add_argument("revs", metavar="REV", nargs="*", help="commit(s), e.g. HEAD~2 or a1b2c3")
    parser.add_argument(
        "-r",
        "--rev",
        dest="rev_options",
        action="append",
        default=[],
        metavar="REV",
        help="a revision given as an option (repeatable; counts after the positional ones)",
    )
    add_repo_args(parser)
    parser.add_argument("--json", action="store_true", help="print JSON (hunks and word spans)")


def _revision_at(history: History, lineage: Lineage, rev: str) -> Revision:
    """The revision made by ``rev``, else the newest one ``rev`` already contains.

    Raises:
        RevisionError: ``rev`` names no commit, or none of this ADR's revisions precede it.
    """
    assert history.repo is not None
    oid = history.repo.resolve(rev)
    for revision in reversed(lineage.revisions):
        if revision.commit == oid:
            return revision
    for revision in reversed(lineage.revisions):
        if history.repo.is_ancestor(revision.commit, oid):
            return revision
    raise RevisionError(f"{lineage.path} has no revision at or before {rev!r}")


def _latest_change(history: History, lineage: Lineage) -> tuple[FileDiff, list[Revision]]:
    """The newest revision that changed the text: a rename alone is no change to show."""
    newest = lineage.revisions[-1]
    for revision in reversed(lineage.revisions):
        diff = diff_revision(history, revision)
        if not diff.identical:
            return diff, [revision]
    return diff_revision(history, newest), [newest]


def _pick(history: History, lineage: Lineage, revs: list[str]) -> tuple[FileDiff, list[Revision]]:
    if not revs:
        return _latest_change(history, lineage)
    chosen = [_revision_at(history, lineage, rev) for rev in revs]
    if len(chosen) == 1:
        return diff_revision(history, chosen[0]), chosen
    return diff_between(history, chosen[0], chosen[1]), chosen


def _line_text(line: DiffLine) -> Text:
    style = _LINE_STYLES[line.tag]
    text = Text(_MARKS[line.tag], style=style)
    if not line.words:
        text.append(inert_line(line.text), style=style)
        return text
    for span in line.words:
        text.append(inert_line(span.text), style=_WORD_STYLES.get(span.tag, style))
    return text


SHALLOW_NOTICE = (
    "History is cut at this commit (shallow clone): the text before it is not in this clone, "
    "so all of it shows as added. 'git fetch --deepen=N' fetches older commits."
)


def _at_cut(diff: FileDiff, revisions: list[Revision]) -> bool:
    """Whether ``diff`` is a shallow clone's first commit against nothing.

    Git shows such a commit as adding every file; the record may be years older.
    """
    return len(revisions) == 1 and revisions[0].at_boundary and diff.old_path is None


def _noted(diff: FileDiff, revisions: list[Revision]) -> FileDiff:
    """``diff``, with the shallow clone's cut said when it stands at one."""
    if diff.notice is None and _at_cut(diff, revisions):
        return replace(diff, notice=SHALLOW_NOTICE)
    return diff


def diff_view(diff: FileDiff, revisions: list[Revision]) -> Text:
    """The diff as one ``Text``: commit lines, file headers, hunks."""
    out = Text()
    for r in revisions:
        out.append(f"commit {r.commit}\n", style="yellow")
        out.append(inert_line(f"Author: {r.author_name} <{r.author_email}>") + "\n")
        out.append(f"Date:   {r.author_date.isoformat()}\n")
        out.append(f"    {inert_line(r.subject)}\n\n")
    old = "a/" + diff.old_path if diff.old_path else "/dev/null"
    if _at_cut(diff, revisions):
        old = "(not in this shallow clone)"
    out.append(f"--- {inert_line(old)}\n")
    out.append(f"+++ {inert_line('b/' + diff.new_path if diff.new_path else '/dev/null')}\n")
    for hunk in diff.hunks:
        out.append(hunk.header + "\n", style="cyan")
        for line in hunk.lines:
            out.append_text(_line_text(line))
            out.append("\n")
    if diff.notice:
        out.append(inert(diff.notice) + "\n", style="yellow")
    elif diff.identical:
        out.append("(no content change)\n", style="dim")
    return out


def diff_to_dict(diff: FileDiff, revisions: list[Revision]) -> dict[str, Any]:
    """The JSON shape of ``diff --json``."""
    return {
        "commits": [r.commit for r in revisions],
        "old_path": diff.old_path,
        "new_path": diff.new_path,
        "binary": diff.binary,
        "truncated": diff.truncated,
        "notice": diff.notice,
        "added": diff.added,
        "removed": diff.removed,
        "hunks": [
            {
                "header": h.header,
                "lines": [
                    {
                        "tag": line.tag.value,
                        "text": line.text,
                        "old": line.old_number,
                        "new": line.new_number,
                        "words": [{"tag": w.tag.value, "text": w.text} for w in line.words],
                    }
                    for line in h.lines
                ],
            }
            for h in diff.hunks
        ],
    }


def run(args: argparse.Namespace) -> int:
    """Print one ADR's diff."""
    revs = [*args.revs, *args.rev_options]
    if len(revs) > 2:  # a usage error, as argparse reports one (it exited 1: "not found")
        sys.stderr.write(f"adr-tui {NAME}: error: give at most two revisions, not {len(revs)}\n")
        return EXIT_USAGE
    with opened_history(args) as (catalog, history):
        lineage = lineage_named(catalog, history, args.id, NAME)
        note_uncommitted(catalog, history, lineage, args.at)
        note_missing(history, lineage)
        diff, revisions = _pick(history, lineage, revs)
        diff = _noted(diff, revisions)
        if args.json:
            print_json(diff_to_dict(diff, revisions))
        else:
            # Never re-wrapped: a long line cut in two lost its '+', and stayed no diff.
            console().print(diff_view(diff, revisions), end="", soft_wrap=True)
    return EXIT_OK
