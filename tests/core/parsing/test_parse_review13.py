"""Review 13's parser findings. The reviewer's probes are small logs built from real shapes;
a public repository is named where the shape quoted is its own."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision


@pytest.mark.parametrize(
    ("deciders", "names"),
    [
        # review 13's probe: the body's name ends at its noun, a person's name follows
        (
            "Members of the Architecture Board and Bo Berg",
            ("Members of the Architecture Board", "Bo Berg"),
        ),
        ("Head of the Platform Team & Ann Lee", ("Head of the Platform Team", "Ann Lee")),
        # the UI walk's backstage log: one body's name, though it says "and"
        (
            "The Architecture Review Board of the Backstage Core Maintainers and Friends",
            ("The Architecture Review Board of the Backstage Core Maintainers and Friends",),
        ),
        # "and" before lower case after the noun: no name follows
        (
            "Leads of the Core Team and their deputies",
            ("Leads of the Core Team and their deputies",),
        ),
    ],
)
def test_names_after_a_body_of_the_organisation_are_deciders(
    deciders: str, names: tuple[str, ...]
) -> None:
    text = f"# 3. Use gRPC\n\n- Status: Accepted\n- Deciders: {deciders}\n\n## Context\n\nx\n"
    assert decision(text, "docs/adr/0003-use-grpc.md").deciders == names


@pytest.mark.parametrize(
    ("status_line", "status"),
    [
        # the later lifecycle word closing the line retires the record, whichever it is
        ("Accepted — Superseded", Status.SUPERSEDED),
        ("Accepted — Deprecated", Status.DEPRECATED),
        ("Accepted - **Superseded** (2024-03-01)", Status.SUPERSEDED),
        ("Accepted. Superseded.", Status.SUPERSEDED),
        # … not when words go on after it, nor when a later clause reverses it
        ("Accepted — superseded parts of the API remain until 2025", Status.ACCEPTED),
        ("Accepted — superseded, reinstated by ADR-12", Status.ACCEPTED),
        ("Rejected. Superseded", Status.REJECTED),
    ],
)
def test_a_status_then_a_retiring_word_reads_the_later_word(
    status_line: str, status: Status
) -> None:
    d = decision(
        f"# 5. Use Kafka\n\nStatus: {status_line}\n\n## Context\n\nx\n", "docs/adr/0005-k.md"
    )
    assert d.status is status
