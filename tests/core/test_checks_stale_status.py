"""'stale-status' agrees with supersession: only a successor in effect retires a decision."""

from __future__ import annotations

import pytest

from adr_tui.core.checks import log_problems
from adr_tui.core.links import resolve_links
from adr_tui.core.model import Decision, Reference, Relation, RelationKind, Status
from adr_tui.core.supersession import effective_status


def _adr(number: int, status: Status, *relations: Relation, raw: str = "x") -> Decision:
    path = f"docs/adr/{number:04d}-x.md"
    return Decision(
        id=path.rsplit(".", 1)[0],
        path=path,
        title=f"ADR {number}",
        number=number,
        status=status,
        status_raw=raw,
        relations=relations,
    )


def _supersedes(number: int) -> Relation:
    return Relation(RelationKind.SUPERSEDES, Reference(f"ADR-{number}", number))


def _stale(decisions: list[Decision]) -> list[str]:
    return [p.message for p in log_problems(decisions) if p.code == "stale-status"]


@pytest.mark.parametrize(
    ("successor", "stale"),
    [
        (Status.ACCEPTED, True),
        (Status.UNKNOWN, True),
        (Status.PROPOSED, False),
        (Status.DRAFT, False),
        (Status.REJECTED, False),
    ],
)
def test_only_a_successor_in_effect_makes_a_status_stale(successor: Status, stale: bool) -> None:
    old = _adr(1, Status.ACCEPTED)
    decisions = list(resolve_links([old, _adr(2, successor, _supersedes(1))]))
    by_id = {d.id: d for d in decisions}
    assert bool(_stale(decisions)) is stale
    assert (effective_status(by_id[old.id], by_id) is Status.SUPERSEDED) is stale


def test_the_stale_message_names_the_successor_in_effect() -> None:
    old = _adr(1, Status.ACCEPTED)
    decisions = resolve_links(
        [old, _adr(2, Status.PROPOSED, _supersedes(1)), _adr(3, Status.ACCEPTED, _supersedes(1))]
    )
    assert _stale(list(decisions)) == ["superseded by ADR-0003 but its status is accepted"]


def test_a_file_that_states_no_status_has_no_stale_status() -> None:
    # transcom/mymove: no ADR states a status; supersession is stated in the preamble.
    old = _adr(3, Status.UNKNOWN, raw="")
    decisions = list(resolve_links([old, _adr(37, Status.UNKNOWN, _supersedes(3), raw="")]))
    assert _stale(decisions) == []
