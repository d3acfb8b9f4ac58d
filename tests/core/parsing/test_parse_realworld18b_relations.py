"""Round 18b: relations of real logs read wrong (a metadata row, a related line, forge links,
Chinese notices) and a status that swallowed the bold fields under it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXED_DATE
from tests.core.parsing.helpers import decision

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Decision, Status
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Commit, Write, build_repo


def _kinds(d: Decision) -> list[tuple[str, int | None]]:
    return [(r.kind.value, r.ref.number) for r in d.relations]


# from nats-io/nats-architecture-and-design adr/ADR-63.md; its template says to add the row
# "when this ADR is a refinement to an earlier spec"
NATS = (
    "# Key-Value Store Roadmap and future considerations\n\n"
    "| Metadata | Value                 |\n|----------|-----------------------|\n"
    "| Date     | 2026-01-06            |\n| Author   | @ripienaar, @piotrpio |\n"
    "| Status   | Proposed              |\n| Tags     | jetstream, client, kv |\n"
    "| Updates  | ADR-8                 |\n\n## Release History\n\nText.\n"
)


def test_an_updates_row_amends_the_record_it_names() -> None:
    assert _kinds(decision(NATS, "adr/ADR-63.md")) == [("amends", 8)]


def test_an_updates_field_of_a_day_names_no_record() -> None:
    d = decision("# X\n\n**Status:** Accepted\n**Updates:** 2024-05-01\n", "adr/ADR-9.md")
    assert d.relations == ()


# from camunda/camunda docs/adr/ (a management record's "## Source"): the record implements the
# one it links. The model has no "implements" kind; relates-to, which has no direction, is it.
CAMUNDA = (
    "# Per-physical-tenant schema initialization\n\n**Status**: Proposed (8.10)\n\n"
    "## Context\n\nText.\n\n## Source\n\n"
    "- [001 — Health, readiness, and status semantics for multi-physical-tenant clusters]"
    "(001-physical-tenant-health-status-topology.md), implemented by this ADR.\n"
)


def test_a_record_implemented_by_this_one_is_related() -> None:
    path = "docs/adr/management/005-per-physical-tenant-schema-initialization.md"
    assert _kinds(decision(CAMUNDA, path)) == [("relates-to", 1)]


# from ADORSYS-GIS/ai-helm docs/adr/0050-kimi-k2.7-code-supersedes-k2.6-as-frontend-pro-backing.md
HELM = (
    "# ADR-0050: Kimi K2.7 Code supersedes Kimi K2.6 as the `adorsys-frontend-pro` backing\n\n"
    "**Status:** Accepted\n**Date:** 2026-06-18\n**Deciders:** @stephane-segning\n"
    "**Relates to:** supersedes the K2.6 backing choice in "
    "[ADR-0044](0044-opencode-role-subagents-and-permission-scoped-tools.md) (branded "
    "`adorsys-*` aliases); price methodology unchanged from "
    "[ADR-0028](0028-price-self-hosted-models-at-cost-recovery.md)/"
    "[ADR-0021](0021-burst-budget-billing-and-dual-plane-authconfigs.md)\n\n"
    "## Context\n\nADR-0044 made each `adorsys-*` brand a stable alias whose backing model can be\n"
    "swapped without users noticing.\n"
)


def test_a_choice_of_one_record_replaced_amends_it_and_the_next_clause_only_relates() -> None:
    d = decision(HELM, "docs/adr/0050-kimi-k2.7-code-supersedes-k2.6-as-frontend-pro-backing.md")
    assert _kinds(d) == [("amends", 44), ("relates-to", 28), ("relates-to", 21)]


def test_records_listed_after_a_semicolon_stay_the_verbs() -> None:
    d = decision("# 9. X\n\n## Status\n\nAccepted\n\nSupersedes ADR-3; ADR-4\n")
    assert _kinds(d) == [("supersedes", 3), ("supersedes", 4)]


def test_a_supersession_of_the_decision_in_a_record_is_whole() -> None:
    d = decision("# 9. X\n\n**Related:** supersedes the decision in ADR-0044\n")
    assert _kinds(d) == [("supersedes", 44)]


# from cometbft/cometbft docs/references/architecture/adr-112-proposer-based-timestamps.md: a
# forge's page of a record in "tendermint-core/", a folder of the log's
COMET_LINK = (
    "https://github.com/cometbft/cometbft/blob/main/docs/references/architecture/"
    "tendermint-core/adr-071-proposer-based-timestamps.md"
)
COMET = (
    "# ADR 112: Proposer-Based Timestamps\n\n## Status\n\n**Accepted**\n\n"
    "## Detailed Design\n\n"
    "The original version of this document ([ADR 071][original-adr]) dir not\n"
    "consider that the introduced `PBTS` and the previous method `BFT Time` could\n"
    "be adopted in the same chain/network.\n\n"
    f"## References\n\n[original-adr]: {COMET_LINK}\n"
)
COMET_PATH = "docs/references/architecture/adr-112-proposer-based-timestamps.md"


def test_a_forge_link_to_a_record_in_a_folder_of_the_log_relates_it() -> None:
    d = decision(COMET, COMET_PATH)
    assert [(r.kind.value, r.ref.number, r.ref.target) for r in d.relations] == [
        ("relates-to", 71, COMET_LINK)
    ]


def test_a_forge_link_to_a_numbered_page_of_another_folder_relates_nothing() -> None:
    other = COMET_LINK.replace("architecture/tendermint-core", "guides/setup")
    text = COMET.replace(COMET_LINK, other).replace("[ADR 071]", "[setup]")
    assert decision(text.replace("original-adr", "setup-page"), COMET_PATH).relations == ()


def _comet_record(number: str, title: str) -> str:
    return f"# ADR {number}: {title}\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n"


def test_the_forge_link_resolves_to_the_record_in_the_sub_folder(tmp_path: Path) -> None:
    log = "docs/references/architecture"
    files = {COMET_PATH: COMET}
    for name, title in (
        ("adr-100-data-companion-push-api", "Data Companion Push API"),
        ("adr-101-data-companion-pull-api", "Data Companion Pull API"),
        ("adr-109-reduce-go-api-surface", "Reduce Go API Surface Area in Minor Releases"),
        ("tendermint-core/adr-006-trust-metric", "Trust Metric Design"),
        ("tendermint-core/adr-060-go-api-stability", "Go API Stability"),
        ("tendermint-core/adr-071-proposer-based-timestamps", "Proposer-Based Timestamps"),
    ):
        files[f"{log}/{name}.md"] = _comet_record(name.rpartition("/")[2][4:7], title)
    changes = tuple(Write(path, text.encode()) for path, text in files.items())
    # the repository's folder is named as on the forge: a page of it shows its own files
    repo = build_repo(tmp_path / "cometbft", [Commit("A <a@x.org>", FIXED_DATE, "ADRs", changes)])
    new = load_catalog(repo, Settings(use_cache=False)).find("112")
    assert [(r.kind.value, r.target_id) for r in new.relations] == [
        ("relates-to", f"{log}/tendermint-core/adr-071-proposer-based-timestamps")
    ]


# from a public log's docs/adr/0001-local-agent-mvp.md (the index named no repository): the
# notice names a part of the record ("the Python agent runtime and the staged migration plan")
# that ADR-0005 replaced, wrapped after its particle "由"
ZH_NOTICE = (
    "# 本地一体化客服 Agent MVP\n\n- 状态：部分被取代（2026-07-19）\n\n"
    "> Python Agent 运行时与分阶段迁移策略由\n"
    "> [ADR-0005](0005-python-agents-sdk-runtime.md) 取代；当前 single-context 范围由\n"
    "> [ADR-0007](0007-single-context-eval-and-project-boundary.md) 定义；前端实现以\n"
    "> [ADR-0009](0009-thin-react-vite-web.md) 为准。"
    "本 ADR 对本地业务系统和可验证结果的产品约束仍然有效。\n\n"
    "## 仍然有效的决定\n\nChatty 使用 SQLite。\n"
)


def test_a_chinese_notice_of_a_part_replaced_amends_the_record() -> None:
    d = decision(ZH_NOTICE, "docs/adr/0001-local-agent-mvp.md")
    assert _kinds(d) == [("amended-by", 5)]


def test_a_chinese_notice_that_this_record_was_replaced_is_as_the_english_one() -> None:
    for notice in (
        "> 本 ADR 已由 [ADR-0005](0005-python-agents-sdk-runtime.md) 取代。",
        "> **已被 [ADR-0005](0005-python-agents-sdk-runtime.md) 取代**",
        "> This ADR has been superseded by [ADR-0005](0005-python-agents-sdk-runtime.md).",
    ):
        text = f"# 本地一体化客服 Agent MVP\n\n- 状态：已接受\n\n{notice}\n\n## 决定\n\n文本。\n"
        assert _kinds(decision(text, "docs/adr/0001-local-agent-mvp.md")) == [
            ("superseded-by", 5)
        ], notice


# from HaoranTong/ecommerce_platform docs/adr/ADR-002-standards-architecture-refactoring.md
HAORAN = (
    "# ADR-002: 标准文档架构重构决策\n\n## 状态\n**已完成** - 2025-09-23  \n"
    "**实施完成日期**: 2025-09-23  \n**验证状态**: 全部Phase完成，所有质量指标100%通过\n\n"
    "## 上下文与问题陈述\n\n### 问题背景\n在项目发展过程中，标准文档体系出现了以下关键问题：\n\n"
    "## 决策批准\n\n**决策者**: 系统架构师  \n**决策日期**: 2025-09-23  \n"
    "**生效日期**: 2025-09-23  \n**审查周期**: 季度审查  \n\n## 后续行动\n\n"
    "1. **立即执行**: 按照实施计划开始Phase 1\n"
)


def test_bold_fields_under_the_status_are_fields_not_the_status() -> None:
    d = decision(HAORAN, "docs/adr/ADR-002-standards-architecture-refactoring.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "**已完成** - 2025-09-23")
    assert ("验证状态", "全部Phase完成，所有质量指标100%通过") in d.extra


def test_the_deciders_of_a_decision_approval_section_are_read() -> None:
    d = decision(HAORAN, "docs/adr/ADR-002-standards-architecture-refactoring.md")
    assert d.deciders == ("系统架构师",)
    assert ("审查周期", "季度审查") in d.extra
