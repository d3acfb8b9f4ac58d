from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from tests.helpers_git import (
    GRACE,
    POSTGRES,
    adr,
    build,
    commit,
    git,
    linear_repo,
    merge,
    story_commits,
    tree_digest,
    write,
)

from adr_tui.core.catalog import load_catalog
from adr_tui.core.diffs import diff_revision
from adr_tui.core.errors import RepoError, RevisionError
from adr_tui.core.gitlog import GitRepo, tree_source
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Edit, Rename, git_environment

NO_CACHE = Settings(use_cache=False)
FIRST = "docs/adr/0001-first.md"


def test_plain_folder_has_no_history_but_browses(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    (folder / "docs/adr").mkdir(parents=True)
    (folder / "docs/adr/0001-a.md").write_bytes(adr("A"))
    with pytest.raises(RepoError, match="not a Git repository"):
        load_history(folder, NO_CACHE)
    assert len(load_catalog(folder, NO_CACHE)) == 1


def test_repository_without_commits(tmp_path: Path) -> None:
    repo = tmp_path / "empty"
    repo.mkdir()
    git(repo, "init", "-q")
    with load_history(repo, NO_CACHE) as history:
        assert history.head is None
        assert history.paths() == ()
        assert any("no commits" in note for note in history.notes)
        with pytest.raises(RepoError):
            history.for_decision("docs/adr/0001-a.md")
    with pytest.raises(RevisionError):
        tree_source(repo, "2024-01-01")


def test_detached_head(tmp_path: Path) -> None:
    repo = linear_repo(tmp_path / "repo")
    git(repo, "checkout", "-q", "--detach", "HEAD~1")
    with load_history(repo, NO_CACHE) as history:
        assert "docs/adr/0004-adr-4.md" not in history.paths()
        assert len(history.for_decision(FIRST).revisions) == 3


def test_worktree_reads_its_own_head(tmp_path: Path) -> None:
    repo = linear_repo(tmp_path / "repo")
    worktree = tmp_path / "wt"
    git(repo, "worktree", "add", "-q", "--detach", str(worktree), "HEAD~2")
    assert (worktree / ".git").is_file()
    with load_history(worktree, Settings(cache_dir=tmp_path / "cache")) as history:
        assert len(history.for_decision(FIRST).revisions) == 2
    with load_history(repo, Settings(cache_dir=tmp_path / "cache")) as history:
        assert len(history.for_decision(FIRST).revisions) == 4  # separate cache entry


def test_shallow_clone_marks_truncation(tmp_path: Path) -> None:
    source = linear_repo(tmp_path / "source", count=4)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{source}", str(clone))
    with load_history(clone, NO_CACHE) as history:
        assert history.shallow
        assert any("history truncated at 2024-01-03" in n for n in history.notes)
        first = history.for_decision(FIRST)
        assert first.truncated and first.created is None
        assert first.revisions[0].at_boundary
        newest = history.for_decision("docs/adr/0004-adr-4.md")
        assert not newest.truncated and newest.created is not None
        cut = history.for_decision("docs/adr/0003-adr-3.md")
        assert cut.created is None  # added at the boundary: creation cannot be told


def _unpack(repo: Path) -> None:
    """Turn every packed object into a loose one so one can be removed."""
    pack_dir = repo / ".git/objects/pack"
    keep = repo.parent / "packs"
    shutil.move(pack_dir, keep)
    pack_dir.mkdir()
    for pack in keep.glob("*.pack"):
        with pack.open("rb") as handle:
            subprocess.run(
                ["git", "unpack-objects", "-q"],
                cwd=repo,
                stdin=handle,
                env=git_environment(),
                check=True,
            )


def test_missing_object_is_marked_not_fatal(tmp_path: Path) -> None:
    repo = linear_repo(tmp_path / "repo", count=3)
    _unpack(repo)
    with load_history(repo, NO_CACHE) as history:
        old_blob = history.for_decision(FIRST).revisions[0].blob
    assert old_blob is not None
    (repo / ".git/objects" / old_blob[:2] / old_blob[2:]).unlink()
    with load_history(repo, NO_CACHE) as history:
        lineage = history.for_decision(FIRST)
        assert lineage.revisions[0].missing and lineage.revisions[0].state is None
        assert not lineage.revisions[-1].missing
        diff = diff_revision(history, lineage.revisions[1])
        assert diff.notice is not None and "missing" in diff.notice


def test_odd_file_names_survive(tmp_path: Path) -> None:
    names = [
        "docs/adr/0001-tab\there.md",
        "docs/adr/0002-new\nline.md",
        'docs/adr/0003-"quoted" \\ name.md',
        "docs/adr/-0004-dash.md",
        "docs/adr/@0005-at.md",
        "docs/adr/:0006-colon.md",
        "docs/adr/0007-日本語.MD",
    ]
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-01T10:00:00+00:00", "Odd", *(write(n, adr("Odd")) for n in names)),
    )
    with load_history(repo, NO_CACHE) as history:
        assert set(history.paths()) == set(names)
        for name in names:
            assert history.for_decision(name).revisions[0].kind is ChangeKind.ADDED


