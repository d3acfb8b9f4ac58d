"""Status words → canonical :class:`Status`: the one documented mapping table.

``docs/statuses.md`` is rendered from :data:`STATUS_TABLE` by
:func:`render_status_doc`, and a test keeps the two identical.
"""

from __future__ import annotations

import re
from functools import lru_cache

from adr_tui.core.model import Status
from adr_tui.core.parsing.inline import badge_message, fold_accents, plain
from adr_tui.core.parsing.relations import CJK_REPLACED
from adr_tui.core.records import record

STATUS_TABLE: tuple[tuple[Status, tuple[str, ...]], ...] = (
    (
        Status.DRAFT,
        (
            "draft",
            "drafting",
            "idea",
            "wip",
            "work in progress",
            "stagnant",
            "stub",
            "todo",
            "pool",  # gzkit: an idea kept in the pool until a release takes it up
            # French, Spanish, Portuguese, German, Italian, Polish
            "brouillon",
            "borrador",
            "rascunho",
            "entwurf",
            "bozza",
            "szkic",
            "черновик",
            "草案",
            "草稿",
            "下書き",
            "设计稿",
            "设计中",
            "concept",
            "초안",
            "udkast",  # Danish (OS2borgerPC/os2borgerpc-produktforvaltning)
            "under arbeid",  # Norwegian "being worked on" (navikt/helseopplysninger-docs)
        ),
    ),
    (
        Status.PROPOSED,
        (
            "proposed",
            "proposal",
            "pending",
            "rfc",
            "request for comments",
            "in progress",
            "inprogress",
            "under review",
            "in review",
            "feedback requested",
            "request for feedback",
            "awaiting feedback",
            "review",
            "last call",
            "open",
            "suggested",
            "on hold",
            "deferred",
            "postponed",
            "under discussion",
            "in discussion",
            "discussing",
            "not yet accepted",
            "to be decided",
            "undecided",
            "tbd",
            "proposé",
            "proposée",
            "en cours",
            "en discussion",
            "propuesto",
            "propuesta",
            "en revisión",
            "proposto",
            "proposta",
            "em análise",
            "vorgeschlagen",
            "in prüfung",
            "voorgesteld",
            "proponowana",
            "proponowany",
            "zaproponowana",
            "zaproponowany",
            "предложено",
            "на рассмотрении",  # "under review" (kreghek/SynAdor)
            "на согласовании",
            "提案中",
            "提案",
            "検討中",
            "提议",
            "已提议",
            "建议",
            "待定",
            "待审核",
            "进行中",
            "保留",
            "보류",
            "검토 중",
            "in bearbeitung",
            "offen",
            "em discussão",
            "в работе",
            "제안됨",
            "제안",
            # Turkish ("Önerilen | Kabul Edilen | Reddedilen | … | Ertelenen", voyalis/voyago-base;
            # "Öneri / Kabul / Reddedildi", ismail-bayraktar/haldeki-mvp-master)
            "önerilen",
            "önerildi",
            "öneri",
            "ertelenen",  # postponed
            # Danish ("Forslag / Accepteret / Erstattet / Afvist", ChatBotBerg/OS2produktmodning)
            "forslag",
            "foreslået",
            # Norwegian ("Foreslått / Akseptert / Avvist / Erstattet", Arbeidstilsynet/design)
            "foreslått",
            "diusulkan",  # Indonesian ("diusulkan | diterima | digantikan oleh ADR-00Y")
            "đề xuất",  # Vietnamese
            # Ukrainian ("запропоновано | прийнято | замінено", "… | Застаріло": logs'
            # templates; "**Статус:** Прийнято" over "**Дата:**" in their records)
            "запропоновано",
            "navrženo",  # Czech
        ),
    ),
    (
        Status.ACCEPTED,
        (
            "accepted",
            "approved",
            "decided",
            "final",
            "living",
            "completed",
            "complete",
            "done",
            "implemented",
            "developed",  # NASA-IMPACT/admg-backend: a design process carried through
            "adopted",
            "agreed",
            "active",
            "in effect",
            "in force",
            "enforced",  # "Enforced ADR: accepted as viable, and set in effect" (FoamScience)
            "established",
            "ratified",
            "provisional",
            "implementable",  # Kubernetes KEPs, Flux RFCs: approved for implementation
            "validated",  # gzkit: completed, then its evidence checked
            "amended",
            "revised",
            "supersedes",
            "supercedes",
            "superseding",
            "replaces",
            "completes",
            "merged",
            "accepté",
            "acceptée",
            "validé",
            "validée",
            "approuvé",
            "approuvée",
            "adopté",
            "adoptée",
            "mergé",
            "aceptado",
            "aceptada",
            "aprobado",
            "aprobada",
            "aceito",
            "aceita",
            "aprovado",
            "aprovada",
            "aceite",
            "akzeptiert",
            "angenommen",
            "genehmigt",
            "beschlossen",
            "entschieden",
            "accettato",
            "accettata",
            "approvato",
            "approvata",
            "geaccepteerd",
            "goedgekeurd",
            "aanvaard",  # Dutch "accepted" (edugolo/coolbx-os: "Voorgesteld | Aanvaard | …")
            "implementado",
            "implementada",
            "implémenté",
            "implémentée",
            "implementiert",
            "umgesetzt",
            "implementato",
            "implementata",
            "geïmplementeerd",
            "zaakceptowana",
            "zaakceptowany",
            "zaakceptowane",
            "przyjęta",
            "przyjęty",
            "zatwierdzona",
            "zatwierdzony",
            "принято",
            "принят",
            "принята",
            "одобрено",
            "承認済み",
            "承認",
            "採用済み",
            "採用",
            "決定済み",
            "決定",
            "已接受",
            "接受",
            "已采纳",
            "采纳",
            "已批准",
            "批准",
            "已通过",
            "已实施",
            "已实现",
            "待实现",
            "已完成",
            "实施中",
            "生效",
            "已生效",
            "已确认",
            "已决定",
            "결정됨",
            "완료",
            "aktiv",
            "gültig",
            "en vigueur",
            "vigente",
            "em vigor",
            "in vigore",
            "действует",
            "утверждено",
            "実装済み",
            "구현됨",
            "승인됨",
            "승인",
            "수락됨",
            "채택됨",
            "채택",  # "## 상태" over "채택" (adopted), as "채택됨" is
            "kabul edildi",
            "kabul edilen",
            "kabul",
            "accepteret",
            "besluttet",  # Danish "decided": "**Status:** Besluttet" (TommiIversen/Hive5)
            "akseptert",  # Norwegian (Arbeidstilsynet/design), "godkjent" its "approved"
            "godkjent",
            "accepterad",  # Swedish ("- Status: Accepterad" over "- Datum: 2026-08-26")
            "diterima",  # Indonesian
            "chấp nhận",  # Vietnamese, "đã chấp nhận" too
            "đã chấp nhận",
            "прийнято",
            "přijato",  # Czech, "schváleno" its "approved"
            "schváleno",
        ),
    ),
    (
        Status.REJECTED,
        (
            "rejected",
            "declined",
            "withdrawn",
            "abandoned",
            "refused",
            "dismissed",
            "not accepted",
            "cancelled",
            "canceled",
            "rejeté",
            "rejetée",
            "refusé",
            "refusée",
            "rechazado",
            "rechazada",
            "rejeitado",
            "rejeitada",
            "abgelehnt",
            "verworfen",
            "zurückgezogen",
            "rifiutato",
            "respinto",
            "afgewezen",
            "afgekeurd",
            "odrzucona",
            "odrzucony",
            "отклонено",
            "отклонён",
            "отклонена",
            "отменено",  # "cancelled" (kreghek/SynAdor)
            "отменён",
            "отменена",
            "却下",
            "不採用",
            "已拒绝",
            "拒绝",
            "已驳回",
            "已否决",
            "廃案",
            "ingetrokken",
            "거부됨",
            "거절됨",
            "reddedildi",
            "reddedilen",
            "afvist",
            "avvist",  # Norwegian
            "forkastet",
        ),
    ),
    (
        Status.DEPRECATED,
        (
            "deprecated",
            "obsolete",
            "retired",
            "archived",
            "sunset",
            "outdated",
            "expired",
            "no longer accepted",
            "no longer valid",
            "no longer relevant",
            "no longer used",
            "obsolète",
            "déprécié",
            "dépréciée",
            "obsoleto",
            "obsoleta",
            "deprecado",
            "deprecada",
            "depreciado",
            "descontinuado",
            "veraltet",
            "überholt",
            "deprecato",
            "verouderd",
            "przestarzała",
            "przestarzały",
            "wycofana",
            "wycofany",
            "устарело",
            "非推奨",
            "廃止",
            "已废弃",
            "废弃",
            "已弃用",
            "弃用",
            "已废止",
            "已作废",
            "vervallen",
            "已过时",
            "폐기됨",
            "폐기",
            "사용 중단됨",
            "사용 중단",
            "застаріло",
        ),
    ),
    (
        Status.SUPERSEDED,
        (
            "superseded",
            "superseeded",
            "superceded",
            "supersceded",
            "replaced",
            "partly superseded",
            "partially superseded",
            "partly replaced",
            "partially replaced",
            "部分被取代",  # partly superseded, as "partly superseded" is (round 18)
            "已部分被取代",
            "被部分取代",
            "部分取代",
            "completed by",
            "remplacé",
            "remplacée",
            "reemplazado",
            "reemplazada",
            "sustituido",
            "sustituida",
            "supersedido",
            "supersedida",
            "substituído",
            "substituída",
            "ersetzt",
            "abgelöst",
            "sostituito",
            "sostituita",
            "superato",
            "superata",
            "overridden",
            "supplanted",
            "succeeded by",
            "reverted by",  # "Reverted by [ADR-0009](…)": a later record undid this one
            "overruled by",
            "vervangen",
            "zastąpiona",
            "zastąpiony",
            "заменено",
            "заменён",
            "заменен",
            "заменена",
            "置き換え済み",
            "置き換え",
            "已取代",
            "被取代",
            "已被取代",
            "已替代",
            "대체됨",
            "erstattet",
            "digantikan",  # Indonesian, "diganti" too ("diusulkan / diterima / diganti")
            "diganti",
            "замінено",
        ),
    ),
)
"""Every status word or phrase (lower-case, single-spaced) and its canonical status."""

