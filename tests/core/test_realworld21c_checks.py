"""Round 21c: an addendum shares its record's number and amends it."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import RelationKind
from adr_tui.core.settings import Settings

DIR = "docs/architecture/decisions"
RECORD = f"{DIR}/ADR-003-semantic-versioning-tool-choice"
ADDENDUM = f"{DIR}/ADR-003-ADDENDUM-dual-approach-analysis"
# from awesomecit/thc-app docs/architecture/decisions/ADR-003-ADDENDUM-dual-approach-analysis.md
ADDENDUM_TEXT = (
    "# ADR-003 Addendum: Dual Approach Analysis\n\n**Date**: 2025-12-14  \n**Context**: "
    "Post-decision analysis of semantic-release + feature.json dual approach\n\n---\n\n"
    "## Question\n\nDopo aver scelto l'approccio ibrido con script custom, è emersa la "
    "domanda:\n\n> Potremmo implementare **entrambi**?\n"
)
LOG = {
    f"{RECORD}.md": "# ADR-003: Semantic Versioning Tool Choice\n\n**Status**: Accepted\n",
    f"{ADDENDUM}.md": ADDENDUM_TEXT,
    f"{DIR}/ADR-004-use-x.md": "# ADR-004: Use X\n\n**Status**: Accepted\n",
}


def test_an_addendum_is_no_second_record_of_its_number(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(LOG), Settings(use_cache=False))
    assert [p for p in catalog.problems if p.code == "duplicate-number"] == []


def test_an_addendum_amends_the_record_of_its_number(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(LOG), Settings(use_cache=False))
    addendum, record = catalog.get(ADDENDUM), catalog.get(RECORD)
    assert addendum is not None and record is not None
    assert [(r.kind, r.target_id, r.stated) for r in addendum.relations] == [
        (RelationKind.AMENDS, RECORD, True)
    ]
    assert [(r.kind, r.target_id, r.stated) for r in record.relations] == [
        (RelationKind.AMENDED_BY, ADDENDUM, False)
    ]
    assert [p for p in catalog.problems if p.code in ("broken-link", "stale-link")] == []


def test_two_records_of_one_number_are_still_duplicates(make_repo: RepoFactory) -> None:
    files = {**LOG, f"{DIR}/ADR-004-use-y.md": "# ADR-004: Use Y\n\n**Status**: Accepted\n"}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted(p.path for p in catalog.problems if p.code == "duplicate-number") == [
        f"{DIR}/ADR-004-use-x.md",
        f"{DIR}/ADR-004-use-y.md",
    ]
