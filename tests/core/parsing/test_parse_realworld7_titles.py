"""Titles and numbers as a reader reads them, round 7 (minimal excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import RelationKind, Status

from .helpers import decision, numbers


# CQEN-QDCE/wiki-innovation Decisions/2021-09-21-Outils_IAC.md: the front matter's "titre"
# names the template ("Décision (MADR)"); the heading names the decision.
def test_a_front_matter_title_naming_the_record_type_gives_way_to_the_heading() -> None:
    text = (
        "---\ntitre : Décision (MADR)\nsous-titre : Outil Infrastructure as Code\n"
        "date : 2021-09-21\nstatut : accepté\n---\n\n"
        "# Choix d'un outil *Infrastructure as Code*\n\n## Contexte et problème\n\nIl faut.\n"
    )
    d = decision(text, "Decisions/2021-09-21-Outils_IAC.md")
    assert (d.title, d.status, d.date) == (
        "Choix d'un outil Infrastructure as Code",
        Status.ACCEPTED,
        dt.date(2021, 9, 21),
    )


def test_a_generic_front_matter_title_stays_when_no_heading_names_the_decision() -> None:
    text = "---\ntitle: Decision (MADR)\nstatus: accepted\n---\n\nSome prose.\n"
    assert decision(text, "docs/decisions/0004-x.md").title == "Decision (MADR)"


# alphagov/pay-ci docs/source/adrs/0011-sqs-queues.html.md: the site's navigation label
# ("0011 AWS SQS Queues in PaaS") above the record's own heading.
def test_a_numbered_navigation_label_gives_way_to_the_heading() -> None:
    text = (
        "---\ntitle: 0011 AWS SQS Queues in PaaS\nhide_in_navigation: true\n---\n\n"
        "# ADR 11: AWS SQS Queue Configuration in PaaS\n\nDate: 09-06-20\n\n"
        "## Status\n\nAccepted\n"
    )
    d = decision(text, "docs/source/adrs/0011-sqs-queues.html.md")
    assert (d.title, d.number, d.date) == (
        "AWS SQS Queue Configuration in PaaS",
        11,
        dt.date(2020, 6, 9),
    )


# elastisys/compliantkubernetes docs/adr/0003-push-metrics-via-influxdb.md: the heading
# starts with the status, in brackets, with a link to the successor.
def test_a_leading_superseded_label_is_not_part_of_the_title() -> None:
    text = (
        "# [Superseded by [ADR-0019](0019-push-metrics-via-thanos.md)] Push Metrics via"
        " InfluxDB\n\n* Status: superseded by [ADR-0019](0019-push-metrics-via-thanos.md)\n"
        "* Date: 2020-11-19\n"
    )
    d = decision(text, "docs/adr/0003-push-metrics-via-influxdb.md")
    assert (d.title, d.status) == ("Push Metrics via InfluxDB", Status.SUPERSEDED)
    assert numbers(d, RelationKind.SUPERSEDED_BY.value) == [19]


# jeel-st/Sipster docs/dokumentationen/architecture-decision-record-adrs/nr.-003-….md (GitBook
# made the file name from the heading "Nr. 003: …").
def test_a_heading_numbered_with_nr_gives_the_number() -> None:
    text = (
        "# Nr. 003: Erstellung des Guides zur Nutzung von Changelogs/Tags\n\n"
        "* **Status**: _Akzeptiert_\n* **Kontext**: In dem Projekt werden Changelogs genutzt.\n"
    )
    d = decision(text, "docs/adr/nr.-003-erstellung-des-guides-zur-nutzung-von-changelogs-tags.md")
    assert (d.number, d.title) == (3, "Erstellung des Guides zur Nutzung von Changelogs/Tags")
    assert d.status is Status.ACCEPTED


def test_a_file_name_numbered_with_nr_gives_the_number() -> None:
    d = decision("# Auswahl der Softwarearchitektur\n", "docs/adr/nr.-002-auswahl.md")
    assert d.number == 2
