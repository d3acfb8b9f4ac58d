"""Round 20: relations, numbers and fields of real records (snippets kept short)."""

from __future__ import annotations

from tests.core.parsing.helpers import decision, numbers

from adr_tui.core.model import Status

# from a public log's docs/adr/ADR-0108 (the index named no repository)
RELATES_TO_FILES = (
    "---\nid: ADR-0108\ntitle: Sunset lifecycle automation schema\nstatus: Superseded\n"
    "superseded_by: [ADR-709]\ndate: 2026-05-15\nrelates_to:\n"
    "  - ADR-0037-public-api-stability-tiers-and-deprecation.md\n"
    "  - ADR-0054-grit-scaffold-claim-pattern.md\n---\n\n# ADR-0108\n\nText.\n"
)


def test_a_file_named_by_its_record_id_is_one_reference() -> None:
    d = decision(RELATES_TO_FILES, "docs/adr/ADR-0108-sunset-lifecycle.md")
    assert [(r.ref.number, r.ref.target) for r in d.relations if r.kind.value == "relates-to"] == [
        (37, "ADR-0037-public-api-stability-tiers-and-deprecation.md"),
        (54, "ADR-0054-grit-scaffold-claim-pattern.md"),
    ]


# from a public log's docs/adr/ADR-0015 (the index named no repository)
ONLY_A_PARAGRAPH = (
    "# ADR-0015: Tooling gates\n\nStatus: Accepted\nDate: 2026-08-01\n"
    "Superseded by: [ADR-0019](ADR-0019-restore-module-delivery.md) (only the product\n"
    'sequencing paragraph beginning "Product work stays paused"; tooling, quality and\n'
    "review decisions remain accepted)\n\n## Context\n\nText.\n"
)


def test_a_replacement_of_only_a_paragraph_amends_the_record() -> None:
    d = decision(ONLY_A_PARAGRAPH, "docs/adr/ADR-0015-tooling.md")
    assert (numbers(d, "amended-by"), numbers(d, "superseded-by")) == ([19], [])
    assert d.status is Status.ACCEPTED


# from a public log's docs/adr/2026-09-01-01-… (the index named no repository): a day's count
DAY_COUNT = (
    "# ADR-016: Terminate application Tool channels in Brain\n\n"
    "- Decision date: 2026-09-01\n- Status: Superseded\n\n"
    "Superseded by: [ADR-033: Distinguish resident Tools from explicitly placed extensions]"
    "(2026-09-05-02-placement.md).\n\n## Context\n\nText.\n"
)


def test_a_record_named_by_its_day_and_count_keeps_the_number_its_heading_gives() -> None:
    d = decision(DAY_COUNT, "docs/adr/2026-09-01-01-tool-channels.md")
    assert (d.number, d.warnings) == (16, ())
    assert numbers(d, "superseded-by") == [33]


# from a public log's docs/decisions/2026-09-29-lfh-586-… (German; the index named no repository)
BOLD_STATUS = (
    "# LFH-586: Die Bundespolizei ist keine eigene Organisation\n\n> Stand: 29. September 2026\n"
    "> Status: **entschieden und umgesetzt.** Entscheider: Ruben Vitt (Projektinhaber), "
    "29.09.2026.\n\n## Kontext\n\nText.\n"
)


def test_a_field_after_a_bold_status_ending_a_sentence_is_its_own() -> None:
    d = decision(BOLD_STATUS, "docs/decisions/2026-09-29-lfh-586-bundespolizei.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "**entschieden und umgesetzt.**")
    assert d.deciders == ("Ruben Vitt",)


# from a public log's docs/adr/0023 (the index named no repository): fields apart by bullets
BULLETS = (
    "# ADR 0023 — The internal status route accepts `suspended -> active` (Case 4)\n\n"
    "- **Status:** Accepted • **Date:** 2026-10-08 • **Deciders:** identity-team, with "
    "platform-team (hub ADR 0009)\n\n## Context\n\nText.\n"
)


def test_fields_apart_by_bullets_are_each_read() -> None:
    d = decision(BULLETS, "docs/adr/0023-internal-status-route.md")
    assert (d.status_raw, d.deciders) == ("Accepted", ("identity-team", "platform-team"))
    # the plain key after a bold value, as another log writes it
    plain = decision(
        "# ADR 0003: Стратегия\n\nStatus: **Accepted** • Date: 2025-09-27\n\n## TL;DR\n- Кратко.\n",
        "docs/adr/0003-idempotency-key.md",
    )
    assert plain.status_raw == "**Accepted**"


# from kompiro/karasu docs/design/deploy-layout-order.md (a design record beside its ADR log)
LINKED_ISSUE = (
    "# Deploy 図レイアウト — 同レイヤー内コンテナ順序の最適化\n\n- **日付**: 2026-04-09\n"
    "- **ステータス**: 検討中\n- **関連**:\n"
    "  - [Issue #395](https://github.com/kompiro/karasu/issues/395) — 本設計ドキュメントの起点\n"
    "\n## 背景\n\nテキスト。\n"
)


def test_the_words_beside_a_link_to_a_web_page_name_no_record() -> None:
    d = decision(LINKED_ISSUE, "docs/design/deploy-layout-order.md")
    assert (d.status, d.relations) == (Status.PROPOSED, ())


# from a public repository's ADR fixture (kibi's record shape; the index named no repository)
LINKS_AS_MAPS = (
    "---\nid: ADR-001\ntitle: Old Decision\nstatus: deprecated\n"
    "created_at: 2026-02-20T10:00:00.000Z\nsource: adr/ADR-001.md\nlinks:\n"
    "  - type: supersedes\n    target: ADR-002\n---\n\n# Old Decision\n"
)


def test_front_matter_links_state_their_relations() -> None:
    assert numbers(decision(LINKS_AS_MAPS, "adr/ADR-001.md"), "supersedes") == [2]
    keyed = LINKS_AS_MAPS.replace(
        "  - type: supersedes\n    target: ADR-002\n", "  - amends: ADR-7\n"
    )
    assert numbers(decision(keyed, "adr/ADR-001.md"), "amends") == [7]
