from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers_git import git, linear_repo, tree_digest

from adr_tui.core.errors import RepoError, RevisionError
from adr_tui.core.gitlog import GitRepo, tree_source
from adr_tui.core.history import load_history
from adr_tui.core.settings import Settings

FIRST = "docs/adr/0001-first.md"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return linear_repo(tmp_path / "repo", count=3)


def _hostile(tmp_path: Path) -> list[str]:
    target = tmp_path / "pwned"
    return [
        f"--output={target}",
        f"-c core.pager=touch {target}",
        f"$(touch {target})",
        f"HEAD; touch {target}",
        f"HEAD\ntouch {target}",
        f"--upload-pack=touch {target}",
        "-h",
    ]


def test_hostile_revisions_are_unknown_revisions(repo: Path, tmp_path: Path) -> None:
    with GitRepo.open(repo) as opened:
        for rev in _hostile(tmp_path):
            with pytest.raises(RevisionError, match="unknown revision"):
                opened.resolve(rev)
            with pytest.raises(RevisionError):
                opened.resolve_at(rev)
    assert not (tmp_path / "pwned").exists()
    assert not (repo / "pwned").exists()


def test_hostile_at_in_tree_source_and_history(repo: Path, tmp_path: Path) -> None:
    for rev in _hostile(tmp_path):
        with pytest.raises(RevisionError):
            tree_source(repo, rev)
        with pytest.raises(RevisionError):
            load_history(repo, Settings(use_cache=False), at=rev)
    assert not (tmp_path / "pwned").exists()


def test_nothing_is_written_to_the_repository(repo: Path, tmp_path: Path) -> None:
    git(repo, "config", "core.pager", f"touch {tmp_path / 'pager-ran'}")
    git(repo, "config", "diff.external", f"touch {tmp_path / 'external-ran'}")
    before = tree_digest(repo)
    for _ in range(2):  # cold, then warm from the cache
        with load_history(repo, Settings(cache_dir=tmp_path / "cache")) as history:
            lineage = history.for_decision(FIRST)
            history.read_blobs([r.blob for r in lineage.revisions if r.blob])
    tree_source(repo, "2024-01-02").read_bytes(FIRST)
    assert tree_digest(repo) == before
    assert not (tmp_path / "pager-ran").exists()
    assert not (tmp_path / "external-ran").exists()


def test_foreign_git_dir_in_the_environment_is_ignored(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = linear_repo(tmp_path / "other", count=2)
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(other))
    with load_history(repo, Settings(use_cache=False)) as history:
        assert len(history.for_decision(FIRST).revisions) == 3


def test_repository_of_another_user_is_a_clear_error(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # git's own test switch: behave as if the repository belonged to someone else.
    monkeypatch.setenv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1")
    with pytest.raises(RepoError, match="another user") as caught:
        load_history(repo, Settings(use_cache=False))
    assert "safe.directory" in caught.value.message


def test_close_ends_the_blob_process(repo: Path) -> None:
    history = load_history(repo, Settings(use_cache=False))
    history.for_decision(FIRST)
    assert history.repo is not None and history.repo._blobs is not None
    history.close()
    assert history.repo._blobs is None
    history.for_decision(FIRST)  # still usable: the process restarts on demand
    history.close()


def test_missing_git_is_git_unavailable(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import git as gitpython

    from adr_tui.core.errors import GitUnavailableError
    from adr_tui.core.gitlog import repo as gitlog_repo

    monkeypatch.setattr(gitpython.Git, "GIT_PYTHON_GIT_EXECUTABLE", str(repo / "no-such-git"))
    monkeypatch.setattr(gitlog_repo, "_CHECKED_GIT", set())  # where GitRepo.open reads it
    with pytest.raises(
        GitUnavailableError, match=r"git was not found .*install it or put it on PATH"
    ):
        GitRepo.open(repo)


def test_old_git_is_refused() -> None:
    from adr_tui.core import gitlog
    from adr_tui.core.errors import GitUnavailableError

    with pytest.raises(GitUnavailableError, match=r"2\.29\.9 is too old"):
        gitlog._check_version((2, 29, 9))
    gitlog._check_version((2, 30, 0))


def test_prepare_git_imports_gitpython_without_opening_a_repository() -> None:
    script = (
        "import sys\n"
        "from adr_tui.core.gitlog import prepare_git\n"
        "assert 'git' not in sys.modules\n"
        "prepare_git()\n"
        "print('git' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
