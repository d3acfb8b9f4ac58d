"""Repositories of the shapes users open: bare clones, empty ones, shallow ones."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, git, tree_digest, write

from adr_tui.cli import cmd_tui
from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]
FIRST = "docs/adr/0001-first.md"


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(
        tmp_path_factory.mktemp("origin") / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add first", write(FIRST, adr("First"))),
        commit(
            ADA,
            "2024-01-03T10:00:00+00:00",
            "Add second",
            write("docs/adr/0002-second.md", adr("Second")),
        ),
        commit(
            ADA,
            "2024-01-04T10:00:00+00:00",
            "Supersede first",
            write(FIRST, adr("First", status="superseded")),
        ),
    )


@pytest.fixture(scope="module")
def bare(origin: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("bare")
    git(where, "clone", "-q", "--bare", str(origin), "project.git")
    return where / "project.git"


def test_a_bare_clone_is_read_as_of_head(bare: Path, capsys: Capture) -> None:
    before = tree_digest(bare)
    assert main(["list", "--json", str(bare)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [d["title"] for d in listed] == ["First", "Second"]
    assert main(["history", "1", str(bare), "--json"]) == 0  # it said "not a Git repository"
    history = json.loads(capsys.readouterr().out)
    assert [r["subject"] for r in history["revisions"]] == ["Add first", "Supersede first"]
    assert tree_digest(bare) == before


def test_the_ui_opens_a_bare_clone_as_of_head(bare: Path) -> None:
    app = cmd_tui.open_app(cmd_tui.parse([str(bare)]), terminal=False)
    assert app.settings.at == "HEAD"


def test_a_work_tree_is_still_read_from_its_files(origin: Path) -> None:
    app = cmd_tui.open_app(cmd_tui.parse([str(origin)]), terminal=False)
    assert app.settings.at is None


def test_a_bare_repository_without_commits_says_so(tmp_path: Path, capsys: Capture) -> None:
    git(tmp_path, "init", "-q", "--bare", "empty.git")
    assert main(["list", str(tmp_path / "empty.git")]) == 1
    assert "has no commits yet" in capsys.readouterr().err  # not a bare "unknown revision 'HEAD'"


def test_a_repository_of_another_user_says_how_to_trust_it_quoted(
    origin: Path, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    spaced = tmp_path / "my repo"
    git(tmp_path, "clone", "-q", str(origin), "my repo")
    monkeypatch.setenv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1")  # git's own stand-in for it
    assert main(["list", str(spaced)]) == 0  # the files need no git
    capsys.readouterr()
    assert main(["history", "1", str(spaced)]) == 1
    err = capsys.readouterr().err
    assert "belongs to another user" in err
    # The command can be copied as it stands: the path is one shell word.
    assert f"git config --global --add safe.directory '{spaced}'" in err


@pytest.fixture(scope="module")
def shallow(origin: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Cut mid-way: 'Add second' is its first commit, with 0001 already there."""
    where = tmp_path_factory.mktemp("shallow")
    git(where, "clone", "-q", "--depth", "2", origin.as_uri(), "clone")
    return where / "clone"


