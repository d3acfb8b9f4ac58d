"""Short forms engineers type ('k8s', 'db', 'auth') find what records spell out, and back.

Texts are excerpts of public records (repositories named above each).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.core.search.conftest import CatalogFactory, ranked
from tests.core.search.corpus import decision

from adr_tui.core.querylang import Alike, Phrase, Term, parse_query
from adr_tui.core.search import SearchEngine
from adr_tui.core.settings import Settings

LOG = [
    # eryk260/2sixty adr/adr-0003-configurations-and-secrets-2018-10-23.md
    decision(
        3,
        "Configuration and Secrets",
        "We will use k8s configmaps to store those configurations. We will store sensitive "
        "informations in Vault, and CI/CD saves them in k8s as k8s secrets.",
    ),
    # alphagov/govuk-infrastructure docs/architecture/decisions/0008-use-external-secrets-…
    decision(
        8,
        "Use external-secrets for secrets storage",
        "We want to make use of AWS SecretsManager for secrets storage, rather than relying "
        "solely on Kubernetes secrets.",
    ),
    # ministryofjustice/cloud-platform architecture-decision-record/009-Use-Keeper-for-…
    decision(
        9,
        "Use Keeper for secrets storage",
        "The cloud platforms team is transitioning from Rattic to a managed service. Once "
        "the DB migration and audit is done, all product teams will be able to use it.",
    ),
    # apache/james-project src/adr/0070-postgresql-adoption.md
    decision(
        70,
        "Native PostgreSQL adoption",
        "PostgreSQL is a rock-solid open source relational database. We at first would "
        "start with a simple connection pool implementation: 1 fixed Postgresql connection "
        "per domain.",
    ),
]


@pytest.fixture
def engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(LOG), settings) as built:
        built.build()
        yield built


def test_a_short_form_reads_as_its_long_form_too() -> None:
    assert parse_query("k8s").root == Alike((Term(None, "k8s"), Term(None, "kubernetes")))
    assert parse_query("sso").root == Alike(
        (Term(None, "sso"), Phrase(None, ("single", "sign", "on")))
    )
    assert parse_query('"k8s"').root == Term(None, "k8s")  # quoted: as written
    assert parse_query("title:k8s").root == Alike(
        (Term("title", "k8s"), Term("title", "kubernetes"))
    )


def test_the_record_writing_the_word_as_typed_ranks_first(engine: SearchEngine) -> None:
    assert ranked(engine, "k8s secrets", relax=False) == [3, 8]
    assert ranked(engine, "kubernetes secrets", relax=False) == [8, 3]


def test_an_abbreviation_finds_the_record_that_spells_it_out(engine: SearchEngine) -> None:
    assert ranked(engine, "db connection pool", relax=False) == [70]
    # 'DB migration' as written, then 'database'
    assert ranked(engine, "db", relax=False) == [9, 70]


TITLES = [
    # Written for this test (review 13): the word as typed in one title, its other form in
    # another's, each short.
    decision(6, "Use a relational database", "Orders are relational data. Use PostgreSQL."),
    decision(11, "One db per service", "Each service owns its db schema; no shared database."),
    decision(7, "Run services on Kubernetes", "Deploy every service to Kubernetes with Helm."),
    decision(8, "Secrets in k8s", "Secrets are sealed; the k8s operator decrypts them."),
]


@pytest.fixture
def titles(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(TITLES), settings) as built:
        built.build()
        yield built


def test_a_title_with_the_word_as_typed_ranks_above_one_with_its_other_form(
    titles: SearchEngine,
) -> None:
    # 'db' is its own stem, which no stem field holds: 'database' scored as exact and stem
    # word; and Whoosh's DisjunctionMax gave a record the typed word's score on another.
    assert ranked(titles, "db", relax=False) == [11, 6]
    assert ranked(titles, "k8s", relax=False) == [8, 7]
    assert ranked(titles, "database", relax=False) == [6, 11]
    assert ranked(titles, "kubernetes", relax=False) == [7, 8]
