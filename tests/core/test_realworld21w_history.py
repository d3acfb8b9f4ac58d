"""Round 21 (whole logs): a status timeline across a branch that superseded a record."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, build, commit, write

from adr_tui.core.history import ChangeKind, load_history, status_now
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Commit, Edit, Rename

LIVE = "docs/adr/0039-luck-resets-at-the-top-level-arc-boundary.md"
ARCHIVED = "docs/adr/superseded/0039-luck-resets-at-the-top-level-arc-boundary.md"
SUCCESSOR = "docs/adr/0041-luck-merges-into-fortune.md"


def _wyrd(number: int, title: str, status: str, body: str = "") -> str:
    # from neilgfoster/wyrd docs/adr/superseded/0039-luck-resets-at-the-top-level-arc-boundary.md
    return (
        f"# ADR {number:04d} — {title}\n\n**Date:** 2026-08-26\n**Status:** {status}\n\n"
        f"## Context\n\n`docs/design/03-rules.md` §1 (Luck) states that testing Luck costs 1 Luck."
        f"\n{body}\n## Decision\n\n**{title}.**\n"
    )


# from neilgfoster/wyrd: ADR 0041 superseded ADR 0039 and moved it to docs/adr/superseded/ on a
# branch, while main fixed a quotation in ADR 0039 at its old path; the merge joined both.
def _wyrd_repo(dest: Path, *later: Commit) -> Path:
    luck = "Luck resets to maximum at the start of each top-level arc"
    return build(
        dest,
        commit(
            ADA, "2026-08-26T10:00:00+00:00", "ADR 0039", write(LIVE, _wyrd(39, luck, "Accepted"))
        ),
        commit(
            BOB,
            "2026-08-27T10:00:00+00:00",
            "ADR 0041: Luck merges into Fortune; 0039 to superseded/",
            Rename(LIVE, ARCHIVED),
            Edit(
                ARCHIVED,
                (
                    (
                        "**Status:** Accepted",
                        "**Status:** Superseded by [ADR 0041](../0041-luck-merges-into-fortune.md)",
                    ),
                ),
            ),
            write(SUCCESSOR, _wyrd(41, "Luck merges into Fortune", "Accepted")),
            branch="luck-merge",
        ),
        commit(
            ADA,
            "2026-08-27T12:00:00+00:00",
            "Quote 03-rules exactly in ADR 0039",
            Edit(LIVE, (("costs 1 Luck.", "costs 1 Luck for the rest of the arc."),)),
        ),
        commit(ADA, "2026-08-28T10:00:00+00:00", "Merge #41", branch="main", merge="luck-merge"),
        *later,
    )


def test_an_edit_on_main_does_not_undo_a_branch_s_supersession(tmp_path: Path) -> None:
    repo = _wyrd_repo(tmp_path / "repo")
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision(ARCHIVED)
    # the quotation fix is still a revision of the record ...
    assert [(r.kind, r.path) for r in lineage.revisions] == [
        (ChangeKind.ADDED, LIVE),
        (ChangeKind.RENAMED, ARCHIVED),
        (ChangeKind.MODIFIED, LIVE),
    ]
    # ... but it changed no status: it edited a copy that had always said accepted
    assert [(e.status, e.event) for e in lineage.timeline] == [
        (Status.ACCEPTED, "created"),
        (Status.SUPERSEDED, "status+relations"),
    ]
    assert status_now(lineage, Status.SUPERSEDED) is None  # the merge changed no status


def test_the_record_moved_to_the_archive_is_found_by_its_old_path_or_id(tmp_path: Path) -> None:
    # and a record committed without a suffix, whose id is its path
    bare = "docs/adr/0006-state-is-entities"
    later = commit(ADA, "2026-09-02T10:00:00+00:00", "ADR 0006", write(bare, _wyrd(6, "S", "A")))
    repo = _wyrd_repo(tmp_path / "repo", later)
    with load_history(repo, Settings(use_cache=False)) as history:
        assert history.holder_of(LIVE) == ARCHIVED
        assert history.holder_of(LIVE.removesuffix(".md")) == ARCHIVED
        assert history.holder_of(bare) == bare
        # neither a folder nor nothing names a record
        assert history.holder_of("docs/adr") is None
        assert history.holder_of("") is None
