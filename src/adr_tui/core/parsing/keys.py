"""Metadata keys and section names: every spelling mapped to one canonical key."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from adr_tui.core.parsing.inline import fold_accents
from adr_tui.core.parsing.relations import FIELD_KINDS

_NOISE = re.compile(r"[^\w\s-]")
_JOIN = re.compile(r"[\s_-]+")
# "## 2. Status" → "2-status" → "status"; "## 2. ステータス" too (kai-5908/harmony-study-app).
_NUMBERING = re.compile(r"^[\d-]+(?=[^\W\d_])")
# Where a camelCase key joins its words: "dateCreated", "supersededBy" (front matter written
# by JavaScript tools, danjmfox/decision-record's "dateAccepted"). Not inside capitals: the
# "s" of "ADRs" or "RFCs" is no word of its own.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def normalise(key: str) -> str:
    """``Decision Makers`` → ``decision-makers``; ``Author(s)`` → ``authors``; accents off.

    ``dateCreated`` → ``date-created``: a camelCase key's words are told apart too.
    """
    if "&" in key:
        key = html.unescape(key)  # "ADR&nbsp;Number": a table header kept on one line
    lower = key.lower()
    if key[1:] != lower[1:]:  # a capital after the first letter: it may join two words
        lower = _CAMEL.sub("-", key).lower()
    text = fold_accents(lower.replace("(s)", "s"))
    return _JOIN.sub("-", _NOISE.sub("", text)).strip("-")


# Spellings are normalised and without accents ("Décideurs" → "decideurs"); after the
# English ones come those of ADRs written in French, Spanish, Portuguese, German, Italian,
# Russian, Japanese, Chinese, Korean and Turkish.
_STATUS_ABROAD = (
    "statut",
    "etat",
    "estado",
    "stato",
    "статус",
    "ステータス",
    "状態",
    "状态",
    "상태",
    "durum",  # Turkish (voyalis/voyago-base, ismail-bayraktar/haldeki-mvp-master)
    "trang-thai",  # Vietnamese "Trạng thái" (logs the search index does not name)
    "stav",  # Czech: "- **Stav:** Přijato" over "- **Datum:** 2026-08-19"
)
"""The status field's name in French, Spanish, Italian, Russian, Japanese, Chinese, Korean,
Turkish, Vietnamese and Czech."""

_KEY_ALIASES: dict[str, tuple[str, ...]] = {
    "status": (
        "status",
        "state",
        "adr-status",
        "decision-status",
        "current-status",
        *_STATUS_ABROAD,
    ),
    "date": (
        "date",
        "decision-date",
        "date-decided",
        "decided-on",
        "created",
        "date-created",
        "start-date",  # RFCs: "- Start Date: 2019-03-20" (Rust's template, SAP/ui5-tooling)
        "created-at",  # "created_at: 2026-05-11" (alxdr3k/k-world-monitor), as in databases
        "creation-date",
        "decided-at",
        "accepted-at",
        "date-issued",  # LBHackney-IT's playbook
        "issued",  # Dublin Core's "dct: issued: 2025-07-21" (ctekinay/aion-ainstein)
        "adr-date",  # Antora attributes, ":adr_date:" beside ":adr_status:" (vshn)
        "revdate",  # AsciiDoc: ":revdate: 2026-03-06" under the title (esivres/c2h5oh)
        "date-accepted",
        "accepted-date",  # "Accepted Date: `2023-01-03`" (kamu-data/kamu-node)
        "accepted-on",
        "approval-date",
        "date-approved",
        "approved-on",
        "date-last-modified",  # GitBook's "Date (Last modified)" column
        "introduced",
        "fecha",
        "data",  # Portuguese, Italian, Polish; a date only when its value is one (scanner)
        "datum",
        "дата",
        "日付",
        "日時",
        "作成日",
        "日期",
        "날짜",
        "작성일",  # Korean "written on"
        "결정일",
        "决策日期",
        "entscheidungsdatum",  # German, French, Spanish, Portuguese: "decision date"
        "date-decision",  # "date_decision: 2026-06-06" (a French log's front matter)
        "beschlussdatum",
        "date-de-decision",
        "fecha-de-decision",
        "data-da-decisao",
        "创建日期",
        "決定日",
        "承認日",  # "承認日: 2025-06-15" (approved on), kai-5908/harmony-study-app
        "dato",  # Norwegian and Danish: "Dato: 2024-01-26" (navikt/helseopplysninger-docs)
        "tarih",  # Turkish: "**Tarih:** 2026-08-21" under "**Durum:**" (dravcore/kurultay)
        "tanggal",  # Indonesian: "- **Tanggal:** 2026-09-24"
        "ngay",  # Vietnamese "Ngày": "- **Ngày:** 2026-09-11"
    ),
    "deciders": (
        "deciders",
        "decider",
        "decision-makers",
        "decision-maker",
        "decided-by",
        "approvers",
        "approved-by",
        "accepted-by",  # "- Accepted by: Dennis & Jakob" (digitalservicebund/elterngeldrechner)
        "involved",  # MADR's "everyone involved in the decision"
        "people-involved",
        "decideurs",
        "decisionnaires",
        "decisores",
        "responsables",  # Spanish "those responsible": "* Responsables: Jon Arriazu, …"
        "responsavel",  # Portuguese: "**Responsável:** Henrique Marques Ribeiro"
        "responsaveis",
        "entscheider",
        "entscheidungstrager",
        "entschieden-durch",  # "entschieden_durch: David Steimer"
        "entschieden-von",
        "beteiligte",  # German "involved", as MADR's "involved" above
        "decide-par",
        "decidido-por",
        "deciso-da",
        "decisori",
        "決定者",
        "决策者",
        "결정자",
        # … and more of them: Japanese, Chinese, Korean, Dutch
        "意思決定者",
        "承認者",
        "决策人",
        "의사결정자",
        "beslissers",
        "beslutningstakere",  # Norwegian: "**Beslutningstakere:** [Ikke bestemt]"
        # Danish: "**Beslutningstager:** Tommi Iversen", plural "…tagere" (TommiIversen/Hive5)
        "beslutningstager",
        "beslutningstagere",
        "beslutsfattare",  # Swedish: "- **Beslutsfattare:** Ulrik Sjölin" (ulrik-s/ava)
        # Turkish "who decided": "**Karar Veren:** AI Coder (Database Architecture Team)"
        # (alidurmus/collective-memory), plural "Karar verenler"
        "karar-veren",
        "karar-verenler",
        # "**Decision owner:** Jad Ghazi" under "**Date:**": who answers for the decision,
        # Indonesian "**Pemilik keputusan:** pemilik produk Harvy"
        "decision-owner",
        "decision-owners",
        "pemilik-keputusan",
        "quyet-dinh-boi",  # Vietnamese "decided by": "**Quyết định bởi:** leader, 2026-09-22"
    ),
    "consulted": ("consulted", "consultes", "consultados", "konsultiert", "consultati"),
    "informed": ("informed", "informes", "informados", "informiert", "informati"),
    # Who wrote it: the deciders only when no deciders are named (see assemble).
    "authors": (
        "author",
        "authors",
        "adr-author",
        "owner",  # "Owner: Platform/Frontend": who answers for the decision
        "owners",
        # "Maintainers: Igor Korsukov, Dmitry Makarenko" under "Date:" and "Tags:" (a log the
        # search index does not name): who keeps the decision, as an owner does
        "maintainer",
        "maintainers",
        "participants",
        "auteur",
        "auteurs",
        "autor",
        "autores",
        "autoren",
        "autore",
        "autori",
        "作成者",
        "作者",
        "작성자",
        "автор",
        "авторы",
        "владелец",  # Russian "owner": "| Владелец | Руслан Габитов |"
        "参与者",
        "提出人",
        "참여자",
        "forfatter",  # Norwegian and Danish: "Forfatter: Grunde Thorheim" (Arbeidstilsynet/design)
        "pengusul",  # Indonesian "proposer": "- **Pengusul:** Tim kantin-be"
    ),
    "tags": (
        "tags",
        "tag",
        "adr-tags",
        "keywords",
        "labels",
        "categories",
        "etiquettes",
        "etiquetas",
        "schlagworter",
        "теги",
        "метки",
        "タグ",
        "标签",
        "태그",
    ),
    "title": ("title", "titre", "titulo", "titel", "titolo"),
    "number": ("number", "adr-number", "adr-no", "no", "nr", "adr"),
    "id": ("id", "adr-id"),
}
KEYS: dict[str, str] = {
    normalise(alias): key for key, aliases in _KEY_ALIASES.items() for alias in aliases
}
KEYS.update({normalise(alias): alias for alias in FIELD_KINDS})  # "관련 ADR": Hangul decomposes
"""Normalised spelling → canonical key (relation keys map to themselves)."""

_SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "status": (
        "status",
        "state",
        "adr-status",
        "decision-status",
        "status-history",
        *_STATUS_ABROAD,
    ),
    # Not "data": a "## Data" section of an English ADR is prose about data.
    "date": (
        "date",
        "decision-date",
        "date-created",
        "creation-date",
        "fecha",
        "datum",
        "дата",
        "дата-создания",  # "## Дата создания" over "12.01.2020" (kreghek/SynAdor)
        "дата-принятия",
        "日付",
        "日時",
        "日期",
        "날짜",
        "dato",
    ),
    "tags": ("tags", "keywords", "labels"),
    "deciders": (
        "deciders",
        "decision-makers",
        "decided-by",
        "approvers",
        "decideurs",
        "decisores",
    ),
    "consulted": ("consulted",),
    "informed": ("informed",),
    # … and in French, Spanish, Portuguese, German, Russian ("## Автор", a Russian log's),
    # Chinese, Japanese and Korean.
    "authors": ("authors", "author", "participants", "auteurs", "auteur", "autores", "autor")
    + ("autoren", "автор", "авторы", "作者", "著者", "작성자")
    + ("deltakere", "deltagere"),  # Norwegian, Danish: "## Deltakere" (Arbeidstilsynet/design)
    "links": (
        "links",
        "related",
        "related-decisions",
        "related-adrs",
        "related-records",
        "related-decision-records",
        "relations",
        "see-also",
        # "## Superseded Decisions" over "This decision **supersedes ADR-0026** (…)" (mountain-
        # pass/voder.ai-website): the records it replaces, as its prose says (items relate)
        "superseded-decisions",
        # … and in Chinese, Japanese, Korean, Spanish, Portuguese, French, German: "## 相关 ADR"
        # over "- ADR-006: CopyNew 行为" (DULASlee/jnpfv52).
        "相关-adr",
        "关联-adr",
        "相关决策",
        "关联决策",
        "関連-adr",
        "관련-adr",
        "adrs-relacionados",
        "decisiones-relacionadas",
        "adrs-relacionadas",
        "decisoes-relacionadas",
        "adr-lies",
        "decisions-liees",
        "verwandte-adrs",
        "verwandte-entscheidungen",
        "ilgili-adrlar",  # Turkish: "## 🔗 **İlgili ADR'lar**" (alidurmus/collective-memory)
    ),
    # A dated list of changes: its first dated entry is the date of last resort.
    "changelog": (
        "changelog",
        "change-log",
        "change-history",
        "revision-history",
        # Chinese, Japanese, Korean, German, French, Spanish, Portuguese
        "更新日志",
        "变更日志",
        "变更记录",
        "変更履歴",
        "更新履歴",
        "변경-이력",
        "anderungshistorie",
        "historique-des-modifications",
        "historial-de-cambios",
        "historico-de-alteracoes",
    ),
    "metadata": (
        "metadata",
        "meta-data",
        "adr-metadata",
        "document-information",
        "meta",
        # French, Spanish, Portuguese, Italian, German, Chinese, Japanese, Korean
        "meta-donnees",
        "metadonnees",
        "metadatos",
        "metadados",
        "metadati",
        "metadaten",
        "元数据",
        "メタデータ",
        "메타데이터",
        # "## 决策批准" (decision approval) over "**决策者**: 系统架构师", "**决策日期**: …"
        # (HaoranTong/ecommerce_platform ADR-002)
        "决策批准",
        "审批",
    ),
    # Prose sections where only lines that start with a relation verb count.
    "notes": ("more-information", "further-information", "notes", "references"),
}
SECTIONS: dict[str, str] = {
    normalise(alias): kind for kind, aliases in _SECTION_KINDS.items() for alias in aliases
}
"""Normalised heading → what the section holds."""


ACCEPTANCE_DATE_KEYS = frozenset(
    ("accepted-at", "date-accepted", "accepted-date", "accepted-on")
    + ("approval-date", "date-approved", "approved-on", "承認日")
)
"""Date keys that name the day the record was accepted: it is accepted, if no status says else."""


_QUALIFIED_DECIDERS = ("-deciders", "-decision-makers")
"""Deciders of one kind: "Design deciders" (NASA-IMPACT/admg-backend), "Technical decision makers"
(normalised, as keys compare)."""


@lru_cache(maxsize=4096)  # keys and headings repeat across a repository's ADRs
def canonical_key(key: str) -> str | None:
    """The canonical metadata key ``key`` spells, or None."""
    normal = normalise(key)
    found = KEYS.get(normal)
    if found is None and normal.endswith(_QUALIFIED_DECIDERS) and not normal.startswith("non-"):
        return "deciders"  # "Non-deciders: Carol" names who did not decide
    return found


_BILINGUAL = re.compile(r"\s*[/()\uff08\uff09]\s*")
"""Splits "ステータス (Status)" and "背景 / Context": a name given in two languages."""

_BILINGUAL_SPACED = re.compile(r"([^A-Za-z]*?[^\W\d_A-Za-z][^A-Za-z]*?)\s+([A-Za-z][A-Za-z -]*)")
"""Splits "상태 Status" and "배경 Context": a name in a script with no Latin letters, then the
English one, with only a space between (zusome/cufit-api-server)."""


def names_of(heading: str) -> list[str]:
    """``heading`` as section names compare, then each name of a bilingual one.

    ``## 2. Status`` → ``status``; ``결과 (Consequences)`` and ``背景 / Context`` name a
    section twice.
    """
    names = [_NUMBERING.sub("", normalise(heading))]
    if _BILINGUAL.search(heading):
        names += [_NUMBERING.sub("", normalise(part)) for part in _BILINGUAL.split(heading)]
    elif spaced := _BILINGUAL_SPACED.fullmatch(heading.strip()):
        names += [_NUMBERING.sub("", normalise(part)) for part in spaced.groups()]
    return names


@lru_cache(maxsize=4096)
def section_kind(heading: str) -> str | None:
    """What a section titled ``heading`` holds, or None for prose sections."""
    first, *others = names_of(heading)
    kind = SECTIONS.get(first)
    if kind is None and first.endswith("-metadata"):
        # "## Document Metadata", "### Extended Metadata" (OmniNode-ai/omnibase_core,
        # Rafazara/tech-architecture-adr): tables of fields, as "## Metadata" is.
        return "metadata"
    if kind is None and others:
        kinds = {SECTIONS.get(name) for name in others}
        kinds.discard(None)
        kind = kinds.pop() if len(kinds) == 1 else None
    return kind
