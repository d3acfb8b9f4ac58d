"""Round 11: titles of public ADR logs not read right before (minimal excerpts; each names
its source)."""

from __future__ import annotations

import pytest

from .helpers import decision, numbers


# transcom/mymove docs/adr/0001-go-orm.md, 0046-use-nodenv.md: a link in the title reads as
# its text (lists, the header and the index show the title).
@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Use [Pop](https://github.com/markbates/pop) as the ORM for 3M",
            "Use Pop as the ORM for 3M",
        ),
        (
            "Use [nodenv](https://github.com/nodenv/nodenv) to manage Node versions",
            "Use nodenv to manage Node versions",
        ),
        ("ADR-0012: Adopt [[Kafka]]", "Adopt Kafka"),
    ],
)
def test_a_link_in_the_title_reads_as_its_text(heading: str, title: str) -> None:
    assert decision(f"# {heading}\n\nx\n", "docs/adr/0001-go-orm.md").title == title


def test_a_linked_relation_in_the_title_is_still_read() -> None:
    text = "# [Superseded by [ADR-0009](0009-use-valkey.md)] Use Redis\n\nx\n"
    d = decision(text, "docs/adr/0004-use-redis.md")
    assert (d.title, numbers(d, "superseded-by")) == ("Use Redis", [9])


@pytest.mark.parametrize(
    "heading",
    [
        "Use Redis (superseded by [ADR-0009](0009-use-valkey.md))",
        "Use Redis  (superseded by ADR-9)",
    ],
)
def test_a_relation_in_brackets_after_the_title_is_read_with_its_link(heading: str) -> None:
    d = decision(f"# {heading}\n\nx\n", "docs/adr/0004-use-redis.md")
    assert (d.title, numbers(d, "superseded-by")) == ("Use Redis", [9])


def test_a_bracket_left_open_after_spaces_stays_in_the_title() -> None:
    d = decision("# Use Redis" + " " * 150 + "(\n\nx\n", "docs/adr/0004-use-redis.md")
    assert d.title == "Use Redis ("  # spaces collapsed, nothing read as a relation
