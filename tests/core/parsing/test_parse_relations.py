"""Stated relations: verbs, references and where they are written."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Reference, RelationKind
from adr_tui.core.parsing.relations import references, relation_line, relations_in_text

from .helpers import decision


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Supersedes [1. A](0001-a.md)", RelationKind.SUPERSEDES),
        ("Supercedes [1. A](0001-a.md)", RelationKind.SUPERSEDES),
        ("Replaces [1. A](0001-a.md)", RelationKind.SUPERSEDES),
        ("Superseded by [1. A](0001-a.md)", RelationKind.SUPERSEDED_BY),
        ("Superceded by [1. A](0001-a.md)", RelationKind.SUPERSEDED_BY),
        ("superseeded by [1. A](0001-a.md)", RelationKind.SUPERSEDED_BY),
        # a part replaced amends the record; the rest stays in force (review 8)
        ("Partially superseded by [1. A](0001-a.md)", RelationKind.AMENDED_BY),
        ("Amends [1. A](0001-a.md)", RelationKind.AMENDS),
        ("Amended by [1. A](0001-a.md)", RelationKind.AMENDED_BY),
        ("- Refined by [1. A](0001-a.md)", RelationKind.RELATES_TO),
        ("* Relates to [1. A](0001-a.md)", RelationKind.RELATES_TO),
    ],
)
def test_verbs(line: str, kind: RelationKind) -> None:
    found = relation_line(line)
    assert found is not None
    assert [(r.kind, r.ref) for r in found] == [(kind, Reference("1. A", 1, "0001-a.md"))]


def test_prose_lines_are_not_relations() -> None:
    assert relation_line("We considered what supersedes what.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADR-0005", [Reference("ADR-0005", 5)]),
        ("ADR 0005 - Use the new thing", [Reference("ADR 0005", 5)]),
        ("ADR-024, ADR-025", [Reference("ADR-024", 24), Reference("ADR-025", 25)]),
        ("#12", [Reference("#12", 12)]),
        ("0005-example.md", [Reference("0005-example.md", 5, "0005-example.md")]),
        ("[Use MADR](20200925-use-madr.md)", [Reference("Use MADR", None, "20200925-use-madr.md")]),
        ("[ADR-7](../adr/0007-x.md#status)", [Reference("ADR-7", 7, "../adr/0007-x.md")]),
        ("[Redis docs](https://redis.io/docs/)", []),
        ("the old way", []),
    ],
)
def test_references_in_prose(text: str, expected: list[Reference]) -> None:
    assert references(text) == expected


def test_loose_references_accept_slugs_and_numbers() -> None:
    assert references("use-postgres", loose=True) == [Reference("use-postgres")]
    assert references("12, 13", loose=True) == [Reference("12", 12), Reference("13", 13)]


def test_several_verbs_in_one_status() -> None:
    found = relations_in_text("Accepted; supersedes ADR-1 and amends ADR-2")
    assert [(r.kind, r.ref.number) for r in found] == [
        (RelationKind.SUPERSEDES, 1),
        (RelationKind.AMENDS, 2),
    ]


def test_yaml_relation_keys_lists_and_scalars() -> None:
    text = (
        "---\nsupersedes: [3, ADR-0004]\nsuperseded-by: 0009-new.md\namends: []\n"
        "replaces: old-approach\nrelated: ~\n---\n# T\n"
    )
    d = decision(text)
    assert [(r.kind.value, r.ref.raw, r.ref.number) for r in d.relations] == [
        ("supersedes", "3", 3),
        ("supersedes", "ADR-0004", 4),
        ("superseded-by", "0009-new.md", 9),
        ("supersedes", "old-approach", None),
    ]
    assert all(r.target_id is None and r.stated for r in d.relations)


def test_related_decisions_section() -> None:
    text = (
        "# T\n\n## Related Decisions\n\nLink to related ADRs.\n\n"
        "- [ADR-001: Use PostgreSQL](./adr-001-database.md)\n"
        "- [ADR-004: Caching](./adr-004-caching.md) (planned)\n"
        "- Team discussion on Slack\n- Supersedes ADR-0002\n"
    )
    d = decision(text)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [
        ("relates-to", 1),
        ("relates-to", 4),
        ("supersedes", 2),
    ]


def test_relations_are_deduplicated() -> None:
    text = (
        "---\nsuperseded-by: ADR-0009\n---\n# T\n\n## Status\n\nSuperseded by ADR-9\n\n"
        "Superseded by [9. New](0009-new.md)\n"
    )
    d = decision(text)
    # "ADR-9", unlinked, names the linked record again: one relation, with the link's target.
    assert [(r.ref.number, r.ref.target) for r in d.superseded_by] == [(9, "0009-new.md")]


def test_relation_field_lines() -> None:
    d = decision("# T\n\n* Supersedes: ADR-1, ADR-2\n* Superseded by: [5. X](0005-x.md)\n")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [
        ("supersedes", 1),
        ("supersedes", 2),
        ("superseded-by", 5),
    ]


def test_more_information_lines_with_verbs() -> None:
    text = (
        "---\nstatus: accepted\n---\n# T\n\n## More Information\n\n"
        "Relates to ADR-0012.\n\nSee the [runbook](https://example.com/runbook).\n"
    )
    d = decision(text)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("relates-to", 12)]


def test_status_relations_come_first() -> None:
    text = "# T\n\n## Status\n\nSuperseded by ADR-9\n\nAmends ADR-2\n"
    d = decision(text)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [
        ("superseded-by", 9),
        ("amends", 2),
    ]


def test_slug_after_a_verb() -> None:
    found = relations_in_text("Superseded by use-postgres.")
    assert [(r.kind, r.ref) for r in found] == [
        (RelationKind.SUPERSEDED_BY, Reference("use-postgres"))
    ]
    assert relations_in_text("Superseded by 0005-example")[0].ref == Reference("0005-example", 5)
    assert relations_in_text("this supersedes it") == []
