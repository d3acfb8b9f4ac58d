"""Round 27: records written in other languages (trimmed excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.dates import parse_date

from .helpers import decision, numbers

# edugolo/coolbx-os docs/adr/0001-aparte-repo.md: Dutch, whose template offers
# "Voorgesteld | Aanvaard | Vervangen door ADR-XXXX | Verworpen"
COOLBX_0001 = (
    "# ADR-0001: Aparte repo, los van de Focus-monorepo\n\n"
    "- **Status:** Aanvaard\n"
    "- **Datum:** 2026-06-23\n"
    "- **Beslissers:** Johan, Claude\n\n"
    "## Context\n"
    "Coolbx OS en Coolbx Focus (pnpm/vite) delen geen toolchain.\n"
)


def test_dutch_aanvaard_is_accepted() -> None:
    d = decision(COOLBX_0001, "docs/adr/0001-aparte-repo.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Aanvaard")
    assert (d.date, d.deciders) == (dt.date(2026, 6, 23), ("Johan", "Claude"))


# alidurmus/collective-memory data/docs/adr/backend/20250712-database-choice.md: Turkish keys,
# the date with a Turkish month name, related records under "İlgili ADR'lar"
COLLECTIVE_003 = (
    "# ADR-003: Database Seçimi - PostgreSQL vs SQLite Hybrid Strategy\n\n"
    "**Tarih:** 12 Temmuz 2025  \n"
    "**Durum:** ✅ **Accepted**  \n"
    "**Karar Veren:** AI Coder (Database Architecture Team)  \n"
    "**İlgili Modül:** Backend / Database Layer  \n\n"
    "---\n\n"
    "## 🎯 **Bağlam (Context)**\n\n"
    "Context7 ERP sistemi için database technology seçimi.\n\n"
    "## 🔗 **İlgili ADR'lar**\n\n"
    "### **Related ADRs**\n"
    "- ADR-001: ADR System (This decision documented using ADR process)\n"
)


def test_turkish_keys_month_and_related_section_are_read() -> None:
    d = decision(COLLECTIVE_003, "data/docs/adr/backend/20250712-database-choice.md")
    assert (d.number, d.status, d.date) == (3, Status.ACCEPTED, dt.date(2025, 7, 12))
    assert d.deciders == ("AI Coder",)
    assert numbers(d, "relates-to") == [1]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("16 Mayıs 2026", dt.date(2026, 5, 16)),
        ("25 Ağustos 2026", dt.date(2026, 8, 25)),
        ("7 Şubat 2022", dt.date(2022, 2, 7)),
        ("30 Kasim 2020", dt.date(2020, 11, 30)),  # typed without the dotless i
        ("1 MAYIS 2024", dt.date(2024, 5, 1)),
    ],
)
def test_turkish_month_names(written: str, day: dt.date) -> None:
    assert parse_date(written) == day


def test_a_turkish_related_key_after_a_middle_dot_is_its_own_field() -> None:
    # the one-line header of a Turkish log: date, status and related records
    text = (
        "# ADR-022 — 3-Ufuklu Karar Masası\n\n"
        "**Tarih:** 16 Mayıs 2026 · **Durum:** Kabul edildi · **İlgili:** ADR-019, ADR-024\n\n"
        "## Bağlam\nPlan v3.\n"
    )
    d = decision(text, "docs/adr/ADR-022-karar-masasi.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 5, 16))
    assert numbers(d, "relates-to") == [19, 24]


def test_a_turkish_key_naming_a_task_relates_nothing() -> None:
    text = (
        "# 0006 — Konu sınıflandırması\n\n- **Durum:** Kabul\n- **Tarih:** 2026-07-29\n"
        "- **Karar verenler:** Mirza Sarıbıyık\n- **İlgili görev:** DW-30\n\n## Bağlam\n\nHat.\n"
    )
    d = decision(text, "docs/adr/0006-konu.md")
    assert (d.deciders, d.relations) == (("Mirza Sarıbıyık",), ())
