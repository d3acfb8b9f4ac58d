"""A link to a document that is no record relates no decision (a second audit of real logs)."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def status(value: str) -> str:
    return f"# 9. Recalibrate\n\n**Status:** Accepted ({value})\n\n## Context\n\nText.\n"


def relations_and_problems(make_repo: RepoFactory, value: str) -> tuple[list[str], list[str]]:
    repo = make_repo(
        {
            "docs/adr/0009-recalibrate.md": status(value),
            "docs/adr/0001-first.md": "# 1. First\n\n**Status:** Accepted\n",
            "docs/guide.md": "# How we work\n\nNot a record.\n",  # beside the log
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    nine = catalog.find("9")
    problems = [p.code for p in catalog.problems if p.severity != "info"]
    return [r.ref.raw for r in nine.relations], problems


def test_a_bare_file_name_without_a_number_is_a_document_mentioned(
    make_repo: RepoFactory,
) -> None:
    assert relations_and_problems(make_repo, "amends cost-model.md section 5") == ([], [])


def test_a_link_to_a_document_of_the_tree_is_no_relation(make_repo: RepoFactory) -> None:
    found = relations_and_problems(make_repo, "amends [the guide](../guide.md)")
    assert found == ([], [])


def test_a_link_to_a_missing_file_or_a_numbered_name_is_still_checked(
    make_repo: RepoFactory,
) -> None:
    missing = relations_and_problems(make_repo, "amends [the old way](old-way.md)")
    assert missing == (["the old way"], ["broken-link"])
    numbered = relations_and_problems(make_repo, "supersedes 0004-gone.md")
    assert numbered == (["0004-gone.md"], ["broken-link"])
    assert relations_and_problems(make_repo, "amends [ADR 1](0001-first.md)")[0] == ["ADR 1"]


def test_a_bare_hash_number_no_record_answers_to_is_the_tracker_s(
    make_repo: RepoFactory,
) -> None:
    # jaunder-org/jaunder: "Amended by #746", an issue; check reported a broken link to ADR 746.
    assert relations_and_problems(make_repo, "amended by #746") == ([], [])


def test_a_bare_hash_number_a_record_answers_to_stays_a_relation(
    make_repo: RepoFactory,
) -> None:
    assert relations_and_problems(make_repo, "amends #1") == (["#1"], [])