# Looked up without accents, so "Acceptée", "Acceptee" and "ACCEPTÉE" are one word.
_LOOKUP: dict[str, Status] = {
    fold_accents(word): status for status, words in STATUS_TABLE for word in words
}
_LONGEST = max(len(word.split()) for word in _LOOKUP)
_WORD = re.compile(r"[a-z]+")
MIN_NEAR = 6
"""Shortest word read despite one wrong letter: shorter words are too close to one another."""
_NEAR_WORDS: tuple[tuple[str, Status], ...] = tuple(
    (word, status) for word, status in _LOOKUP.items() if word.isalpha() and len(word) >= MIN_NEAR
)
# Words of scripts without ASCII letters (承認済み, 已接受, принято) are not split into a-z
# words: they are matched at the start of the text, the longest first.
_PREFIXES: tuple[tuple[str, Status], ...] = tuple(
    sorted(
        (
            (word, status)
            for status, words in STATUS_TABLE
            for word in words
            if not _WORD.search(fold_accents(word))
        ),
        key=lambda pair: -len(pair[0]),
    )
)
# "not", and as the languages of the table say it: "noch nicht umgesetzt", "non accepté".
_NEGATIONS = frozenset({"not", "no", "never", "nicht", "kein", "non", "pas", "nao", "niet", "nie"})
_CHOICE_SPLIT = re.compile(r"[|/]|\bor\b")
# A link's "(target)": its path is no list of choices, though a log kept in state folders puts
# a status word between its slashes ("superseded by [V2.0](../Accepted/ADR024-….md)").
_LINK_TARGET = re.compile(r"\]\([^()\s]{0,500}\)")
_COMMAS = re.compile(r"[,\u3001\uff0c]")  # "a, b", "a、b", "a，b"
# How far into the text a status word may sit (after emoji, "Status -", a date …).
_SEARCH_WORDS = 4
# Status badges, "![alt](https://badgen.net/badge/ADR/approved/green/)" (see badge_message).
_BADGE = re.compile(r"!\[([^\[\]\n]{0,200})\]\(\s*<?([^()\s<>]{0,500})")
# "Proposed | **Accepted** | Rejected": a template's list kept, the status that applies in bold.
_BOLD = re.compile(r"\*\*([^*\n]{1,60})\*\*|__([^_\n]{1,60})__")
# ":accepted:": an AsciiDoc attribute or reStructuredText field marker left around the word.
_FIELD_MARKUP = re.compile(r"^:([^\W\d_][\w -]{0,60}):$")
# "~~Proposed~~ **Accepted**", "<del>Proposed</del> Rejected": struck words no longer hold.
_STRUCK = re.compile(r"(?i)~~[^~\n]{1,100}~~|<(del|s|strike)>[^<\n]{0,100}</\1>")


