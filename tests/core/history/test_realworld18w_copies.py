"""Round 18 (whole logs): a record written anew at another path, its old file deleted later."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, build, commit, git, write

from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Delete

FOLDER = "docs/decisions"
MD = f"{FOLDER}/0003-remove-warehouse-database.md"
RST = f"{FOLDER}/0003-remove-warehouse-database.rst"
CONTEXT = (
    "The data warehouse was intended to house data for all CommCare HQ reports.\n"
    "The warehouse would replace Elasticsearch in almost all contexts.\n"
)


# from dimagi/commcare-hq docs/decisions/: the records were Markdown, then reStructuredText
# for the docs site; the .rst files came first, the .md ones went a commit later.
def _markdown(status: str) -> str:
    return (
        f"# 3. Remove warehouse database\n\nDate: 2019-10-16\n\n## Status\n\n{status}\n\n"
        f"## Context\n\n{CONTEXT}"
    )


def _rst() -> str:
    title = "3: Remove warehouse database"
    return (
        f"{title}\n{'=' * len(title)}\n\nDate: 2019-10-16\n\nStatus\n------\n\nAccepted\n\n"
        f"Context\n-------\n\n{CONTEXT}"
    )


def _converted(dest: Path) -> Path:
    return build(
        dest,
        commit(
            ADA,
            "2019-10-16T10:00:00+00:00",
            "ADR 3: remove warehouse",
            write(MD, _markdown("Proposed")),
        ),
        commit(BOB, "2019-11-01T10:00:00+00:00", "Accept ADR 3", write(MD, _markdown("Accepted"))),
        commit(
            ADA, "2021-03-01T10:00:00+00:00", "Convert decision records to rst", write(RST, _rst())
        ),
    )


def _remove_markdown(repo: Path) -> None:
    (repo / MD).unlink()
    git(repo, "add", "-A")
    git(
        repo,
        "-c",
        "user.name=Bob Smith",
        "-c",
        "user.email=bob@example.com",
        "commit",
        "-q",
        "-m",
        "Remove markdown copies",
        "--date",
        "2021-03-02T10:00:00+00:00",
    )


def test_a_record_copied_to_rst_keeps_its_markdown_past(tmp_path: Path) -> None:
    repo = _converted(tmp_path / "repo")
    _remove_markdown(repo)
    with load_history(repo, Settings(use_cache=False)) as history:
        assert MD not in history.deleted_paths()
        lineage = history.for_decision(RST)
    assert lineage.paths == (MD, RST)
    assert [r.subject for r in lineage.revisions] == [
        "ADR 3: remove warehouse",
        "Accept ADR 3",
        "Convert decision records to rst",
    ]
    assert [r.kind for r in lineage.revisions][0] is ChangeKind.ADDED
    assert str(lineage.created) == "2019-10-16 10:00:00+00:00"
    assert lineage.authors == ("Ada Lovelace", "Bob Smith")


def test_the_join_holds_when_the_deletion_is_read_onto_a_cached_log(tmp_path: Path) -> None:
    repo = _converted(tmp_path / "repo")
    with load_history(repo, Settings()) as history:
        assert history.for_decision(RST).paths == (RST,)  # the .md is still there
    _remove_markdown(repo)
    with load_history(repo, Settings()) as history:
        lineage = history.for_decision(RST)
        assert MD not in history.deleted_paths()
    assert lineage.paths == (MD, RST)
    assert str(lineage.created) == "2019-10-16 10:00:00+00:00"


NYGARD_1 = "# 1. Record architecture decisions\n\nDate: {}\n\n## Status\n\nAccepted\n"


def test_a_log_deleted_in_one_folder_is_no_past_of_another_folders_record(
    tmp_path: Path,
) -> None:
    """Review 8 M1: every adr-tools log of a monorepo starts with the same file name."""
    a = "svc-a/docs/adr/0001-record-architecture-decisions.md"
    b = "svc-b/docs/adr/0001-record-architecture-decisions.md"
    repo = build(
        tmp_path / "repo",
        commit(BOB, "2019-01-01T10:00:00+00:00", "svc-b: adr init", write(b, NYGARD_1.format(1))),
        commit(ADA, "2021-01-01T10:00:00+00:00", "svc-a: adr init", write(a, NYGARD_1.format(2))),
        commit(BOB, "2021-06-01T10:00:00+00:00", "Retire svc-b", Delete(b)),
    )
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision(a)
        assert b in history.deleted_paths()
    assert lineage.paths == (a,)
    assert [r.subject for r in lineage.revisions] == ["svc-a: adr init"]
    assert lineage.authors == ("Ada Lovelace",)
