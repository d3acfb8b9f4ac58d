"""Round 20: real records whose fields the parser misread (snippets kept short)."""

from __future__ import annotations

import datetime as dt

from tests.core.parsing.helpers import decision, numbers

from adr_tui.core.model import Status

# from kamu-data/kamu-node adr/0002-traffic-routing.md
KAMU = (
    "# 2. Traffic Routing\n\nInception Date: `2022-12-28`\n\nAccepted Date: `2023-01-03`\n\n"
    "## Context\n\nWe need to decide how traffic gets routed.\n"
)


def test_a_day_of_acceptance_dates_the_record_and_states_it_accepted() -> None:
    d = decision(KAMU, "adr/0002-traffic-routing.md")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "Accepted", dt.date(2023, 1, 3))
    assert d.warnings == ()
    # a status stated beside it is the status
    text = KAMU.replace("## Context", "## Status\n\nDeprecated\n\n## Context")
    assert decision(text, "adr/0002-traffic-routing.md").status is Status.DEPRECATED


# from NASA-IMPACT/admg-backend adr/0002-gcmd-sync-design-process.md
ADMG = (
    "# GCMD Sync Design Process\n\n"
    "+ **Status:** developed | Technical Story: [#297](https://github.com/NASA-IMPACT/"
    "admg-backend/issues/297)\n+ **Date:** 2022-05-31\n\n## Context\n\nText.\n"
)


def test_a_design_developed_is_carried_through() -> None:
    d = decision(ADMG, "adr/0002-gcmd-sync-design-process.md")
    assert d.status is Status.ACCEPTED
    assert d.warnings == ()


# from MarioCarvalhoBr/data_validate docs/adrs/0002-strangler-fig-migration-with-golden-harness.md
DATA_VALIDATE = (
    "# ADR-0002: Strangler-fig migration with a golden end-to-end harness as the safety net\n\n"
    "- Status: Proposed\n- Date: 2026-08-25\n\n## Context\n\nText.\n\n## Links\n\n"
    "- Backlog: `TST-001`, `TST-002` (`04-testing.md`); `ARC-001` (`03-architecture.md`);\n"
    "  `08-migration-roadmap.md` (all phases)\n"
    "- Related ADRs: ADR-0001, ADR-0011 (testing policy), ADR-0004, ADR-0006\n"
)


def test_documents_under_a_label_that_relates_no_records_are_no_records() -> None:
    d = decision(DATA_VALIDATE, "docs/adrs/0002-strangler-fig-migration-with-golden-harness.md")
    assert numbers(d, "relates-to") == [1, 11, 4, 6]


# from magsoftware/flowframe docs/adrs/0031-flowframe-svg-writer-and-geometry-providers.md
FLOWFRAME = (
    "# ADR-0031: FlowFrame SVG writer with pluggable geometry providers\n\n"
    "| Field | Value |\n|---|---|\n| Status | Proposed |\n| Date | 2026-10-01 |\n"
    "| Owner | Tech lead, Product owner, Accessibility and design reviewer, Security reviewer |\n"
    "\n## Context\n\nText.\n"
)


def test_a_role_that_says_and_inside_a_list_is_one_role() -> None:
    d = decision(FLOWFRAME, "docs/adrs/0031-flowframe-svg-writer.md")
    assert d.deciders == (
        "Tech lead",
        "Product owner",
        "Accessibility and design reviewer",
        "Security reviewer",
    )
    # the last two names of a list, joined by "and", are two
    text = FLOWFRAME.replace("Accessibility and design reviewer, Security reviewer", "Ann and Bo")
    assert decision(text, "docs/adrs/0031-x.md").deciders == (
        "Tech lead",
        "Product owner",
        "Ann",
        "Bo",
    )


# from kani3camp/mine-party docs/adr/0002-competitive-mode-race-vs-shared.md
MINE_PARTY = (
    "# 対戦モードの方式選定（レース方式 vs 共有盤面）\n\n- 日付: YYYY-MM-DD\n"
    "- ステータス: Accepted\n"
    "- 関連: 仕様書 01_requirements.md, 02_functional_spec.md, 設計書 01/02\n\n"
    "## 背景 (Context)\n- 対戦プレイの実装方式には複数案がある。\n"
)


def test_chapters_beside_a_record_numbered_with_two_digits_are_no_records() -> None:
    d = decision(MINE_PARTY, "docs/adr/0002-competitive-mode-race-vs-shared.md")
    assert d.relations == ()
    # a record of the log, numbered as the log numbers them, still is one
    text = MINE_PARTY.replace("02_functional_spec.md", "0001-realtime-transport.md")
    assert numbers(decision(text, "docs/adr/0002-x.md"), "relates-to") == [1]
