from __future__ import annotations

from pathlib import Path

from tests.core.search.corpus import catalog_of, decision

from adr_tui.core.catalog import Catalog
from adr_tui.core.model import Status
from adr_tui.core.supersession import find_cycles, is_in_force, resolve_chain, successors

ROOT = Path("/repo")


def ids(catalog: Catalog, numbers: tuple[int, ...]) -> tuple[str, ...]:
    by_number = {d.number: d.id for d in catalog.decisions}
    return tuple(by_number[n] for n in numbers)


def test_chain_follows_stated_and_derived_links_to_the_decision_in_force() -> None:
    catalog = catalog_of(
        ROOT,
        [
            decision(1, "First", status=Status.SUPERSEDED, superseded_by=(2,)),
            decision(2, "Second", status=Status.SUPERSEDED),  # only 3 says so
            decision(3, "Third", supersedes=(2,)),
        ],
    )
    chain = resolve_chain(ids(catalog, (1,))[0], catalog)
    assert chain.steps == ids(catalog, (1, 2, 3))
    assert chain.current == ids(catalog, (3,))
    assert chain.cycle == ()
    assert not chain.in_force
    assert resolve_chain(ids(catalog, (3,))[0], catalog).in_force


def test_an_accepted_decision_replaced_later_is_not_in_force() -> None:
    catalog = catalog_of(ROOT, [decision(1, "Old"), decision(2, "New", supersedes=(1,))])
    old, new = catalog.decisions
    assert successors(old, catalog) == (new.id,)
    assert not is_in_force(old, catalog) and is_in_force(new, catalog)


def test_a_proposed_replacement_does_not_retire_anything_yet() -> None:
    catalog = catalog_of(
        ROOT, [decision(1, "Old"), decision(2, "Draft", status=Status.PROPOSED, supersedes=(1,))]
    )
    old = catalog.decisions[0]
    assert is_in_force(old, catalog)
    assert resolve_chain(old.id, catalog).in_force


def test_split_decision_has_several_current_ones() -> None:
    catalog = catalog_of(
        ROOT,
        [
            decision(1, "Monolith", status=Status.SUPERSEDED),
            decision(2, "Service A", supersedes=(1,)),
            decision(3, "Service B", supersedes=(1,)),
        ],
    )
    chain = resolve_chain(ids(catalog, (1,))[0], catalog)
    assert set(chain.current) == set(ids(catalog, (2, 3)))


def test_cycles_are_reported_never_looped() -> None:
    catalog = catalog_of(
        ROOT,
        [
            decision(1, "A", status=Status.SUPERSEDED, superseded_by=(2,)),
            decision(2, "B", status=Status.SUPERSEDED, superseded_by=(3,)),
            decision(3, "C", status=Status.SUPERSEDED, superseded_by=(2,)),
            decision(4, "Self", status=Status.SUPERSEDED, superseded_by=(4,)),
        ],
    )
    chain = resolve_chain(ids(catalog, (1,))[0], catalog)
    assert chain.steps == ids(catalog, (1, 2, 3))
    assert chain.cycle == ids(catalog, (2, 3))
    assert chain.current == ()
    assert find_cycles(catalog.decisions) == (ids(catalog, (2, 3)),)
    assert resolve_chain(ids(catalog, (4,))[0], catalog).current == ()  # self-links ignored


def test_dead_ends_and_unknown_ids() -> None:
    catalog = catalog_of(
        ROOT,
        [
            decision(1, "Gone", status=Status.DEPRECATED),
            decision(2, "Dangling", superseded_by=(9,)),
        ],
    )
    gone, dangling = catalog.decisions
    assert resolve_chain(gone.id, catalog).current == ()
    assert resolve_chain(dangling.id, catalog).in_force  # a link to nothing changes nothing
    missing = resolve_chain("docs/adr/none", catalog)
    assert missing.steps == () and missing.current == ()