def test_tree_source_at_a_date_and_a_revision(tmp_path: Path) -> None:
    repo = linear_repo(tmp_path / "repo", count=4)
    source = tree_source(repo, "2024-01-02")
    assert source.is_file("docs/adr/0002-adr-2.md")
    assert not source.is_file("docs/adr/0003-adr-3.md")
    assert source.is_dir("docs/adr") and source.list_dirs("docs") == ["docs/adr"]
    assert b"revision: 2" in source.read_bytes(FIRST)
    at_rev = tree_source(repo, "HEAD~1")
    assert sorted(at_rev.walk_files("docs")) == [
        FIRST,
        "docs/adr/0002-adr-2.md",
        "docs/adr/0003-adr-3.md",
    ]
    with pytest.raises(RevisionError, match="no commit on or before"):
        tree_source(repo, "2023-12-31")
    catalog = load_catalog(repo, Settings(at="2024-01-03T12:00:00+00:00", use_cache=False))
    assert len(catalog) == 3 and catalog.at is not None


def test_history_at_a_date_stops_there(tmp_path: Path) -> None:
    repo = linear_repo(tmp_path / "repo", count=4)
    with load_history(repo, NO_CACHE, at="2024-01-02") as history:
        assert len(history.for_decision(FIRST).revisions) == 2
    with GitRepo.open(repo) as opened:
        assert opened.resolve_at("2024-01-03") == opened.resolve("HEAD~1")


def test_renames_from_other_files_are_followed_and_to_them_deletes(tmp_path: Path) -> None:
    text = adr("Notes that become an ADR")
    repo = build(
        tmp_path / "repo",
        commit(
            GRACE,
            "2024-01-01T10:00:00+00:00",
            "Start",
            write("notes.txt", text),
            write("docs/adr/0002-x.md", adr("Leaves")),
            write("src/app.py", "print('hi')\n"),
        ),
        commit(
            GRACE,
            "2024-01-02T10:00:00+00:00",
            "Swap",
            Rename("notes.txt", "docs/adr/0001-notes.md"),
            Rename("docs/adr/0002-x.md", "archive/0002-x.txt"),
        ),
        commit(GRACE, "2024-01-03T10:00:00+00:00", "Code only", write("src/app.py", "pass\n")),
    )
    with load_history(repo, NO_CACHE) as history:
        assert history.paths() == ("docs/adr/0001-notes.md",)
        # the notes' own commit is the record's first (round 26h); it began at the rename
        added, renamed = history.for_decision("docs/adr/0001-notes.md").revisions
        assert added.kind is ChangeKind.ADDED and added.old_blob is None
        assert added.path == "notes.txt" and added.subject == "Start"
        assert renamed.kind is ChangeKind.RENAMED and renamed.old_path == "notes.txt"
        gone = history.for_decision("docs/adr/0002-x.md")
        assert [r.kind for r in gone.revisions] == [ChangeKind.ADDED, ChangeKind.DELETED]
        assert gone.revisions[-1].blob is None and gone.last_blob is not None
        assert history.head is not None


