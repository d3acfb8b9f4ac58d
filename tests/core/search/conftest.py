"""Fixtures: a repository root, a catalogue factory and settings with a temporary cache."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from tests.core.search.corpus import catalog_of

from adr_tui.core.catalog import Catalog
from adr_tui.core.model import Decision
from adr_tui.core.search import SearchEngine, scan_search
from adr_tui.core.settings import Settings

CatalogFactory = Callable[[Iterable[Decision]], Catalog]


@pytest.fixture
def repo_root(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    return root


@pytest.fixture
def make_catalog(repo_root: Path) -> CatalogFactory:
    return lambda decisions: catalog_of(repo_root, decisions)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(cache_dir=tmp_path / "cache")


def ranked(engine: SearchEngine, query: str, *, relax: bool = True) -> list[int | None]:
    """The numbers ``query`` ranks from the index, the scan finding the same decisions.

    ``relax`` False: the query as written only, never read loosely when nothing matches.
    """
    result = engine.search(query, relax=relax)
    assert result.source == "index"
    assert set(scan_search(engine._catalog, query, relax=relax).ids) == set(result.ids)
    return [d.number for d in (engine._catalog.get(i) for i in result.ids) if d is not None]
