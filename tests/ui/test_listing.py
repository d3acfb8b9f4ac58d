"""The browse list's search rows: excerpts past the first screen are made when asked for."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.search.corpus import catalog_of, decision
from tests.core.test_catalog import nygard
from tests.core.test_snapshot import aged, doctor

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.ui.listing import (
    EAGER_EXCERPTS,
    CatalogRows,
    Query,
    SortKey,
    compute,
    index_of_key,
)


def test_every_hit_has_its_excerpt_even_past_the_first_screen(tmp_path: Path) -> None:
    count = EAGER_EXCERPTS + 5
    decisions = [
        decision(n, f"Decision {n}", f"Intro {n}.\nWe keep sessions in PostgreSQL number {n}.")
        for n in range(1, count + 1)
    ]
    listed = compute([catalog_of(tmp_path, decisions)], Query(text="postgresql"))
    assert listed is not None and len(listed.rows) == count
    for row in listed.rows:
        assert row.hit is not None
        number = row.entry.decision.number
        # An excerpt starts a little before its match (see core/highlight.py).
        assert row.hit.snippet.endswith(f"sessions in PostgreSQL number {number}.")
        assert [row.hit.snippet[a:b] for a, b in row.hit.spans] == ["PostgreSQL"]


def test_a_hit_matching_only_its_title_has_no_excerpt(tmp_path: Path) -> None:
    decisions = [decision(n, f"PostgreSQL {n}", "Nothing here.") for n in range(1, 30)]
    listed = compute([catalog_of(tmp_path, decisions)], Query(text="postgresql"))
    assert listed is not None
    assert [r.hit.snippet if r.hit else None for r in listed.rows] == [""] * 29


def test_without_facets_the_same_rows_come_uncounted(tmp_path: Path) -> None:
    decisions = [decision(n, f"Decision {n}", "Text.") for n in range(1, 6)]
    catalogs = [catalog_of(tmp_path, decisions)]
    counted = compute(catalogs, Query())
    uncounted = compute(catalogs, Query(), facets=False)
    assert counted is not None and uncounted is not None
    assert [r.entry.key for r in uncounted.rows] == [r.entry.key for r in counted.rows]
    assert counted.facets["repo"] == [(tmp_path.name, tmp_path.name, 5)]
    assert uncounted.facets == {}


def test_the_start_up_list_is_the_unfiltered_listing(tmp_path: Path) -> None:
    # Same numbers, different files: the order falls back to the key, as for any listing.
    decisions = [decision(n % 3, f"Decision {n}", "Text.") for n in range(1, 8)]
    catalogs = [catalog_of(tmp_path, decisions)]
    for query in (Query(), Query(sort=SortKey.TITLE), Query(repos=frozenset({"elsewhere"}))):
        quick = compute(catalogs, query, facets=False)
        full = compute(catalogs, query)
        assert quick is not None and full is not None
        assert quick.total == full.total
        assert [(r.entry.key, r.in_force) for r in quick.rows] == [
            (r.entry.key, r.in_force) for r in full.rows
        ]


def test_a_search_typed_past_stops_its_scan(tmp_path: Path) -> None:
    catalogs = [catalog_of(tmp_path, [decision(n, f"Use postgresql {n}") for n in range(1, 100)])]
    looks: list[int] = []

    def typed_past() -> bool:  # true from the scan's first look on
        looks.append(1)
        return len(looks) > 1

    assert compute(catalogs, Query(text="postgresql"), cancelled=typed_past) is None
    assert len(looks) == 2  # the catalogue's look, then the scan's
    assert compute(catalogs, Query(text="postgresql")) is not None


def test_a_served_catalogues_start_up_rows_are_made_as_read(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    files = {f"docs/adr/000{n}-d{n}.md": nygard(n, f"D{n}") for n in (3, 1, 2)}
    files["docs/adr/0002-a-second-two.md"] = nygard(2, "Also two")  # a tie: path order
    repo, settings = make_repo(files), Settings(cache_dir=tmp_path / "cache")
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged)
    served = load_catalog(repo, settings)
    quick = compute([served], Query(), facets=False)
    full = compute([served], Query())
    assert quick is not None and full is not None
    assert isinstance(quick.rows, CatalogRows) and isinstance(full.rows, tuple)
    assert [r.entry.key for r in quick.rows] == [r.entry.key for r in full.rows]
    assert [r.entry.decision.title for r in quick.rows] == ["D1", "Also two", "D2", "D3"]
    assert quick.rows == full.rows and quick.rows[1:3] == full.rows[1:3]
    third = full.rows[2].entry.key
    assert index_of_key(quick.rows, third) == index_of_key(full.rows, third) == 2
    assert index_of_key(quick.rows, "/elsewhere\0docs/adr/0002-d2") is None
    assert quick.rows.same(CatalogRows(served)) and not quick.rows.same(CatalogRows(full_of(repo)))


def full_of(repo: Path) -> Catalog:
    return load_catalog(repo, Settings(use_cache=False))


def test_a_status_filter_is_described_as_the_badges_name_it() -> None:
    # The header said "status: unknown" beside rows badged NO STATUS (walk 23).
    query = Query(statuses=frozenset({Status.UNKNOWN, Status.ACCEPTED}))
    assert query.describe() == ["status: accepted, no status"]