def test_skewed_clocks_keep_one_lineage(tmp_path: Path) -> None:
    path = "docs/adr/0001-a.md"
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-20T10:00:00+00:00", "Add (clock ahead)", write(path, adr("A"))),
        commit(
            GRACE,
            "2024-01-21T10:00:00+00:00",
            "Branch edit",
            Edit(path, (("# A", "# A on a branch"),)),
            branch="feature",
        ),
        commit(
            GRACE,
            "2024-01-10T10:00:00+00:00",
            "Main edit (clock behind)",
            Edit(path, (("status: accepted", "status: deprecated"),)),
        ),
        commit(GRACE, "2024-01-22T10:00:00+00:00", "Merge", merge="feature"),
    )
    with load_history(repo, NO_CACHE) as history:
        lineage = history.for_decision(path)
        assert sorted(r.subject for r in lineage.revisions) == [
            "Add (clock ahead)",
            "Branch edit",
            "Main edit (clock behind)",
        ]
        assert lineage.revisions[0].kind is ChangeKind.ADDED


def test_branch_edit_of_a_file_moved_on_main_joins_its_lineage(tmp_path: Path) -> None:
    old, new = "doc/adr/0001-a.md", "docs/decisions/0001-a.md"
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-01T10:00:00+00:00", "Add", write(old, adr("A"))),
        commit(
            GRACE,
            "2024-01-05T10:00:00+00:00",
            "Edit on a branch",
            Edit(old, (("status: accepted", "status: deprecated"),)),
            branch="feature",
        ),
        commit(
            GRACE, "2024-01-03T10:00:00+00:00", "Move", Rename("doc/adr", "docs/decisions", True)
        ),
    )
    merge(repo, "feature", "2024-01-06T10:00:00+00:00")
    assert "status: deprecated" in (repo / new).read_text()
    for settings in (NO_CACHE, Settings(cache_dir=tmp_path / "cache")):
        with load_history(repo, settings) as history:
            lineage = history.for_decision(new)
            assert [r.subject for r in lineage.revisions] == ["Add", "Move", "Edit on a branch"]
            assert lineage.timeline[-1].label == "deprecated"
            assert history.deleted_paths() == ()


def test_partial_clone_marks_missing_objects_and_fetches_nothing(tmp_path: Path) -> None:
    source = linear_repo(tmp_path / "source", count=3)
    git(source, "config", "uploadpack.allowFilter", "true")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--filter=blob:none", f"file://{source}", str(clone))
    before = tree_digest(clone / ".git")
    with load_history(clone, NO_CACHE) as history:
        lineage = history.for_decision(FIRST)
        assert [r.missing for r in lineage.revisions] == [True, True, False]
        assert (
            lineage.timeline and lineage.timeline[0].revision.commit == lineage.revisions[-1].commit
        )
        assert diff_revision(history, lineage.revisions[1]).notice is not None
    assert tree_digest(clone / ".git") == before  # no lazy fetch wrote objects


def test_partial_clone_still_follows_exact_renames(tmp_path: Path) -> None:
    source = build(tmp_path / "source", *story_commits())
    git(source, "config", "uploadpack.allowFilter", "true")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--filter=blob:none", f"file://{source}", str(clone))
    before = tree_digest(clone / ".git")
    with load_history(clone, NO_CACHE) as history:
        assert any("only renames without edits" in note for note in history.notes)
        lineage = history.for_decision(POSTGRES)
        assert lineage.paths[0] == "doc/adr/0001-use-postgres.md"  # the folder move is exact
        assert lineage.revisions[-1].state is not None
    assert tree_digest(clone / ".git") == before
