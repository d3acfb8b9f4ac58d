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


# ulrik-s/ava docs/adr/0033-konflikthantering-mjuk-lease-keep-both.md: Swedish, the deciders and
# the records it ties in with ("Knyter an") in bold keys, the list of records wrapped
AVA_0033 = (
    "# ADR 0033 — Konflikthantering: förebygg via mjuk lease, lös via keep-both (ingen merge)\n\n"
    "- **Status:** Accepterad (2026-06-22) — *riktning spikad, ännu ej implementerad.*\n"
    "- **Beslutsfattare:** Ulrik Sjölin\n"
    "- **Berör:** helper-ui (öppning/watch/kö), server-first (dokument-skrivning),\n"
    "  web-appens dokument-UI, capability-tiers.\n"
    "- **Knyter an:** [ADR 0028](0028-autonom-offline-first-helper.md) (helpern = lokal\n"
    "  dokument-auktoritet), [ADR 0031](0031-helpern-som-tunn-trpc-klient.md) (tRPC-IO +\n"
    "  durabel write-back-kö), [ADR 0032](0032-local-first-dokumentlasning-i-helpern.md)\n"
    "  (local-first läsning), [ADR 0027](0027-kapabilitets-tierad-klient.md) (tiers).\n\n"
    "## Kontext\n\n"
    "Användarna (jurister) är **tekniskt omogna**.\n"
)
# … docs/adr/0002-git-konflikthantering-backend-a.md: "Bygger på" (builds on)
AVA_0002 = (
    "# ADR 0002 — Git-konflikthantering i Backend A (local-first)\n\n"
    "- **Status:** Accepterad\n"
    "- **Datum:** 2026-05-27\n"
    "- **Beslutsfattare:** Ulrik Sjölin\n"
    "- **Berör:** Backend A (git/local-first), sync-lagret, sync-UX\n"
    "- **Bygger på:** [ADR 0001](./0001-pluggbar-backend-bakom-idatastore.md)\n\n"
    "## Kontext\n\n"
    "Acceptansfasens viktigaste mål.\n"
)


def test_a_swedish_record_names_its_deciders_and_every_record_it_ties_in_with() -> None:
    # "Beslutsfattare" named nobody; "Knyter an" related nothing, and wrapped under a bold
    # key only its first line's record would have been read.
    record = decision(AVA_0033, "docs/adr/0033-konflikthantering-mjuk-lease-keep-both.md")
    assert record.deciders == ("Ulrik Sjölin",)
    assert sorted((r.kind.value, r.ref.number) for r in record.relations) == [
        ("relates-to", 27),
        ("relates-to", 28),
        ("relates-to", 31),
        ("relates-to", 32),
    ]


def test_what_a_swedish_record_builds_on_is_related() -> None:
    record = decision(AVA_0002, "docs/adr/0002-git-konflikthantering-backend-a.md")
    assert [(r.kind.value, r.ref.number) for r in record.relations] == [("relates-to", 1)]
    assert record.deciders == ("Ulrik Sjölin",)


# dravcore/kurultay docs/tr/decisions/0028-open-contributions-hosted-service.md: Turkish, the
# date under "Tarih" below a status that wraps over two lines
KURULTAY_0028 = (
    "# 0028. AGPL-3.0 Altında Açık Katkılar, CLA Yok; Gelir Yalnızca Barındırılan Bir Servisten\n\n"
    "**Durum:** Kabul edildi ([0014](0014-dual-licensing-cla.md) ve\n"
    "[0015](0015-no-external-contributions.md)'in yerini alır)\n"
    "**Tarih:** 2026-08-21\n\n"
    "## Bağlam\n\n"
    "[ADR 0007](0007-license-agpl.md) AGPL-3.0'ı seçti.\n"
)


def test_a_turkish_record_is_dated_by_its_tarih_field() -> None:
    record = decision(KURULTAY_0028, "docs/tr/decisions/0028-open-contributions-hosted-service.md")
    assert record.status is Status.ACCEPTED
    assert record.date == dt.date(2026, 8, 21)
