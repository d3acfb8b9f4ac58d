from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.helpers_git import (
    BRANCHED,
    CAFE,
    CASED,
    CATEGORY,
    GRACE,
    GRAPHQL,
    POSTGRES,
    RENUMBERED,
    REUSED,
    TEMP,
    adr,
    build,
    commit,
    story_commits,
    write,
)

from adr_tui.core.history import ChangeKind, History, load_history
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Edit


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("story") / "repo", *story_commits())


@pytest.fixture
def history(story: Path, tmp_path: Path) -> Iterator[History]:
    with load_history(story, Settings(cache_dir=tmp_path / "cache")) as loaded:
        yield loaded


def test_today_paths_all_have_lineages(history: History) -> None:
    assert set(history.paths()) >= {POSTGRES, GRAPHQL, RENUMBERED, CATEGORY, CASED, REUSED, CAFE}
    assert "README.md" in history.paths()  # every Markdown file has a history


def test_renumbering_rename_is_followed(history: History) -> None:
    lineage = history.for_decision(RENUMBERED)
    assert lineage.paths == (
        "doc/adr/0004-queue-jobs.md",
        "doc/adr/0007-queue-jobs.md",
        "docs/decisions/0007-queue-jobs.md",
    )
    assert [r.kind for r in lineage.revisions] == [
        ChangeKind.ADDED,
        ChangeKind.RENAMED,
        ChangeKind.RENAMED,
    ]
    assert lineage.revisions[1].old_path == "doc/adr/0004-queue-jobs.md"


def test_title_rename_folder_move_and_branch_edit(history: History) -> None:
    lineage = history.for_decision(GRAPHQL)
    assert lineage.paths[0] == "doc/adr/0002-use-rest.md"
    assert lineage.revisions[0].state is not None
    assert lineage.revisions[0].state.title == "Use REST"
    assert lineage.revisions[-1].state is not None
    assert lineage.revisions[-1].state.status is Status.DEPRECATED
    assert lineage.revisions[-1].author_name == "Bob Smith"  # the branch commit, not the merge
    assert not any(len(r.parents) > 1 for r in lineage.revisions)


def test_category_move_and_case_only_rename(history: History) -> None:
    category = history.for_decision(CATEGORY)
    assert category.paths[0] == "doc/adr/backend/0005-design-tokens.md"
    assert category.created == dt.datetime.fromisoformat("2023-12-08T16:00:00-05:00")
    cased = history.for_decision(CASED)
    assert cased.paths == (
        "doc/adr/0006-Use-Kafka.md",
        "docs/decisions/0006-Use-Kafka.md",
        CASED,
    )


def test_old_folder_is_gone_but_its_history_stays(history: History) -> None:
    assert not any(p.startswith("doc/adr/") for p in history.paths())
    assert history.for_decision(POSTGRES).paths[0] == "doc/adr/0001-use-postgres.md"


def test_deleted_adr_is_findable_with_its_last_content(history: History) -> None:
    assert TEMP in history.deleted_paths()
    lineage = history.for_decision(TEMP)
    assert lineage.deleted
    assert lineage.revisions[-1].kind is ChangeKind.DELETED
    assert lineage.last_blob is not None
    content = history.read_blobs([lineage.last_blob])[lineage.last_blob]
    assert content is not None and b"# Temporary" in content


def test_reused_path_holds_two_lineages(history: History) -> None:
    today = history.for_decision(REUSED)
    assert [r.kind for r in today.revisions] == [ChangeKind.ADDED]
    assert today.created == dt.datetime.fromisoformat("2024-04-01T10:00:00+00:00")
    old = history.for_decision("doc/adr/0008-cache.md")
    assert old.deleted
    assert [r.kind for r in old.revisions] == [ChangeKind.ADDED, ChangeKind.DELETED]


def test_branch_adr_and_non_ascii_name(history: History) -> None:
    assert history.for_decision(BRANCHED).authors == ("Bob Smith",)
    cafe = history.for_decision(CAFE)
    assert cafe.revisions[0].state is not None
    assert cafe.revisions[0].state.title == "Café ünïcode"


