"""Round 21 (whole logs): a log named by month and day has no duplicate numbers."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# from georgevs/pills ADR/: "Decision record files are named by originating date and topic.
# ... Superseded records are in an `archive` subfolder".
PILLS = {
    "ADR/README.md": "# Architecture Decision Record\n\nDecision record files are named by "
    "originating date and topic.\n",
    "ADR/9-30-model.md": "# Model\n\n## SDK\n\npills = new Pills(config)\n",
    "ADR/11-8-backend-config.md": "# Backend Config\n\nThe backend process needs to have a bag "
    "of properties.\n",
    "ADR/11-8-development-environment.md": "# Development environment\n\nDocker.\n",
    "ADR/archive/11-9-sql-builder.md": "# SQL builder\n\n## Summary\n\nProposed module for "
    "building sql query string.\n",
}


def _codes(files: dict[str, str], make_repo: RepoFactory) -> list[tuple[str, str]]:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    return sorted((p.path, p.code) for p in catalog.problems)


def test_records_named_by_month_and_day_share_no_number(make_repo: RepoFactory) -> None:
    assert _codes(PILLS, make_repo) == [("ADR", "no-status")]


def test_one_month_day_name_among_numbered_records_keeps_its_number(
    make_repo: RepoFactory,
) -> None:
    files = {
        "docs/adr/1-use-adrs.md": "# 1. Use ADRs\n\nStatus: Accepted\n",
        "docs/adr/2-use-kafka.md": "# 2. Use Kafka\n\nStatus: Accepted\n",
        "docs/adr/3-2-phase-commit.md": "# 3. Two-phase commit\n\nStatus: Accepted\n",
        "docs/adr/3-use-redis.md": "# 3. Use Redis\n\nStatus: Accepted\n",
    }
    assert _codes(files, make_repo) == [
        ("docs/adr/3-2-phase-commit.md", "duplicate-number"),
        ("docs/adr/3-use-redis.md", "duplicate-number"),
    ]


def _sns(status: str) -> str:
    # from LBHackney-IT/lbh-adrs MTFH/Accepted/Enable-SNS-Delivery-Status-Logging.md
    return (
        "\n# Enable SNS delivery status logging for EDA implementations\n\n"
        f"### **Date:** 3rd August 2022\n\n### **Status:** {status}\n\n## **Context**\n\n"
        "As part of our EDA infrastructure setup, we utilise AWS SNS and AWS SQS.\n"
    )


PAIR = ("Proposed", "Accepted")


def test_a_record_left_in_two_state_folders_is_one_record_kept_twice(
    make_repo: RepoFactory,
) -> None:
    # from LBHackney-IT/lbh-adrs: the record copied to "Accepted" and left in "Proposed"
    files = {
        "MTFH/Proposed/Enable-SNS-Delivery-Status-Logging.md": _sns("PROPOSED"),
        "MTFH/Accepted/Enable-SNS-Delivery-Status-Logging.md": _sns("ACCEPTED"),
        "MTFH/Accepted/Integration-with-mmh.md": "# Integration with MMH\n\nStatus: ACCEPTED\n",
        # another team's record of the same name is its own
        "DES/Accepted/Enable-SNS-Delivery-Status-Logging.md": _sns("ACCEPTED"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    proposed, accepted = (f"MTFH/{state}/Enable-SNS-Delivery-Status-Logging.md" for state in PAIR)
    # Each names the other (and the statuses the parser reads in "### **Status:** X").
    same = {p.path: p.message for p in catalog.problems if p.code == "same-record"}
    assert sorted(same) == [accepted, proposed]
    assert f"the same record is in {proposed} (" in same[accepted]
    assert f"the same record is in {accepted} (" in same[proposed]
