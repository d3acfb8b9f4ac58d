"""Round 24: ADRs written in Norwegian, Danish and Swedish (trimmed excerpts; each names its
source, or says the search index did not name its repository)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status

from .helpers import decision, parse

# Arbeidstilsynet/design docs/adr/adr-0004-storybook-docgen-wrappers.md: the template's
# checklist, each step reached ticked with its day; the author under "## Deltakere".
CHECKLIST = (
    "# 0004 - Docgen-wrappere for Digdir-komponenter i Storybook\n\n## Status\n\n"
    "- [x] Foreslått (dato: 2026-06-25)\n- [x] Akseptert (dato: 2026-06-25)\n"
    "- [ ] Avvist (dato: ÅÅÅÅ-MM-DD)\n"
    "- [ ] Erstattet (dato: ÅÅÅÅ-MM-DD) _lenke til ADR som erstatter denne_\n\n"
    "## Kontekst\n\nI [ADR-0003](./adr-0003-digdir-komponenter.md) valgte vi å re-eksportere.\n\n"
    "## Deltakere\n\nForfatter: Grunde Thorheim\n\n## Relaterte dokumenter\n\n"
    "- [ADR-0003 - Bruk av Digdirs komponenter](./adr-0003-digdir-komponenter.md)\n"
)


def test_the_last_box_ticked_is_the_status_and_the_author_is_read_from_participants() -> None:
    d = decision(CHECKLIST, "docs/adr/adr-0004-storybook-docgen-wrappers.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 6, 25))
    assert d.status_raw == "Akseptert (dato: 2026-06-25)"
    assert d.deciders == ("Grunde Thorheim",)


def test_one_box_ticked_of_the_same_checklist_is_still_the_status() -> None:
    # Arbeidstilsynet/design docs/adr/adr-0002-pakkeversjonering.md, not yet accepted
    text = CHECKLIST.replace("- [x] Akseptert", "- [ ] Akseptert")
    d = decision(text, "docs/adr/adr-0002-pakkeversjonering.md")
    assert (d.status, d.date) == (Status.PROPOSED, dt.date(2026, 6, 25))


# navikt/helseopplysninger-docs docs/adr/0002-smart-on-fhir-versjoner.md
NAV = (
    "# Flere versjoner av SMART on FHIR applikasjon i prod og test\n\nDato: 2024-01-26\n\n"
    "## Status\n\nUnder arbeid\n\n## Kontekst\n\nBakgrunn for denne ADR'en.\n"
)


def test_norwegian_dato_is_the_date_and_under_arbeid_a_draft() -> None:
    d = decision(NAV, "docs/adr/0002-smart-on-fhir-versjoner.md")
    assert (d.status, d.status_raw, d.date) == (Status.DRAFT, "Under arbeid", dt.date(2024, 1, 26))
    assert d.warnings == ()


@pytest.mark.parametrize(
    ("text", "status", "date", "deciders"),
    [
        # a Norwegian log (its repository the search index does not name): bold fields, the
        # deciders a placeholder not filled in
        (
            "# ADR-002: Standardisering av linjeskift (LF) for Git-repositorier\n\n"
            "**Status:** Foreslått  \n**Dato:** 2026-05-05  \n"
            "**Beslutningstakere:** [Ikke bestemt]  \n**Kategori:** Utvikling\n\n---\n\n"
            "## Kontekst\n\nx\n",
            Status.PROPOSED,
            dt.date(2026, 5, 5),
            (),
        ),
        # another (unnamed too): plain lines, "akseptert" in lower case
        (
            "# ADR-008 — Metodevalg: B (vision) for lesning av materialet\n\n"
            "Status: akseptert\nDato: 2026-07-17\nRetrospektiv: ja\n\n## Kontekst\n\nx\n",
            Status.ACCEPTED,
            dt.date(2026, 7, 17),
            (),
        ),
        # a third: the date first, then a status with its scope
        (
            "# ADR: Feltmodus, offline-UX og lokal feltfeedback\n\nDato: 2026-06-04\n"
            "Status: Akseptert for lokal/offline MVP\n\n## Beslutning\n\nx\n",
            Status.ACCEPTED,
            dt.date(2026, 6, 4),
            (),
        ),
        # Swedish (a log the search index does not name): "- Status: Accepterad", "- Datum:"
        (
            "# ADR-014: källhostade bilder för träningsövningar\n\n- Status: Accepterad\n"
            "- Datum: 2026-08-26\n\n## Kontext\n\nx\n",
            Status.ACCEPTED,
            dt.date(2026, 8, 26),
            (),
        ),
    ],
)
def test_scandinavian_fields(
    text: str, status: Status, date: dt.date, deciders: tuple[str, ...]
) -> None:
    d = decision(text, "docs/adr/record.md")
    assert (d.status, d.date, d.deciders) == (status, date, deciders)
    assert d.warnings == ()
    assert [key for key, _ in d.extra if key != "Kategori"] == []  # the other keys known


@pytest.mark.parametrize(
    ("word", "status"),
    [("Avvist", Status.REJECTED), ("Forkastet", Status.REJECTED), ("Godkjent", Status.ACCEPTED)],
)
def test_norwegian_status_words(word: str, status: Status) -> None:
    d = decision(f"# 4. X\n\n## Status\n\n{word}\n\n## Kontekst\n\nx\n", "docs/adr/0004-x.md")
    assert d.status is status


# One type for both lists below: some cases have no date, so joining them needs it.
FieldCase = tuple[str, Status, dt.date | None, tuple[str, ...], list[tuple[str, int]]]


# Indonesian logs (the search index names none of their repositories): a record replaced,
# one that names the records it is related to and its decision's owner, one that builds on
# another, and a proposal with its proposer
INDONESIAN: list[FieldCase] = [
    (
        "# ADR-0004: Pengingat H-x yang Bisa Dipilih Lebih dari Satu\n\n"
        "- **Status:** Digantikan oleh [ADR-0011](0011-default-h-x-dan-jam-kirim.md)\n"
        "- **Tanggal:** 2026-09-24\n\n## Konteks\n\nx\n",
        Status.SUPERSEDED,
        dt.date(2026, 9, 24),
        (),
        [("superseded-by", 11)],
    ),
    (
        "# ADR-043 — Potret Naratif dan Kontrol Memori Natural\n\n- **Status:** Diterima\n"
        "- **Tanggal:** 21 Agustus 2026\n- **Pemilik keputusan:** pemilik produk Harvy\n"
        "- **Terkait:** ADR-002, ADR-006, ADR-014\n\n## Konteks\n\nx\n",
        Status.ACCEPTED,
        dt.date(2026, 8, 21),  # the month in Indonesian
        ("pemilik produk Harvy",),
        [("relates-to", 2), ("relates-to", 6), ("relates-to", 14)],
    ),
    (
        "# ADR-0091 — Atribusi dua sisi\n\n- **Status:** Diterima (2026-08-13).\n"
        "- **Membangun di atas:**\n  [ADR-0090](0090-delegated-access-prints-a-real-tenant-user.md)"
        " (aktor\n  terdelegasi adalah te\n\n## Konteks\n\nx\n",
        Status.ACCEPTED,
        dt.date(2026, 8, 13),
        (),
        [("relates-to", 90)],
    ),
    (
        "# ADR-0010 — Topologi PostgreSQL kantin\n\n- **Status:** Diusulkan (rekomendasi tim "
        "kantin-be; butuh konfirmasi tim DB/admin-be)\n- **Tanggal:** 2026-10-08\n"
        "- **Pengusul:** Tim kantin-be\n\n## Konteks\n\nx\n",
        Status.PROPOSED,
        dt.date(2026, 10, 8),
        ("Tim kantin-be",),
        [],
    ),
]


def test_a_decision_owner_decides() -> None:
    # a record the search index names no repository of
    text = (
        "# ADR-0014 — Split-table headers are display context, not retrieval text\n\n"
        "**Status:** Accepted\n**Date:** 2026-07-30\n**Decision owner:** Jad Ghazi\n\n"
        "## Context\n\nx\n"
    )
    assert decision(text, "docs/adr/0014-split-table-headers.md").deciders == ("Jad Ghazi",)


# Vietnamese logs (the search index names none of their repositories)
VIETNAMESE: list[FieldCase] = [
    (
        "# ADR-0043 — Danh mục chiến lược theo hướng (grammar v2)\n\n- **Trạng thái:** Đã chấp "
        "nhận\n- **Ngày:** 2026-10-04\n- **Task:** P3-56 · **Kiến trúc:** §3.1.3, §3.1.5\n\n"
        "## Bối cảnh\n\nx\n",
        Status.ACCEPTED,
        dt.date(2026, 10, 4),
        (),
        [],
    ),
    (
        "# ADR-12 — Bỏ `SkillEmbedding` và cột `embedding` (không dùng pgvector)\n\n"
        "- **Trạng thái:** CHẤP NHẬN (thực thi ở pha 0, ghi ADR ở đầu pha 1)\n"
        "- **Ngày:** 10/09/2026 (quyết định), 11/09/2026 (ghi ADR)\n"
        "- **Liên quan:** ADR-3 (pgvector), ADR-10 (app không gọi API LLM), `docs/13` §1\n\n"
        "## Bối cảnh\n\nx\n",
        Status.ACCEPTED,
        dt.date(2026, 9, 10),
        (),
        [("relates-to", 3), ("relates-to", 10)],
    ),
    (
        "# ADR-0033 — Nếp ra khỏi trạng thái rỗng\n\n**Trạng thái:** Chấp nhận · "
        "**Quyết định bởi:** leader, 2026-09-22 · **Hiện thực:** Claude\n\n## Bối cảnh\n\nx\n",
        Status.ACCEPTED,
        None,
        ("leader",),
        [],
    ),
    (
        "# THIẾT KẾ ITEM MASTER CHUẨN ERP\n\n> **Trạng thái:** Đề xuất (chờ duyệt) · "
        "**Ngày:** 12/07/2026\n\n## Bối cảnh\n\nx\n",
        Status.PROPOSED,
        dt.date(2026, 7, 12),
        (),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "date", "deciders", "relations"), INDONESIAN + VIETNAMESE
)
def test_indonesian_and_vietnamese_fields(
    text: str,
    status: Status,
    date: dt.date | None,
    deciders: tuple[str, ...],
    relations: list[tuple[str, int]],
) -> None:
    d = decision(text, "docs/adr/record.md")
    assert (d.status, d.date, d.deciders) == (status, date, deciders)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == relations


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        # Ukrainian logs (the search index names none of their repositories)
        (
            "# ADR-003: Inno Setup + PowerShell для Windows Installer\n\n**Дата:** 2026-05-22\n"
            "**Статус:** Прийнято\n\n## Контекст\n\nx\n",
            Status.ACCEPTED,
            dt.date(2026, 5, 22),
        ),
        (
            "# 0024 — Плагін-базлайн v2\n\n- Статус: прийнято (амендує ADR `0011`)\n"
            "- Дата: 2026-07-07\n\n## Контекст\n\nx\n",
            Status.ACCEPTED,
            dt.date(2026, 7, 7),
        ),
        (
            "# ADR 0001 — Архітектура сторінок категорій\n\n- **Статус:** Запропоновано\n"
            "- **Дата:** 2026-06-22\n\n## Контекст\n\nx\n",
            Status.PROPOSED,
            dt.date(2026, 6, 22),
        ),
    ],
)
def test_ukrainian_status_words(text: str, status: Status, date: dt.date | None) -> None:
    d = decision(text, "docs/adr/record.md")
    assert (d.status, d.date) == (status, date)


def test_a_ukrainian_template_s_options_are_no_status() -> None:
    text = (
        "# ADR-{N}: {Назва}\n\n**Дата:** YYYY-MM-DD\n"
        "**Статус:** Запропоновано | Прийнято | Застаріло\n"
    )
    assert parse(text, "docs/adr/template.md").is_template


def test_dato_is_a_date_only_with_a_date() -> None:
    # Spanish and Italian "dato" is a datum: the Norwegian key reads a date, not this
    text = (
        "# ADR-004: Usar Postgres\n\n- **Estado:** Aceptado\n"
        "- **Dato:** el volumen crece 10% al mes\n- **Fecha:** 2026-01-02\n\n## Contexto\n\nx\n"
    )
    d = decision(text, "docs/adr/ADR-004-usar-postgres.md")
    assert (d.date, d.extra) == (dt.date(2026, 1, 2), (("Dato", "el volumen crece 10% al mes"),))


@pytest.mark.parametrize(
    ("text", "status", "date", "related"),
    [
        # Czech logs (the search index names none of their repositories)
        (
            "# 0010 — Logické zálohy `pg_dump` do object storage, obnova vedle\n\n"
            "- **Stav:** Přijato\n- **Datum:** 2026-08-19\n- **Kontext fáze:** F1\n\n"
            "## Kontext\n\nx\n",
            Status.ACCEPTED,
            dt.date(2026, 8, 19),
            [],
        ),
        (
            "# ADR-004: Better Auth pro identitu a relace\n\n- Stav: Přijato\n"
            "- Datum: 20. července 2026\n\n## Kontext\n\nx\n",
            Status.ACCEPTED,
            dt.date(2026, 7, 20),
            [],
        ),
        (
            "# ADR-0006: Vlastní klient Claude Messages API přes cURL\n"
            "- **Stav:** navrženo (schvaluje člověk na bráně 1 plánu 006)\n"
            "- **Datum:** 2026-10-03\n- **Autor:** agent architekt\n"
            "- **Souvisí:** [ADR-0005](0005-x.md)\n\n"
            "## Kontext\n\nx\n",
            Status.PROPOSED,
            dt.date(2026, 10, 3),
            [5],
        ),
    ],
)
def test_czech_fields(text: str, status: Status, date: dt.date | None, related: list[int]) -> None:
    d = decision(text, "docs/adr/record.md")
    assert (d.status, d.date) == (status, date)
    assert [r.ref.number for r in d.relations if r.ref.number is not None] == related
