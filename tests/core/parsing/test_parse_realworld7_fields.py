"""Statuses, dates, people and relations as a reader reads them, round 7 (excerpts name sources)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import RelationKind, Status

from .helpers import decision, numbers


# JeremyACase/ubiquia docs/adr/ADR_Helm.md: the Status section is a changelog, each version
# a sub-heading with its date and the status below it.
def test_a_status_written_under_a_dated_version_heading() -> None:
    text = (
        "# Architecture Decision Record: Helm\n\n## Decision\nUbiquia will use Helm.\n\n"
        "## Status \n\n### [1.0.0] - 2025-07-01\n- Accepted.\n\n## Summary \n\n### Pros\n- X\n"
    )
    d = decision(text, "docs/adr/ADR_Helm.md")
    assert (d.title, d.status, d.status_raw) == ("Helm", Status.ACCEPTED, "Accepted")
    assert d.date == dt.date(2025, 7, 1)


def test_the_latest_version_heading_gives_the_status() -> None:
    text = (
        "# Use Helm\n\n## Status\n\n### [1.0.0] - 2025-07-01\n- Proposed.\n\n"
        "### [1.1.0] - 2025-09-02\n- Accepted.\n\n## Context\n\nText.\n"
    )
    d = decision(text, "docs/adr/ADR_Helm.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2025, 9, 2))


# OMG-Software/Merovingian docs/adr/0015-keep-the-signing-secret-out-of-the-federation-worker.md:
# the successor is linked, then named again in prose.
def test_a_successor_linked_and_named_again_is_one_relation() -> None:
    text = (
        "# Keep the signing secret out of the federation worker\n\n"
        "* Status: superseded by [ADR-0078](0078-the-federation-worker-never-signs.md) —"
        " Superseded by ADR-0078 for the signing-oracle part\n* Date: 2026-09-06\n"
    )
    d = decision(text, "docs/adr/0015-keep-the-signing-secret.md")
    assert numbers(d, RelationKind.SUPERSEDED_BY.value) == [78]
    assert d.relations[0].ref.target == "0078-the-federation-worker-never-signs.md"


# HubEvolution/EvolutionHub docs/architecture/adrs/0006-dev-echo-non-prod.md ("Owner:"),
# CQEN-QDCE/wiki-innovation ("auteur :", French, singular).
def test_an_owner_or_a_single_author_stands_in_for_deciders() -> None:
    text = "# ADR: Dev-Echo\n\nDatum: 2025-09-11\nStatus: Accepted\nOwner: Platform/Frontend\n"
    assert decision(text, "docs/adrs/0006-dev-echo.md").deciders == ("Platform/Frontend",)
    text = "---\nauteur : Centre d'expertise\nstatut : accepté\n---\n\n# Choix\n"
    assert decision(text, "Decisions/2021-09-21-x.md").deciders == ("Centre d'expertise",)


# CERTCC/SSVC docs/adr/0012-ssvc-namespaces.md: GitHub handles left bare in the YAML
# (invalid YAML, since "@" is reserved; a reader sees two people).
def test_bare_handles_in_broken_front_matter_are_people() -> None:
    text = (
        '---\nstatus: "accepted"\ndate: 2025-07-22\ndeciders: @ahouseholer @sei-vsarvepalli\n'
        "consulted: @tschmidtb51\n---\n# Use of Namespaces in SSVC objects\n"
    )
    d = decision(text, "docs/adr/0012-ssvc-namespaces.md")
    assert (d.deciders, d.consulted) == (("@ahouseholer", "@sei-vsarvepalli"), ("@tschmidtb51",))


# pulibrary/tigerdata-app architecture-decisions/0007-valid-project-status.md
def test_in_discussion_is_proposed() -> None:
    text = "# 7. Valid Statuses for a project\n\nDate: 2024-04-12\n\n## Status\n In discussion\n"
    d = decision(text, "architecture-decisions/0007-valid-project-status.md")
    assert (d.status, d.status_raw) == (Status.PROPOSED, "In discussion")


# SSWConsulting/SSW.CleanArchitecture docs/adr/20240114-use-results-pattern-over-exceptions.md:
# a filled record keeps the template's "{{ DECIDERS }}" and "{{ TAGS }}".
def test_template_expressions_left_in_a_record_name_nobody_and_tag_nothing() -> None:
    text = (
        "# Use Results Pattern Over Exceptions\n\n- Status: proposed\n"
        "- Deciders: {{ DECIDERS }} <!-- optional: list everyone involved -->\n"
        "- Date: 2024-01-14\n- Tags: {{ TAGS }} <!-- optional: comma-separated list -->\n"
    )
    d = decision(text, "docs/adr/20240114-use-results-pattern-over-exceptions.md")
    assert (d.deciders, d.tags, d.status) == ((), (), Status.PROPOSED)


def test_a_stated_date_stays_beside_version_headings() -> None:
    text = (
        "# Use Helm\n\nDate: 2025-06-30\n\n## Status\n\n### [1.0.0] - 2025-07-01\n- Proposed.\n\n"
        "### [1.1.0] - 2025-09-02\n- Accepted.\n"
    )
    d = decision(text, "docs/adr/ADR_Helm.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2025, 6, 30))


def test_a_dated_sub_heading_outside_the_status_section_changes_no_status() -> None:
    text = "# Use Helm\n\n## Status\n\nProposed\n\n## History\n\n### 2025-09-02\n- Accepted.\n"
    assert decision(text, "docs/adr/ADR_Helm.md").status is Status.PROPOSED


# LBHackney-IT/Data-Platform-Playbook pages/architecture-decisions/0002-ingest-google-sheets-data.md
def test_date_issued_is_the_date() -> None:
    text = '---\ntitle: "Ingest Sheets"\ndate-issued: "2021-03-23"\nstatus: "Accepted"\n---\n'
    d = decision(text, "pages/architecture-decisions/0002-ingest-google-sheets-data.md")
    assert (d.date, d.number, d.status) == (dt.date(2021, 3, 23), 2, Status.ACCEPTED)


# citizensadvice/design-system contributing/adr/2026-08-3-migrate-from-eslint-to-oxlint.md:
# a dated name with a one-digit day is a date, not decision 2026.
def test_a_dated_name_with_a_one_digit_day_is_a_date() -> None:
    d = decision("# Migrate from ESLint to Oxlint\n", "docs/adr/2026-08-3-migrate-from-eslint.md")
    assert (d.number, d.date, d.title) == (
        None,
        dt.date(2026, 8, 3),
        "Migrate from ESLint to Oxlint",
    )


# MaibornWolff/DependaCharta doc/architecture/decisions/0006-use-meaningful-log-levels.md:
# MADR's "everyone involved in the decision", as a key below the status.
def test_the_people_involved_are_the_deciders() -> None:
    text = (
        "# 6. Use meaningful log levels\n\nDate: 2025-09-11\n\n## Status\n\nAccepted\n\n"
        "Involved: Adrian Endrich\n\n## Context\n\nThe logging system serves several purposes.\n"
    )
    d = decision(text, "doc/architecture/decisions/0006-use-meaningful-log-levels.md")
    assert (d.status, d.deciders) == (Status.ACCEPTED, ("Adrian Endrich",))
