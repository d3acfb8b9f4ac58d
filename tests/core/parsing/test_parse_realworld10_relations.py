"""Round 10: relations and status fields of public ADR logs not read right before (minimal
excerpts; each names its source, or the shape when the log could not be named)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status

from .helpers import decision, numbers


def _status_text(status: str) -> str:
    return f"# ADR-0004: X\n\n## Status\n\n{status}\n\n## Context\n\nx\n"


# Ries630/ZaimViewer docs/adr/0004-sqlite-as-mirror.md: Japanese names the newer record
# before the verb, "（[ADR-0010](…) により置換）" (replaced by ADR-0010); Chinese logs write
# "已废弃（被 ADR-007 替代）" and cosmos-sdk's translated "由 ADR-045 取代".
@pytest.mark.parametrize(
    ("status", "canonical", "successor"),
    [
        ("廃止（[ADR-0010](0010-d1-as-mirror.md) により置換）", Status.DEPRECATED, 10),
        ("非推奨（ADR-0012 に置き換え）", Status.DEPRECATED, 12),
        ("ADR-0012 で置き換え", Status.SUPERSEDED, 12),
        ("已废弃（被 ADR-007 替代）", Status.DEPRECATED, 7),
        ("由 ADR-045 取代", Status.SUPERSEDED, 45),
        ("已被 ADR-0012 替代", Status.SUPERSEDED, 12),
        # "部分被 ADR-146 取代" (partly replaced) is amended by 146 since session 9, as
        # "Partly superseded by" is: test_parse_session9_partly.py
    ],
)
def test_chinese_and_japanese_name_the_successor_before_the_verb(
    status: str, canonical: Status, successor: int
) -> None:
    d = decision(_status_text(status), "docs/adr/0004-x.md")
    assert (d.status, numbers(d, "superseded-by")) == (canonical, [successor])


# English and Portuguese wordings whose successor was dropped: "in favour of", "obsoleted
# by", "replaced with", "substituído pelo" (por + o).
@pytest.mark.parametrize(
    ("status", "canonical"),
    [
        ("Deprecated in favour of ADR-0012", Status.DEPRECATED),
        ("Superseded in favor of [ADR-12](0012-x.md)", Status.SUPERSEDED),
        ("Obsoleted by ADR-0012", Status.DEPRECATED),
        ("Replaced with ADR-0012", Status.SUPERSEDED),
        ("Substituído pelo ADR-0012", Status.SUPERSEDED),
    ],
)
def test_more_wordings_name_the_successor(status: str, canonical: Status) -> None:
    d = decision(_status_text(status), "docs/adr/0004-x.md")
    assert (d.status, numbers(d, "superseded-by")) == (canonical, [12])


def test_a_status_word_that_merely_follows_a_cjk_phrase_is_no_relation() -> None:
    d = decision(_status_text("採用 (Accepted)"), "docs/adr/0004-x.md")
    assert (d.status, d.relations) == (Status.ACCEPTED, ())


# Ries630/ZaimViewer docs/adr/0010-d1-as-mirror.md: the "関連" (related) field says which
# record this one replaces ("… を置換") beside commits named by their hashes, which are no
# records; 0009 puts a note in full-width brackets after each hash.
def test_a_related_field_states_what_this_record_replaces_and_skips_commits() -> None:
    text = (
        "# ADR-0010: ミラー DB に Cloudflare D1 を使う\n\n- ステータス: 承認済み\n"
        "- 日付: 2026-08-07\n"
        "- 関連: `11ba2a6`、`bafc466`、[ADR-0004](0004-sqlite-as-mirror.md) を置換\n\n"
        "## 決定\n\nCloudflare D1 を使う。\n"
    )
    d = decision(text, "docs/adr/0010-d1-as-mirror.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 8, 7))
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("supersedes", 4)]


@pytest.mark.parametrize(
    "related",
    ["`7750953`", "`11ba2a6`（検証スパイク）、`0cc81d0`（移行）"],
)
def test_commit_hashes_in_a_related_field_are_no_records(related: str) -> None:
    text = f"# ADR-0005: X\n\n- ステータス: 承認済み\n- 関連: {related}\n\n## 背景\n\nx\n"
    assert decision(text, "docs/adr/0005-x.md").relations == ()


def test_a_related_field_in_english_may_lead_with_its_verb() -> None:
    text = "# 7. X\n\n* Status: accepted\n* Related: supersedes ADR-3 and ADR-5\n"
    d = decision(text, "docs/adr/0007-x.md")
    assert (numbers(d, "supersedes"), numbers(d, "relates-to")) == ([3, 5], [])


# A Sphinx log (docs/adr/0023-process-backend-for-development.rst): the successor named by
# a ":doc:" role, inside a note directive, with the page name Sphinx uses (no suffix).
def test_a_sphinx_doc_role_names_the_successor() -> None:
    text = (
        "ADR-0023: Process Backend for Development\n"
        "=========================================\n\n:Status: Superseded\n:Date: 2026-10-02\n\n"
        ".. note::\n\n   Superseded by :doc:`0025-agent-fleet-runs-sessions-as-processes`: "
        "development\n   runs the agent binary directly.\n\nContext\n-------\n\nx\n"
    )
    d = decision(text, "docs/adr/0023-process-backend-for-development.rst")
    assert (d.status, d.date) == (Status.SUPERSEDED, dt.date(2026, 10, 2))
    assert [(r.kind.value, r.ref.raw, r.ref.number) for r in d.relations] == [
        ("superseded-by", "0025-agent-fleet-runs-sessions-as-processes", 25)
    ]


def test_a_sphinx_doc_role_with_its_own_title() -> None:
    text = "# 3. X\n\n## Status\n\nSuperseded by :doc:`the fleet <adr/0025-agent-fleet>`\n"
    d = decision(text, "docs/adr/0003-x.md")
    assert [(r.ref.raw, r.ref.number) for r in d.relations] == [("the fleet", 25)]


# sphinx-needs style ".. adr::" directive fields: the successor by its page path, no suffix.
def test_a_path_without_suffix_names_its_number() -> None:
    text = (
        "ADR-0003: Use PostgreSQL as Primary Database\n"
        "============================================\n\n.. adr::\n   :id: ADR-0003\n"
        "   :status: Superseded\n   :date: 2024-03-05\n   :authors: Charlie\n"
        "   :superseded-by: adr/0004-switch-to-mongodb\n\n   PostgreSQL will be the store.\n"
    )
    d = decision(text, "docs/adr/0003-use-postgresql.rst")
    assert (d.status, numbers(d, "superseded-by")) == (Status.SUPERSEDED, [4])


def test_an_issue_path_names_no_record() -> None:
    text = "# 3. X\n\n* Status: accepted\n* Related: issues/59\n"
    assert numbers(decision(text, "docs/adr/0003-x.md"), "relates-to") == [None]


# French and Spanish logs write their fields on one line between middle dots; the status
# ends at the dot even when the next item's key is not a known one ("Complète", French for
# "completes"), or is bold prose ("**Rectifica CLAUDE.md**").
def test_middle_dot_items_end_the_status_and_completes_relates() -> None:
    text = (
        "# 0041 — Un site vérifiable : confidentialité et identité de l'éditeur\n\n"
        "Date : 05/08/2026 · Statut : accepté · Complète : 0027, 0031\n\n## Contexte\n\nx\n"
    )
    d = decision(text, "docs/adr/0041-un-site-verifiable.md")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "accepté", dt.date(2026, 8, 5))
    assert numbers(d, "relates-to") == [27, 31]


def test_middle_dot_before_bold_prose_ends_the_status() -> None:
    text = (
        "# ADR 0011 · Se abandona la calibración por % semanal\n\n"
        "Fecha: 2026-09-28 · Estado: aceptado · **Rectifica CLAUDE.md** (en lo relativo a "
        '"Presupuesto: 30% de la semana") · **Cierra T60**\n\n## Contexto\n\nx\n'
    )
    d = decision(text, "docs/adr/0011-calibracion.md")
    assert (d.status_raw, d.date) == ("aceptado", dt.date(2026, 9, 28))


# Spanish "Precedentes: ADR 0010, 0014, 0015 y 0017." — the records this one builds on; the
# numbers after the first "ADR" token and "y" (and) belong to the list.
def test_precedents_list_numbers_after_the_first_token() -> None:
    text = (
        "# ADR 0018: recepción y revisión humana de firma digitalizada QA\n\n"
        "- Estado: aceptado para P4b QA.\n- Fecha: 2026-09-29.\n"
        "- Precedentes: ADR 0010, 0014, 0015 y 0017.\n\n## Decisión\n\nx\n"
    )
    d = decision(text, "docs/adr/0018-firma.md")
    assert (d.status, numbers(d, "relates-to")) == (Status.ACCEPTED, [10, 14, 15, 17])


# A related link into another folder names a record when its name is numbered as records are,
# or its folder is one of records; a numbered chapter ("01_requirements.md") is a document.
@pytest.mark.parametrize(
    ("link", "named"),
    [
        ("[requirements](../01_requirements.md)", []),
        ("[queues](../0003-use-queues.md)", [3]),
        ("[events](../decisions/1-use-events.md)", [1]),
        ("[ADR 1](../other/01_x.md)", [1]),
        ("[events](0001-use-events.md)", [1]),
    ],
)
def test_related_links_into_other_folders(link: str, named: list[int]) -> None:
    text = f"# 7. X\n\n**Status:** Accepted\n**Related:** {link}\n"
    assert numbers(decision(text, "docs/adr/0007-x.md"), "relates-to") == named


# Status lines as logs write them: a history with arrows ("ADR-007: Accepted → Superseded by
# ADR-027" in a Korean log's audit), Italian "Stato: Superato da ADR-015", Russian, Korean
# "다른 ADR로 대체됨", and English verbs the table lacked.
@pytest.mark.parametrize(
    ("status", "canonical", "kind"),
    [
        ("Accepted → Superseded by ADR-0012", Status.SUPERSEDED, "superseded-by"),
        ("Proposed -> Accepted -> Superseded by ADR-0012", Status.SUPERSEDED, "superseded-by"),
        ("Superato da ADR-0012", Status.SUPERSEDED, "superseded-by"),
        ("Заменён на ADR-0012", Status.SUPERSEDED, "superseded-by"),
        ("ADR-0012로 대체됨", Status.SUPERSEDED, "superseded-by"),
        ("Overridden by ADR-0012", Status.SUPERSEDED, "superseded-by"),
        ("Supplanted by ADR-0012", Status.SUPERSEDED, "superseded-by"),
        ("Succeeded by ADR-0012", Status.SUPERSEDED, "superseded-by"),
        ("Revised by ADR-0012", Status.ACCEPTED, "amended-by"),
    ],
)
def test_status_wordings_of_more_logs(status: str, canonical: Status, kind: str) -> None:
    d = decision(_status_text(status), "docs/adr/0004-x.md")
    assert (d.status, numbers(d, kind)) == (canonical, [12])


def test_a_history_with_arrows_keeps_its_last_status() -> None:
    d = decision(_status_text("Proposed → Accepted"), "docs/adr/0004-x.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Proposed → Accepted")


# A superseded status names its successor however it is joined: "Superseded, see ADR-0012",
# "Superseded — ADR-0012", "Superseded (2024-03-01) by ADR-0012".
@pytest.mark.parametrize(
    "status",
    [
        "Superseded, see ADR-0012",
        "Superseded — ADR-0012",
        "Superseded → ADR-0012",
        "Superseded (2024-03-01) by ADR-0012",
        "대체됨 (ADR-0012)",
    ],
)
def test_a_superseded_status_names_its_successor(status: str) -> None:
    d = decision(_status_text(status), "docs/adr/0004-x.md")
    assert (d.status, numbers(d, "superseded-by")) == (Status.SUPERSEDED, [12])


def test_an_accepted_status_naming_a_record_states_no_succession() -> None:
    d = decision(_status_text("Accepted, see ADR-0012"), "docs/adr/0004-x.md")
    assert (d.status, d.relations) == (Status.ACCEPTED, ())


# "Superseded by: ADR-0012, ADR-0013" as the Status section's only line: the status, too.
def test_a_superseded_by_field_in_the_status_section_is_the_status() -> None:
    d = decision(_status_text("Superseded by: ADR-0012, ADR-0013"), "docs/adr/0004-x.md")
    assert (d.status, numbers(d, "superseded-by")) == (Status.SUPERSEDED, [12, 13])


def test_a_superseded_by_field_elsewhere_leaves_the_status() -> None:
    text = "# 4. X\n\n* Superseded by: ADR-0012\n* Status: accepted\n"
    d = decision(text, "docs/adr/0004-x.md")
    assert (d.status, numbers(d, "superseded-by")) == (Status.ACCEPTED, [12])


# Notices of supersession written in prose or as a banner over the record: "This ADR has
# been superseded by `ADR-0019`." opening the Context (Raster Foundry's ADR 0006), "> **Superseded
# by [ADR-0011](…).** Keeping …" (a skills log), "> [!WARNING]\n> **SUPERSEDED by
# [ADR-0013](…)** (2026-05-09)" (a Japanese log), "> **Note:** This ADR has been superseded by".
@pytest.mark.parametrize(
    ("preamble", "kind"),
    [
        ("This ADR is superseded by ADR-0012.", "superseded-by"),
        ("Note: this ADR was replaced by ADR-0012.", "superseded-by"),
        ("> **Note:** This ADR has been superseded by ADR-0012, which merges", "superseded-by"),
        ("> **Superseded by [ADR-0012](0012-x.md).** Keeping the lock file", "superseded-by"),
        ("> [!WARNING]\n> **SUPERSEDED by [ADR-0012](./0012-x.md)** (2026-05-09)", "superseded-by"),
        ("**⚠️ Superseded by [ADR-0012](0012-x.md)**", "superseded-by"),
        ("This ADR has been partially superseded by ADR-0012.", "amended-by"),
    ],
)
def test_a_notice_over_the_record_names_its_successor(preamble: str, kind: str) -> None:
    text = f"# 4. X\n\n{preamble}\n\n## Status\n\nAccepted\n\n## Context\n\nx\n"
    d = decision(text, "docs/adr/0004-x.md")
    assert (d.status, numbers(d, kind)) == (Status.ACCEPTED, [12])


def test_a_notice_opening_the_context_names_the_successor() -> None:
    text = (
        "# 0006 - Workflow/Task Manager\n\n## Context\n\n"
        "This ADR has been superseded by `ADR-0019`.\n\nSome actions need a task manager.\n"
    )
    d = decision(text, "docs/architecture/adr-0006-workflow-manager.md")
    assert (d.number, numbers(d, "superseded-by")) == (6, [19])


def test_narrative_in_the_body_states_no_supersession() -> None:
    text = "# 9. X\n\n## Context\n\nThis ADR supersedes ADR-4, as the context explains.\n"
    assert decision(text, "docs/adr/0009-x.md").relations == ()


# "replaces" as the status table's languages write it, after an accepted status.
@pytest.mark.parametrize(
    "status",
    [
        "Aceptado (reemplaza a ADR-0003)",
        "Accepté (remplace l’ADR-0003)",
        "Aceito (substitui o ADR-0003)",
        "Accettato (sostituisce ADR-0003)",
        "Geaccepteerd (vervangt ADR-0003)",
        "已接受（取代 ADR-0003）",
    ],
)
def test_replaces_abroad(status: str) -> None:
    d = decision(_status_text(status), "docs/adr/0004-x.md")
    assert (d.status, numbers(d, "supersedes")) == (Status.ACCEPTED, [3])


def test_replaced_in_chinese_with_a_pointer_is_superseded_by() -> None:
    d = decision(_status_text("已被取代，见 ADR-0005"), "docs/adr/0004-x.md")
    assert (d.status, numbers(d, "superseded-by"), numbers(d, "supersedes")) == (
        Status.SUPERSEDED,
        [5],
        [],
    )