@record
class StatusReading:
    """What one status text means."""

    status: Status
    """Canonical status, UNKNOWN when no word of the table was found."""
    known: bool
    """False when the text named no status the table knows."""
    choices: bool = False
    """True when the text lists alternatives (``Proposed | Accepted``): a template."""
    placeholder: bool = False
    """True for a template's instruction left in brackets (``[change when approved]``)."""


def _match_at(words: list[str], start: int) -> Status | None:
    for size in range(min(_LONGEST, len(words) - start), 0, -1):
        status = _LOOKUP.get(" ".join(words[start : start + size]))
        if status is not None:
            return status
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(fold_accents(plain(text).lower()))


def _match_prefix(text: str) -> Status | None:
    """The status a non-Latin word opening ``text`` names (``置き換え済み（ADR-9）``)."""
    if text.isascii():
        return None
    start = plain(text).lower()
    return next((status for word, status in _PREFIXES if start.startswith(word)), None)


def _leading_status(part: str) -> Status | None:
    words = _words(part)
    return (_match_at(words, 0) if words else None) or _match_prefix(part)


def _found(parts: list[str]) -> set[Status]:
    """The statuses the parts of a list start with."""
    return {status for part in parts if (status := _leading_status(part)) is not None}


_UNDECIDED = frozenset({Status.DRAFT, Status.PROPOSED})


