"""Round 19: relations of real logs read wrong (a related field wrapped over several lines)."""

from __future__ import annotations

from tests.core.parsing.helpers import decision, numbers

# from tangniyuqi/tm-stock docs/adr/0008-AI分析模块起步方式与存量整改.md: the related records go
# on over two more lines, each of the first two ending with the list's "、".
TM_STOCK = (
    "# ADR-0008：AI 分析模块——L0 内部先行，并先清理存量冲突\n\n"
    "- **状态**：已采纳（D11 待裁决；D14 为独立专项）\n- **日期**：2026-10-02\n"
    "- **相关**：[ADR-0003](0003-个股客观事实层可做.md)、"
    "[ADR-0004](0004-后端采用gin-vue-admin.md)、\n"
    "  [ADR-0005](0005-一期不做AI分析.md)、[ADR-0006](0006-G1最小验证路径.md)、\n"
    "  [ADR-0007](0007-复用现有addon_quant数据表.md)；规格 `docs/specs/ai-analysis/`\n"
    "- **与 ADR-0005 的关系**：**不取代**。面向公众的 AI 分析仍受 ADR-0005 的七项前置条件约束；\n"
    "  本决定只放行**不对外的 L0 内部证据抽取助手**。\n\n## 背景\n\n正文。\n"
)


def test_a_related_field_wrapped_over_lines_names_every_record() -> None:
    d = decision(TM_STOCK, "docs/adr/0008-AI分析模块起步方式与存量整改.md")
    assert numbers(d, "relates-to") == [3, 4, 5, 6, 7]
    assert numbers(d, "supersedes") == []


def test_a_line_after_a_related_field_without_a_separator_is_no_more_records() -> None:
    text = "# 2. X\n\n- Related: [ADR-0001](0001-a.md)\nSee [ADR-0009](0009-b.md) later.\n"
    assert numbers(decision(text, "docs/adr/0002-x.md"), "relates-to") == [1]


# from Atostek/ros2-client docs/decisions/0010-converge-api-surfaces.md: fields of list items
# wrapped over indented lines; a tracker's "issue #71" among the related records; a part of
# ADR-0004 replaced.
ROS2 = (
    "# 10. Converge DDS and Zenoh public API surfaces\n\n"
    "- Status: accepted (directional plan; implementation is phased) — **Phases\n"
    "  0–5 done on branch `zenoh`**\n- Date: 2026-08-05\n"
    "- Relates to: ADR-0002, ADR-0003, ADR-0004, ADR-0005, PR #73 / branch `zenoh`,\n"
    "  issue #71\n"
    "- Partially supersedes: the “minimal churn / leave DDS create_* on\n"
    "  `QosPolicies`” interim of ADR-0004 — that remains valid as a short-term\n"
    "  landing strategy for Zenoh.\n\n## Context\n\nPR #73 added an opt-in Zenoh backend.\n"
)


def test_a_wrapped_partial_supersession_amends_the_record() -> None:
    d = decision(ROS2, "docs/decisions/0010-converge-api-surfaces.md")
    assert numbers(d, "amends") == [4]
    assert numbers(d, "supersedes") == []


def test_a_trackers_issue_is_no_related_record() -> None:
    d = decision(ROS2, "docs/decisions/0010-converge-api-surfaces.md")
    assert numbers(d, "relates-to") == [2, 3, 4, 5]
    alone = decision("# 3. X\n\n- Related: issue #71\n", "docs/decisions/0003-x.md")
    assert alone.relations == ()
