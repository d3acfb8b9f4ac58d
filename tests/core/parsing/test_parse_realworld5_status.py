"""The status as a reader reads it, round 5 (minimal excerpts; each test names its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import as_read

from .helpers import decision


# DAG-OS/dagos docs/decisions/0002-use-vale-to-lint-documentation.adoc
def test_field_markup_around_the_word_is_not_shown() -> None:
    text = "= Use Vale to lint documentation\n\n* Status: :accepted:\n* Date: 2021-12-25\n"
    d = decision(text, "docs/decisions/0002-use-vale-to-lint-documentation.adoc")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "accepted")
    assert d.date == dt.date(2021, 12, 25)


# early-sign/EarlySign docs/source/reference/ADR/ADR_004.rst: the template's choices kept,
# the one that applies in bold.
def test_the_chosen_word_of_a_choice_line_is_shown() -> None:
    text = (
        ".. ADR-004: ibis-framework as the foundation of ledger implementation\n"
        ".. :Date: 2025-01-18\n\n"
        "================================================================\n"
        "ADR-004: ibis-framework as the foundation of ledger implementation\n"
        "================================================================\n\n"
        "**Status**: **`Accepted`** | `Proposed` | `Deprecated` | `Superseded`\n\n"
        "\U0001f4cb Context\n-----------\n\nEarlySign requires a backend-agnostic ledger.\n"
    )
    d = decision(text, "docs/source/reference/ADR/ADR_004.rst")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Accepted")
    assert (d.number, d.date) == (4, dt.date(2025, 1, 18))
    assert d.title == "ibis-framework as the foundation of ledger implementation"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Proposed | **Accepted** | Rejected", "Accepted"),
        ("draft [ accepted | deprecated | superseded by [xxx](yyyymmdd-xxx.md)]", "draft"),
        (":Accepted:", "Accepted"),
        # Anything else stays exactly as written.
        ("~~Proposed~~ **Accepted**", "~~Proposed~~ **Accepted**"),
        ("`Accepted`", "`Accepted`"),
        ("Proposed | Accepted", "Proposed | Accepted"),
        (":white_check_mark: Accepted", ":white_check_mark: Accepted"),
        ("superseded by [ADR-5](0005-x.md)", "superseded by [ADR-5](0005-x.md)"),
    ],
)
def test_as_read(written: str, shown: str) -> None:
    assert as_read(written) == shown


def test_supersession_in_a_chosen_status_still_links() -> None:
    text = "# Use queues\n\n- Status: **superseded by ADR-9** | proposed | accepted\n"
    d = decision(text, "docs/adr/0004-use-queues.md")
    assert d.status is Status.SUPERSEDED
    assert d.status_raw == "superseded by ADR-9"
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 9)]


def test_options_not_chosen_state_no_relation() -> None:
    text = "# Use queues\n\n- Status: **Accepted** | Proposed | Superseded by ADR-9\n"
    d = decision(text, "docs/adr/0004-use-queues.md")
    assert (d.status, d.status_raw, d.relations) == (Status.ACCEPTED, "Accepted", ())
