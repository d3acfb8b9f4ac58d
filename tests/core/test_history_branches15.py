"""Review 15: a file renamed to a record is followed back along the renaming commit's past only.

A draft 'notes/draft.txt' written on a branch and renamed there to a record, while main
added and edited meeting notes of the same name: the log interleaves both branches by
date, and the record's history began with Bob's meeting notes; Grace's draft was lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, BOB, GRACE, adr, build, commit, write

from adr_tui.core.history import ChangeKind, History, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Edit, Rename

DRAFT = "notes/draft.txt"
RECORD = "docs/adr/0001-use-kafka.md"
OTHER = "docs/adr/0002-use-rest.md"
NOTES = "Meeting notes\n\n- lunch on friday\n"


def _steps(history: History) -> list[tuple[ChangeKind, str, str | None, str]]:
    return [
        (r.kind, r.path, r.old_path, r.author_name) for r in history.for_decision(RECORD).revisions
    ]


DRAFTED_ON_FEAT = (
    commit(ADA, "2023-01-01T09:00:00+00:00", "Init", write(OTHER, adr("Use REST"))),
    commit(
        GRACE,
        "2023-01-02T09:00:00+00:00",
        "Draft kafka",
        write(DRAFT, adr("Use Kafka", "proposed")),
        branch="feat",
    ),
)
"""A record on main, then Grace's Kafka draft on the branch 'feat'."""


def concurrent_drafts(dest: Path) -> Path:
    """Review 15's story: the Kafka draft on 'feat', meeting notes of its name on main."""
    return build(
        dest,
        *DRAFTED_ON_FEAT,
        commit(BOB, "2023-01-03T09:00:00+00:00", "Meeting notes", write(DRAFT, NOTES)),
        commit(
            BOB,
            "2023-01-04T09:00:00+00:00",
            "More notes",
            write(DRAFT, NOTES + "- buy coffee\n"),
        ),
        commit(
            GRACE,
            "2023-01-05T09:00:00+00:00",
            "Name kafka record",
            Rename(DRAFT, RECORD),
            branch="feat",
        ),
        commit(ADA, "2023-01-06T09:00:00+00:00", "Merge feat", merge="feat"),
    )


@pytest.mark.parametrize("use_cache", [False, True])
def test_another_branch_s_file_of_the_old_name_is_not_the_record_s_past(
    tmp_path: Path, use_cache: bool
) -> None:
    repo = concurrent_drafts(tmp_path / "repo")
    settings = Settings(use_cache=use_cache, cache_dir=tmp_path / "cache")
    for _ in range(2 if use_cache else 1):  # the first read, then the cache it wrote
        with load_history(repo, settings) as history:
            assert _steps(history) == [
                (ChangeKind.ADDED, DRAFT, None, "Grace Lee"),
                (ChangeKind.RENAMED, RECORD, DRAFT, "Grace Lee"),
            ]
            summary = history.summary(RECORD)
            assert summary is not None and summary.revision_count == 2
            assert str(summary.created) == "2023-01-02 09:00:00+00:00"
            assert summary.authors == ("Grace Lee",)
            assert history.paths() == (RECORD, OTHER)
            assert history.deleted_paths() == ()


def test_the_old_name_is_followed_through_a_merge_into_the_branch_that_wrote_it(
    tmp_path: Path,
) -> None:
    # Drafted on a branch, merged, edited and renamed on main: the merge (no diff, not
    # kept) stands between the rename and the draft's first commit.
    repo = build(
        tmp_path / "repo",
        *DRAFTED_ON_FEAT,
        commit(ADA, "2023-01-03T09:00:00+00:00", "Unrelated", write("README.md", "Hello\n")),
        commit(GRACE, "2023-01-04T09:00:00+00:00", "Merge feat", merge="feat"),
        commit(
            BOB,
            "2023-01-05T09:00:00+00:00",
            "Accept kafka",
            Edit(DRAFT, (("proposed", "accepted"),)),
        ),
        commit(ADA, "2023-01-06T09:00:00+00:00", "Name kafka record", Rename(DRAFT, RECORD)),
    )
    with load_history(repo, Settings(use_cache=False)) as history:
        assert _steps(history) == [
            (ChangeKind.ADDED, DRAFT, None, "Grace Lee"),
            (ChangeKind.MODIFIED, DRAFT, None, "Bob Smith"),
            (ChangeKind.RENAMED, RECORD, DRAFT, "Ada Lovelace"),
        ]
        lineage = history.for_decision(RECORD)
        assert [(e.event, e.label) for e in lineage.timeline] == [
            ("created", "proposed"),
            ("status", "accepted"),
        ]
