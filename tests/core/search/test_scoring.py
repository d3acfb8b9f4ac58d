"""Field lengths read once per searcher give exactly Whoosh's own BM25F scores."""

from __future__ import annotations

from typing import Any

import pytest
from tests.core.search.conftest import CatalogFactory
from tests.core.search.corpus import CORPUS, decision

from adr_tui.core.querylang import parse_query
from adr_tui.core.search import SearchEngine, index_home, storage
from adr_tui.core.search.lib import BM25F, silenced, wq
from adr_tui.core.search.scoring import LengthsOnce
from adr_tui.core.search.translate import _Or, to_whoosh
from adr_tui.core.settings import Settings

QUERIES = [
    "session",
    "redis OR kafka",
    "sess*",
    "sesion~",
    '"session handling"',
    "title:redis",
    "cache -kafka",
    "decider:grace",
    "status:accepted session",
    "tracing",
]


def _scores(ix: Any, weighting: Any, queries: list[str]) -> list[dict[int, float]]:
    with silenced(), ix.searcher(weighting=weighting) as searcher:
        return [
            dict(
                searcher.search(
                    to_whoosh(parse_query(q).root, searcher.reader()), limit=None
                ).items()
            )
            for q in queries
        ]


@pytest.mark.parametrize("deleted", [False, True])
def test_lengths_read_once_score_exactly_as_whoosh_does(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Any, deleted: bool
) -> None:
    # Several segments' worth is not needed: each segment is scored alike. An update that
    # deletes and adds leaves a segment with deletions and a document with no title words.
    decisions = [*CORPUS, decision(8, "", "Tracing with OpenTelemetry, session by session.")]
    with SearchEngine.open(make_catalog(decisions), settings) as engine:
        engine.build()
    if deleted:
        with SearchEngine.open(make_catalog(decisions[1:]), settings) as engine:
            assert engine.build().removed == 1
    ix = storage.open_verified(index_home(settings, repo_root)).order.ix
    ours = LengthsOnce()
    found = _scores(ix, ours, QUERIES)
    assert found == _scores(ix, BM25F, QUERIES)
    assert all(found[:2]) and any(v is not None for v in ours._lengths.values())


def test_an_or_of_many_clauses_scores_exactly_as_whoosh_or_does(
    make_catalog: CatalogFactory, settings: Settings, repo_root: Any
) -> None:
    # Words whose stems differ make ORs of more than two clauses: Whoosh preloads those.
    with SearchEngine.open(make_catalog(CORPUS), settings) as engine:
        engine.build()
    ix = storage.open_verified(index_home(settings, repo_root)).order.ix
    queries = ["sessions", "handling OR tracing", "sess* OR caches", "-caching"]
    with silenced(), ix.searcher(weighting=LengthsOnce()) as searcher:
        ours = [to_whoosh(parse_query(q).root, searcher.reader()) for q in queries]
        whooshs = [q.accept(_whoosh_or) for q in ours]
        assert all(" OR " in str(q) for q in whooshs)
        found = [dict(searcher.search(q, limit=None).items()) for q in ours]
        assert found == [dict(searcher.search(q, limit=None).items()) for q in whooshs]
    assert all(found[:3])


def _whoosh_or(node: Any) -> Any:
    if isinstance(node, _Or):
        return wq.Or(node.subqueries, boost=node.boost)
    return node