def test_revision_fields_keep_both_time_zones(history: History) -> None:
    first, accepted, *_ = history.for_decision(POSTGRES).revisions
    assert first.author_name == "Grace Lee"
    assert first.author_email == "grace@example.com"
    assert first.author_date.utcoffset() == dt.timedelta(hours=1)
    assert accepted.committer_date.utcoffset() == dt.timedelta(hours=-5)
    assert accepted.subject == "Accept PostgreSQL"
    assert accepted.body == "After the review."
    assert accepted.kind is ChangeKind.MODIFIED
    assert len(accepted.commit) == 40
    assert accepted.old_blob == first.blob


def test_status_timeline(history: History) -> None:
    lineage = history.for_decision(POSTGRES)
    steps = [
        (e.label, e.revision.author_date.date().isoformat(), e.revision.author_name)
        for e in lineage.timeline
    ]
    assert steps == [
        ("proposed", "2023-11-22", "Grace Lee"),
        ("accepted", "2023-12-08", "Bob Smith"),
        ("superseded by ADR-0012", "2024-05-02", "Grace Lee"),
    ]
    assert lineage.timeline[-1].event == "status+relations"


def test_derived_metadata(history: History) -> None:
    lineage = history.for_decision(POSTGRES)
    assert lineage.created == dt.datetime.fromisoformat("2023-11-22T09:30:00+01:00")
    assert lineage.modified == dt.datetime.fromisoformat("2024-05-02T11:00:00+02:00")
    assert len(lineage.revisions) == 4  # add, accept, folder move, supersede
    assert lineage.authors == ("Grace Lee", "Bob Smith")
    assert not lineage.truncated


def test_cheap_lineages_cover_deleted_ones(history: History) -> None:
    lineages = history.lineages()
    assert sum(1 for x in lineages if x.deleted) == 2
    assert all(r.state is None for x in lineages for r in x.revisions)


def test_unknown_path_raises(history: History) -> None:
    from adr_tui.core.errors import RepoError

    with pytest.raises(RepoError):
        history.for_decision("docs/decisions/9999-nothing.md")


def test_relation_change_without_status_change(tmp_path: Path) -> None:
    path = "docs/adr/0002-b.md"
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-01T10:00:00+00:00", "Add", write(path, adr("B"))),
        commit(
            GRACE,
            "2024-02-01T10:00:00+00:00",
            "Link",
            Edit(path, (("date: 2024-01-02\n", "date: 2024-01-02\namends: [ADR-0001]\n"),)),
        ),
        commit(
            GRACE, "2024-03-01T10:00:00+00:00", "Wording", Edit(path, (("We need", "We must"),))
        ),
    )
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision(path)
    assert [(e.event, e.label) for e in lineage.timeline] == [
        ("created", "accepted"),
        ("relations", "accepted; amends ADR-0001"),
    ]


def test_a_record_renamed_and_rewritten_in_one_commit_keeps_its_history(tmp_path: Path) -> None:
    # git sees a delete and an add (under 50% alike); one number in one folder is one record.
    from adr_tui.demo.builder import Delete

    old, new = "docs/adr/0001-use-cc0.md", "docs/adr/0001-dual-license.md"
    other = "docs/adr/0002-gone.md"
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2021-03-01T09:00:00+00:00", "Use CC0", write(old, adr("Use CC0"))),
        commit(GRACE, "2021-04-01T09:00:00+00:00", "Other", write(other, adr("Gone"))),
        commit(
            GRACE,
            "2022-10-05T09:00:00+00:00",
            "Dual license the work",
            Delete(old),
            write(new, adr("Dual License the Work", extra="deciders: [A, B, C]\n") * 3),
            Delete(other),
            write("docs/adr/0003-new.md", "# 3. New\n\nSomething else entirely, at length.\n"),
        ),
    )
    with load_history(repo, Settings(cache_dir=tmp_path / "cache")) as history:
        revisions = history.for_decision(new).revisions
        assert [r.subject for r in revisions] == ["Use CC0", "Dual license the work"]
        assert revisions[-1].kind is ChangeKind.RENAMED and revisions[-1].old_path == old
        assert [r.kind for r in history.for_decision("docs/adr/0003-new.md").revisions] == [
            ChangeKind.ADDED
        ]  # a delete of another number is not paired with it
        gone = history.summary(other)
        assert gone is not None and gone.deleted
