"""Stop words a query is about.

Review 14 found 'us region' ranking the EU record first (Whoosh's stop list holds 'us',
'it', 'can', 'may', 'not', 'tbd', and round 26 dropped them from queries).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.core.search.conftest import CatalogFactory, ranked
from tests.core.search.corpus import decision

from adr_tui.core.querylang import (
    All,
    And,
    Maybe,
    Term,
    parse_query,
    without_noise,
)
from adr_tui.core.search import SearchEngine, scan_search
from adr_tui.core.search.lib import STOP_WORDS
from adr_tui.core.settings import Settings

NYGARD = "## Status\n\nAccepted\n\n## Context\n\n{}\n\n## Decision\n\nWe will do so.\n"

LOG = [
    decision(
        2,
        "Host customer data in the EU region",
        NYGARD.format("Data residency rules keep European customers' data in the EU region."),
    ),
    decision(
        3,
        "Host customer data in the US region",
        NYGARD.format("American customers' data lives in the US-East region."),
    ),
    decision(
        5,
        "Share one database between services",
        NYGARD.format("Reporting reads customer data from a shared replica."),
    ),
    decision(7, "Use Postgres", NYGARD.format("Postgres 12 serves most services.")),
    decision(8, "Retry policy for 12 services", NYGARD.format("Twelve services call payments.")),
    decision(12, "Use JSON logs", NYGARD.format("Structured logs are easier to query.")),
    decision(13, "IT asset inventory", NYGARD.format("The IT team tracks every laptop.")),
    decision(14, "Asset tags on cloud resources", NYGARD.format("Tags name each asset's owner.")),
]


@pytest.fixture
def engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(LOG), settings) as built:
        assert not built.build().in_memory
        yield built


def scanned(engine: SearchEngine, query: str) -> list[int | None]:
    """The numbers the scan (before an index is built) ranks for ``query``."""
    catalog = engine._catalog
    return [d.number for d in (catalog.get(i) for i in scan_search(catalog, query).ids) if d]


def test_a_stop_word_ranks_the_records_that_have_it_first(engine: SearchEngine) -> None:
    # Dropped, 'us' left 'region', which the EU record says twice.
    assert ranked(engine, "us region") == [3, 2]
    assert ranked(engine, "data us") == [3, 2, 5]
    assert ranked(engine, "it asset") == [13, 14]
    assert scanned(engine, "us region") == [3, 2]
    assert scanned(engine, "it asset") == [13, 14]


def test_a_stop_word_is_optional_and_a_question_word_is_dropped() -> None:
    assert without_noise(parse_query("us region").root, STOP_WORDS) == And(
        (Term(None, "region"), Maybe((All(), Term(None, "us"))))
    )
    question = parse_query("why is it the region").root
    assert without_noise(question, STOP_WORDS) == And(
        (
            Term(None, "region"),
            Maybe((All(), Term(None, "is"), Term(None, "it"), Term(None, "the"))),
        )
    )
    assert without_noise(parse_query("the the region").root, STOP_WORDS) == And(
        (Term(None, "region"), Maybe((All(), Term(None, "the"))))
    )
