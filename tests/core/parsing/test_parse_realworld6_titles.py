"""Titles as a reader reads them, round 6 (minimal excerpts; each test names its source)."""

from __future__ import annotations

import datetime as dt

from .helpers import decision


# SocialGouv/pass-emploi-api docs/decisions/ADR-003-gestion-des-dates.md: the template's
# "# [titre du problème]" brackets kept around a real title.
def test_the_template_brackets_around_a_filled_title_are_not_shown() -> None:
    text = "# [Gestion des Dates]\n\n* Statut : mergé\n* Date : 2022-10-05\n\n## Contexte\n"
    d = decision(text, "docs/decisions/ADR-003-gestion-des-dates.md")
    assert (d.number, d.title, d.date) == (3, "Gestion des Dates", dt.date(2022, 10, 5))


# SocialGouv/pass-emploi-api docs/decisions/ADR-001-service-notifications.md
def test_a_colon_inside_the_brackets_stays_in_the_title() -> None:
    text = (
        "# [Harmonisation Domaine: Repository Service Factory]\n\n"
        "* Statut : mergé\n* Date : 2022-06-15\n"
    )
    d = decision(text, "docs/decisions/ADR-001-service-notifications.md")
    assert d.title == "Harmonisation Domaine: Repository Service Factory"


def test_a_leading_bracketed_label_is_left_alone() -> None:
    text = "# [WIP] Use Kafka\n\n* Status: proposed\n"
    assert decision(text, "docs/adr/0002-use-kafka.md").title.endswith("Use Kafka")
