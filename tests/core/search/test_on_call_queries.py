"""Queries as an engineer on call types them: questions, symptoms, a status, a record's number.

Texts are excerpts of public records (repositories named above each); each ranking is
what a person searching during an incident expects. Round 26 of the search-quality bench
(bench/search_quality) found these forms missing the records they name.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.core.search.conftest import CatalogFactory, ranked
from tests.core.search.corpus import decision

from adr_tui.core.model import Status
from adr_tui.core.querylang import (
    Alike,
    And,
    Keyword,
    Named,
    Phrase,
    Range,
    Term,
    parse_query,
    without_noise,
)
from adr_tui.core.search import SearchEngine, scan_search
from adr_tui.core.search.lib import STOP_WORDS
from adr_tui.core.settings import Settings

LOG = [
    # UKGovernmentBEIS/regulated-professions-register 0013-use-bull-and-redis-to-send-emails.md
    decision(
        13,
        "Use Bull and Redis to send emails",
        "The service needs to send invitation emails through Notify. Use Redis as the queue "
        "for jobs. Sending emails asynchronously will provide some fault tolerance if Notify "
        "is unavailable.",
    ),
    # apache/james-project src/adr/0053-email-rate-limiting.md (trimmed), and a sentence that
    # says 'not' beside 'emails' and 'sending', as a record of it might
    decision(
        53,
        "Email rate limiting",
        "They limit how many emails users can send or receive. A user over the limit is "
        "not sending spam: the limit is not a filter.",
    ),
    # mozilla/bedrock docs/architecture/decisions/0002-move-ci-cd-pipelines-to-gitlab.md
    decision(
        2,
        "Move CI/CD Pipelines to Gitlab",
        "Our current CI/CD pipelines are implemented in Jenkins. We will move our existing "
        "CI/CD pipeline implementation from Jenkins to Gitlab.",
        status=Status.SUPERSEDED,
        superseded_by=(10,),
    ),
    # mozilla/bedrock docs/architecture/decisions/0010-move-ci-cd-to-github-actions.md
    decision(
        10,
        "Move CI to Github Actions for Unit and Integration tests",
        "We will move our CI/CD pipeline from being a combination of Github + Gitlab + "
        "CircleCI to just Github, using GHA.",
    ),
    # opendatahub-io/architecture-decision-records ODH-ADR-0003-use-apache-2-0-licence.md
    decision(
        3,
        "Open Data Hub default licence",
        "| Status | Draft | | Supersedes | N/A | | Superseded by: | N/A | This ADR captures "
        "our decision to license Open Data Hub under the Apache 2.0 license. What is "
        "superseded here is the GPLv3 default: superseded, not kept.",
        status=Status.DRAFT,
    ),
    # mozilla/fxa docs/adr/0017-switch-settings-auth-to-sessiontoken.md
    decision(
        17,
        "Switch from OAuth2 to sharing sessionToken with GraphQL server",
        "The Settings Redesign app needs to query and mutate the same protected user data. "
        "Chosen option: reuse existing sessionToken on content-server.",
    ),
    # IMBArator/miniDSP-Linux-qt docs/decisions/0012-catch-only-device-and-transport-errors.md
    # (a short record citing ADR-0017 twice)
    decision(
        12,
        "Catch only device and transport errors",
        "Errors are reported as in ADR-0017. As ADR-0017 says, let programming errors propagate.",
    ),
    # alphagov/govuk-aws docs/architecture/decisions/0038-mongo_replacement_by_documentdb.md
    decision(
        38,
        "Mongo Replacement by DocumentDB",
        "GOV.UK uses MongoDB as the backing database for a number of apps.",
    ),
    # cosmos/cosmos-sdk docs/architecture/adr-022-custom-panic-handling.md
    decision(
        22,
        "ADR 022: Custom BaseApp panic handling",
        "Similar solution. ADR-010 Modular AnteHandler, see docs at v0.38.3.",
    ),
    # DFE-Digital/buy-for-your-school doc/architecture/decisions/0034-upgrade-postgresql.md
    decision(
        34,
        "Upgrade PostgreSQL to Latest Version",
        "Staging and production are running PostgreSQL 13. They will be upgraded to PostgreSQL 17.",
    ),
]


@pytest.fixture
def engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(LOG), settings) as built:
        assert not built.build().in_memory
        yield built


def test_a_symptom_finds_the_records_without_its_stop_words(engine: SearchEngine) -> None:
    # Record 13 is about sending emails and never says 'not': read as written, only the
    # record that says 'not' matched, and nothing loosened it (it had matched).
    assert ranked(engine, "emails not sending", relax=False) == [13, 53]


def test_question_and_stop_words_go_only_when_other_words_remain() -> None:
    assert without_noise(parse_query("why graphql").root, STOP_WORDS) == Term(None, "graphql")
    noise = parse_query("what is the").root
    assert without_noise(noise, STOP_WORDS) == noise
    quoted = parse_query('"not sending" emails').root
    assert without_noise(quoted, STOP_WORDS) == quoted  # a phrase keeps its every word


def test_a_status_word_finds_the_records_in_that_status_first(engine: SearchEngine) -> None:
    # Record 2's status is superseded and its text never says so; record 3 says the word
    # three times in a template and a sentence.
    assert ranked(engine, "what is superseded") == [2, 3]
    assert ranked(engine, "superseded gitlab") == [2]


def test_a_status_word_reads_as_the_word_and_its_status() -> None:
    superseded = Alike((Term(None, "superseded"), Keyword("status", "superseded")))
    assert parse_query("superseded").root == superseded
    assert parse_query("unknown").root == Term(None, "unknown")  # a word, not a status
    assert parse_query("title:superseded").root == Term("title", "superseded")


def test_adr_and_a_number_name_that_record(engine: SearchEngine) -> None:
    # Record 22 says 'ADR' and '38' (in 'v0.38.3'): read as two words it was the answer.
    assert ranked(engine, "adr 38") == [38]
    assert ranked(engine, "adr (38 OR 38*)") == [38]  # as the TUI sends it while typing
    assert ranked(engine, "decision 38") == [38]


def test_a_record_cited_by_number_ranks_below_the_record_itself(engine: SearchEngine) -> None:
    assert ranked(engine, "ADR-0017") == [17, 12]
    assert ranked(engine, "adr0017") == [17]


def test_a_number_after_another_word_stays_a_word(engine: SearchEngine) -> None:
    assert ranked(engine, "postgresql 13") == [34]
    assert ranked(engine, "postgresql 17") == [34]


def test_a_record_reference_reads_as_its_number_or_its_words() -> None:
    number = Range("number", 17, 17)
    assert parse_query("ADR-0017").root == Named((number, Phrase(None, ("adr", "0017"))))
    assert parse_query("adr 17 hawk").root == And(
        (Named((number, Phrase(None, ("adr", "17")))), Term(None, "hawk"))
    )
    assert parse_query("adr 1234567").root == And((Term(None, "adr"), Term(None, "1234567")))


def test_the_scan_ranks_a_named_record_first_before_the_index_is_built(
    make_catalog: CatalogFactory,
) -> None:
    catalog = make_catalog(LOG)
    scanned = [
        [d.number for d in (catalog.get(i) for i in scan_search(catalog, query).ids) if d]
        for query in ("ADR-0017", "what is superseded")
    ]
    assert scanned == [[17, 12], [2, 3]]
