"""Real-world status shapes, round 4 (minimal excerpts; each test names where it comes from)."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import read_status

from .helpers import decision


# An ADR log found by its text through the public index, whose repository the index does not
# name ("0080. Level-2: foreign signatures reconstructed from source …"): a promotion keeps
# the old status struck through, "- Status: ~~Proposed~~ **Accepted** _(2026-07-06: …)_".
def test_struck_through_status_is_no_longer_the_status() -> None:
    text = (
        "# 0080. Level-2: foreign signatures\n\n"
        "- Status: ~~Proposed~~ **Accepted** _(2026-07-06: accepted by the maintainer)_\n"
        "- Date: 2026-07-05\n"
    )
    d = decision(text, "docs/adr/0080-level-2-foreign-signatures.md")
    assert d.status is Status.ACCEPTED
    assert d.status_raw.startswith("~~Proposed~~ **Accepted**")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("~~Proposed~~ Accepted", Status.ACCEPTED),
        ("<del>Proposed</del> Rejected", Status.REJECTED),
        ("<s>Accepted</s> Superseded by ADR-9", Status.SUPERSEDED),
        ("~~Accepted~~", Status.ACCEPTED),  # everything struck: what is left to read is it
        ("Accepted ~~(draft)~~", Status.ACCEPTED),
    ],
)
def test_struck_words_are_skipped(text: str, status: Status) -> None:
    assert read_status(text).status is status
