"""Words an incident search types either way share their stem (Snowball's English stemmer).

Texts are excerpts of public records (repositories named above each).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.core.search.conftest import CatalogFactory, ranked
from tests.core.search.corpus import decision

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
