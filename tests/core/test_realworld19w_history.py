"""Round 19 (whole logs): a date-named record renamed and rewritten keeps its past."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, build, commit, git, write

from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Delete

OLD = "adr/2024_02_24_services_naming_convention.md"
NEW = "adr/2024_10_03_services_naming_convention.md"
BUSES = "adr/2024_08_29_message_buses_unification.md"


def _madr(title: str, status: str, date: str, body: str) -> str:
    return (
        f"# {title}\n\n* Status: {status}\n* Date: {date}\n\n"
        f"## Context and Problem Statement\n\n{body}\n"
    )


# from Sylius/Sylius adr/: files are named "YYYY_MM_DD_topic.md" by the date of their last
# update. The services naming record was proposed in February and renamed to its October
# date as it was accepted and rewritten, in the commit that added the message buses record:
# git saw a delete and two adds, and the record's history began in October.
def _sylius(dest: Path) -> Path:
    return build(
        dest,
        commit(
            ADA,
            "2024-02-24T10:00:00+00:00",
            "[ADR] services naming (proposed)",
            write(OLD, _madr("Services naming convention", "Proposed", "2024-02-24", "Dots.")),
        ),
        commit(
            BOB,
            "2024-10-03T10:00:00+00:00",
            "[ADR] message buses, services naming accepted",
            Delete(OLD),
            write(
                NEW,
                _madr(
                    "Services naming convention",
                    "Accepted",
                    "2024-10-03",
                    "Services in Sylius are named in different ways. " * 8,
                ),
            ),
            write(BUSES, _madr("Unification of base message buses", "accepted", "2024-29-08", "")),
        ),
    )


def test_git_reports_the_rename_as_a_delete_and_adds(tmp_path: Path) -> None:
    repo = _sylius(tmp_path / "repo")
    raw = git(repo, "log", "-1", "-M", "--name-status", "--format=")
    assert sorted(raw.split("\n")) == sorted(["", f"A\t{BUSES}", f"A\t{NEW}", f"D\t{OLD}"])


def test_the_renamed_record_keeps_its_proposal(tmp_path: Path) -> None:
    repo = _sylius(tmp_path / "repo")
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision(NEW)
        buses = history.for_decision(BUSES)
        assert history.deleted_paths() == ()
    assert lineage.paths == (OLD, NEW)
    assert [r.kind for r in lineage.revisions] == [ChangeKind.ADDED, ChangeKind.RENAMED]
    assert str(lineage.created) == "2024-02-24 10:00:00+00:00"
    assert buses.paths == (BUSES,)


def test_records_dated_alike_but_named_apart_stay_apart(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-02-24T10:00:00+00:00", "a", write(OLD, _madr("A", "Proposed", "", "x"))),
        commit(
            BOB,
            "2024-03-01T10:00:00+00:00",
            "b",
            Delete(OLD),
            write("adr/2024_03_01_api_platform.md", _madr("B", "Accepted", "", "y. " * 40)),
            write("adr/2024_03_01_languages_flags.md", _madr("C", "Accepted", "", "z. " * 40)),
        ),
    )
    with load_history(repo, Settings(use_cache=False)) as history:
        assert history.deleted_paths() == (OLD,)
