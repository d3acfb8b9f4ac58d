"""Round 11: dates and fields of public ADR logs not read right before (minimal excerpts; each
names its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status

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


@pytest.mark.parametrize(
    "text",
    [
        "# 7. Keep orders\n\n## Data\n\nWe keep customer data in Postgres.\n"
        "Created: 2020-01-01 by the import job.\n",
        # a label that is no Portuguese date's: English prose about data
        "# 7. Keep orders\n\n## Data\n\nSnapshot: 2019-01-01\n\nRows: 3M\n",
        # a subsection is no metadata section
        "# 7. Keep orders\n\n## Context\n\n### Data\n\n2019-01-01\n\nRows: 3M\n",
    ],
)
def test_an_english_data_section_is_prose(text: str) -> None:
    assert decision(text, "docs/adr/0007-keep-orders.md").date is None


def test_a_later_date_section_wins_over_a_data_section() -> None:
    text = "# 7. Keep orders\n\n## Data\n\nCriado em: 2019-01-01\n\n## Date\n\n2024-05-05\n"
    assert decision(text, "docs/adr/0007-keep-orders.md").date == dt.date(2024, 5, 5)


# f0rw4rd-dev/sb-final-project adr_01.md: the fields are items of a numbered list, and the
# status is the item nested under its key.
def test_a_numbered_status_field_takes_the_item_below() -> None:
    text = (
        "# ADR-01: Выбор микросервисной архитектуры\n\n1. Контекст:\n"
        "   * Небходимо решить, будет ли проект разрабатываться как монолит.\n2. Решение:\n"
        "   * Использовать микросервисную архитектуру.\n3. Статус:\n   * Принято.\n"
    )
    d = decision(text, "adr_01.md")
    assert (d.number, d.status, d.status_raw) == (1, Status.ACCEPTED, "Принято.")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("- Status:\n  - Accepted\n", Status.ACCEPTED),
        ("**Status:**\n\n* Deprecated\n", Status.DEPRECATED),
        ("1. Status: Proposed\n", Status.PROPOSED),
        ("Status:\n\nWe have not decided yet.\n\n* Accepted\n", Status.UNKNOWN),
        # a checklist: the box ticked, not the first item
        ("Status:\n\n- [ ] Proposed\n- [x] Accepted\n- [ ] Superseded\n", Status.ACCEPTED),
        ("> **Status:**\n> - [ ] Proposed\n> - [X] Rejected\n", Status.REJECTED),
        ("Status:\n\n- [ ] Proposed\n- [ ] Accepted\n", Status.UNKNOWN),  # none ticked yet
        # each step reached ticked, in the lifecycle's order: the last (round 24)
        ("Status:\n- [x] Proposed\n- [x] Accepted\n", Status.ACCEPTED),
        # a template's options under the key: none is chosen
        ("**Status:**\n* proposed\n* accepted\n* rejected\n", Status.UNKNOWN),
        # one item, with a note nested under it
        ("- Status:\n  - Accepted\n    - by the board\n- Date: 2024-01-02\n", Status.ACCEPTED),
    ],
)
def test_a_status_key_over_a_list_item(body: str, status: Status) -> None:
    d = decision(f"# 3. Use X\n\n{body}\n## Context\n\nx\n", "docs/adr/0003-use-x.md")
    assert d.status is status


@pytest.mark.parametrize(
    ("body", "status", "raw"),
    [
        ("- [ ] Proposed\n- [x] Accepted\n- [ ] Deprecated\n", Status.ACCEPTED, "Accepted"),
        ("* [X] Superseded\n", Status.SUPERSEDED, "Superseded"),
        ("- [ ] Proposed\n- [ ] Accepted\n", Status.UNKNOWN, ""),
        ("- [x] Proposed\n- [x] Accepted\n", Status.ACCEPTED, "Accepted"),
    ],
)
def test_a_status_section_checklist_gives_the_box_ticked(
    body: str, status: Status, raw: str
) -> None:
    d = decision(f"# 3. Use X\n\n## Status\n\n{body}\n## Context\n\nx\n", "docs/adr/0003-x.md")
    assert (d.status, d.status_raw) == (status, raw)
