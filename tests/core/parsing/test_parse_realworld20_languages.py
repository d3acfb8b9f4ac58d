"""Round 20: deciders written as maps, and a Russian metadata table (snippets kept short)."""

from __future__ import annotations

from tests.core.parsing.helpers import decision, numbers

from adr_tui.core.model import Status

# from a public log's docs/adr/ADR-005 (the index named no repository): deciders as maps
DECIDER_MAPS = (
    "---\nid: ADR-005\ntitle: Rollout Discipline\nstatus: approved\ndate: 2026-03-08\n"
    "deciders:\n  - name: Alex Neacsu\n    role: Architecture Board\n    approved_at: 2026-03-08\n"
    "  - name: Alex Neacsu\n    role: Platform Program Manager\n    approved_at: 2026-03-08\n"
    "---\n\n# ADR-005: Rollout Discipline\n\n## Context\n\nText.\n"
)


def test_a_decider_written_as_a_map_is_the_person_it_names() -> None:
    d = decision(DECIDER_MAPS, "docs/adr/ADR-005-rollout-discipline.md")
    assert d.deciders == ("Alex Neacsu",)
    assert ("Alex Neacsu", "Architecture Board") in d.decider_roles


# from a public log's docs/design/ADR-020 (Russian; the index named no repository)
RUSSIAN_TABLE = (
    "# ADR-020 — Human-Interaction Execution Model\n\n| Поле | Значение |\n|---|---|\n"
    "| Статус | Принято |\n| Дата | 2026-07-02 |\n| Владелец | Руслан Габитов |\n"
    "| Замещает | ADR-019 |\n"
    "| Уточняет | [ADR-001 v.6 Execution Model](ADR-001-execution-model.md), "
    "[ADR-017 v.1 Channel-Based Event Processing](ADR-017-channel-based.md) §2 |\n"
    "\n## Контекст\n\nТекст.\n"
)


def test_a_russian_table_names_its_owner_and_the_records_it_refines_and_replaces() -> None:
    d = decision(RUSSIAN_TABLE, "docs/design/ADR-020-human-interaction.md")
    assert d.deciders == ("Руслан Габитов",)
    assert numbers(d, "relates-to") == [1, 17]
    assert numbers(d, "supersedes") == [19]


# from a public log's docs/adr/0080 (Korean; the index named no repository)
KOREAN = (
    "# ADR 0080: Credential rotation은 인증된 Control Plane 관리 경계로 수행한다\n\n"
    "## 상태\n\n채택\n\n## 배경\n\nADR 0079는 수명주기 원장을 만들었다.\n"
)


def test_korean_adopted_is_accepted() -> None:
    d = decision(KOREAN, "docs/adr/0080-credential-rotation.md")
    assert (d.status, d.status_raw, d.warnings) == (Status.ACCEPTED, "채택", ())


# from a public log's docs/adr/ADR-0009 (Spanish; the index named no repository)
SUCCEEDS = (
    "# ADR-0009: transactional domain command composition\n\n"
    "- Estado: Aceptado para POC efímero controlado\n- Fecha: 2026-08-24\n"
    "- Sucede a: ADR-0008 sin reescribir ADR-0007 ni ADR-0008\n\n## Contexto\n\nTexto.\n"
)


def test_a_record_succeeds_the_one_named_not_those_left_without_rewriting() -> None:
    d = decision(SUCCEEDS, "docs/adr/ADR-0009-transactional.md")
    assert numbers(d, "supersedes") == [8]