def lists_choices(text: str) -> bool:
    """``Proposed | Accepted``, ``draft / final``, or three or more with commas.

    Two words that both say "not decided yet" are one state named twice, not a
    template's options: "**Proposed/Draft**" (cozy/cozy-stack) is a record's status.
    """
    lowered = text.lower()
    if "](" in lowered:
        lowered = _LINK_TARGET.sub("]", lowered)
    parts = _CHOICE_SPLIT.split(lowered)
    found = _found(parts) if len(parts) >= 2 else set()
    if len(found) >= 2 and (len(parts) > 2 or not found <= _UNDECIDED):
        return True
    parts = _COMMAS.split(lowered)
    return len(parts) >= 3 and len(_found(parts)) >= 3


WORDS_OF: dict[Status, frozenset[str]] = {
    status: frozenset(words) for status, words in STATUS_TABLE
}
"""The table's words and phrases for each canonical status."""


def _badge_texts(text: str) -> list[str]:
    """What status badges in ``text`` say: the URL's message first, then the alt text."""
    found: list[str] = []
    for match in _BADGE.finditer(text):
        message = badge_message(match[2])
        found += [message] if message else []
        found.append(match[1])
    return found


def _badge_status(text: str) -> StatusReading | None:
    for candidate in _badge_texts(text):
        reading = read_status(candidate)
        if reading.known:
            return reading
    return None


def _picked(choices: str) -> StatusReading | None:
    """The one choice in bold in a list of choices, when it is a status."""
    bold = _BOLD.findall(choices) if "**" in choices or "__" in choices else []
    if len(bold) != 1:
        return None
    reading = read_status(bold[0][0] or bold[0][1])
    return reading if reading.known else None


def chosen_before_options(text: str) -> str:
    """The value chosen before a template's options kept in brackets, else ``text``.

    ``draft [ accepted | deprecated ]`` → ``draft``; ``Proposed [Proposed, Accepted,
    Rejected, etc.]`` → ``Proposed`` (CMS-Enterprise/easi-app keeps the choices with commas).
    """
    start = text.find("[")
    if start <= 0 or not text[:start].strip(" -:*_`"):
        return text
    options = text[start:]
    if "|" not in options and not lists_choices(options):
        return text
    return text[:start].strip()


