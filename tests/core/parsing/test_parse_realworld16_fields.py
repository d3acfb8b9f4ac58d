"""Round 16: fields of real logs read wrong (a Chinese metadata table, its people)."""

from __future__ import annotations

import datetime as dt

from tests.core.parsing.helpers import decision, numbers

from adr_tui.core.model import Status
from adr_tui.core.parsing.people import read_people

# from Abuab/zhiban docs/adr/ADR-010.md: the metadata table's header is "项 | 内容" (item,
# content), a word no list of headers held; its first column names the fields.
ZHIBAN = (
    "# ADR-010：新增「隐私与安全检查」独立页（规格外功能）与页内自检数据不落库\n\n"
    "| 项 | 内容 |\n|---|---|\n| 编号 | ADR-010 |\n| 状态 | proposed（待产品负责人确认） |\n"
    "| 日期 | 2026-09-19 |\n"
    "| 关联规格 | 宪章 P3（隐私即卖点）/ P5、constitution.md 第 36 行；边界总表 A5 / F 域；"
    "ADR-002（站点域配置）、ADR-004 决策 2（未评估维度不写 0） |\n"
    "| 决策人 | Trae 提案 → 产品负责人（裁决） |\n\n---\n\n"
    "## 一、背景\n\n规格没有任何安全类页面。\n"
)


def test_a_table_whose_first_column_names_fields_is_the_records_metadata() -> None:
    d = decision(ZHIBAN, "docs/adr/ADR-010.md")
    assert (d.number, d.status, d.date) == (10, Status.PROPOSED, dt.date(2026, 9, 19))
    assert d.status_raw == "proposed（待产品负责人确认）"


def test_a_two_column_table_of_prose_is_no_metadata() -> None:
    text = ZHIBAN.replace("| 状态 |", "| 选项甲 |").replace("| 日期 |", "| 选项乙 |")
    d = decision(text, "docs/adr/ADR-010.md")
    assert (d.status, d.date) == (Status.UNKNOWN, None)


def test_related_documents_relate_only_the_records_among_them() -> None:
    d = decision(ZHIBAN, "docs/adr/ADR-010.md")
    assert numbers(d, "relates-to") == [2, 4]
    plain = ZHIBAN.replace("ADR-002（站点域配置）、ADR-004 决策 2（未评估维度不写 0）", "PRD-005")
    assert numbers(decision(plain, "docs/adr/ADR-010.md"), "relates-to") == []


def test_chinese_lists_of_people_are_split_at_their_commas_and_arrows() -> None:
    assert read_people("张三、李四，王五")[0] == ("张三", "李四", "王五")
    names, roles = read_people("Trae（架构） → 产品负责人")
    assert (names, roles) == (("Trae", "产品负责人"), (("Trae", "架构"),))


# from francarbajal17/VUS-structurizr decisions/0001-framework-frontend.md: bold fields, the
# related records listed under their key.
VUS = (
    "# ADR 0001 - Elección del framework frontend\n## Status\nAccepted\n\n"
    "**Context:** Se evaluaron diferentes frameworks.\n\n"
    "**Decision:** Se selecciona Angular.\n \n"
    "**Related Decisions**:\n"
    "- [ADR 0002: Elección del framework backend](0002-framework-backend.md)\n"
)


def test_records_listed_under_an_empty_relation_key_are_related() -> None:
    d = decision(VUS, "decisions/0001-framework-frontend.md")
    assert numbers(d, "relates-to") == [2]
    assert (d.title, d.status) == ("Elección del framework frontend", Status.ACCEPTED)


def test_nothing_listed_under_a_relation_key_relates_nothing() -> None:
    listed = "- [ADR 0002: Elección del framework backend](0002-framework-backend.md)"
    text = VUS.replace(listed, "(ninguna en este momento)")
    assert decision(text, "decisions/0001-framework-frontend.md").relations == ()


# from DULASlee/jnpfv52 docs/adr/ADR-001.md: related records listed under "## 相关 ADR".
JNPF = (
    "# ADR-001: ISqlSugarClient 注册 — Scoped + CopyNew 模式\n\n**状态:** Final\n"
    "**日期:** 2026-05\n**阶段:** Stage 0\n\n## 决策内容\n\n注册为 Scoped 生命周期。\n\n"
    "## 相关 ADR\n\n- ADR-006: CopyNew 行为 — 保留查询过滤器\n"
    "- ADR-014: Repository IDisposable 保证\n"
)


