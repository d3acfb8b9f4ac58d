"""Stop words a query is about, and a record's number read as words when no record fits.

Review 14 found 'us region' ranking the EU record first (Whoosh's stop list holds 'us',
'it', 'can', 'may', 'not', 'tbd', and round 26 dropped them from queries), and
'decision 12 services' finding nothing (read as record 12, which is not on services).
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
    Named,
    Phrase,
    Range,
    Term,
    as_words,
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


def test_a_record_number_no_record_fits_is_read_as_words(engine: SearchEngine) -> None:
    # Record 12 is not on services; record 8 says 'Decision' under its heading.
    assert ranked(engine, "decision 12 services") == [8, 7]
    assert ranked(engine, "decision 12 services", relax=False) == [8, 7]
    assert scanned(engine, "decision 12 services") == [8, 7]


def test_a_record_number_that_fits_is_read_as_the_record(engine: SearchEngine) -> None:
    assert ranked(engine, "decision 12") == [12]
    assert ranked(engine, "adr 12 json") == [12]
    # No record 99 and no text says both words: nothing, not every record saying 'decision'.
    assert ranked(engine, "decision 99") == []


def test_as_words_reads_each_named_record_as_its_words() -> None:
    named = parse_query("decision 12 services").root
    assert named == And(
        (Named((Range("number", 12, 12), Phrase(None, ("decision", "12")))), Term(None, "services"))
    )
    assert as_words(named) == And(
        (Term(None, "decision"), Term(None, "12"), Term(None, "services"))
    )
    assert as_words(parse_query("adr0012 json").root) is None  # the word is read already
    assert as_words(parse_query("services 12").root) is None
