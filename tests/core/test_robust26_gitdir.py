"""Robustness 26: a git folder's own files (bare? sparse?) read in the core, and what it costs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, git, tree_digest, write

from adr_tui.core import gitlog
from adr_tui.core.catalog import load_catalog
from adr_tui.core.gitlog.gitdir import (
    SPARSE_CODE,
    checked_out_elsewhere,
    is_bare_folder,
    is_sparse_checkout,
    sparse_problems,
    work_tree_of,
)
from adr_tui.core.settings import Settings

NO_CACHE = Settings(use_cache=False)


def three_records(dest: Path) -> Path:
    """A repository of three records in docs/adr and a source file, at ``dest``."""
    return build(
        dest,
        commit(
            ADA,
            "2024-01-02T10:00:00+00:00",
            "Add records",
            write("docs/adr/0001-first.md", adr("First")),
            write("docs/adr/0002-second.md", adr("Second")),
            write("docs/adr/0003-third.md", adr("Third")),
            write("src/app.py", "print(1)\n"),
        ),
    )


def sparse_clone(origin: Path, dest: Path) -> Path:
    """A clone of ``origin`` at ``dest`` whose sparse checkout keeps ADR 1 and src/ only."""
    git(dest.parent, "clone", "-q", str(origin), dest.name)
    git(dest, "sparse-checkout", "set", "--no-cone", "/docs/adr/0001-*", "/src/")
    return dest


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return three_records(tmp_path_factory.mktemp("origin") / "repo")


@pytest.fixture(scope="module")
def sparse(origin: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sparse_clone(origin, tmp_path_factory.mktemp("sparse") / "sparse")


def test_a_bare_clone_is_bare_and_a_work_tree_or_its_git_folder_is_not(
    origin: Path, tmp_path: Path
) -> None:
    git(tmp_path, "clone", "-q", "--bare", str(origin), "project.git")
    assert is_bare_folder(tmp_path / "project.git")
    assert not is_bare_folder(origin)  # no config beside a HEAD: no git runs
    assert not is_bare_folder(origin / ".git")  # 'bare = false': git says no
    assert not is_bare_folder(tmp_path / "nowhere")


def test_a_sparse_checkout_is_told_from_its_configs(origin: Path, sparse: Path) -> None:
    assert is_sparse_checkout(sparse)
    assert not is_sparse_checkout(origin)
    assert not is_sparse_checkout(origin / "docs")  # no .git here: no repository to look at


def test_a_linked_work_tree_made_sparse_is_sparse_alone(origin: Path, tmp_path: Path) -> None:
    git(tmp_path, "clone", "-q", str(origin), "main")
    git(tmp_path / "main", "worktree", "add", "-q", str(tmp_path / "linked"))
    git(tmp_path / "linked", "sparse-checkout", "set", "--no-cone", "/src/")  # config.worktree
    assert is_sparse_checkout(tmp_path / "linked")
    assert not is_sparse_checkout(tmp_path / "main")
    problems = sparse_problems(tmp_path / "linked", ())  # no ADR folder found at all
    assert [(p.path, p.code) for p in problems] == [(".", SPARSE_CODE)]
    assert problems[0].message.startswith("3 ADR file(s) in this repository are outside")


def test_the_records_a_sparse_checkout_hides_are_counted_by_folder(sparse: Path) -> None:
    before = tree_digest(sparse)
    problems = sparse_problems(sparse, ("docs/adr",))
    assert [(p.path, p.severity) for p in problems] == [("docs/adr", "warning")]
    assert problems[0].message == (
        "2 ADR file(s) in docs/adr are outside this sparse checkout and not shown; "
        "--at HEAD reads them from the last commit"
    )
    assert tree_digest(sparse) == before


def test_the_catalogue_of_a_sparse_checkout_says_what_it_hides(sparse: Path) -> None:
    catalog = load_catalog(sparse, NO_CACHE)
    assert [d.title for d in catalog.decisions] == ["First"]
    assert [p.code for p in catalog.warnings] == [SPARSE_CODE]
    as_committed = load_catalog(sparse, Settings(use_cache=False, at="HEAD"))
    assert [d.title for d in as_committed.decisions] == ["First", "Second", "Third"]
    assert not as_committed.problems  # every record is there: nothing hidden


def test_the_saved_catalogue_keeps_the_problem(sparse: Path, tmp_path: Path) -> None:
    cached = Settings(cache_dir=tmp_path / "cache")
    first = load_catalog(sparse, cached)
    again = load_catalog(sparse, cached)  # from the snapshot: no build, no git
    assert [p.code for p in again.warnings] == [p.code for p in first.warnings] == [SPARSE_CODE]


def test_a_full_checkout_has_no_such_problem(origin: Path) -> None:
    assert not load_catalog(origin, NO_CACHE).problems


def test_the_git_folder_looks_import_neither_git_nor_the_log_parser() -> None:
    # cli/common asks is_bare_folder on every start: the package's names load on use.
    script = (
        "import sys\n"
        "from adr_tui.core.gitlog.gitdir import is_bare_folder, is_sparse_checkout\n"
        "print(sorted(m for m in sys.modules if m.startswith(('git', 'adr_tui.core.gitlog.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "['adr_tui.core.gitlog.gitdir']", done.stderr


def test_every_public_name_of_the_package_is_found_where_it_says() -> None:
    assert sorted(gitlog.__all__) == sorted(gitlog._MODULE_OF)
    for name in gitlog.__all__:
        assert getattr(gitlog, name) is not None
    with pytest.raises(AttributeError):
        gitlog.__getattr__("no_such_name")


def test_a_bare_repository_is_read_as_of_its_head_without_being_told(
    origin: Path, tmp_path: Path
) -> None:
    # Opened beside a work tree (adr-tui project.git checkout) it listed nothing.
    git(tmp_path, "clone", "-q", "--bare", str(origin), "project.git")
    before = tree_digest(tmp_path / "project.git")
    catalog = load_catalog(tmp_path / "project.git", NO_CACHE)
    assert [d.title for d in catalog.decisions] == ["First", "Second", "Third"]
    assert catalog.at == "HEAD" and catalog.is_git
    assert load_catalog(origin, NO_CACHE).at is None  # a work tree: its files
    assert tree_digest(tmp_path / "project.git") == before


def checked_out_apart(dest: Path) -> tuple[Path, Path]:
    """A repository at ``dest/repo`` whose core.worktree checks its files out in ``dest/files``."""
    files = three_records(dest / "files")
    (dest / "repo").mkdir()
    (files / ".git").rename(dest / "repo/.git")
    git(dest / "repo", "config", "core.worktree", "../../files")  # relative to the git folder
    return dest / "repo", files


def test_a_repository_whose_files_core_worktree_puts_elsewhere_is_read_as_of_head(
    origin: Path, tmp_path: Path
) -> None:
    # It listed nothing: its folder holds no file, and the other has no .git.
    repo, files = checked_out_apart(tmp_path)
    before = tree_digest(tmp_path)
    assert checked_out_elsewhere(repo) == files
    assert checked_out_elsewhere(origin) is None
    catalog = load_catalog(repo, NO_CACHE)
    assert [d.title for d in catalog.decisions] == ["First", "Second", "Third"]
    assert catalog.at == "HEAD"
    assert tree_digest(tmp_path) == before


def test_a_git_folder_kept_apart_is_found_through_the_git_file(
    origin: Path, tmp_path: Path
) -> None:
    git(tmp_path, "clone", "-q", f"--separate-git-dir={tmp_path / 'kept.git'}", str(origin), "wt")
    assert (tmp_path / "wt/.git").is_file()
    assert checked_out_elsewhere(tmp_path / "wt") is None  # its own files: read as they are
    assert not is_sparse_checkout(tmp_path / "wt")
    catalog = load_catalog(tmp_path / "wt", NO_CACHE)
    assert catalog.at is None and len(catalog.decisions) == 3


def with_submodule(origin: Path, dest: Path) -> Path:
    """A repository at ``dest`` holding ``origin`` as the submodule ``sub``."""
    outer = build(
        dest, commit(ADA, "2024-03-01T10:00:00+00:00", "Outer", write("README.md", "# Outer\n"))
    )
    git(outer, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(origin), "sub")
    return outer


def test_a_submodule_s_git_folder_names_the_submodule(origin: Path, tmp_path: Path) -> None:
    outer = with_submodule(origin, tmp_path / "outer")
    assert work_tree_of(outer / ".git/modules/sub") == (outer / "sub").resolve()
    assert work_tree_of(outer / ".git") is None  # its work tree is where it is
    assert work_tree_of(outer / "sub") is None  # a work tree, not a git folder
    assert work_tree_of(outer / "README.md") is None
