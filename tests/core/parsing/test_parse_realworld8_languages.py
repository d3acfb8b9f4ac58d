"""ADRs written in other languages, round 8: dates, separators and status words as their
readers read them (minimal excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import RelationKind, Status
from adr_tui.core.parsing.dates import parse_date

from .helpers import decision, numbers


# luchenqun/cosmos-sdk-docs docs/integrate/architecture/adr-003-dynamic-capability-store.md:
# the Chinese translation keeps the log's changelog as "## 更新日志", dated "2019年12月12日".
def test_a_chinese_changelog_dates_the_record() -> None:
    text = (
        "# ADR 3: 动态能力存储\n\n## 更新日志\n\n* 2019年12月12日：初始版本\n"
        "* 2020年4月2日：内存存储修订\n\n## 背景\n\n完整实现 IBC 规范。\n\n## 状态\n\n建议。\n"
    )
    d = decision(text, "docs/integrate/architecture/adr-003-dynamic-capability-store.md")
    assert (d.title, d.number, d.status, d.date) == (
        "动态能力存储",
        3,
        Status.PROPOSED,
        dt.date(2019, 12, 12),
    )


# Chinese hand-offs in the public index write "日期：2026 年 9 月 1 日" (spaced); Korean logs
# "2022년 3월 4일"; Japanese "2021年3月4日". No word boundaries: the markers delimit.
@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("2021年3月4日", dt.date(2021, 3, 4)),
        ("2026 年 9 月 1 日", dt.date(2026, 9, 1)),
        ("2022년 3월 4일", dt.date(2022, 3, 4)),
        ("决策日期：2026年9月16日。", dt.date(2026, 9, 16)),
    ],
)
def test_year_month_day_marked_in_cjk_is_a_date(written: str, meant: dt.date) -> None:
    assert parse_date(written) == meant


# German ADR work packages in the public index: "- Datum: 13. Mai 2026", "10. Juli 2026";
# French "4 mars 2021", "1er avril"; Spanish and Portuguese with "de"; Italian, Dutch, Polish.
@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("13. Mai 2026", dt.date(2026, 5, 13)),
        ("12. März 2023", dt.date(2023, 3, 12)),
        ("4 mars 2021", dt.date(2021, 3, 4)),
        ("1er avril 2020", dt.date(2020, 4, 1)),
        ("17 décembre 2024", dt.date(2024, 12, 17)),
        ("3 de abril de 2022", dt.date(2022, 4, 3)),
        ("4 de março de 2021", dt.date(2021, 3, 4)),
        ("4 marzo 2021", dt.date(2021, 3, 4)),
        ("4 maart 2021", dt.date(2021, 3, 4)),
        # a month of no language of the table skipped (Czech "prosince" is one since round 24)
        ("16. joulukuuta 2025 or 4 października 2021", dt.date(2021, 10, 4)),
    ],
)
def test_month_names_of_other_languages_are_read(written: str, meant: dt.date) -> None:
    assert parse_date(written) == meant


# "Akzeptiert – November 2025", "Aceptado - noviembre 2025": a month without its day. The
# status holds; the date stays empty, since a day is never made up.
@pytest.mark.parametrize(
    "status", ["Akzeptiert – November 2025", "Aceptado - noviembre 2025", "Accepté (mars 2021)"]
)
def test_a_month_and_year_beside_the_status_gives_no_date(status: str) -> None:
    d = decision(f"# 1. X\n\n## Status\n\n{status}\n")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, status, None)


# A German record in the public index: "# ADR 0003 · Entitäts-Versionen mit Feld-Herkunft"
# with "Status: angenommen · 06.10.2026"; the middle dot separates number and title as a
# colon or dash would ("ADR-0014 · Title", "0014 | Title").
@pytest.mark.parametrize(
    "heading",
    [
        "ADR 0003 · Entitäts-Versionen mit Feld-Herkunft",
        "ADR-0003 | Entitäts-Versionen mit Feld-Herkunft",
        "0003 · Entitäts-Versionen mit Feld-Herkunft",
    ],
)
def test_a_middle_dot_or_bar_after_the_number_is_no_part_of_the_title(heading: str) -> None:
    text = f"# {heading}\n\nStatus: angenommen · 06.10.2026\n\n## Kontext\n\nDer Plan.\n"
    d = decision(text, "docs/adr/0003-entitaets-versionen.md")
    assert (d.title, d.number, d.status, d.date) == (
        "Entitäts-Versionen mit Feld-Herkunft",
        3,
        Status.ACCEPTED,
        dt.date(2026, 10, 6),
    )


# Polish logs: "Status: Zaakceptowana", "Zastąpiona przez ADR-0009", "Przestarzała" (an "ł"
# that no accent folding removes).
@pytest.mark.parametrize(
    ("status", "meant"),
    [
        ("Zaakceptowana", Status.ACCEPTED),
        ("Proponowana", Status.PROPOSED),
        ("Odrzucona", Status.REJECTED),
        ("Przestarzała", Status.DEPRECATED),
        ("Szkic", Status.DRAFT),
    ],
)
def test_polish_status_words(status: str, meant: Status) -> None:
    assert decision(f"# 1. X\n\n- Status: {status}\n- Data: 4 marca 2021\n").status == meant


def test_a_polish_successor_is_related() -> None:
    d = decision("# 1. X\n\n- Status: Zastąpiona przez ADR-0009\n")
    assert d.status == Status.SUPERSEDED
    assert numbers(d, RelationKind.SUPERSEDED_BY.value) == [9]


# Spanish templates in the public index offer "Supersedida por ADR-XXX"; Zenobia000's Chinese
# ADR guide lists "已被取代" (superseded) and Korean ones "사용 중단됨" (deprecated).
def test_spanish_supersedida_names_its_successor() -> None:
    d = decision("# 1. X\n\n## Estado\n\nSupersedida por [ADR-0005](0005-x.md)\n")
    assert d.status == Status.SUPERSEDED
    assert numbers(d, RelationKind.SUPERSEDED_BY.value) == [5]


@pytest.mark.parametrize(
    ("status", "meant"),
    [("已被取代", Status.SUPERSEDED), ("사용 중단됨 (Deprecated)", Status.DEPRECATED)],
)
def test_cjk_status_words_without_word_boundaries(status: str, meant: Status) -> None:
    assert decision(f"# 1. X\n\n## 状态\n\n{status}\n").status == meant


# Arq-Nuevas-Tecnologias-2023/Captura-de-decisiones docs/decisions/Decision 2/0002 - …md: the
# template's braces kept around the names, "deciders: {Grupo 7 - MATI}", which YAML reads as
# a mapping (was shown as "None}").
def test_names_left_in_a_templates_braces_are_the_deciders() -> None:
    text = (
        "---\nEstado: Rechazado\ntitle: Administración de Órdenes de Trabajo\nDecisión: 002\n"
        "date: 2023-06-19\ndeciders: {Grupo 7 - MATI}\n"
        "consulted: {Arquitectos Senior, ArquitectosCognitivos}\n---\n"
        "## Contexto y Problema\n\nEl módulo es crítico.\n"
    )
    d = decision(text, "docs/decisions/Decision 2/0002 - Administración de Órdenes de Trabajo.md")
    assert (d.title, d.number, d.status, d.date) == (
        "Administración de Órdenes de Trabajo",
        2,
        Status.REJECTED,
        dt.date(2023, 6, 19),
    )
    assert (d.deciders, d.consulted) == (
        ("Grupo 7 - MATI",),
        ("Arquitectos Senior", "ArquitectosCognitivos"),
    )


# agaches/adr exemple_adr_liftandshift.md: a French metadata table, "## Méta-données" with
# "| Attribut | Valeur |" columns; each participant on a line of the cell, with a role.
def test_a_french_metadata_table_states_status_date_and_participants() -> None:
    text = (
        "# ADR-001 : Stratégie de migration Cloud - Approche Lift & Shift\n\n## Méta-données\n\n"
        "| Attribut     | Valeur |\n| ------------ | ------ |\n| ID           | ADR-001 |\n"
        "| Date | 2024-12-10 |\n| Statut | Proposé |\n| Portée | Application |\n"
        "| Participants | Sébastien Marin, Architecte Logiciel<br>Yohann Streibel, DevOps"
        "<br>Arnaud Gaches, Architecte Technique |\n\n## Contexte\n\nUne solution Java.\n"
    )
    d = decision(text, "exemple_adr_liftandshift.md")
    assert (d.title, d.number, d.status, d.date) == (
        "Stratégie de migration Cloud - Approche Lift & Shift",
        1,
        Status.PROPOSED,
        dt.date(2024, 12, 10),
    )
    assert d.deciders == ("Sébastien Marin", "Yohann Streibel", "Arnaud Gaches")
    assert ("Yohann Streibel", "DevOps") in d.decider_roles


@pytest.mark.parametrize("header", ["| Campo | Valor |", "| 项目 | 内容 |", "| Feld | Wert |"])
def test_a_metadata_tables_key_column_in_other_languages(header: str) -> None:
    text = f"# 1. X\n\n## Metadaten\n\n{header}\n|---|---|\n| Status | Accepted |\n"
    assert decision(text).status == Status.ACCEPTED


# The records below are excerpts from the public code index, which names no repository for
# them: Chinese, Dutch, Polish and Korean ADR logs of 2026.


# "# ADR-0014：Stage 1 Prepare 并行化与 Corpus v2": a full-width colon after the number.
@pytest.mark.parametrize(
    "heading",
    ["ADR-0014：Stage 1 Prepare 并行化与 Corpus v2", "0014：Stage 1 Prepare 并行化与 Corpus v2"],
)
def test_a_full_width_colon_after_the_number_is_no_part_of_the_title(heading: str) -> None:
    text = f"# {heading}\n\n- 状态：已接受\n- 日期：2026-08-13\n\n## 决定\n\nStage 1.\n"
    d = decision(text, "docs/adr/0014-stage1.md")
    assert (d.title, d.number, d.status, d.date) == (
        "Stage 1 Prepare 并行化与 Corpus v2",
        14,
        Status.ACCEPTED,
        dt.date(2026, 8, 13),
    )


# "Datum: 2026-09-16 · Status: geaccepteerd": two fields on one line, a middle dot between.
@pytest.mark.parametrize(
    "line",
    [
        "Datum: 2026-09-16 · Status: geaccepteerd",
        "Date: 2026-09-16 | Status: Accepted",
        "**Date:** 2026-09-16 · **Status:** Accepted",
    ],
)
def test_two_fields_on_one_line_split_at_a_middle_dot_or_bar(line: str) -> None:
    d = decision(f"# ADR-002 Regio North Europe\n{line}\n## Context\nADR-001 koos.\n")
    assert (d.status, d.status_raw.lower(), d.date) == (
        Status.ACCEPTED,
        line.rsplit(" ", 1)[1].lower(),
        dt.date(2026, 9, 16),
    )


def test_a_status_listing_choices_with_bars_stays_one_field() -> None:
    d = decision("# 1. X\n\nStatus: Proposed | Accepted | Rejected\n")
    assert (d.status, d.status_raw) == (Status.UNKNOWN, "Proposed | Accepted | Rejected")


# Relation fields named in the log's language: Polish "Powiązane" (related), "Zmienia"
# (amends); Chinese "关联" (related), "局部取代" (partly replaces); German "Ersetzt durch".
@pytest.mark.parametrize(
    ("line", "kind", "meant"),
    [
        ("- Powiązane: ADR 0005 (EVC), ADR 0009 (strumienie)", RelationKind.RELATES_TO, [5, 9]),
        ("- Zmienia: ADR 0009 (CSP)", RelationKind.AMENDS, [9]),
        (
            "- 关联：ADR-0003（公共导出显式清单）；ADR-0022（零消费者）",
            RelationKind.RELATES_TO,
            [3, 22],
        ),
        ("- 局部取代：ADR-0013 的语料 v1 与串行 prepare 实现", RelationKind.SUPERSEDES, [13]),
        ("- 取代：ADR-0013的语料", RelationKind.SUPERSEDES, [13]),
        ("- Ersetzt durch: ADR-0021", RelationKind.SUPERSEDED_BY, [21]),
        ("- 관련 ADR: ADR-0011", RelationKind.RELATES_TO, [11]),
    ],
)
def test_relation_fields_in_other_languages(
    line: str, kind: RelationKind, meant: list[int]
) -> None:
    d = decision(f"# ADR-0014: X\n\n{line}\n\n## Kontext\n\nX.\n")
    assert numbers(d, kind.value) == meant


# "- 取代：无（MinerU 此前只是默认选择，未成文为 ADR）": replaces nothing, and says why.
@pytest.mark.parametrize(
    "value",
    ["无（MinerU 此前只是默认选择，未成文为 ADR）", "None", "n/a", "keine", "None (first ADR)"],
)
def test_a_relation_field_that_names_nothing_states_no_relation(value: str) -> None:
    d = decision(f"# ADR-0008 · X\n\n- 状态：已接受\n- 取代：{value}\n- Supersedes: {value}\n")
    assert d.relations == ()


# "- 작성일: 2026-08-06": Korean "written on" dates the record.
def test_a_korean_written_on_date() -> None:
    d = decision("# Sentry 4xx 수집 확장 설계\n\n- 작성일: 2026-08-06\n- 상태: 승인됨\n")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 8, 6))


# Italian and German records in the public code index put key and value in one emphasis,
# "**Stato: ACCETTATA** (proprietario, 2026-08-17: «…»)", "**Status: Akzeptiert**".
@pytest.mark.parametrize(
    ("line", "meant"),
    [
        ("**Status: Accepted**", None),
        ("**Status: Akzeptiert**", None),
        (
            "**Stato: ACCETTATA** (proprietario, 2026-08-17: «voglio arrivare»).",
            dt.date(2026, 8, 17),
        ),
    ],
)
def test_key_and_value_in_one_emphasis(line: str, meant: dt.date | None) -> None:
    d = decision(f"# ADR-070 — Il pedigree\n\n{line}\nTerzo tratto.\n")
    assert (d.status, d.date) == (Status.ACCEPTED, meant)


def test_emphasised_prose_with_a_colon_is_no_field() -> None:
    d = decision("# 1. X\n\n**Note: read this first** and more\n")
    assert (d.status_raw, d.extra) == ("", ())


# "Data: 2026-10-10. Stato: accettata dal fondatore.", "Datum: 2026-07-03   Status: akzeptiert":
# a second field after a full stop or a run of spaces, when its key is a metadata key.
@pytest.mark.parametrize(
    "line",
    [
        "Data: 2026-10-10. Stato: accettata dal fondatore.",
        "Datum: 2026-10-10   Status: akzeptiert (präzisiert ADR-0002)",
    ],
)
def test_a_second_field_after_a_full_stop_or_spaces(line: str) -> None:
    d = decision(f"# ADR 0005 — Conferma locale\n\n{line}\n\n## Decisione\n\nX.\n")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 10, 10))


def test_a_full_stop_before_a_word_that_is_no_key_stays_in_the_value() -> None:
    d = decision("# 1. X\n\nStatus: Accepted. Reason: it works\n")
    assert d.status_raw == "Accepted. Reason: it works"


# abenassi/calculadora-inflacion-ar docs/decisiones/0003-los-meses-que-el-indec-no-publico.md
def test_a_spanish_heading_numbered_with_a_middle_dot() -> None:
    text = "# 0003 · Los meses que el INDEC todavía no publicó\n\n## Contexto\n\nEl IPC.\n"
    d = decision(text, "docs/decisiones/0003-los-meses-que-el-indec-no-publico.md")
    assert (d.title, d.number) == ("Los meses que el INDEC todavía no publicó", 3)


# Bappoz/Farol docs/decisoes/0003-ia-local.md: "- **Estado:** implementado".
@pytest.mark.parametrize("word", ["implementado", "umgesetzt", "implémentée", "已实施", "구현됨"])
def test_implemented_in_other_languages_is_accepted(word: str) -> None:
    d = decision(f"# 3. Assistente de IA local\n\n- **Estado:** {word}\n- **Data:** 2026-09-23\n")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 9, 23))


@pytest.mark.parametrize("status", ["noch nicht umgesetzt", "non accepté", "não aceito"])
def test_a_negation_in_the_logs_language_stops_the_search(status: str) -> None:
    assert decision(f"# 1. X\n\n- Status: {status}\n").status == Status.UNKNOWN


# rpi-virtuell/Materialpool-Entwicklung docs/entscheidungen/0002-archiv-statt-loeschung.md:
# "**Beteiligte:**" (involved) names the people who decided, as MADR's "Involved" does.
def test_german_beteiligte_are_the_deciders() -> None:
    text = (
        "# ADR-0002: Joachims Vault wird archiviert, nicht gelöscht; die Historie bleibt\n\n"
        "**Status:** angenommen (2026-09-28)\n**Beteiligte:** Jörg Lohrer, Christina Kreutz\n"
    )
    d = decision(text, "docs/entscheidungen/0002-archiv-statt-loeschung.md")
    assert (d.status, d.date, d.deciders) == (
        Status.ACCEPTED,
        dt.date(2026, 9, 28),
        ("Jörg Lohrer", "Christina Kreutz"),
    )


# davidsteimer/fristenrechner docs/entscheidungen/DEC-2026-013-spfx-zielarchitektur.md: German
# front-matter keys, "entscheidungsdatum" (decision date) and "entschieden_durch" (decided by).
def test_german_front_matter_keys_date_and_decided_by() -> None:
    text = (
        '---\nid: DEC-2026-013\ntitel: "SPFx als gemeinsame Zielarchitektur"\n'
        "status: beschlossen\nvorgeschlagen_am: 2026-08-20\nentscheidungsdatum: 2026-08-29\n"
        'entschieden_durch: "David Steimer"\nersetzt: []\nersetzt_durch: null\n---\n\n'
        "# DEC-2026-013: SPFx als gemeinsame Zielarchitektur\n\n## Ausgangslage\n\nX.\n"
    )
    d = decision(text, "docs/entscheidungen/DEC-2026-013-spfx-zielarchitektur.md")
    assert (d.title, d.status, d.date, d.deciders, d.relations) == (
        "SPFx als gemeinsame Zielarchitektur",
        Status.ACCEPTED,
        dt.date(2026, 8, 29),
        ("David Steimer",),
        (),
    )


# pablowinck/recall docs/adr/0001-registrar-decisoes-de-arquitetura.md keeps its metadata in
# front matter and opens the body with "## Contexto"; without its "titulo" key, the first
# section's name is no title: the file name gives it, as it does under "## Context".
@pytest.mark.parametrize(
    "heading",
    [
        "Contexto",
        "Kontext",
        "Contexte et énoncé du problème",
        "背景",
        "맥락",
        "결과 (Consequences)",
    ],
)
def test_a_localized_prose_section_opening_the_body_is_no_title(heading: str) -> None:
    text = f"---\nstatus: Proposta\ndata: 2026-09-10\n---\n\n## {heading}\n\nTexto.\n\n## Decisão\n"
    d = decision(text, "docs/adr/0001-registrar-decisoes-de-arquitetura.md")
    assert (d.title, d.status, d.date) == (
        "Registrar decisoes de arquitetura",
        Status.PROPOSED,
        dt.date(2026, 9, 10),
    )


# Korean writes year, month and day with a dot and a space each: "날짜: 2025. 7. 25." and
# "작성날짜: 2025. 08. 21" in the public code index.
@pytest.mark.parametrize(
    ("written", "meant"),
    [("2025. 7. 25.", dt.date(2025, 7, 25)), ("2025. 08. 21", dt.date(2025, 8, 21))],
)
def test_korean_dotted_dates(written: str, meant: dt.date) -> None:
    d = decision(f"# ADR 011: 재처리 전략\n\n- 날짜: {written}\n- 상태: 승인됨\n")
    assert (d.status, d.date) == (Status.ACCEPTED, meant)
