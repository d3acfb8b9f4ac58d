"""A query that matches nothing is read loosely: typos, short forms, words a record lacks.

Texts are excerpts of public records (repositories named above each); the rankings are
what a person searching at 3 a.m. expects.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.core.search.conftest import CatalogFactory, ranked
from tests.core.search.corpus import decision

from adr_tui.core.filters import Filter
from adr_tui.core.querylang import Alike, Fuzzy, Prefix, Some, Term, parse_query, relaxed
from adr_tui.core.search import RELAXED_NOTE, SearchEngine, run_query
from adr_tui.core.search.lib import STOP_WORDS
from adr_tui.core.settings import Settings

LOG = [
    # unknown/mutt docs/adr/ADR-002-vault-vs-kubernetes-secrets.md
    decision(
        2,
        "Vault vs. Kubernetes Secrets",
        "MUTT runs on RHEL and OpenShift; needs secret rotation and AppRole flows. Use "
        "HashiCorp Vault (KV v2) with AppRole and token renewal; optionally read-only "
        "fallback to K8s secrets.",
    ),
    # SmartBear/git-en-boite doc/adr/0015-remove-postgres-for-now.md
    decision(
        15,
        "Remove Postgres (for now)",
        "We're migrating to a new production environment and realised that although we "
        "configure postgres in our environments, we don't use it. Remove all dependencies on "
        "postgres from the code for now.",
    ),
    # unknown/taskflow docs/adr/ADR-001-postgresql-over-mongodb.md
    decision(
        1,
        "PostgreSQL over MongoDB",
        "We need to select a primary database for TaskFlow Pro: complex queries, ACID "
        "transactions for task state changes. We will use PostgreSQL 15. MongoDB offers "
        "limited query flexibility and limited ACID compliance.",
    ),
    # apache/james-project src/adr/0053-email-rate-limiting.md
    decision(
        53,
        "Email rate limiting",
        "They limit how many emails users can send/receive from/to each email account over "
        "a given period of time.",
    ),
    # Zainul884/adr ADR4.md
    decision(4, "ADR 4", "ADR 4: choose the deployment target for the service."),
    # vk-playground/mcp-context-forge docs/docs/architecture/adr/005-structured-json-logging.md
    decision(
        5,
        "Structured JSON Logging",
        "Alternatives considered (option, why not): loguru is elegant but non-standard; "
        "structlog adds context pipeline complexity; raw print() is not structured.",
    ),
]


@pytest.fixture
def engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(LOG), settings) as built:
        assert not built.build().in_memory
        yield built


def test_a_typo_finds_the_word_it_misspells_and_says_so(engine: SearchEngine) -> None:
    assert ranked(engine, "kuberentes secrets")[0] == 2
    assert RELAXED_NOTE in engine.search("kuberentes secrets").problems


def test_a_short_form_finds_the_records_with_every_word_begun_first(engine: SearchEngine) -> None:
    # 'postgres' begins PostgreSQL, 'mongo' MongoDB, 'vs' is in neither: the record naming
    # both outranks the one about Postgres alone, however often that one says 'postgres'.
    assert ranked(engine, "postgres vs mongo")[:2] == [1, 15]


def test_a_number_names_a_record_above_short_titles_that_say_adr(engine: SearchEngine) -> None:
    assert ranked(engine, "adr 53")[0] == 53


def test_question_and_stop_words_do_not_count_as_words_a_record_has(
    engine: SearchEngine,
) -> None:
    # 'why' and 'not' are in record 5 only; the question is about MongoDB.
    assert ranked(engine, "why not mongodb")[0] == 1


def test_stop_words_are_left_out_of_a_loose_reading_unless_alone() -> None:
    kafka = Alike((Term(None, "kafka"), Prefix(None, "kafka"), Fuzzy(None, "kafka")))
    assert relaxed(parse_query("not kafka").root, STOP_WORDS) == kafka
    assert relaxed(parse_query("not the").root, STOP_WORDS) == Some(
        (
            Alike((Term(None, "not"), Prefix(None, "not"))),
            Alike((Term(None, "the"), Prefix(None, "the"))),
        )
    )


def test_only_the_longest_words_of_a_pasted_line_get_near_spellings(
    engine: SearchEngine,
) -> None:
    loose = relaxed(parse_query("kafka consumer lag growing deploy").root)
    assert isinstance(loose, Some)
    assert [type(item).__name__ for item in loose.items] == [
        "Term",  # kafka
        "Alike",  # consumer
        "Term",  # lag
        "Alike",  # growing
        "Alike",  # deploy
    ]
    assert ranked(engine, "timeout while reading kuberentes secrets from vault")[0] == 2


KAFKA = [
    # Written for this test (review 13): a short product name misspelt in a longer query.
    decision(1, "Use Kafka for events", "Services publish events to Kafka. Ops run brokers."),
    decision(
        2,
        "Data retention policy",
        "The retention policy applies to every consumer of customer data: deleted after 90 days.",
    ),
    decision(3, "Versioned API for consumers", "Consumers pin a major version of the API."),
]


@pytest.fixture
def kafka_engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(KAFKA), settings) as built:
        built.build()
        yield built


def test_a_short_misspelt_word_of_a_long_query_is_loosened(kafka_engine: SearchEngine) -> None:
    # The three longest words alone were loosened: 'kafak' stayed as typed, matching nothing.
    assert 1 in ranked(kafka_engine, "kafak consumer retention policy")
    pasted = "ERROR connection refused while connecting to kafak broker timeout after 30000ms"
    assert ranked(kafka_engine, pasted)[0] == 1


def test_every_word_no_record_has_is_loosened_then_the_longest() -> None:
    def loosened(query: str, typos: set[str]) -> list[str]:
        loose = relaxed(parse_query(query).root, unmatched=lambda term: term.text in typos)
        assert isinstance(loose, Some)
        typed = [item.items[0] for item in loose.items if isinstance(item, Alike)]
        return [word.text for word in typed if isinstance(word, Term)]

    assert loosened("kafak consumer retention policy", {"kafak"}) == [
        "kafak",
        "consumer",
        "retention",
    ]
    assert loosened("kafak redsi lag consumer", {"kafak", "redsi", "lag", "consumer"}) == [
        "kafak",
        "redsi",
        "lag",
        "consumer",
    ]


def test_a_query_that_matches_is_not_loosened(engine: SearchEngine) -> None:
    result = engine.search("environments")
    assert [engine._catalog.get(i).number for i in result.ids] == [15]  # type: ignore[union-attr]
    assert result.problems == ()


def test_a_filter_is_never_loosened(engine: SearchEngine, settings: Settings) -> None:
    assert run_query(engine._catalog, Filter(query="kuberentes"), settings) == []
    assert [d.number for d in run_query(engine._catalog, Filter(query="kubernetes"), settings)] == [
        2
    ]
