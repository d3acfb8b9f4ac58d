"""Round 10: fields of public ADR logs not read right before (minimal excerpts; each names its
source)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.dates import parse_date

from .helpers import decision, numbers


# flaechsig/blocpress docs/architecture/decisions/ADR-003.adoc: the status is an attribute,
# and the "== Status" section states it again with its date.
def test_a_status_stated_again_with_a_date_dates_the_record() -> None:
    text = (
        "= ADR-003: Keine eigenen Module für Prüfung (proof) und Administration (admin)\n"
        ":adr-status: accepted\n\n== Status\nAkzeptiert (2026-10-03) — die im Altbestand "
        "geplanten Module `blocpress-proof` und\n`blocpress-admin` werden nicht gebaut.\n\n"
        "== Kontext\nDer Altbestand sah zwei eigene Self-Contained Systems vor.\n"
    )
    d = decision(text, "docs/architecture/decisions/ADR-003.adoc")
    assert (d.title, d.number, d.status, d.date) == (
        "Keine eigenen Module für Prüfung (proof) und Administration (admin)",
        3,
        Status.ACCEPTED,
        dt.date(2026, 10, 3),
    )
    assert d.warnings == ()


def test_a_different_status_stated_again_does_not_date_the_record() -> None:
    text = ":adr-status: accepted\n= ADR-4: X\n\n== Status\nVorgeschlagen (2026-10-03)\n"
    d = decision(text, "docs/architecture/decisions/ADR-004.adoc")
    assert (d.status, d.date) == (Status.ACCEPTED, None)


# A DOMinic log (docs/adr): the horizontal table's header keeps "ADR Number" on one line with
# "&nbsp;"; the number is the table's, as the other columns are.
def test_an_html_entity_in_a_table_header_is_its_character() -> None:
    text = (
        "---\ntitle: Feature slices with domain-driven organization\nstatus: accepted\n"
        "tags: [architecture]\n---\n\n# Feature slices with domain-driven organization\n\n"
        "| ADR&nbsp;Number | Status | Date | Deciders |\n| --- | --- | --- | --- |\n"
        "| 0001 | accepted | 2026-09-12 | Zack |\n\n## Technical Story\n\nx\n"
    )
    d = decision(text, "docs/adr/feature-slices.md")
    assert (d.number, d.status, d.date, d.deciders) == (
        1,
        Status.ACCEPTED,
        dt.date(2026, 9, 12),
        ("Zack",),
    )


# A Russian log (docs/adr, "# ADR-8: Мониторинг и балансировка шардов MongoDB"), exported from
# a document editor: Nygard sections "## Автор", "## Дата", "## Статус" name author and date.
def test_russian_author_and_date_sections() -> None:
    text = (
        '### <a name="_b7urdng99y53"></a>**Название задачи:**\n\n'
        "ADR-8 Выявление и устранение «горячих» шардов\n\n"
        "# ADR-8: Мониторинг и балансировка шардов MongoDB\n\n## Автор\nDenis Marunich\n\n"
        "## Дата\n2025-02-01\n\n## Статус\nПринято\n## Решение\n\nx\n"
    )
    d = decision(text, "docs/adr/adr-8.md")
    assert (d.title, d.number, d.status, d.date, d.deciders) == (
        "Мониторинг и балансировка шардов MongoDB",
        8,
        Status.ACCEPTED,
        dt.date(2025, 2, 1),
        ("Denis Marunich",),
    )


@pytest.mark.parametrize(
    ("written", "date"),
    [
        # "EOL 30 сентября 2025" (a Russian ADR), "12-Mar-2024" (day-month-year with dashes)
        ("30 сентября 2025", dt.date(2025, 9, 30)),
        ("1 мая 2024", dt.date(2024, 5, 1)),
        ("12-Mar-2024", dt.date(2024, 3, 12)),
        ("March 2024", None),
    ],
)
def test_more_written_dates(written: str, date: dt.date | None) -> None:
    assert parse_date(written) == date


# eggai-tech/qualops docs/tdr/0005-agentic-issue-verification-v2.md: a decision against is
# dated by its status as one for is ("Rejected (Opus 4.6) — 2026-07-02 …").
def test_a_rejected_status_dates_the_record() -> None:
    text = (
        "# TDR 0005 v2 — Intent-Based Agentic Review (Plan → Execute → Aggregate → Critique)\n\n"
        "**Status:** Rejected (Opus 4.6) — 2026-07-02 (built and A/B-tested on Opus 4.6; recall "
        "and F1 *worse* than the flat baseline). Smaller models untested. Originally Proposed "
        "2026-06-22.\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/tdr/0005-agentic-issue-verification-v2.md")
    assert (d.number, d.status, d.date) == (5, Status.REJECTED, dt.date(2026, 7, 2))


def test_a_superseded_status_does_not_date_the_record() -> None:
    d = decision("# 3. X\n\n## Status\n\nSuperseded 2026-05-08 by ADR-16\n", "docs/adr/0003-x.md")
    assert d.date is None


# CDCgov/phdi docs/decisions/0009-fhirpath-module (no suffix): the template's brackets kept
# round both the number and the title, "# [0010]. [FHIRPath Python Module]". The file's
# number wins over the heading's, as everywhere.
def test_template_brackets_round_number_and_title() -> None:
    text = (
        "# [0010]. [FHIRPath Python Module]\n\nDate: 2022-06-27\n\n## Status\n\nAccepted \n\n"
        "## Context and Problem Statement\n\nFHIRPath is a path based extraction language.\n"
    )
    d = decision(text, "docs/decisions/0009-fhirpath-module")
    assert (d.title, d.number, d.status, d.date) == (
        "FHIRPath Python Module",
        9,
        Status.ACCEPTED,
        dt.date(2022, 6, 27),
    )
    assert decision(text, "docs/decisions/fhirpath.md").number == 10


# get-forge/forge-docs architecture/decisions/0004-…md: a header field of another name
# ("**Context:**") that opens with a relation ("Continuation of ADR-0003") states it.
def test_a_header_field_opening_with_a_relation_states_it() -> None:
    text = (
        "# 0004. Use AWS Cognito Across All Environments (Production and Development)\n\n"
        "**Status:** Accepted\n**Date:** 2025-10-27\n**Context:** Continuation of ADR-0003 "
        "(Auth); unified Cognito across environments after development tooling and cost "
        "analysis.\n\n## **Context**\n\nWe need a unified authentication strategy.\n"
    )
    d = decision(text, "architecture/decisions/0004-use-aws-cognito-across-all-environments.md")
    assert (d.title, d.status, d.date) == (
        "Use AWS Cognito Across All Environments (Production and Development)",
        Status.ACCEPTED,
        dt.date(2025, 10, 27),
    )
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("relates-to", 3)]


def test_a_header_field_of_prose_states_nothing() -> None:
    text = "# 4. X\n\n**Status:** Accepted\n**Context:** We need ADR-0003 to hold.\n"
    assert decision(text, "docs/adr/0004-x.md").relations == ()


# Status words of Chinese, Japanese, Korean, German, Dutch, Portuguese, Italian, French and
# Russian logs the table lacked ("**状态**：待实现" — accepted, waiting to be built).
@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("待实现", Status.ACCEPTED),
        ("已生效", Status.ACCEPTED),
        ("결정됨", Status.ACCEPTED),
        ("Gültig", Status.ACCEPTED),
        ("Em vigor", Status.ACCEPTED),
        ("Утверждено", Status.ACCEPTED),
        ("设计稿", Status.DRAFT),
        ("Concept", Status.DRAFT),
        ("待审核", Status.PROPOSED),
        ("In Bearbeitung", Status.PROPOSED),
        ("보류", Status.PROPOSED),
        ("已否决", Status.REJECTED),
        ("Ingetrokken", Status.REJECTED),
        ("已废止", Status.DEPRECATED),
        ("Vervallen", Status.DEPRECATED),
    ],
)
def test_more_status_words(word: str, status: Status) -> None:
    d = decision(f"# 3. X\n\n**Status:** {word}\n", "docs/adr/0003-x.md")
    assert (d.status, d.warnings) == (status, ())


# A Logseq graph's ADR page (an infrastructure repository's "pages/ADR___0007 …md", the page
# "ADR/0007 …"): page properties with "::", the deciders as wiki links, headings as bullet
# blocks ("- # Links") and the record it replaces named by a wiki link.
def test_a_logseq_adr_page() -> None:
    text = (
        "status:: accepted\ndate:: 2026-07-12\ndeciders:: [[jawn]]\ntags:: adr\n\n"
        "- # Context\n\t- Dotfiles (`dotfiles/`, see [[ADR/0006 Dotfiles vendored in-repo with "
        "chezmoi]]) were\n\t  chezmoi-managed.\n- # Decision\n\t- Fully replace chezmoi with "
        "mise.\n- # Links\n\t- [[ADR/0006 Dotfiles vendored in-repo with chezmoi]] (superseded), "
        "[[Architecture/NixOS]]\n"
    )
    d = decision(text, "pages/ADR___0007 Replace chezmoi with mise.md")
    assert (d.title, d.number, d.status, d.status_raw, d.date, d.deciders, d.tags) == (
        "Replace chezmoi with mise",
        7,
        Status.ACCEPTED,
        "accepted",
        dt.date(2026, 7, 12),
        ("jawn",),
        ("adr",),
    )
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("relates-to", 6)]


# AsciiDoc's description list writes the same double colon: "Status:: Accepted".
def test_an_asciidoc_description_list_of_fields() -> None:
    text = "= ADR 5: Use X\n\n[horizontal]\nStatus:: Accepted\nDate:: 2024-03-01\n\n== Context\n"
    d = decision(text, "docs/adr/0005-use-x.adoc")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "Accepted", dt.date(2024, 3, 1))


def test_an_asciidoc_hard_line_break_is_no_part_of_the_value() -> None:
    text = "= 5. Use X\n\n*Status*: Accepted +\n*Date*: 2024-03-01\n\n== Context\n\nx\n"
    d = decision(text, "docs/adr/0005-use-x.adoc")
    assert (d.status_raw, d.date) == ("Accepted", dt.date(2024, 3, 1))


# Held-out logs read after this round's changes, and the three fields they still missed:
# a Chinese date after an ideographic full stop ("Upstream baseline: `…`。日期：2026-09-28。"),
# "Complements ADR 0007" under the status, a French front matter's "date_decision".
def test_a_field_after_an_ideographic_full_stop() -> None:
    text = (
        "# ADR-002: Why Spring Boot Control Plane + Python Execution Plane\n\n"
        "Upstream baseline: `langchain-ai/open-swe@ad545353e2cdb4c7ae1c419f966c82436b63e799`。"
        "日期：2026-09-28。\n\n## Status\n\nSuperseded by [ADR-007](ADR-007-python-first-control-"
        "plane.md) on 2026-09-28。以下保留初始 Java/Python 决策历史，未实现。\n"
    )
    d = decision(text, "docs/adr/ADR-002-spring-boot-control-plane.md")
    assert (d.status, d.date, numbers(d, "superseded-by")) == (
        Status.SUPERSEDED,
        dt.date(2026, 9, 28),
        [7],
    )


def test_complements_relates() -> None:
    text = (
        "# ADR 0008 — Added-line range addressing (`INDEX@RANGE`) in `select`\n\n"
        "Date: 2026-06-24\n\n## Status\n\nSuperseded by [ADR 0009](0009-changed-line-addressing"
        "-supersedes-range.md)\n\nComplements ADR 0007 (content-id and wildcard addressing).\n"
    )
    d = decision(text, "docs/adr/0008-added-line-range-addressing.md")
    assert (numbers(d, "superseded-by"), numbers(d, "relates-to")) == ([9], [7])


def test_date_decision_in_french_front_matter() -> None:
    text = (
        "---\nid: ADR-048\nancien_id: ADR-CF05\ndate_decision: 2026-06-06\nstatut: remplacé\n"
        "remplace_par: [ADR-050, ADR-052]\n---\n\n# ADR-048 — Feature selection contrôlée\n"
    )
    d = decision(text, "docs/adr/ADR-048-feature-selection.md")
    assert (d.status, d.date, numbers(d, "superseded-by")) == (
        Status.SUPERSEDED,
        dt.date(2026, 6, 6),
        [50, 52],
    )


# A status history table, one row per transition (the field guide's gist sam9291 shape, here
# with a note column): the last row is the status, the first accepted row dates the decision,
# and the superseded row's note names the successor.
def test_a_status_history_table() -> None:
    text = (
        "# ADR-0012: Use Kafka\n\n## Status history\n\n| Date | Status | Note |\n|---|---|---|\n"
        "| 2024-01-10 | Proposed | first draft |\n| 2024-03-01 | Accepted | approved by board |\n"
        "| 2025-02-01 | Superseded | by ADR-0020 |\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/0012-use-kafka.md")
    assert (d.status, d.date, numbers(d, "superseded-by")) == (
        Status.SUPERSEDED,
        dt.date(2024, 3, 1),
        [20],
    )


def test_a_history_never_accepted_is_dated_by_its_last_row() -> None:
    text = (
        "# 7. X\n\n## Status\n\n| Status | Date |\n|---|---|\n| Draft | 2024-01-10 |\n"
        "| Proposed | 2024-02-01 |\n"
    )
    d = decision(text, "docs/adr/0007-x.md")
    assert (d.status, d.date) == (Status.PROPOSED, dt.date(2024, 2, 1))


# Header keys the logs write that were not read: "**Related ADRs**: ADR-0040" (beside
# "**Status**: Superseded by ADR-0060" in a Supabase log), "Depends on", "Obsoleted by",
# Russian "Заменяет", "Связанные ADR", Chinese "关联 ADR", tags and deciders abroad.
@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("**Related ADRs**: ADR-0040", "relates-to", 40),
        ("* Depends on: ADR-0040", "relates-to", 40),
        ("* Obsoleted by: ADR-0040", "superseded-by", 40),
        ("* Заменяет: ADR-0040", "supersedes", 40),
        ("* Связанные ADR: ADR-0040", "relates-to", 40),
        ("* 关联 ADR：ADR-0040", "relates-to", 40),
    ],
)
def test_more_relation_keys(line: str, kind: str, number: int) -> None:
    d = decision(f"# ADR-0050: X\n\n{line}\n\n## Context\n\nx\n", "docs/adr/0050-x.md")
    assert numbers(d, kind) == [number]


def test_tags_and_deciders_named_abroad() -> None:
    text = "# ADR-0050: X\n\n- 의사결정자: 김철수\n- タグ: infra, db\n\n## 背景\n\nx\n"
    d = decision(text, "docs/adr/0050-x.md")
    assert (d.deciders, d.tags) == (("김철수",), ("infra", "db"))