def test_a_related_records_section_in_chinese_relates_its_records() -> None:
    d = decision(JNPF, "docs/adr/ADR-001.md")
    assert numbers(d, "relates-to") == [6, 14]
    assert (d.number, d.status, d.status_raw) == (1, Status.ACCEPTED, "Final")


def test_people_joined_by_a_plus_are_two() -> None:
    assert read_people("AI 工程师 + 首席架构师")[0] == ("AI 工程师", "首席架构师")
    # from DULASlee/jnpfv52 docs/adr/ADR-024-AI软件工程组织架构方案.md: an aside after both
    written = "AI 工程师 + 首席架构师（基于 `8、AI软件工程组织架构方案v1.0.md`）"
    assert read_people(written)[0] == ("AI 工程师", "首席架构师")


# from CaenCamp/jobs-caen-camp doc/adr/ccc-jb-001-utiliser-les-adrs-pour-documenter-le-projet.md:
# the template's description of the deciders left in place.
CAENCAMP = (
    "# 1. Utiliser les ADRs pour documenter le projet\n\nDate: 2020-03-04\n\n"
    "Décideurs: [liste des personnes impliquée dans la décision] <!-- optional -->\n"
    "Ticket.s concerné.s: [description | URL ticket/issue Github] <!-- optional -->\n\n"
    "## Statut\n\n2020-03-04 proposed\n\n## Contexte et énoncé du problème\n\nx\n"
)


def test_a_templates_description_of_the_deciders_names_nobody() -> None:
    d = decision(CAENCAMP, "doc/adr/ccc-jb-001-utiliser-les-adrs-pour-documenter-le-projet.md")
    assert d.deciders == ()
    assert (d.number, d.status, d.date) == (1, Status.PROPOSED, dt.date(2020, 3, 4))


def test_a_name_in_the_templates_brackets_is_kept() -> None:
    text = CAENCAMP.replace("[liste des personnes impliquée dans la décision]", "[Alexis Janvier]")
    assert decision(text, "doc/adr/ccc-jb-001-x.md").deciders == ("[Alexis Janvier]",)


# from Brownie2002/Boxing-Round-Splitter docs/adr/0002-format-adr.md: the record shows the
# format of a record, its fields in code.
BOXING = (
    "# ADR-0002 — Format des ADR\n\n**Statut**: Accepté\n\n**Décision**: \n"
    "Utiliser le format suivant pour chaque ADR :\n"
    "- **Titre**: `# ADR-XXXX — [Titre de la décision]`\n"
    "- **Statut**: `Accepté | Rejeté | Supersédé`\n"
)


def test_a_title_field_in_code_is_an_example_not_the_title() -> None:
    d = decision(BOXING, "docs/adr/0002-format-adr.md")
    assert (d.number, d.title, d.status) == (2, "Format des ADR", Status.ACCEPTED)


def test_a_title_field_in_words_is_still_the_title() -> None:
    text = BOXING.replace("`# ADR-XXXX — [Titre de la décision]`", "Format des records")
    assert decision(text, "docs/adr/0002-format-adr.md").title == "Format des records"


# from googleapis/google-cloud-cpp doc/adr/2019-01-04-error-reporting-with-statusor.md: the
# title field's paragraph wraps onto a second line.
STATUSOR = (
    "**Title**: Functions should report errors using `StatusOr<T>` *instead of*\n"
    "throwing exceptions.\n\n**Status**: accepted\n\n"
    "**Context**: We know there will be users of these C++ libraries who want to use\n"
    "C++ exceptions as well as those who are not able to.\n"
)


def test_a_title_field_goes_on_over_its_wrapped_paragraph() -> None:
    d = decision(STATUSOR, "doc/adr/2019-01-04-error-reporting-with-statusor.md")
    assert (
        d.title
        == "Functions should report errors using StatusOr<T> instead of throwing exceptions."
    )
    assert (d.number, d.status, d.date) == (None, Status.ACCEPTED, dt.date(2019, 1, 4))


def test_a_title_field_ends_where_the_next_field_starts() -> None:
    text = STATUSOR.replace("\nthrowing exceptions.\n\n**Status**", "\n**Status**")
    d = decision(text, "doc/adr/2019-01-04-error-reporting-with-statusor.md")
    assert (d.title, d.status) == (
        "Functions should report errors using StatusOr<T> instead of",
        Status.ACCEPTED,
    )


