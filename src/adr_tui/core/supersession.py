"""Which decision is in force now: follow superseded-by links, detect cycles, never loop.

Links come from :mod:`adr_tui.core.links`, so a "superseded by" that only the
newer ADR states ("supersedes ADR-0003") is followed too. A successor counts
only once it is in effect: a *proposed*, *draft* or *rejected* replacement
does not retire the decision it would replace.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from adr_tui.core.model import Decision, RelationKind, Status
from adr_tui.core.records import record

_PENDING = frozenset({Status.DRAFT, Status.PROPOSED, Status.REJECTED})


class Lookup(Protocol):
    """Anything that finds a decision by id: a :class:`~adr_tui.core.catalog.Catalog`, a dict."""

    def get(self, key: str, /) -> Decision | None:
        """The decision with this id, or None."""
        ...


def successors(decision: Decision, lookup: Lookup) -> tuple[str, ...]:
    """Ids of the decisions in effect that replace ``decision`` (stated or derived links)."""
    found: list[str] = []
    for rel in decision.relations:  # not ``superseded_by``: a tuple per decision per listing
        if rel.kind is not RelationKind.SUPERSEDED_BY:
            continue
        if rel.target_id is None or rel.target_id == decision.id or rel.target_id in found:
            continue
        target = lookup.get(rel.target_id)
        if target is not None and target.status not in _PENDING:
            found.append(rel.target_id)
    return tuple(found)


def is_in_force(decision: Decision, lookup: Lookup) -> bool:
    """Whether ``decision`` governs now: an in-force status and no successor in effect."""
    return decision.status.in_force and not successors(decision, lookup)


def effective_status(decision: Decision, lookup: Lookup) -> Status:
    """The status a reader sees, which lists show and filters and counts go by.

    Superseded once a decision in effect replaced it, whatever its file still says.
    """
    if decision.status.in_force and successors(decision, lookup):
        return Status.SUPERSEDED
    return decision.status


@record
class Chain:
    """Where following superseded-by links from one decision leads."""

    start: str
    """The decision the chain starts from."""
    steps: tuple[str, ...]
    """Ids from ``start`` along the first successor at each step, to where the chain ends."""
    current: tuple[str, ...]
    """Decisions in force now at the end of every branch (several when a decision was split)."""
    cycle: tuple[str, ...] = ()
    """A loop of superseded-by links met on the way (ids in link order), else empty."""

    @property
    def in_force(self) -> bool:
        """True when the start itself is the decision in force."""
        return self.current == (self.start,)


def resolve_chain(decision_id: str, lookup: Lookup) -> Chain:
    """Follow superseded-by links from ``decision_id`` to the decisions in force now.

    Every branch is followed; each decision is visited once, so a cycle ends
    the walk and is reported in :attr:`Chain.cycle`. An unknown id yields an
    empty chain.
    """
    start = lookup.get(decision_id)
    if start is None:
        return Chain(decision_id, (), ())
    steps = [decision_id]
    cycle: tuple[str, ...] = ()
    current: list[str] = []
    visited: set[str] = set()
    # Iterative DFS with the path on the stack: a successor already on the path is a cycle.
    stack: list[tuple[str, tuple[str, ...]]] = [(decision_id, (decision_id,))]
    first_branch = True
    while stack:
        node_id, path = stack.pop()
        if node_id in visited:
            continue
        visited.add(node_id)
        node = lookup.get(node_id)
        if node is None:
            continue
        nexts = successors(node, lookup)
        if not nexts:
            if node.status.in_force and node_id not in current:
                current.append(node_id)
            first_branch = False
            continue
        for nxt in nexts:
            if nxt in path and not cycle:
                cycle = path[path.index(nxt) :]
        if first_branch and nexts[0] not in path:
            steps.append(nexts[0])
        elif first_branch:
            first_branch = False
        stack.extend((nxt, (*path, nxt)) for nxt in reversed(nexts) if nxt not in path)
    return Chain(decision_id, tuple(steps), tuple(current), cycle)


def find_cycles(decisions: Iterable[Decision]) -> tuple[tuple[str, ...], ...]:
    """Every distinct loop of superseded-by links (each once, starting at its smallest id)."""
    by_id = {d.id: d for d in decisions}
    seen: set[tuple[str, ...]] = set()
    # Only a decision with a successor can be in a loop: the checks ask this on every load,
    # and most decisions of a log name none.
    for decision_id, decision in by_id.items():
        if not any(rel.kind is RelationKind.SUPERSEDED_BY for rel in decision.relations):
            continue
        loop = resolve_chain(decision_id, by_id).cycle
        if loop:
            pivot = loop.index(min(loop))
            seen.add(loop[pivot:] + loop[:pivot])
    return tuple(sorted(seen))
