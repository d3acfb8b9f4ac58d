"""Robustness 26: revisions named as users name them (a tag and a branch alike, Unicode, dates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, git, tree_digest, write

from adr_tui.core.catalog import load_catalog
from adr_tui.core.errors import RevisionError
from adr_tui.core.gitlog import GitRepo
from adr_tui.core.settings import Settings


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = build(
        tmp_path_factory.mktemp("revs") / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "One", write("docs/adr/0001-a.md", adr("A"))),
        commit(ADA, "2024-02-02T10:00:00+00:00", "Two", write("docs/adr/0002-b.md", adr("B"))),
    )
    git(made, "tag", "v1", "HEAD~1")
    git(made, "branch", "v1", "HEAD")  # a branch named as the tag
    git(made, "branch", "docs", "HEAD~1")  # a branch named as a folder
    git(made, "branch", "café-ünï", "HEAD~1")
    return made


def titles_at(repo: Path, at: str) -> list[str]:
    return [d.title for d in load_catalog(repo, Settings(use_cache=False, at=at)).decisions]


def test_a_name_of_a_tag_and_a_branch_is_refused_and_each_is_named(repo: Path) -> None:
    # Git took the tag and only warned, which --quiet kept back: the user saw one of two.
    before = tree_digest(repo)
    with GitRepo.open(repo) as opened, pytest.raises(RevisionError) as error:
        opened.resolve("v1")
    assert str(error.value.message) == (
        "'v1' is ambiguous: it names refs/heads/v1 and refs/tags/v1; name one in full"
    )
    assert titles_at(repo, "refs/tags/v1") == ["A"]
    assert titles_at(repo, "refs/heads/v1") == ["A", "B"]
    assert tree_digest(repo) == before


@pytest.mark.parametrize(
    ("at", "titles"),
    [("docs", ["A"]), ("café-ünï", ["A"]), ("v1~0", ["A"]), ("2099-01-01", ["A", "B"])],
)
def test_names_that_are_one_thing_read_as_it(repo: Path, at: str, titles: list[str]) -> None:
    # 'v1~0' is no bare name: git's own pick (the tag) stands, as every operator's does.
    assert titles_at(repo, at) == titles


def test_a_date_before_the_first_commit_says_when_the_log_begins(repo: Path) -> None:
    with pytest.raises(RevisionError) as error:
        titles_at(repo, "2023-06-01")
    assert error.value.message == (
        "no commit on or before 2023-06-01: the first commit is of 2024-01-02"
    )