def test_a_shallow_clone_s_first_commit_is_no_creation(shallow: Path, capsys: Capture) -> None:
    before = tree_digest(shallow)
    assert main(["history", "1", str(shallow), "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    cut = history["revisions"][0]
    assert (cut["subject"], cut["at_boundary"]) == ("Add second", True)
    assert [e["event"] for e in history["timeline"]] == ["boundary", "status"]  # not "created"

    assert main(["diff", "1", cut["commit"], "-C", str(shallow)]) == 0
    text = capsys.readouterr().out
    assert "--- (not in this shallow clone)\n" in text  # git's "/dev/null" says it was added
    assert "--- /dev/null" not in text
    assert "shallow clone" in text.rsplit("+", 1)[1]  # the notice follows the lines
    assert main(["diff", "1", cut["commit"], "-C", str(shallow), "--json"]) == 0
    assert "shallow clone" in json.loads(capsys.readouterr().out)["notice"]
    assert tree_digest(shallow) == before


def test_a_record_created_in_a_full_clone_is_still_added(origin: Path, capsys: Capture) -> None:
    assert main(["history", "1", str(origin), "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert history["timeline"][0]["event"] == "created"
    assert main(["diff", "1", history["revisions"][0]["commit"], "-C", str(origin)]) == 0
    text = capsys.readouterr().out
    assert "--- /dev/null\n" in text
    assert "shallow" not in text


def test_a_record_in_a_submodule_says_where_its_history_is(
    origin: Path, tmp_path: Path, capsys: Capture
) -> None:
    outer = build(
        tmp_path / "outer",
        commit(ADA, "2024-02-01T10:00:00+00:00", "Start", write("README.md", "outer\n")),
    )
    git(outer, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(origin), "adrs")
    dated = ("-c", "user.name=Ada", "-c", "user.email=ada@example.com")
    git(outer, *dated, "commit", "-q", "--date=2024-02-02T10:00:00+00:00", "-m", "Add ADRs")
    before = tree_digest(outer)

    assert main(["list", "--json", str(outer)]) == 0  # discovery walks into the submodule
    assert [d["path"] for d in json.loads(capsys.readouterr().out)][0] == f"adrs/{FIRST}"
    for command in ("history", "diff"):
        assert main([command, "1", "-C", str(outer)]) == 1
        err = capsys.readouterr().err
        assert "never committed" not in err  # it was: in the submodule's own history
        assert f"Run: adr-tui {command} -C {outer / 'adrs'} 1" in err
    assert main(["history", "1", "-C", str(outer / "adrs")]) == 0  # the command it names works
    assert tree_digest(outer) == before


@pytest.mark.parametrize("term", ["dumb", "unknown"])
def test_a_dumb_terminal_is_told_what_works_there(
    origin: Path, term: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", term)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main([str(origin)]) == 1  # the list was laid out at 80x25 and the real size in turn
    assert f"TERM={term}" in capsys.readouterr().err
    monkeypatch.setenv("TERM", "xterm-256color")
    app = cmd_tui.open_app(cmd_tui.parse([str(origin)]))
    assert app.settings.at is None  # any other terminal gets the app


def test_a_sparse_checkout_says_what_it_leaves_out(
    origin: Path, tmp_path: Path, capsys: Capture
) -> None:
    git(tmp_path, "clone", "-q", str(origin), "sparse")
    sparse = tmp_path / "sparse"
    git(sparse, "sparse-checkout", "set", "--no-cone", "/docs/adr/0001-*")
    assert not (sparse / "docs/adr/0002-second.md").exists()
    before = tree_digest(sparse)

    assert main(["list", "--json", str(sparse)]) == 0
    out, err = capsys.readouterr()
    assert [d["title"] for d in json.loads(out)] == ["First"]
    assert "1 ADR file(s) in docs/adr are outside this sparse checkout" in err
    assert main(["show", "2", str(sparse)]) == 1  # it said only "no ADR named '2'"
    assert "outside this sparse checkout" in capsys.readouterr().err
    assert main(["show", "2", str(sparse), "--at", "HEAD"]) == 0  # as the note says
    assert "Second" in capsys.readouterr().out
    assert tree_digest(sparse) == before


def test_a_full_checkout_has_no_such_note(origin: Path, capsys: Capture) -> None:
    assert main(["list", str(origin)]) == 0
    assert capsys.readouterr().err == ""


def test_history_through_a_linked_adr_folder_is_the_committed_files(
    tmp_path: Path, capsys: Capture
) -> None:
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write("records/0001-a.md", adr("A"))),
        commit(
            ADA,
            "2024-01-03T10:00:00+00:00",
            "Accept",
            write("records/0001-a.md", adr("A", status="deprecated")),
        ),
    )
    (repo / "docs").mkdir()
    (repo / "docs/adr").symlink_to("../records")  # the folder discovery finds by its name
    before = tree_digest(repo)

    assert main(["list", "--json", str(repo)]) == 0
    assert [d["path"] for d in json.loads(capsys.readouterr().out)] == ["docs/adr/0001-a.md"]
    assert main(["history", "1", str(repo), "--json"]) == 0  # it said "never committed"
    history = json.loads(capsys.readouterr().out)
    assert history["path"] == "records/0001-a.md"
    assert [r["subject"] for r in history["revisions"]] == ["Add", "Accept"]
    assert main(["diff", "1", "-C", str(repo)]) == 0
    assert "+status: deprecated" in capsys.readouterr().out
    assert tree_digest(repo) == before


def test_an_edit_not_yet_committed_is_said_not_lost(tmp_path: Path, capsys: Capture) -> None:
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write(FIRST, adr("First"))),
    )
    assert main(["history", "1", str(repo)]) == 0
    assert capsys.readouterr().err == ""  # the file is as committed
    (repo / FIRST).write_bytes((repo / FIRST).read_bytes().replace(b"\n", b"\r\n"))
    assert main(["history", "1", str(repo)]) == 0
    assert capsys.readouterr().err == ""  # line ends alone, as a CRLF checkout writes them
    (repo / FIRST).write_bytes(adr("First, edited"))
    for argv in (["history", "1", str(repo)], ["diff", "1", "-C", str(repo)]):
        assert main(argv) == 0
        err = capsys.readouterr().err
        assert f"note: {FIRST} has changes not committed yet" in err
    assert main(["history", "1", str(repo), "--at", "HEAD"]) == 0
    assert capsys.readouterr().err == ""  # a past revision's history is no place for it


def test_a_bare_clone_named_by_the_user_is_read_where_git_wants_it_explicit(
    bare: Path, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "gitconfig"
    config.write_text("[safe]\n\tbareRepository = explicit\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    assert main(["list", "--json", str(bare)]) == 0  # it said "the repository has no commits"
    assert [d["title"] for d in json.loads(capsys.readouterr().out)] == ["First", "Second"]
    assert main(["history", "1", str(bare), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["revisions"]) == 2


@pytest.mark.parametrize("command", ["show", "history", "diff"])
def test_an_id_written_like_an_option_is_told_where_it_goes(
    tmp_path: Path, command: str, capsys: Capture
) -> None:
    dashed = "docs/adr/-0004-dash.md"  # a file name that begins with a dash
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write(dashed, adr("Dash"))),
    )
    assert main([command, "-0004-dash", "-C", str(repo)]) == 2  # a usage error, as before
    err = capsys.readouterr().err
    assert f"adr-tui {command} -- -0004-dash" in err  # it said only "ID is required"
    assert main([command, "-C", str(repo), "--", "-0004-dash"]) == 0  # as the hint says
    assert dashed in capsys.readouterr().out


def test_a_repository_folder_named_in_no_utf_8_is_searched(tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / os.fsdecode(b"caf\xe9 repo")  # Latin-1 bytes, as an old disk has them
    repo = build(
        folder,
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write(FIRST, adr("First"))),
    )
    assert main(["search", "first", str(repo)]) == 0  # the index folder's key: a traceback
    assert "First" in capsys.readouterr().out
    assert main(["history", "1", str(repo)]) == 0
    assert FIRST in capsys.readouterr().out


def test_three_revisions_to_diff_are_a_usage_error(origin: Path, capsys: Capture) -> None:
    argv = ["diff", "1", "HEAD", "HEAD~1", "-r", "HEAD~2", "-C", str(origin)]
    assert main(argv) == 2  # it exited 1, which says "not found or problems found"
    assert "give at most two revisions, not 3" in capsys.readouterr().err


def test_a_partial_clone_says_how_to_fetch_the_versions_it_lacks(
    origin: Path, tmp_path: Path, capsys: Capture
) -> None:
    source = tmp_path / "source"
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(source))
    git(source, "config", "uploadpack.allowFilter", "true")
    git(tmp_path, "clone", "-q", "--filter=blob:none", source.as_uri(), "partial")
    partial = tmp_path / "partial"
    before = tree_digest(partial)

    for argv in (["history", "1", str(partial)], ["diff", "1", "-C", str(partial)]):
        assert main(argv) == 0
        err = capsys.readouterr().err
        # 0001's first version was never fetched ("object missing", unexplained)
        assert f"1 version(s) of {FIRST} are not in this partial clone" in err
        assert f"'git log -p -- {FIRST}'" in err
    assert tree_digest(partial) == before  # nothing fetched
    git(partial, "log", "-p", "--", FIRST)  # the command the note names
    assert main(["history", "1", str(partial)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("at", ["HEAD~2", "2024-01-02"])
def test_a_revision_cut_off_by_a_shallow_clone_says_so(
    shallow: Path, at: str, capsys: Capture
) -> None:
    assert main(["list", str(shallow), "--at", at]) == 1  # before 'Add second', the first kept
    err = capsys.readouterr().err
    assert "in this shallow clone: older commits are not here" in err  # not a bare "unknown"
    assert main(["list", str(shallow), "--at", "HEAD~1"]) == 0  # what it has still lists


def test_a_file_git_rewrites_on_checkout_is_no_edit(tmp_path: Path, capsys: Capture) -> None:
    pointer = b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"0" * 64 + b"\n"
    repo = build(
        tmp_path / "repo",
        commit(
            ADA,
            "2024-01-02T10:00:00+00:00",
            "Add",
            write(".gitattributes", "*.md filter=lfs diff=lfs merge=lfs\n"),
            write(FIRST, pointer + b"size 300\n"),  # what Git LFS commits
        ),
    )
    (repo / FIRST).write_bytes(adr("First"))  # what its smudge filter checks out
    assert main(["history", FIRST, str(repo)]) == 0
    assert "not committed" not in capsys.readouterr().err  # the blob is a pointer: no edit


def test_an_orphan_branch_is_no_repository_without_commits(
    origin: Path, tmp_path: Path, capsys: Capture
) -> None:
    git(tmp_path, "clone", "-q", str(origin), "clone")
    clone = tmp_path / "clone"
    git(clone, "checkout", "-q", "--orphan", "fresh")  # HEAD on a branch with no commit yet
    assert main(["history", "1", str(clone)]) == 1
    err = capsys.readouterr().err
    assert "branch 'fresh' has no commits yet (other branches have: --at main)" in err
    assert "the repository has no commits" not in err  # it has: on main
    assert main(["list", str(clone), "--at", "main"]) == 0  # as the message says
