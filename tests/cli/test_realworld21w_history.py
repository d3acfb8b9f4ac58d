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


def _rst(number: int, title: str) -> str:
    # from openedx/openedx-events docs/decisions/0014-new-event-bus-producer-config.rst
    heading = f"{number}. {title}"
    return (
        f"{heading}\n{'#' * len(heading)}\n\nStatus\n******\n\n**Accepted**\n\n"
        "Context\n*******\n\nIn a previous ADR, we set the structure for the event bus "
        "producing configuration to a dictionary.\n"
    )


OLD = "docs/decisions/0013-new-event-bus-producer-config.rst"
NEW = "docs/decisions/0014-new-event-bus-producer-config.rst"
EXAMS = "docs/decisions/0013-special-exam-submission-and-review-events.rst"


@pytest.fixture(scope="module")
def renumbered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # from openedx/openedx-events: two ADR 13s merged, one renumbered 0014 (its heading
    # still says "13.")
    return build(
        tmp_path_factory.mktemp("events") / "repo",
        commit(
            ADA,
            "2023-04-01T10:00:00+00:00",
            "special exam events ADR",
            write(EXAMS, _rst(13, "Special Exam Submission and Review Events")),
        ),
        commit(
            BOB,
            "2023-04-02T10:00:00+00:00",
            "producer config ADR",
            write(OLD, _rst(13, "Change event producer config settings")),
        ),
        commit(ADA, "2023-05-01T10:00:00+00:00", "renumber ADR 13", Rename(OLD, NEW)),
    )


def test_history_finds_a_record_by_the_path_it_had_before_renumbering(
    renumbered: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--no-cache", "--json", OLD, str(renumbered)]) == 0
    revisions = json.loads(capsys.readouterr().out)["revisions"]
    assert [(r["kind"], r["path"]) for r in revisions] == [("added", OLD), ("renamed", NEW)]


def test_diff_finds_a_record_by_the_path_it_had_before_renumbering(
    renumbered: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", "--no-cache", "--json", "-C", str(renumbered), OLD]) == 0
    diff = json.loads(capsys.readouterr().out)
    # the renumbering changed no text: the latest change is the record's first version
    assert (diff["new_path"], diff["removed"], diff["added"]) == (OLD, 0, 12)


def test_show_finds_a_record_by_the_path_it_had_before_a_move(
    renumbered: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "--no-cache", "--json", OLD, str(renumbered)]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == NEW
    # a path no record ever had still names none
    assert main(["show", "--no-cache", "docs/decisions/0015-x.rst", str(renumbered)]) == 1
    assert "no ADR named 'docs/decisions/0015-x.rst'" in capsys.readouterr().err
