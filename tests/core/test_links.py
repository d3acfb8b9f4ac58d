from __future__ import annotations

from adr_tui.core.checks import log_problems
from adr_tui.core.links import resolve_links
from adr_tui.core.model import Decision, Reference, Relation, RelationKind, Status


def adr(
    path: str, number: int | None, *relations: Relation, status: Status = Status.ACCEPTED
) -> Decision:
    return Decision(
        id=path.rsplit(".", 1)[0],
        path=path,
        title=path.rsplit("/", 1)[-1],
        number=number,
        status=status,
        relations=relations,
    )


def rel(
    kind: RelationKind, raw: str, number: int | None = None, target: str | None = None
) -> Relation:
    return Relation(kind, Reference(raw, number, target))


def by_path(decisions: tuple[Decision, ...]) -> dict[str, Decision]:
    return {d.path: d for d in decisions}


def test_link_by_relative_file_target() -> None:
    new = adr("docs/adr/0002-b.md", 2, rel(RelationKind.SUPERSEDES, "1. A", target="0001-a.md"))
    old = adr("docs/adr/0001-a.md", 1, status=Status.SUPERSEDED)
    result = by_path(resolve_links([old, new]))
    assert result["docs/adr/0002-b.md"].supersedes[0].target_id == "docs/adr/0001-a"
    derived = result["docs/adr/0001-a.md"].superseded_by
    assert len(derived) == 1
    assert derived[0].target_id == "docs/adr/0002-b"
    assert derived[0].stated is False


def test_link_by_number_prefers_the_same_folder() -> None:
    here = adr("svc/a/adr/0001-x.md", 1)
    there = adr("svc/b/adr/0001-y.md", 1)
    source = adr("svc/a/adr/0002-z.md", 2, rel(RelationKind.AMENDS, "ADR-0001", 1))
    result = by_path(resolve_links([here, there, source]))
    assert result["svc/a/adr/0002-z.md"].relations[0].target_id == "svc/a/adr/0001-x"
    assert result["svc/a/adr/0001-x.md"].related(RelationKind.AMENDED_BY)[0].stated is False
    assert result["svc/b/adr/0001-y.md"].relations == ()


def test_link_by_slug_and_dangling_links_are_kept() -> None:
    target = adr("adr/use-postgres.md", None)
    source = adr(
        "adr/0003-c.md",
        3,
        rel(RelationKind.RELATES_TO, "use-postgres"),
        rel(RelationKind.SUPERSEDES, "ADR-0099", 99),
    )
    result = by_path(resolve_links([target, source]))
    relations = result["adr/0003-c.md"].relations
    assert [r.target_id for r in relations] == ["adr/use-postgres", None]
    problems = log_problems(list(resolve_links([target, source])))
    assert any(p.code == "broken-link" and "ADR-0099" in p.message for p in problems)


def test_both_sides_stated_adds_nothing() -> None:
    a = adr(
        "adr/0001-a.md", 1, rel(RelationKind.SUPERSEDED_BY, "ADR-2", 2), status=Status.SUPERSEDED
    )
    b = adr("adr/0002-b.md", 2, rel(RelationKind.SUPERSEDES, "ADR-1", 1))
    result = resolve_links([a, b])
    assert all(len(d.relations) == 1 and d.relations[0].stated for d in result)
    assert not [p for p in log_problems(list(result)) if p.code == "one-sided-link"]


def test_one_sided_supersession_of_a_record_in_force_is_its_stale_status() -> None:
    old = adr("adr/0001-a.md", 1)  # still says Accepted
    new = adr("adr/0002-b.md", 2, rel(RelationKind.SUPERSEDES, "ADR-0001", 1))
    codes = [(p.path, p.code) for p in log_problems(list(resolve_links([old, new])))]
    # one fact, one problem (round 27w): the status naming ADR 2 mends the link too
    assert codes == [("adr/0001-a.md", "stale-status")]


def test_one_sided_supersession_of_a_record_out_of_force_is_reported() -> None:
    old = adr("adr/0001-a.md", 1, status=Status.DEPRECATED)
    new = adr("adr/0002-b.md", 2, rel(RelationKind.SUPERSEDES, "ADR-0001", 1))
    codes = [(p.path, p.code) for p in log_problems(list(resolve_links([old, new])))]
    assert codes == [("adr/0001-a.md", "one-sided-link")]


def test_self_reference_gets_no_inverse() -> None:
    a = adr("adr/0001-a.md", 1, rel(RelationKind.RELATES_TO, "ADR-0001", 1))
    (result,) = resolve_links([a])
    assert len(result.relations) == 1


def test_a_link_to_a_missing_file_names_its_numbers_adr_only_if_a_word_agrees() -> None:
    # The demo's ADR-0003 (a real ADR pasted in) links '[ADR-001: Use PostgreSQL for
    # Primary Database](./adr-001-database.md)'; this log's ADR 1 records decisions.
    first = adr("docs/adr/0001-record-architecture-decisions.md", 1)
    renamed = adr("docs/adr/0002-use-postgresql-for-orders.md", 2)
    source = adr(
        "docs/adr/0003-redis.md",
        3,
        rel(RelationKind.RELATES_TO, "ADR-001: Database", 1, "./adr-001-database.md"),
        rel(RelationKind.RELATES_TO, "ADR-2", 2, "0002-use-postgresql.md"),  # renamed since
        rel(RelationKind.RELATES_TO, "ADR 1", 1, "0001.md"),  # no words: the number decides
    )
    linked = by_path(resolve_links([first, renamed, source]))["docs/adr/0003-redis.md"]
    assert [r.target_id for r in linked.relations] == [
        None,
        "docs/adr/0002-use-postgresql-for-orders",
        "docs/adr/0001-record-architecture-decisions",
    ]
