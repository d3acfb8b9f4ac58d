"""Round 26: records written in other languages (trimmed excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.dates import parse_date

from .helpers import decision

# TommiIversen/Hive5 docs/adr/adr-08-streamhubclient-eip-design.md: Danish, a setext title, the
# fields in bold ending in backslash breaks, the date written "day/month year"
HIVE5_08 = (
    "ADR 08: Design og Implementering af StreamHubClient\n"
    "---------------------------------------------------\n\n"
    "**Placering:** /docs/adr/adr-08-streamhubclient-eip-design.md\\\n"
    "**Status:** Besluttet\\\n"
    "**Dato:** 25/09 2024\\\n"
    "**Beslutningstager:** Tommi Iversen\n\n"
    "##### Kontekst\n\n"
    "StreamHubClient er en central komponent i Hive 5's Engine.\n"
)
# … docs/adr/adr-02-identifikation-af-komponenter-og-services.md: the same fields in one bold run
HIVE5_02 = (
    "ADR 02: Identifikation af Nøglekomponenter og Services\n"
    "------------------------------------------------------\n\n"
    "**Placering: /docs/adr/adr-02-identifikation-af-komponenter-og-services.md\\\n"
    "Status: Besluttet\\\n"
    "Dato: 4/10 2024\\\n"
    "Beslutningstager: Tommi Iversen**\n\n"
    "##### Kontekst\n\n"
    "Hive 5 er designet til at opfylde både funktionelle og ikke-funktionelle krav.\n"
)


@pytest.mark.parametrize(
    ("text", "path", "day"),
    [
        (HIVE5_08, "docs/adr/adr-08-streamhubclient-eip-design.md", dt.date(2024, 9, 25)),
        (
            HIVE5_02,
            "docs/adr/adr-02-identifikation-af-komponenter-og-services.md",
            dt.date(2024, 10, 4),
        ),
    ],
)
def test_a_danish_record_is_decided_dated_and_names_who_decided(
    text: str, path: str, day: dt.date
) -> None:
    # "Besluttet" (decided) was an unknown status, "Beslutningstager" no key of ours, and a
    # date with a space before its year no date.
    record = decision(text, path)
    assert record.status is Status.ACCEPTED
    assert record.date == day
    assert record.deciders == ("Tommi Iversen",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25/09 2024", dt.date(2024, 9, 25)),
        ("4/10-2024", dt.date(2024, 10, 4)),
        # only a four-digit year follows a space: "4/10 24" may be anything
        ("4/10 24", None),
        ("4/10 20245", None),
    ],
)
def test_a_day_and_month_then_a_space_and_the_year(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected
