"""Review 9: what the round-19 parser changes read too much into (repros of the review)."""

from __future__ import annotations

from tests.core.parsing.helpers import decision, numbers


def _kinds(text: str, path: str = "docs/adr/0005-x.md") -> list[tuple[str, int | None]]:
    return [(r.kind.value, r.ref.number) for r in decision(text, path).relations]


# M1: a relation value that ends with a separator goes on only over a line naming records.


def test_prose_after_a_related_value_ending_in_a_comma_is_no_record() -> None:
    # /tmp/s9h5/rel: the sentence became a relates-to naming no ADR, and check exited 1.
    text = (
        "# 4. Four\n\nStatus: Accepted\nRelated: ADR-0001, ADR-0002,\n"
        "This decision builds on the caching work.\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/0004-four.md")
    assert [(r.kind.value, r.ref.raw) for r in d.relations] == [
        ("relates-to", "ADR-0001"),
        ("relates-to", "ADR-0002"),
    ]


def test_a_line_naming_records_still_goes_on_a_related_value() -> None:
    text = "# 4. Four\n\nRelated: ADR-0001, ADR-0002,\nADR-0003; ADR-0006\n\n## Context\n\nx\n"
    assert numbers(decision(text, "docs/adr/0004-four.md"), "relates-to") == [1, 2, 3, 6]
