"""Round 11: statuses of public ADR logs not read right before (minimal excerpts; each names
its source)."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision


# AWhetter/pathseq doc/source/decisions/*.rst: a sphinx-design badge under the title.
@pytest.mark.parametrize(
    ("badge", "status"),
    [
        (":bdg-danger:`Rejected`", Status.REJECTED),
        (":bdg-success:`Accepted`", Status.ACCEPTED),
        (":bdg-warning-line:`Proposed`", Status.PROPOSED),
        (":bdg-secondary:`SUPERSEDED`", Status.SUPERSEDED),
    ],
)
def test_a_sphinx_design_badge_under_the_title_is_the_status(badge: str, status: Status) -> None:
    text = (
        ".. _adr-003:\n\n[ADR-003] ``PathSequence`` inherits from ``Set``\n"
        "================================================\n\n"
        f"{badge}\n\nContext and Problem Statement\n-----------------------------\n\nx\n"
    )
    d = decision(text, "doc/source/decisions/003-path-sequence-inherits-from-set.rst")
    assert (d.number, d.status, d.title) == (3, status, "PathSequence inherits from Set")


@pytest.mark.parametrize(
    "badge", [":bdg-info:`Performance`", ":bdg-success:`Done`", ":bdg-warning:`Open`"]
)
def test_a_badge_that_names_no_status_is_no_status(badge: str) -> None:
    text = f"Use Rust\n========\n\n{badge}\n\nContext\n-------\n\nx\n"
    d = decision(text, "doc/source/decisions/004-use-rust.rst")
    assert (d.status, d.status_raw) == (Status.UNKNOWN, "")
