"""Round 11: relations stated in the preamble, between the title and the first section
(minimal excerpts; each names its source)."""

from __future__ import annotations

import pytest

from .helpers import decision, numbers


def _preamble(line: str) -> str:
    return f"# New\n\n{line}\n\n## Decision Outcome\n\nx\n"


# transcom/mymove docs/adr: the relation is a bold line under the title, without "ADR" after
# "This", even without "is", and with two verbs.
@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("**This supersedes [ADR 0046 Use nodenv](0046-use-nodenv.md)**", "supersedes", 46),
        ("This supersedes [ADR 0046](0046-use-nodenv.md)", "supersedes", 46),
        (
            "**This superseded by [ADR 0056 Use ASDF](0056-use-asdf-to-manage-node.md)**",
            "superseded-by",
            56,
        ),
        ("This is superseded by ADR-0056.", "superseded-by", 56),
        (
            "**NOTE:** This ADR updates and supersedes [ADR0003 Go Path and Project Layout]"
            "(./0003-go-path-and-project-layout.md).",
            "supersedes",
            3,
        ),
    ],
)
def test_mymove_preamble_states_the_relation(line: str, kind: str, number: int) -> None:
    d = decision(_preamble(line), "docs/adr/0037-x.md")
    assert numbers(d, kind) == [number]
    assert len(d.relations) == 1


@pytest.mark.parametrize(
    "line",
    [
        "This replaces the old cron job.",  # names no record
        "See [ADR-46](0046-use-nodenv.md).",  # a mention, not a supersession
        "We keep the job, and this replaces ADR-46's cache.",  # "this" is not the record
        # hard-wrapped prose: the line opens with "this", the sentence does not
        "Refunds still go through the nightly job, and\nthis replaces ADR-0046's retry rule.",
        "Refunds still go through the nightly job, and\n**this supersedes ADR-0046's rule**",
    ],
)
def test_preamble_prose_that_states_no_supersession(line: str) -> None:
    d = decision(_preamble(line), "docs/adr/0056-x.md")
    assert numbers(d, "supersedes") == []
    assert numbers(d, "superseded-by") == []


def test_a_bare_this_mid_sentence_hides_no_later_statement_on_its_line() -> None:
    line = "The old cache was slow and this replaces it. This ADR supersedes ADR-0046."
    d = decision(_preamble(line), "docs/adr/0056-x.md")
    assert numbers(d, "supersedes") == [46]
    line = "The old cache was slow. This supersedes [ADR 0046](0046-use-nodenv.md)."
    assert numbers(decision(_preamble(line), "docs/adr/0056-x.md"), "supersedes") == [46]


def test_a_bare_this_in_the_body_is_no_notice() -> None:
    text = "# New\n\n## Context\n\nThis supersedes ADR-0046 in spirit only.\n"
    assert decision(text, "docs/adr/0056-x.md").relations == ()
