"""Round 21 (whole logs): the history of a record moved between state folders on a branch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers_git import ADA, BOB, build, commit, write

from adr_tui.cli.main import main
from adr_tui.demo.builder import Edit, Rename

PROPOSED = "MTFH/Proposed/Change-SQS-architecture-to ensure-no-data-loss.md"
ACCEPTED = "MTFH/Accepted/Change-SQS-architecture-to ensure-no-data-loss.md"


def _lbh(title: str, status: str) -> str:
    # from LBHackney-IT/lbh-adrs Platform/Accepted/Backend-Tech-Stack.md
    return (
        f"### **Title:** {title}\n\n### **Date:** 10th Jan 2022\n\n## **Status**\n\n"
        f"{status}\n\n### **Context:**\n\nMessages were lost.\n"
    )


def test_a_record_accepted_by_moving_it_on_a_merged_branch_keeps_its_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # from LBHackney-IT/lbh-adrs: "MTFH/Proposed/…" and "MTFH/Accepted/…" hold one record
    repo = build(
        tmp_path / "repo",
        commit(
            ADA,
            "2022-01-10T10:00:00+00:00",
            "MTFH SQS proposal",
            write(PROPOSED, _lbh("Change SQS architecture", "PROPOSED")),
            write(
                "Platform/Accepted/Backend-Tech-Stack.md", _lbh("Backend Tech Stack", "ACCEPTED")
            ),
        ),
        commit(
            BOB,
            "2022-02-01T10:00:00+00:00",
            "Move SQS ADR to Accepted",
            Rename(PROPOSED, ACCEPTED),
            Edit(ACCEPTED, (("PROPOSED", "ACCEPTED"),)),
            branch="accept-sqs",
        ),
        commit(
            ADA,
            "2022-02-03T10:00:00+00:00",
            "Feature toggling draft",
            write("Platform/Draft/Feature-Toggling.md", _lbh("Feature Toggling", "DRAFT")),
        ),
        commit(ADA, "2022-02-04T10:00:00+00:00", "Merge #40", branch="main", merge="accept-sqs"),
    )
    assert main(["history", "--no-cache", "--json", ACCEPTED, str(repo)]) == 0
    revisions = json.loads(capsys.readouterr().out)["revisions"]
    assert [(r["kind"], r["path"], r["status"]) for r in revisions] == [
        ("added", PROPOSED, "proposed"),
        ("renamed", ACCEPTED, "accepted"),
    ]
