"""Review 13's parser findings. The reviewer's probes are small logs built from real shapes;
a public repository is named where the shape quoted is its own."""

from __future__ import annotations

import pytest

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
