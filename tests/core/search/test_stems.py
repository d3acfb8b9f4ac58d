"""Words an incident search types either way share their stem (Snowball's English stemmer).

Texts are excerpts of public records (repositories named above each).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.core.search.conftest import CatalogFactory, ranked
from tests.core.search.corpus import decision

from adr_tui.core.model import Status
from adr_tui.core.search import SearchEngine
from adr_tui.core.settings import Settings

LOG = [
    # ministryofjustice/cloud-platform architecture-decision-record/023-Logging.md
    decision(
        23,
        "Logging",
        "Cloud Platform's existing strategy for logging has been to centralize it in an "
        "ElasticSearch instance.",
    ),
    # alphagov/govuk-infrastructure docs/architecture/decisions/0007-use-fluentbit-…
    decision(
        7,
        "Use fluentbit, elasticsearch and kibana for application logs",
        "Application containers should output their logs as stdout/stderr streams.",
    ),
    # apache/james-project src/adr/0017-file-mail-queue-deprecation.md
    decision(
        17,
        "FileMailQueue deprecation",
        "Deprecate FileMailQueue components. Disable FileMailQueue tests. Target a removal "
        "as part of 3.6.0.",
    ),
    # ministryofjustice/cloud-platform architecture-decision-record/035-deprecated-tls-…
    decision(
        35,
        "Deprecated TLS Versions",
        "Remove support for TLS versions 1.0 and 1.1 on the new Ingress Controller.",
    ),
]


@pytest.fixture
def engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(LOG), settings) as built:
        built.build()
        yield built


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("logs", [7, 23]),  # the word as typed first
        ("logging", [23, 7]),
        ("deprecated", [35, 17]),
        ("deprecation", [17, 35]),
    ],
)
def test_a_word_finds_its_other_forms_after_the_form_typed(
    engine: SearchEngine, query: str, expected: list[int]
) -> None:
    assert ranked(engine, query, relax=False) == expected


TEMPLATE = [
    # Written for this test, shaped as MADR and Nygard records are.
    decision(
        3,
        "Use a relational database",
        "## Status\n\nAccepted\n\n## Context\n\nOrders need transactions.\n\n"
        "## Decision\n\nPostgreSQL.\n\n"
        "## Considered Options\n\n- PostgreSQL\n- DynamoDB\n\n"
        "## Positive Consequences\n\n- Joins.\n\n## Related\n\n- ADR-0004",
    ),
    decision(
        4,
        "Cache sessions in Redis",
        "## Status\n\nAccepted\n\n## Context\n\nLogins are slow.\n\n"
        "## Decision\n\nRedis, with relative expiry: "
        "a session lives 30 minutes after its last request.\n\n"
        "## Consequences\n\nSessions are lost when Redis restarts; consequently users log in "
        "again. Persistence is optional.\n\n## Related\n\n- ADR-0003",
    ),
    decision(
        5,
        "Record acceptance tests",
        "## Context\n\nThe cursor position is lost on reload.\n\n## Decision\n\nAn acceptance "
        "test per screen keeps it.\n\n## Consequences\n\nA decisive check before each release.",
        status=Status.PROPOSED,
    ),
]


@pytest.fixture
def template_engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(TEMPLATE), settings) as built:
        built.build()
        yield built


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("relative", [4]),  # not every record with a 'Related' section (Porter2: 'relat')
        ("relational", [3]),
        ("related", [3, 4]),  # the section still found by its forms
        ("relates", [3, 4]),
        ("optional", [4]),  # not 'Considered Options'
        ("consequently", [4]),  # not 'Consequences'
        ("position", [5]),  # not 'Positive Consequences'
        ("positions", [5]),  # its own forms still meet
        ("acceptance", [5]),  # not the records whose status is Accepted
        ("accepted", [3, 4]),
        ("decisive", [5]),  # not every '## Decision'
    ],
)
def test_a_word_a_template_heading_would_swallow_keeps_its_own_stem(
    template_engine: SearchEngine, query: str, expected: list[int]
) -> None:
    assert sorted(n or 0 for n in ranked(template_engine, query, relax=False)) == expected
