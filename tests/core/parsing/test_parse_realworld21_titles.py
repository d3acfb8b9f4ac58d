"""Round 21: records whose first heading is not their title, and fields in a table under a
heading that ends in "Metadata" (minimal excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, numbers

# from amitosaurus/pentagram The_Sysops_Squad/architecture/adrs/adr_002-00_ArchitectureStyle.md:
# the first heading is the id with its revision ("-00"), the second the title.
PENTAGRAM = (
    "### **ADR_002-00**:\n\n### Picking the Architecture Style for migrating the monolith\n\n"
    "**<u>Status</u>**:\tProposed\n\n"
    "**<u>Context</u>**: Based on the architectural characteristics shortlisted in `\n\n"
    "**<u>Decision</u>**:\n\nFrom the above matrix it is evident that a Event-Driven, "
    "Microservices architecture will address most required characteristics.\n"
)


def test_a_heading_under_an_id_heading_is_the_title() -> None:
    d = decision(PENTAGRAM, "The_Sysops_Squad/architecture/adrs/adr_002-00_ArchitectureStyle.md")
    assert (d.number, d.title, d.status) == (
        2,
        "Picking the Architecture Style for migrating the monolith",
        Status.PROPOSED,
    )
    assert not d.warnings


def test_an_id_heading_over_a_section_stays_the_title() -> None:
    d = decision("# ADR-0003\n\n## Status\n\nAccepted\n", "docs/adr/0003-x.md")
    assert (d.number, d.title, d.status) == (3, "ADR-0003", Status.ACCEPTED)


# from setmy-info/setmy-info.github.io src/site/markdown/it/architecture/decisions/
# adr-0040-mqtt-topic-name-conventions.md: every record's heading names the kind of record; the
# line under it numbers and names this one, the template's words kept after the title.
SETMY = (
    "# Architecture Decision Record (ADR)\n\n"
    "ADR-0040: MQTT topic name conventions Ultra-light Architecture Decision Record (ADR)\n\n"
    "## 1. Status:\n\n**Accepted**\n\n## 2. Context\n\nsetmy.info already has MQTT transport "
    "requirements in `adr-0028-mqtt-requirements.md`.\n"
)


def test_the_numbered_line_under_a_generic_heading_is_the_title() -> None:
    d = decision(SETMY, "decisions/adr-0040-mqtt-topic-name-conventions.md")
    assert (d.number, d.title, d.status) == (40, "MQTT topic name conventions", Status.ACCEPTED)


# from Rafazara/tech-architecture-adr docs/adr/0002-supersede-adr-0001.md: the tags are a row
# of the table under "### Extended Metadata".
RAFAZARA = (
    "# ADR-0002: Supersede ADR-0001 (Portuguese Legacy ADR)\n\n---\n\n## Metadata\n\n"
    "| Field | Value |\n|-------|-------|\n| **Status** | `Accepted` |\n"
    "| **Date** | 2025-12-05 |\n| **Supersedes** | ADR-0001 |\n\n### Extended Metadata\n\n"
    "| Field | Value |\n|-------|-------|\n| **Decision Scope** | Organization-Wide |\n"
    "| **Tags** | `governance`, `supersession`, `internationalization`, `meta-adr` |\n\n"
    "---\n\n## Context\n\nThe original ADR-0001 was authored in Portuguese.\n"
)


def test_a_table_under_extended_metadata_states_the_tags() -> None:
    d = decision(RAFAZARA, "docs/adr/0002-supersede-adr-0001.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2025, 12, 5))
    assert d.tags == ("governance", "supersession", "internationalization", "meta-adr")
    assert numbers(d, "supersedes") == [1]
