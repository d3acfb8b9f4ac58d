"""Round 26h: a record's history starts at its first commit, whatever its first file's name.

kordis wrote ADR 4 as "adr004-graphql-schema.ms" and renamed it to ".md" a commit later; a
rename from a name that is no ADR's counted as an add, and the history began at the rename.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, BOB, GRACE, adr, build, commit, git, write

from adr_tui.core.history import ChangeKind, History, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Delete, Edit, Rename

RECORD = "docs/adr/0004-graphql-schema.md"
NO_CACHE = Settings(use_cache=False)


def renamed_story(dest: Path, first: str, *, last: str = RECORD) -> Path:
    """``first`` proposed, accepted, then renamed to ``last``; another record beside it."""
    return build(
        dest,
        commit(
            GRACE,
            "2023-01-02T10:00:00+00:00",
            "Draft the schema decision",
            write(first, adr("GraphQL schema", "proposed")),
            write("docs/adr/0003-rest.md", adr("REST")),
        ),
        commit(
            BOB, "2023-01-03T10:00:00+00:00", "Accept", Edit(first, (("proposed", "accepted"),))
        ),
        commit(ADA, "2023-01-04T10:00:00+00:00", "Name it as a record", Rename(first, last)),
    )


def _steps(history: History, path: str = RECORD) -> list[tuple[ChangeKind, str, str | None]]:
    return [(r.kind, r.path, r.old_path) for r in history.for_decision(path).revisions]


@pytest.mark.parametrize(
    "first",
    [
        "docs/adr/adr004-graphql-schema.ms",  # a typo'd suffix (kordis)
        "docs/adr/0004-graphql-schema.txt",  # plain text, no "adr" before its number
        "notes/draft.md",  # a draft elsewhere, moved into the log
        "notes/draft",  # no suffix, no number
    ],
)
def test_history_starts_at_the_first_commit_of_the_file_renamed_to_the_record(
    tmp_path: Path, first: str
) -> None:
    repo = renamed_story(tmp_path / "repo", first)
    with load_history(repo, NO_CACHE) as history:
        assert _steps(history) == [
            (ChangeKind.ADDED, first, None),
            (ChangeKind.MODIFIED, first, None),
            (ChangeKind.RENAMED, RECORD, first),
        ]
        lineage = history.for_decision(RECORD)
        assert [(e.event, e.label) for e in lineage.timeline] == [
            ("created", "proposed"),
            ("status", "accepted"),
        ]
        assert str(lineage.created) == "2023-01-02 10:00:00+00:00"
        assert lineage.authors == ("Grace Lee", "Bob Smith", "Ada Lovelace")
        summary = history.summary(RECORD)
        assert summary is not None and summary.revision_count == 3
        assert str(summary.created) == "2023-01-02 10:00:00+00:00"
        assert history.paths() == ("docs/adr/0003-rest.md", RECORD)  # no lineage of its own
        assert history.deleted_paths() == ()


def test_a_file_renamed_twice_keeps_both_names(tmp_path: Path) -> None:
    # x.md (an ADR's name) → adr004.ms (no ADR's) → the record: the middle name is followed too
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2023-01-02T10:00:00+00:00", "Draft", write("x.md", adr("X", "proposed"))),
        commit(BOB, "2023-01-03T10:00:00+00:00", "Number it", Rename("x.md", "adr004.ms")),
        commit(
            BOB,
            "2023-01-04T10:00:00+00:00",
            "Accept",
            Edit("adr004.ms", (("proposed", "accepted"),)),
        ),
        commit(ADA, "2023-01-05T10:00:00+00:00", "File it", Rename("adr004.ms", RECORD)),
    )
    with load_history(repo, NO_CACHE) as history:
        assert _steps(history) == [
            (ChangeKind.ADDED, "x.md", None),
            (ChangeKind.RENAMED, "adr004.ms", "x.md"),
            (ChangeKind.MODIFIED, "adr004.ms", None),
            (ChangeKind.RENAMED, RECORD, "adr004.ms"),
        ]
        assert history.for_decision(RECORD).paths == ("x.md", "adr004.ms", RECORD)
        assert history.paths() == (RECORD,)


def test_two_names_that_are_no_adr_s_are_followed_back(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2023-01-02T10:00:00+00:00", "Draft", write("draft.txt", adr("X"))),
        commit(BOB, "2023-01-03T10:00:00+00:00", "Number it", Rename("draft.txt", "adr004.ms")),
        commit(ADA, "2023-01-04T10:00:00+00:00", "File it", Rename("adr004.ms", RECORD)),
    )
    with load_history(repo, NO_CACHE) as history:
        assert [r.path for r in history.for_decision(RECORD).revisions] == [
            "draft.txt",
            "adr004.ms",
            RECORD,
        ]
        assert str(history.created(RECORD)) == "2023-01-02 10:00:00+00:00"


def test_only_the_file_renamed_to_the_record_is_followed(tmp_path: Path) -> None:
    # An earlier file at the draft's path, deleted before the draft was written, and a new
    # file written there after the rename, are other files; so is a text file never renamed.
    repo = build(
        tmp_path / "repo",
        commit(
            GRACE,
            "2023-01-01T10:00:00+00:00",
            "Old notes",
            write("notes/draft.txt", "Shopping list\n"),
            write("notes/todo.txt", "Ask about the schema\n"),
        ),
        commit(GRACE, "2023-01-02T10:00:00+00:00", "Drop them", Delete("notes/draft.txt")),
        commit(BOB, "2023-01-03T10:00:00+00:00", "Draft", write("notes/draft.txt", adr("Schema"))),
        commit(BOB, "2023-01-04T10:00:00+00:00", "Todo", write("notes/todo.txt", "Done\n")),
        commit(ADA, "2023-01-05T10:00:00+00:00", "File it", Rename("notes/draft.txt", RECORD)),
        commit(ADA, "2023-01-06T10:00:00+00:00", "New notes", write("notes/draft.txt", "Next\n")),
        commit(ADA, "2023-01-07T10:00:00+00:00", "More", write("notes/draft.txt", "Later\n")),
    )
    with load_history(repo, NO_CACHE) as history:
        assert [(r.kind, r.subject) for r in history.for_decision(RECORD).revisions] == [
            (ChangeKind.ADDED, "Draft"),
            (ChangeKind.RENAMED, "File it"),
        ]
        assert str(history.created(RECORD)) == "2023-01-03 10:00:00+00:00"
        assert history.paths() == (RECORD,)
        assert history.deleted_paths() == ()


def test_a_record_renamed_away_to_a_name_no_adr_has_is_deleted(tmp_path: Path) -> None:
    old = "docs/adr/0002-x.md"
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2023-01-02T10:00:00+00:00", "Add", write(old, adr("X"))),
        commit(BOB, "2023-01-03T10:00:00+00:00", "Archive", Rename(old, "archive/0002-x.txt")),
        commit(BOB, "2023-01-04T10:00:00+00:00", "Edit", write("archive/0002-x.txt", "Gone\n")),
    )
    with load_history(repo, NO_CACHE) as history:
        assert history.paths() == ()
        assert [r.kind for r in history.for_decision(old).revisions] == [
            ChangeKind.ADDED,
            ChangeKind.DELETED,
        ]


def test_a_rename_in_new_commits_reads_the_older_log_again(tmp_path: Path) -> None:
    # The cached log kept no change of the draft (no ADR's name); an update that finds it
    # renamed to a record must not start the record at the rename.
    first = "docs/adr/adr004-graphql-schema.ms"
    repo = renamed_story(tmp_path / "repo", first)
    head = git(repo, "rev-parse", "HEAD").strip()
    settings = Settings(cache_dir=tmp_path / "cache")
    git(repo, "reset", "-q", "--hard", "HEAD~1")
    with load_history(repo, settings) as history:
        assert history.paths() == ("docs/adr/0003-rest.md",)
    git(repo, "reset", "-q", "--hard", head)
    for _ in range(2):  # the update, then the cache it wrote
        with load_history(repo, settings) as history:
            summary = history.summary(RECORD)
            assert summary is not None and summary.revision_count == 3
            assert str(summary.created) == "2023-01-02 10:00:00+00:00"
            assert [r.path for r in history.for_decision(RECORD).revisions] == [
                first,
                first,
                RECORD,
            ]
