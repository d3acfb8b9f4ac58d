"""Round 11: dates and fields of public ADR logs not read right before (minimal excerpts; each
names its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import decision


# luanalves/realestate_backend docs/adr/ADR-024-profile-unification.md: "## Data" is
# Portuguese for date; its first line holds the date, alone or after a label.
@pytest.mark.parametrize(
    "first", ["Original: 2026-02-19  ", "2026-02-19", "**Original:** 2026-02-19"]
)
def test_a_portuguese_data_section_dates_the_record(first: str) -> None:
    text = (
        "# ADR-024: Unificação de Perfis em Modelo Normalizado\n\n## Status\nAceito\n\n"
        f"## Data\n{first}\nÚltima Atualização: 2026-02-20 (v2 - Adicionado property_owner)\n\n"
        "## Contexto\n\nx\n"
    )
    d = decision(text, "docs/adr/ADR-024-profile-unification.md")
    assert d.date == dt.date(2026, 2, 19)


def test_an_english_data_section_is_prose() -> None:
    text = (
        "# 7. Keep orders\n\n## Data\n\nWe keep customer data in Postgres.\n"
        "Created: 2020-01-01 by the import job.\n"
    )
    assert decision(text, "docs/adr/0007-keep-orders.md").date is None