@lru_cache(maxsize=4096)  # a repository repeats a handful of status texts
def chosen(text: str) -> str:
    """The part of ``text`` that states the status, as written; ``text`` when it all does.

    The choice a template's list marks (``Proposed | **Accepted**`` → ``Accepted``), the value
    written before the template's options (``draft [ accepted | … ]`` → ``draft``), the word
    inside field markers (``:accepted:`` → ``accepted``).
    """
    if text[:1] == ":" and (marked := _FIELD_MARKUP.match(text)) is not None:
        return marked[1]
    if not lists_choices(text):
        return text
    if (head := chosen_before_options(text)) != text and read_status(head).known:
        return head
    bold = _BOLD.findall(text) if "**" in text or "__" in text else []
    if len(bold) == 1 and read_status(picked := str(bold[0][0] or bold[0][1])).known:
        return picked
    return text


def as_read(text: str) -> str:
    """The status to show: the :func:`chosen` part without its markup, else ``text`` as written.

    ``**`Accepted`** | `Proposed` | `Deprecated``` reads ``Accepted``.
    """
    part = chosen(text)
    return text if part == text else plain(part)


@lru_cache(maxsize=4096)  # a repository repeats a handful of status texts
def read_status(text: str) -> StatusReading:
    """Map status text as written to its canonical status.

    The leading word or phrase decides (``Accepted (supersedes ADR-024)``,
    ``superseded by [ADR-5](…)``); emoji, emphasis and links are ignored. A status
    badge image is read from its URL, then its alt text.
    """
    if "![" in text and (badge := _badge_status(text)) is not None:
        return badge
    if ("~~" in text or "</" in text) and (left := _STRUCK.sub(" ", text)) != text:
        reading = read_status(left)
        if reading.known:
            return reading  # else everything was struck: read the words as they stand
    if lists_choices(text):
        if (head := chosen_before_options(text)) != text:
            reading = read_status(head)
            if reading.known:
                return reading
        return _picked(text) or StatusReading(Status.UNKNOWN, known=False, choices=True)
    if ("\u2192" in text or "->" in text or "\u21d2" in text) and (
        last := _after_arrow(text)
    ) is not None:
        return last
    if (
        ". " in text or "; " in text or " - " in text or " \u2014 " in text or " \u2013 " in text
    ) and (later := _retired_after(text)) is not None:
        return later
    words = _words(text[:300])
    # "[change when approved]" (cisagov/manage.get.gov) is the template's instruction, not
    # yet replaced by a status; "[Status: Accepted]" or "[Now superseded by 7]" state one.
    if words and words[0] in _INSTRUCTIONS and _bracketed(text):
        return StatusReading(Status.UNKNOWN, known=False, placeholder=True)
    for start in range(min(_SEARCH_WORDS, len(words))):
        if start and words[start - 1] in _NEGATIONS:
            break
        status = _match_at(words, start)
        if status is not None:
            return StatusReading(status, known=True)
    if (status := _match_prefix(text)) is not None:
        return StatusReading(status, known=True)
    if words and (status := _near_status(words[0])) is not None:
        return StatusReading(status, known=True)  # "Acepted", "Depreciated", "Accetato"
    if not text.isascii() and CJK_REPLACED.search(text[:300]):
        return StatusReading(Status.SUPERSEDED, known=True)  # "被 ADR-0005 取代", "…で置き換え"
    return StatusReading(Status.UNKNOWN, known=False)


_INSTRUCTIONS = frozenset(
    (
        "change", "update", "replace", "fill", "insert", "enter", "set", "edit", "choose",
        "select", "pick", "write", "add", "describe", "specify", "provide", "define", "state",
        "put",
    )
)  # fmt: skip
"""Verbs a template's bracketed instruction opens with ("[change when approved]")."""


def _bracketed(text: str) -> bool:
    """True for text wholly in ``[…]``, ``{…}`` or ``<…>``, a link's text aside."""
    text = text.strip().strip("*_`")
    return len(text) > 2 and text[0] + text[-1] in ("[]", "{}", "<>") and "](" not in text


