"""Session 9: a record partly replaced, said in Chinese, reads as "partly superseded" does."""

from __future__ import annotations

from tests.core.parsing.helpers import decision

from adr_tui.core.model import Status

# from a public log's ADR-0007 (the index named no repository or path): the themes were
# replaced by ADR-0009, the styling decision stands
NOVA = (
    "# ADR-0007: 样式方案 - Tailwind CSS + CSS Variables\n\n"
    "- 状态: Accepted（多主题部分被 ADR-0009 取代）\n- 日期: 2026-07-29\n"
    "- 决策者: 项目初始团队\n\n## 背景与问题陈述\n\nNova 的 UI 样式有以下需求：\n"
)
# from a public log's ADR 0013 (the index named no repository or path)
SETTINGS = (
    "# ADR 0013: 将设置导航整合为四个目标页\n\n- 状态: 部分被 ADR 0026 取代\n- 日期: 2026-07-26\n\n"
    "## 背景\n\n基线 0.4.0 在 D062–D065 中冻结了宽泛的、与 Codex 对齐的设置侧栏。\n"
)


def _read(text: str) -> tuple[Status, list[tuple[str, int | None]]]:
    d = decision(text, "docs/adr/0007-x.md")
    return d.status, [(r.kind.value, r.ref.number) for r in d.relations]


def test_a_chinese_status_naming_a_record_that_replaced_a_part_is_amended_by_it() -> None:
    assert _read(NOVA) == (Status.ACCEPTED, [("amended-by", 9)])
    assert _read(NOVA.replace("多主题部分被 ADR-0009 取代", "partly superseded by ADR-0009")) == (
        Status.ACCEPTED,
        [("amended-by", 9)],
    )


def test_partly_replaced_as_the_whole_status_reads_as_partly_superseded_does() -> None:
    assert _read(SETTINGS) == (Status.SUPERSEDED, [("amended-by", 26)])
    english = SETTINGS.replace("部分被 ADR 0026 取代", "Partly superseded by ADR 0026")
    assert _read(english) == (Status.SUPERSEDED, [("amended-by", 26)])


def test_a_record_replaced_whole_is_still_superseded_by_it() -> None:
    assert _read(SETTINGS.replace("部分被", "被")) == (Status.SUPERSEDED, [("superseded-by", 26)])
