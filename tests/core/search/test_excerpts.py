"""The excerpt a list shows holds the most different words the query matched.

Text from a public record (unknown/ticketing docs/adr/rabbitmq-for-handling-events.md):
its paragraph is one line, with 'RabbitMQ' twice before 'dead-letter'.
"""

from __future__ import annotations

from tests.core.search.conftest import CatalogFactory
from tests.core.search.corpus import decision

from adr_tui.core.search import SearchEngine
from adr_tui.core.settings import Settings

TICKETS = decision(
    1,
    "RabbitMQ for handling events.",
    "## ADR - RabbitMQ for handling events.\n\n### Status\nProposed\n\n### Context\n"
    "In order to reliably handle the events related to tickets or notifications, concepts "
    "such as message broker (RabbitMQ) and distributed streaming platform (Kafka) were "
    "considered for evaluation.\n\n### Decision\nMessage broker was chosen because the system "
    "does not have telemetry kind of events to go for a distributed streaming platform. Also, "
    "the load on the system is the range of 100s or 1000s of users per day, creating few "
    "tickets each, which RabbitMQ can easily handle. Also, RabbitMQ has very good fault "
    "tolerance mechanisms such as delivery retries and dead-letter exchanges, which would "
    "ensure that the ticket is processed.\n",
)


def test_the_first_excerpt_shows_the_most_different_matched_words(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    with SearchEngine.open(make_catalog([TICKETS]), settings) as engine:
        assert not engine.build().in_memory
        result = engine.search("rabbitmq dead letter")
        assert result.source == "index"
        first = result.hits[0].body[0]
        marked = {first.text[a:b].lower() for a, b in first.spans}
        assert {"dead", "letter"} <= marked, first.text
        # The others follow in body order: the paragraph's two RabbitMQ before.
        assert len(result.hits[0].body) == 3
        assert all("dead-letter" not in f.text for f in result.hits[0].body[1:])