_ARROW = re.compile(r"\s*(?:\u2192|->|\u21d2)\s*")


def _after_arrow(text: str) -> StatusReading | None:
    """``Proposed → Accepted → Superseded by ADR-12``: a history; its last status holds."""
    parts = _ARROW.split(text)
    if len(parts) < 2:
        return None
    reading = read_status(parts[-1])
    return reading if reading.known and read_status(parts[0]).known else None


# "Accepted. Superseded by ADR-0023 + ADR-0024.", "Status: Accepted. Superseded by [42](…)"
# (round 17): the status it had, then a sentence that retires it. An active verb in the
# sentence after ("Proposed. Supersedes ADR-036.") is what this record does, not its status.
# A dash parts them as well: "Accepted - Superseded by [005](...) 2025-08-10", what the tool
# robyvandamme/dotadr writes into the record it supersedes. "Superseded" that ends the line
# retires it as "Deprecated" does ("Accepted — Superseded" read accepted: review 13).
_RETIRED = re.compile(
    r"^[\W_]{0,3}(?:[\w-]{1,20}[^\w.;]{0,3}){1,2}(?:(?P<stop>[.;])|\s[-\u2013\u2014])\s+[*_]{0,2}"
    r"(?P<clause>(?:super[sc]eded|replaced|obsoleted)"
    r"(?:\s+on\s+\d{4}-\d\d-\d\d|\s+\(\d{4}-\d\d-\d\d\))?"
    r"(?:\s+by\b|(?=[\s.*_]*(?:\(?\d{4}-\d\d-\d\d\)?[\s.]*)?$))|deprecated\b)",
    re.IGNORECASE,
)


_RESTORED = re.compile(r"(?i)\b(?:reinstated|restored|reactivated|re-?accepted)\b")
"""A later clause that puts a retired record back in force (review 12's probe)."""


# After a dash, the clause that retires the record names what replaced it ("superseded by
# [005](…)", "deprecated by ADR-9") or ends the line ("Deprecated", "deprecated (2024-01-01)").
_DASH_RETIRED = re.compile(
    r"(?i)(?:super[sc]eded|replaced|obsoleted|deprecated)"
    r"(?:\s+on\s+\d{4}-\d\d-\d\d|\s+\(\d{4}-\d\d-\d\d\))?"
    r"(?:\s+by\s+[*_`]{0,2}(?:\[|#?\d|(?:[a-z]{2,}-)?adr\W{0,2}\d|[a-z]{2,}-\d)"
    r"|[\s.*_]*(?:\(?\d{4}-\d\d-\d\d\)?[\s.]*)?$)"
)


def _retired_after(text: str) -> StatusReading | None:
    """The later status of "<status>. Superseded by …" (or deprecated), else None."""
    match = _RETIRED.match(text)
    if match is None:
        return None
    before = read_status(text[: match.start("clause")].rstrip(" .;*_"))
    if not (before.known and before.status.in_force):
        return None  # "Rejected. Superseded by 4": it never held
    after = text[match.start("clause") :]
    if _RESTORED.search(after):
        return None  # "Accepted. Superseded by ADR-011 on …, reinstated by ADR-012": it holds
    if match["stop"] is None and not _DASH_RETIRED.match(after):
        # A dash parts prose as often as a history: "Accepted — deprecated endpoints remain
        # until 2025" still holds; only the lifecycle's own clause retires the record.
        return None
    later = read_status(after)
    return later if later.status in (Status.SUPERSEDED, Status.DEPRECATED) else None


@lru_cache(maxsize=1024)
def _near_status(word: str) -> Status | None:
    """The status of the one table word ``word`` misspells by a letter, else None."""
    if len(word) < MIN_NEAR:
        return None
    found = {
        status
        for known, status in _NEAR_WORDS
        if abs(len(known) - len(word)) <= 1 and _one_edit(word, known)
    }
    return found.pop() if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one inserted, deleted, changed or swapped letter."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[start:] == b[start + 1 :]  # one letter more in b
    return (
        a[start + 1 :] == b[start + 1 :]
        or (  # one letter changed, or two swapped
            a[start + 2 :] == b[start + 2 :] and a[start : start + 2] == b[start : start + 2][::-1]
        )
    )


