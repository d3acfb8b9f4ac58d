"""Round 26: statuses as new repositories write them (trimmed excerpts; each names its source)."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import read_status

from .helpers import decision, parse

# psi-consortium/psi doc/PSI/PSI-ADR/Superseded/ADR024-overbooking_V1.0.md: the log keeps its
# records in state folders, so the link to the newer version passes through "Accepted/"
PSI_OVERBOOKING = (
    "# Overbooking (V1.0)\n\n"
    "* ID: ADR024\n"
    "* Status: :superseded: by [Overbooking (V2.0)](../Accepted/ADR024-overbooking_V2.0.md)"
    " in [PSI-ADR]\n"
    "* Deciders: @wr @hop @cg @cgr @ncz @rsperb\n"
    "* Date: 2023-05-31\n"
    "* Version: 1.0\n"
    "* Category: Design\n\n"
    "## Context and Problem Statement\n\n"
    "The term *overbooking* is used ambiguously depending on where the user is coming from.\n"
)
PSI_PATH = "doc/PSI/PSI-ADR/Superseded/ADR024-overbooking_V1.0.md"


def test_a_link_into_a_state_folder_is_no_list_of_choices() -> None:
    # The record was taken for a template: "/Accepted/" in the link read as a choice beside
    # "superseded", so the status was a template's options and the record was dropped.
    outcome = parse(PSI_OVERBOOKING, PSI_PATH)
    assert not outcome.is_template
    record = decision(PSI_OVERBOOKING, PSI_PATH)
    assert record.status is Status.SUPERSEDED
    assert [(r.kind.value, r.ref.number) for r in record.relations] == [("superseded-by", 24)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Superseded by [ADR-5](../accepted/0005-use-x.md)", Status.SUPERSEDED),
        ("Deprecated, see [ADR-7](/docs/adr/accepted/0007-use-y.md)", Status.DEPRECATED),
        # a template's options still read as options, a link among them or not
        ("Proposed | Accepted", Status.UNKNOWN),
        ("[proposed | accepted | superseded by [ADR-0005](0005-example.md)]", Status.UNKNOWN),
        ("Proposed / [Accepted](../accepted/)", Status.UNKNOWN),
    ],
)
def test_only_the_words_outside_a_link_target_list_choices(text: str, expected: Status) -> None:
    assert read_status(text).status is expected