# The shape round 15 left: a public log (seen by find_string, its repository not named by the
# index) writes "## Status: ✅ Accepted | Date: Week 2", the status heading carrying a date.
WEEK = (
    "# ADR-003: Integration method and spike timing\n\n"
    "## Status: ✅ Accepted | Date: Week 2\n\n## Decision\n- Time-driven with explicit Euler\n"
)


def test_a_status_heading_carrying_another_field_gives_each_its_own() -> None:
    d = decision(WEEK, "docs/adr/ADR-003-integration-method.md")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "✅ Accepted", None)
    dated = decision(WEEK.replace("Week 2", "2024-02-03"), "docs/adr/ADR-003-x.md")
    assert (dated.status_raw, dated.date) == ("✅ Accepted", dt.date(2024, 2, 3))


def test_a_bar_before_words_that_name_no_field_stays_in_the_status() -> None:
    text = WEEK.replace("| Date: Week 2", "| superseded later")
    assert decision(text, "docs/adr/ADR-003-x.md").status_raw == "✅ Accepted | superseded later"


# from osinfra-io/gitbook-docs fundamentals/architecture-decision-records/adr-0001-2.md
# (round 15's leftover): GitBook named the copy of page "adr-0001" "adr-0001-2"; its heading
# says it became ADR-0004.
GITBOOK_COPY = (
    "---\ndescription: When to write a Terraform module\n---\n\n# ADR-0004\n\n"
    '<table><thead><tr><th data-type="select">Status</th><th>Date (Last modified)</th>'
    '<th data-type="users" data-multiple>Deciders</th></tr></thead><tbody><tr><td></td>'
    "<td>7/22/2023</td><td>Brett Curtis</td></tr></tbody></table>\n\n"
    "## Context and Problem Statement\n\nWhen should a&#x20;\n"
)


def test_a_copy_counted_in_its_file_name_takes_the_headings_number() -> None:
    d = decision(GITBOOK_COPY, "fundamentals/architecture-decision-records/adr-0001-2.md")
    assert (d.number, d.title, d.warnings) == (4, "When to write a Terraform module", ())


def test_a_file_name_with_words_keeps_its_number_over_the_headings() -> None:
    d = decision(GITBOOK_COPY, "fundamentals/architecture-decision-records/adr-0001-modules.md")
    assert d.number == 1
    assert d.warnings == ("title number 4 differs from the file name's 1; kept 1",)


# from lyz-code/repository-orm docs/adr/002-support-string-ids.md (round 15 left it): no
# title; the sections are first-level headings, one of them the template's "Proposals".
UNTITLED = (
    "Date: 2021-04-16\n\n# Status\n<!-- What is the status? Draft, Proposed, Accepted -->\n"
    "Accepted\n\n# Context\nIn version 0.3.0 we dropped support for string ids.\n\n"
    "# Proposals\nRestore the support for string ids.\n\n# Decision\n\n# Consequences\n"
)


def test_a_section_heading_after_untitled_sections_is_no_title() -> None:
    d = decision(UNTITLED, "docs/adr/002-support-string-ids.md")
    assert (d.number, d.title, d.status) == (2, "Support string ids", Status.ACCEPTED)
    assert d.warnings == ("no title heading; title made from the file name",)


def test_a_title_heading_before_the_sections_is_still_the_title() -> None:
    d = decision("# Support string ids again\n\n" + UNTITLED, "docs/adr/002-support-string-ids.md")
    assert d.title == "Support string ids again"


def test_a_latin_name_then_chinese_words_is_the_person_and_what_they_did() -> None:
    # from Abuab/zhiban docs/adr/ADR-004.md and ADR-010.md: "| 决策人 | … → Trae 落地 |"
    assert read_people("产品负责人（1 项裁决）→ Trae 落地") == (
        ("产品负责人", "Trae"),
        (("产品负责人", "1 项裁决"), ("Trae", "落地")),
    )
    assert read_people("Trae 提案（UI 重构）")[0] == ("Trae",)
    assert read_people("Ann Lee, Bo 张")[0] == ("Ann Lee", "Bo 张")  # one character: a name


def test_a_schema_table_before_the_first_section_is_no_metadata() -> None:
    """Review 7: '| status | text |', '| date | timestamptz |' (a schema's columns) made the
    record's status 'text' and warned of an unreadable date."""
    text = ZHIBAN.replace("| proposed（待产品负责人确认） |", "| text |").replace(
        "| 2026-09-19 |", "| timestamptz |"
    )
    d = decision(text, "docs/adr/ADR-010.md")
    assert (d.status, d.status_raw, d.date, d.warnings) == (Status.UNKNOWN, "", None, ())