def render_status_doc() -> str:
    """The Markdown of ``docs/statuses.md``, rendered from :data:`STATUS_TABLE`."""
    lines = [
        "# Status words",
        "",
        "adr-tui keeps every status as written (`status_raw`) and maps it to one of",
        "seven canonical statuses through the table below (`STATUS_TABLE` in",
        "`src/adr_tui/core/parsing/statuses.py`; a test keeps this page identical to it).",
        "Where the text is a template's choices, `status_raw` is the word chosen as a reader",
        "reads it (`Proposed | **Accepted**` and `draft [ accepted | deprecated ]` show",
        "`Accepted` and `draft`), and a word inside field markers (`:accepted:`) is shown bare.",
        "",
        "Matching is case-insensitive and ignores accents, emoji (variation selectors",
        "included), emphasis, backticks and link targets. Words of ADRs written in French,",
        "Spanish, Portuguese, German, Italian, Dutch, Polish, Russian, Japanese, Chinese,",
        "Korean, Turkish, Danish, Norwegian, Swedish, Indonesian, Vietnamese, Ukrainian and",
        "Czech are listed after the English ones; those without Latin letters match at the start.",
        "The leading word or phrase decides, the",
        "longest phrase first, and whatever follows it (a parenthetical, a note) is kept",
        "in `status_raw` but does not change the status, so",
        "`Accepted (supersedes ADR-024)` is accepted, `partially superseded by ADR-9` is",
        "superseded and `Proposed. Supersedes ADR-036.` is proposed. Supersession named in the",
        "status becomes a relation. A status that lists alternatives (`Proposed | Accepted`)",
        "marks a template, unless exactly one of them is in bold (`Proposed | **Accepted**`):",
        "that one is the status, as is a value written before the options in brackets",
        "(`draft [ accepted | deprecated ]`). Struck-through words (`~~Proposed~~ **Accepted**`,",
        "`<del>…</del>`) no longer hold and are skipped. If no word of the table leads the",
        "text, the first four words",
        "are searched (`The decision is accepted`); a negation stops the search. Text wholly",
        "in brackets that opens with an instruction (`[change when approved]`) is a template's",
        "placeholder nobody replaced, `unknown` with a warning. A first word",
        "of six letters or more one letter off a word of the table (`Acepted`, `Depreciated`,",
        "`Accetato`) reads as that word, when only one status is that close. A history",
        "written with arrows (`Proposed → Accepted → Superseded by ADR-12`) reads as its last",
        "status; so does a status followed by a sentence that retires it (`Accepted.",
        "Superseded by ADR-23`, or after a dash, `Accepted - Superseded by ADR-23`). Chinese and",
        "Japanese text that names the record replacing this one (`被 ADR-5 取代`,",
        "`ADR-5 により置換`) is superseded; a part of it replaced (`部分被 ADR-5 取代`) is",
        "superseded too, and amended by ADR-5, as `partly superseded by ADR-5` is. A status",
        "badge image is read from its URL (`badgen.net/badge/<label>/<status>/<colour>`,",
        "`img.shields.io/badge/<label>-<status>-<colour>`), then its alt text; a",
        "sphinx-design badge alone under the title (``:bdg-danger:`Rejected` ``) is the",
        "status when its word is in the table. A `Status:` key with no value takes the",
        "list item below it (`3. Статус:` over `* Принято.`). Any",
        "other text is `unknown`, with a warning on the decision.",
        "",
        "| Canonical | Words and phrases |",
        "| --- | --- |",
    ]
    for status, words in STATUS_TABLE:
        lines.append(f"| {status.value} | {', '.join(words)} |")
    lines += [
        "| unknown | anything else (a warning names the word) |",
        "",
        "Regenerate after changing the table:",
        "",
        "```",
        "python -c 'from adr_tui.core.parsing.statuses import render_status_doc as r; "
        'print(r(), end="")\' > docs/statuses.md',
        "```",
        "",
    ]
    return "\n".join(lines)
