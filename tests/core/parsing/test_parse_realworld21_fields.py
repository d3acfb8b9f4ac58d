"""Round 21: single records of logs the parser had not seen (minimal excerpts; each names its
source). A template's options kept above the status chosen, a "Document Metadata" table,
Russian section names, dates and statuses, a slash between deciders."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, numbers

# from dnd-side-project/dnd-8th-5-backend architecture-decision-records/0002-api-docs-rest-docs.md
KOREAN_HINT = (
    "# 2. api docs rest docs\n\n> Date: 2025-08-03\n\n---\n\n## Status\n\n"
    "> 상태: 제안됨(Proposed)|승인됨(Accepted)|반려됨(Rejected)|"
    "대체됨(Superseded)|사용중단됨(Deprecated)\n\n"
    "Accepted\n\n## 상황(Context)\n\n"
    "- 모두타임 프로젝트에서 API 문서화를 위해 RestDocs를 사용하기로 결정했습니다.\n"
)


def test_the_status_chosen_below_the_templates_options_holds() -> None:
    d = decision(KOREAN_HINT, "architecture-decision-records/0002-api-docs-rest-docs.md")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "Accepted", dt.date(2025, 8, 3))
    assert not any("status" in warning for warning in d.warnings)


def test_options_with_no_choice_below_stay_unknown() -> None:
    unfilled = "# 2. X\n\n## Status\n\nProposed | Accepted | Rejected\n\n## Context\n\nx\n"
    d = decision(unfilled, "docs/adr/0002-x.md")
    assert d.status is Status.UNKNOWN
    assert any("unknown status" in warning for warning in d.warnings)


def test_prose_below_the_options_is_no_choice() -> None:
    text = "# 2. X\n\n## Status\n\nProposed | Accepted\n\nPick one when the team agrees.\n"
    assert decision(text, "docs/adr/0002-x.md").status is Status.UNKNOWN


# from OmniNode-ai/omnibase_core docs/architecture/decisions/ADR-003-reducer-output-exception-
# consistency.md: the fields are rows of a table under "## Document Metadata".
METADATA_TABLE = (
    "# ADR-003: Reducer Output Exception Consistency\n\n## Document Metadata\n\n"
    "| Field | Value |\n|-------|-------|\n"
    "| **Document Type** | Architecture Decision Record (ADR) |\n"
    "| **Document Number** | ADR-003 |\n"
    "| **Status** | 🟢 **IMPLEMENTED** |\n"
    "| **Created** | 2025-12-16 |\n"
    "| **Last Updated** | 2025-12-16 |\n"
    "| **Author** | Claude Code (AI Assistant) |\n\n---\n\n## Document Purpose\n\n"
    "This Architecture Decision Record (ADR) documents the rationale for using `ModelOnexError`.\n"
)


def test_a_document_metadata_table_states_the_fields() -> None:
    d = decision(
        METADATA_TABLE,
        "docs/architecture/decisions/ADR-003-reducer-output-exception-consistency.md",
    )
    assert (d.number, d.status, d.date) == (3, Status.ACCEPTED, dt.date(2025, 12, 16))
    assert d.deciders == ("Claude Code",)  # its role set aside, as in every list of people


# from kreghek/SynAdor Docs/decisions/0005-дата_создания_решения_в_русско.md, 0009-теги.md and
# 0006-тест_отмены.md: the number glued to the title by a hyphen, the date under "## Дата
# создания" written day first, "На рассмотрении" (under review), "Отменено" (cancelled).
def _russian(title: str, status: str, day: str) -> str:
    return (
        f"# {title}\n\n## Статус\n\n{status}\n\n## Дата создания\n\n{day}\n\n"
        "## Авторы\n\nkreghek\n\n## Контекст\n\nРешений может быть много.\n"
    )


def test_a_russian_record_reads_its_number_date_and_status() -> None:
    text = _russian("0005-Дата создания решения в русской культуре", "Принято", "12.01.2020")
    d = decision(text, "Docs/decisions/0005-дата_создания_решения_в_русско.md")
    assert (d.number, d.title, d.status, d.date) == (
        5,
        "Дата создания решения в русской культуре",
        Status.ACCEPTED,
        dt.date(2020, 1, 12),
    )


def test_russian_review_and_cancelled_statuses() -> None:
    review = decision(_russian("0009-Теги", "На рассмотрении", "15.01.2020"), "d/0009-теги.md")
    assert (review.status, review.date) == (Status.PROPOSED, dt.date(2020, 1, 15))
    cancelled = _russian(
        "0006-тест отмены",
        "Отменено (причина: [0005](#decisions\\0005-дата_создания_решения_в_русско.md))",
        "12.01.2020",
    )
    d = decision(cancelled, "Docs/decisions/0006-тест_отмены.md")
    assert (d.title, d.status) == ("тест отмены", Status.REJECTED)


# from aGFydWtp/e2e-planner claudedocs/decisions/0002-ci-retries-zero-and-trace-retain-on-failure.md
def test_a_slash_before_a_space_parts_two_deciders() -> None:
    text = (
        "# 2. scaffold の retries を CI でも 0 にする\n\nDate: 2026-09-07\n"
        "Deciders: Haruki Eguchi（ユーザー）/ Claude Code `/dev`\n\n## Status\n\nAccepted\n"
    )
    d = decision(text, "claudedocs/decisions/0002-ci-retries-zero.md")
    assert d.deciders == ("Haruki Eguchi", "Claude Code /dev")


def test_a_slash_inside_a_name_parts_nothing() -> None:
    text = "# 2. X\n\nDeciders: Team A/Team B, Carl\n\n## Status\n\nAccepted\n"
    assert decision(text, "docs/adr/0002-x.md").deciders == ("Team A/Team B", "Carl")


# from kai-5908/harmony-study-app docs/ADR/adr_harmony_task_model.md and
# adr_persistence_layer.md: a numbered Japanese section name, "承認" (approved), and the day of
# approval under the status.
def test_a_numbered_japanese_status_section_and_its_approval_day() -> None:
    numbered = (
        "# 和声課題データモデル設計\n\n## 1. タイトル\n和声課題データモデルの設計・実装\n\n"
        "## 2. ステータス\n承認\n\n## 3. コンテキスト\n- 両方で扱える構造とする。\n"
    )
    assert decision(numbered, "docs/ADR/adr_harmony_task_model.md").status is Status.ACCEPTED
    dated = (
        "# ADR: 和声課題データの永続化層設計\n\n## ステータス\n承認済み\n\n"
        "承認日: 2025-06-15\n決定者: プロジェクトオーナー\n\n## コンテキスト\n- MVP段階で必要\n"
    )
    d = decision(dated, "docs/ADR/adr_persistence_layer.md")
    assert (d.status, d.date, d.deciders) == (
        Status.ACCEPTED,
        dt.date(2025, 6, 15),
        ("プロジェクトオーナー",),
    )


# from austinperrin/inventoryk12 docs/adr/0018-identity-domain-model-v2.md: a related item says
# the record it names is "deprecated by this ADR": this record supersedes it.
def test_a_related_item_deprecated_by_this_record_is_superseded() -> None:
    text = (
        "# ADR 0018: Identity Domain Model v2\n\n- **Status**: Proposed\n- **Date**: 2026-02-23\n\n"
        "## Context\nThe v1 ADR should be superseded by a full model.\n\n## Related\n"
        "- `docs/adr/0004-identity-domain-model-v1.md` (deprecated by this ADR)\n"
        "- `docs/adr/0008-domain-boundaries-v1.md`\n"
    )
    d = decision(text, "docs/adr/0018-identity-domain-model-v2.md")
    assert (numbers(d, "supersedes"), numbers(d, "relates-to")) == ([4], [8])


# from QGreenland-Net/qgreenland-net.github.io decisions/001-common-diagramming-language.md and
# 002-team-office-hours.md: Quarto fills the authors in from shortcodes; YAML reads an unquoted
# "{{<var …>}}" as a broken mapping. The front matter is valid as the site reads it, and a
# shortcode names no one.
def test_quarto_shortcodes_in_front_matter_are_values_not_names() -> None:
    listed = (
        '---\ntitle: "A common language for diagramming"\nnumber: 1\ndate: "TBD"\nauthors:\n'
        "  - {{<var people.matt-fisher >}}\n  - {{<var people.trey >}}\n"
        'status: "Pending"\n---\n\n## Context\n\nDiagrams.\n\n## Status\n\n{{< meta status >}}\n'
    )
    d = decision(listed, "decisions/001-common-diagramming-language.md")
    assert (d.title, d.number, d.status, d.deciders) == (
        "A common language for diagramming",
        1,
        Status.PROPOSED,
        (),
    )
    assert not any("YAML" in warning for warning in d.warnings)
    named = (
        '---\ntitle: "Team office hours"\nnumber: 2\nauthor:\n'
        '  - name: "{{< var people.matt-fisher.name >}}"\n'
        '    orcid: "{{< var people.matt-fisher.orcid >}}"\nstatus: "Accepted"\n---\n\nText.\n'
    )
    assert decision(named, "decisions/002-team-office-hours.md").deciders == ()


# from esivres/c2h5oh docs/adr/0007-storage-abstraction.adoc: AsciiDoc's revision date attribute
# under the document title is the record's date.
def test_an_asciidoc_revdate_dates_the_record() -> None:
    text = (
        "= ADR-0007: Storage abstraction with repository pattern\n:revdate: 2026-03-06\n\n"
        "== Status\n\nAccepted\n\n== Context\n\nPOC использовал BoltDB (bbolt) напрямую.\n"
    )
    d = decision(text, "docs/adr/0007-storage-abstraction.adoc")
    assert (d.number, d.status, d.date) == (7, Status.ACCEPTED, dt.date(2026, 3, 6))
