"""Stated links between decisions: verbs, reference tokens and field keys.

Targets stay unresolved (``target_id=None``); the catalogue resolves them and
derives the inverse side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from adr_tui.core.model import Reference, Relation, RelationKind
from adr_tui.core.parsing.codes import CODED_IN_TEXT
from adr_tui.core.parsing.forge import forge_file_path
from adr_tui.core.parsing.inline import LINK, WIKI_LINK, plain
from adr_tui.core.parsing.numbers import (
    OPENS_WITH_ID,
    letter_of_reference,
    number_from_name,
    number_in_reference,
    numbered_after_date,
)

# "Reverted by [ADR 0006](…)" under the title (a public ADR kept in nickkatsios/ADR-thesis),
# "Overruled by ADR 7" as a status: the later record undid this one.
_SUPERSEDED = (
    r"(?:super(?:s|c|ss|sc)ee?ded|replaced|obsoleted|overridden|supplanted|succeeded"
    r"|reverted|overruled)"
)
# "Superseded by" in the languages of the status table: French, Spanish, Portuguese, German,
# Italian, Dutch, Polish ("remplacé par ADR-5", "ersetzt durch ADR-5", "zastąpiona przez ADR-5").
_SUPERSEDED_BY_ABROAD = (
    r"remplac[ée]e?\s+par|(?:reemplazad|sustituid|substitu[íi]d|supersedid)[oa]\s+(?:por|pel[oa])"
    r"|(?:ersetzt|abgel[öo]st)\s+durch|sostituit[oa]\s+da|vervangen\s+door"
    r"|zast[ąa]pion[aey]\s+przez|superat[oa]\s+da|замен[её]н[аоы]?(?:\s+на)?"
    r"|digantikan\s+oleh"  # Indonesian: "Digantikan oleh [ADR-0011](0011-….md)"
)
# When, between the verb and "by": "Superseded on 2024-05-01 by ADR-9", "(2024-03-01)".
_ON_DATE = r"(?:\s+on\s+\d{4}-\d\d-\d\d|\s+\(\d{4}-\d\d-\d\d\))?"
# How much, there too: "Superseded (in part) by ADR 0010", "Superseded in part by ADR-8"; the
# words are the verb's own, so it reads as "Partly superseded by" does (amended by).
_IN_PART = r"(?:\s+(?:\((?:in\s+part|partially|partly)\)|in\s+part|partially|partly))?"
_VERBS: tuple[tuple[str, RelationKind], ...] = (
    (
        # "Deprecated in favour of ADR-12", "Replaced with ADR-12": the newer record follows.
        rf"(?:(?:partially|partly)\s+)?{_SUPERSEDED}{_IN_PART}{_ON_DATE}\s+by"
        rf"|{_SUPERSEDED_BY_ABROAD}"
        r"|replaced\s+with|in\s+favou?r\s+of",
        RelationKind.SUPERSEDED_BY,
    ),
    (
        # A part of the older record replaced, the rest in force: "Supersedes aspects of: ADR
        # 0005 implementation layout" (thehumanworks/synextra), "Partially supersedes ADR-4".
        # Before the whole verb, which would otherwise match at the same place.
        r"(?:partially|partly)\s+supersedes|supersedes\s+(?:aspects|parts?)\s+of",
        RelationKind.AMENDS,
    ),
    (
        r"(?:super(?:s|c)ee?des?|superseeds|replaces|superseding)"
        # … in the languages of the status table ("Aceptado (reemplaza a ADR-0003)"); not German
        # "ersetzt", which as a status word means "superseded".
        r"|(?:reemplaza|sustituye)(?:\s+al?)?|substitui(?:\s+[oa])?|sostituisce|remplace|vervangt"
        r"|zast[ęe]puje|menggantikan",
        RelationKind.SUPERSEDES,
    ),
    (r"(?:amended|revised)\s+by", RelationKind.AMENDED_BY),
    (r"amends", RelationKind.AMENDS),
    (
        r"(?:refined\s+by|refines|relates\s+to|related\s+to|see\s+also|extended\s+by|extends"
        r"|clarified\s+by|clarifies|completed\s+by|completes|depends\s+on"
        r"|continuation\s+of|continues|builds\s+on|follow-up\s+(?:to|of)|complements"
        # adr-tools' own link pair ("adr new -l '6:Implements:Implemented by'")
        r"|implements|implemented\s+by)",
        RelationKind.RELATES_TO,
    ),
)
# "(?<!\w)" rather than "\b" before the verbs (the same, as every verb opens with a letter):
# a search then skips the letters no verb starts with, a third faster on prose.
_VERB = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(f"(?P<v{i}>{rx})" for i, (rx, _) in enumerate(_VERBS)) + r")\b"
)
_LEADING = re.compile(r"^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?[*_`]*")
# Emoji and symbols may open a banner: "**⚠️ Superseded by [ADR-0012](…)**".
_SYMBOLS = re.compile(r"[*_`\s\u2190-\u2bff\ufe0f\U0001f300-\U0001faff]*")
# The letters a verb of _VERBS starts with: most prose lines are decided by their first one.
_VERB_INITIALS = frozenset("abcdefimoprsvzз")
# "ADR-12" needs no word boundary against Chinese or Japanese: "取代ADR-0013的语料"; a date
# ("ADR 2023-04-14") or a year-scoped id ("ADR-2024-003") is one token. A file name comes
# first: "ADR-0037-public-api.md" (a front matter's relates_to list) is one file, not
# "ADR-0037" and a file named "-public-api.md". "hub-adr-0009" is another log's record, named
# by its repository (a sibling's related: list), not this log's record 9. A bare
# "ADR-0003.md" is the id: its file is "0003-use-x.md" (review 9b: a false stale link).
_TOKEN = re.compile(
    r"(?i)(?:(?!(?:adr|rfc)[-_ #]?\d{1,6}\.(?:md|markdown|adoc|rst|txt)\b)"
    r"[\w./-]{1,200}\.(?:md|markdown|adoc|rst|txt)\b"
    r"|(?<![a-z0-9_])(?<![a-z0-9_]-)(?:adr|rfc)[-_ #]?"
    # "ADR-0.0.9": a record named by a version (tvproductions/gzkit), one token, no number
    r"(?:\d{4}-\d\d-\d\d|(?:19|20)\d\d-\d{2,4}|\d{1,4}(?:\.\d{1,4}){2}|\d{1,6}[a-z]?)"
    r"(?![a-z0-9_])"
    r"|(?<![\w#])#\d{1,6}\b)"
)
# Sphinx cross-references: ":doc:`0025-agent-fleet`", ":doc:`the fleet <0025-agent-fleet>`";
# at the start of a value the role's colon may have been read as the field's.
_SPHINX_DOC = re.compile(r"(?:^|:)doc:`(?:([^`<>\n]{1,300}?)\s*<)?([^`<>\s]{1,300})>?`")
# "and" in the languages of the status table: "0015 y 0017", "0027 et 0031", "5 und 7".
_SEGMENT = re.compile(r"\s*[,;\u3001\uff0c]\s*|\s+(?:and|y|e|et|und|oraz)\s+")
# A git commit named by its (abbreviated) hash, seven hex digits or more, one a digit ("7750953":
# no record number has seven digits).
_COMMIT = re.compile(r"^(?=[a-f]{0,39}[0-9])[0-9a-f]{7,40}$")
# Separators and word characters are disjoint classes: no ambiguity, no backtracking.
_FILE_SLUG = re.compile(r"^[A-Za-z0-9.]{1,80}(?:[-_][A-Za-z0-9.]{1,80}){1,20}$")
_DOC_SUFFIXES = (".md", ".markdown", ".adoc", ".rst", ".txt")
_NAMES_A_RECORD = re.compile(r"(?i)\b(?:adr|rfc|decision)\b")
# A link's "(target)": blanked before looking for verbs, so the file name
# "0009-x-supersedes-y.md" states nothing (the target still resolves the reference).
_LINK_TARGET = re.compile(r"\]\(([^()\n]{0,500})\)")
# Prose that states a relation of the document itself: "this ADR supersedes …".
# … and the other way: "This ADR has been superseded by `ADR-0019`." (azavea's raster-foundry),
# "Note: this ADR was replaced by ADR-12". transcom/mymove drops the noun and even the verb "is"
# ("**This supersedes [ADR 0046](…)**", "**This superseded by [ADR 0056](…)**") and pairs verbs
# ("This ADR updates and supersedes [ADR0003](…)"). A bare "This" (group "bare") must be
# capital and open a line or a sentence: mid-sentence, "… and this replaces ADR-3's cache"
# may mean anything, and a hard-wrapped line may open with it ("nightly job, and\nthis …").
# Emphasis may open after the noun: "This decision **supersedes ADR-0026**" (mountain-pass/
# voder.ai-website).
_SELF_RELATION = re.compile(
    r"(?i)\bthis\s+(?:(?:adr|decision|record|document)[*_]*\s+[*_]*|(?P<bare>))"
    r"(?:(?:updates|amends|extends|revises|refines)\s+and\s+)?"
    r"(?:(?P<active>supersedes|replaces|amends|extends)"
    r"|(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:now\s+)?(?:(?:partially|partly)\s+)?"
    r"(?P<passive>superseded|replaced|obsoleted|amended)\s+by)\b"
)
# A "Note:" label before a bare "This", the markup around it stripped ("**NOTE:** This …").
_NOTE_LABEL = re.compile(r"(?i)(?<!\w)(?:note|nb|update)[*_]*\s*:\Z")
_MARKUP = " \t>*_"
# AsciiDoc links: "link:0011-x.adoc[ADR-0011]", "xref:page$0001-docs.adoc[ADR-0001]" (Antora's
# "page$" family prefix), "<<0002-data-model.adoc#,Data model>>"; bounded parts.
_ADOC_LINK = re.compile(
    r"\b(?:link|xref):([^\s\[\]]{1,500})\[([^\[\]\n]{0,300})\]"
    r"|<<([^<>,\s]{1,500}),\s*([^<>\n]{0,300})>>"
)
_ADOC_TARGET = re.compile(r"\b((?:link|xref):)([^\s\[\]]{1,500})(?=\[)")
# Chinese, Japanese and Korean name the newer record before the verb: "被 ADR-0005 取代",
# "由 ADR-045 取代" (replaced by), "（[ADR-0010](0010-x.md) により置換）", "ADR-0012 で置き換え".
# What stands between the particle and the verb (or the bracket and the verb) is the reference.
# The reference groups are not followed or preceded by "\s*": the group takes spaces too,
# and the two together backtracked for seconds over a line of spaces (a group is stripped).
CJK_REPLACED = re.compile(
    r"(?:被|由)([^\n\u3002\uff0c\uff1b,;]{1,300}?)所?(?:取代|替代|代替|替换|取而代之)"
    r"|([^\n\u3002\uff0c\uff08\uff09(\u3001]{1,300}?)(?:により|によって|に|で)\s*"
    r"(?:置換|置き換え|置きかえ|差し替え|代替)"
    # Korean: "ADR-0012로 대체됨", "ADR-0012 에 의해 대체" (replaced with, replaced by).
    r"|([^\n\u3002\uff0c\uff08\uff09(\u3001]{1,300}?)(?:으로|로|에\s*의해)\s*대체"
)
# … and the other way round, the record this one replaces: "[ADR-0004](0004-x.md) を置換".
_CJK_REPLACES = re.compile(
    r"([^\n\u3002\uff0c\uff08\uff09(\u3001]{1,300}?)を\s*(?:置換|置き換え|置きかえ|差し替え|代替)"
)
# Every verb of the two patterns above: they run only on the stretch before one.
_CJK_VERB = re.compile(r"取代|替代|代替|替换|取而代之|置換|置き換え|置きかえ|差し替え|대체")
_CJK_REACH = 320
"""Characters before a verb that can hold its particle and reference (at most 300)."""
_CJK_VERBS_READ = 32
"""CJK verbs read per text: a record states a handful; a line packed with them states nothing."""
# "identity / sync portions superseded by [ADR-008]" (round 18): the portions it names.
_PARTIAL = re.compile(r"(?i)\b(?:some\s+aspects|partially|partly|in\s+part|portions?)\b")
# What narrows a replacement to part of a record, after the verb: "supersedes ADR-57
# decision 1 and the local-only parts of ADR-66", "supersedes [0002](…) for product scope",
# "supersedes ADR 0002 **Part A** only" (a capital or a number names the part).
_SCOPED = re.compile(
    r"(?i)(?<![^\W_])(?:parts?\s+of|decisions?\s+\d{1,3}(?![^\W_])"
    r"|(?-i:[Pp]arts?\s+(?:[A-Z]|\d{1,2}))(?![^\W_])"
    r"|for\s+(?:the\s+)?[\w-]{1,30}(?:\s+[\w-]{1,30}){0,3}\s+scope(?![^\W_]))"
)
# … and before it: "the platform store superseded by [0013]" (a part, not "this ADR"), or
# a choice it made: "Accepted. Ruling out bitmap skins is superseded by [ADR-0010]" (round 18).
_PART_SUBJECT = re.compile(
    r"(?i)(?<![^\W_])(?:the\s+(?!(?:adr|decision|record|document)\b)"
    r"|(?!(?:every|some|any|no)thing\b)[^\W\d_]{2,24}ing\s+)[\w-]{1,30}"
    r"(?:\s+[\w-]{1,30}){0,3}\s+(?:(?:is|was|were|has\s+been|have\s+been)\s+)?$"
)
# … and an object that is a part of the record named after it: "supersedes the K2.6 backing
# choice in [ADR-0044](…)" (ADORSYS-GIS/ai-helm 0050; not "the decision in ADR-44").
_PART_OBJECT = re.compile(
    r"(?i)^[\s*_]*the\s+(?!(?:adr|decision|record|document|rfc)\s+(?:in|of)\b)"
    r"[\w.-]{1,30}(?:\s+[\w.-]{1,30}){0,4}\s+(?:in|of)\s+[\[`*_]*(?:adr|rfc|\d)"
)
_CLAUSE_START = re.compile(r"[;(,:]|[.!?]\s")
# A ";" that opens a clause of its own: "…[ADR-0044]; price methodology unchanged from
# [ADR-0028]" (a verb before it does not reach the records after it); "ADR-3; ADR-4" goes on.
_CLAUSE_BREAK = re.compile(r"(?i);\s*(?=[^\W\d_])(?!(?:adr|rfc)(?![^\W\d_]))")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A full stop after a word and before a capital: "… a scheme `year`. Two further parts …"
# (not "[1. First Record]", a numbered title, nor "e.g. the").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z)`'\"])[.!?]\s+(?=[A-Z])")
_ALL_DIGITS = re.compile(r"^#?0*(\d{1,6})$")
# A range of records: "ADR 001-005", "ADR-3–ADR-7" (both numbers padded alike or not at all;
# "ADR-2024-003" is a year's record, and its numbers do not rise).
_RANGE = re.compile(
    r"(?i)(?<![a-z0-9_])adr[-_ #]?(\d{1,4})(\s*)[-\u2013](\s*)(adr[-_ #]?)?(\d{1,4})(?![\w.-])"
)
MAX_RANGE = 20
"""Records a range may name: "ADR 001-005" is five; "ADR-1-900" is no range of a log."""
# The word before a tracker's "#163": "[GitHub Issue #163: …][issue]", "PR #5", "ticket #9".
_TRACKER_WORD = re.compile(
    r"(?i)(?<![\w-])(?:issues?|prs?|pull(?:\s+requests?)?|merge\s+requests?|mrs?|tickets?|bugs?)"
    r"[\s:]*\Z"
)
# A relation field that names no record, in the languages of the status table; what follows
# in brackets only explains why.
_NO_RECORD = frozenset(
    {"", "none", "n/a", "na", "nil", "null", "nothing", "keine", "kein", "aucun", "aucune"}
    | {"ninguno", "ninguna", "nenhum", "nenhuma", "nessuno", "nessuna", "geen", "brak", "нет"}
    | {"无", "無", "なし", "없음"}
)
# Words after a record's id that place it in another repository: "References: ADR-0002 of
# the payments service repository" (review 13) named this log's ADR 2.
_ELSEWHERE = re.compile(
    r"(?i)\s+(?:of|in|from)\s+(?:the|our)\s+[\w.`'/-]{1,40}(?:\s+[\w.`'/-]{1,40}){0,3}?"
    r"\s+(?:repository|repo|service|project|codebase|monorepo)(?![\w-])"
)
_ASIDE = re.compile(r"[(\uff08][^()\uff08\uff09]{0,300}[)\uff09]")
# A bare record number and a note on it: "**Related:** 0001 (rows-as-Finset; same move), 0016
# (two-hop; …)" (a public Lean log), "0041 (an account's premium reaches every device)". The
# note goes before the value is cut at its commas and semicolons, the number stays.
_NUMBER_ASIDE = re.compile(r"(?<![\w.#/-])(\d{1,6})\s*[(\uff08][^()\uff08\uff09]{0,300}[)\uff09]")
# "None — this ADR backfills a Tech-Spec §8 promise" (kinsar-rasnik/sightline): the answer,
# then why; the words after the dash name no record.
_WHY = re.compile(r"\s[-\u2013\u2014]\s|[;:]\s|[.,]\s|[.,]$")

DOCUMENT_KEYS = (
    "关联规格",
    "关联文档",
    "相关文档",
    "related-documents",
    "related-docs",
    "references",
)
"""Keys naming the documents a record relates to ("| 关联规格 | 宪章 P5、ADR-002（…） |",
Abuab/zhiban; "**References:** [ADR-0001](../adr/ADR-0001.md), [ADR-0002](…)",
neuralmagic/crucible): only the records they name relate, not each item of the list."""

FIELD_KINDS: dict[str, RelationKind] = {
    "supersedes": RelationKind.SUPERSEDES,
    "supercedes": RelationKind.SUPERSEDES,
    "replaces": RelationKind.SUPERSEDES,
    "superseded-by": RelationKind.SUPERSEDED_BY,
    "superceded-by": RelationKind.SUPERSEDED_BY,
    "superseeded-by": RelationKind.SUPERSEDED_BY,
    "replaced-by": RelationKind.SUPERSEDED_BY,
    "superseded": RelationKind.SUPERSEDED_BY,
    "amends": RelationKind.AMENDS,
    # NATS's metadata table: "| Updates | ADR-8 |", "when this ADR is a refinement to an
    # earlier spec" (its template); the earlier record stays, changed by this one.
    "updates": RelationKind.AMENDS,
    "amended-by": RelationKind.AMENDED_BY,
    # "Partially supersedes: the … interim of ADR-0004" (Atostek/ros2-client): a part replaced,
    # the rest in force; as "Partly superseded by ADR-N" in a status reads.
    **dict.fromkeys(("partially-supersedes", "partly-supersedes"), RelationKind.AMENDS),
    # "- Supersedes aspects of: ADR 0005 implementation layout" (thehumanworks/synextra)
    **dict.fromkeys(
        ("supersedes-aspects-of", "supersedes-parts-of", "supersedes-part-of"), RelationKind.AMENDS
    ),
    **dict.fromkeys(("partially-superseded-by", "partly-superseded-by"), RelationKind.AMENDED_BY),
    # "**Supersedes (in part):** [ADR-0084](…) — its decision that …" (kdive's ADRs), the words
    # in brackets joined to the key: the same part replaced.
    **dict.fromkeys(("supersedes-in-part", "supersedes-partially"), RelationKind.AMENDS),
    **dict.fromkeys(("superseded-in-part-by", "superseded-partially-by"), RelationKind.AMENDED_BY),
    # ":Amended: 2026-08-09 by ADR-135", as ":Superseded:" above: the date, then who amended it
    "amended": RelationKind.AMENDED_BY,
    "related": RelationKind.RELATES_TO,
    "relates": RelationKind.RELATES_TO,  # front matter "relates: [0026]"
    "relates-to": RelationKind.RELATES_TO,
    "related-to": RelationKind.RELATES_TO,
    "related-decisions": RelationKind.RELATES_TO,
    "see-also": RelationKind.RELATES_TO,
    # "Completes: 0027", French "Complète : 0027, 0031"; "Precedents: ADR 0010, 0014", Spanish
    # "Precedentes": the records this one builds on.
    # "**Related ADRs**: ADR-0040", and keys named as the verbs relate ("Depends on: ADR-3")
    "related-adrs": RelationKind.RELATES_TO,
    "related-adr": RelationKind.RELATES_TO,
    "extends": RelationKind.RELATES_TO,
    "refines": RelationKind.RELATES_TO,
    "depends-on": RelationKind.RELATES_TO,
    "builds-on": RelationKind.RELATES_TO,
    "supersedes-adr": RelationKind.SUPERSEDES,
    "obsoletes": RelationKind.SUPERSEDES,
    "obsoleted-by": RelationKind.SUPERSEDED_BY,
    # "**Reinforces:** D-021, D-012" (a decision log's status line): records it leans on
    "reinforces": RelationKind.RELATES_TO,
    "completes": RelationKind.RELATES_TO,
    "complete": RelationKind.RELATES_TO,
    "completed-by": RelationKind.RELATES_TO,
    "precedents": RelationKind.RELATES_TO,
    "precedentes": RelationKind.RELATES_TO,
    # The same keys in other languages (normalised: accents off, words joined by "-").
    **dict.fromkeys(
        ("ersetzt", "remplace", "reemplaza", "sustituye", "substitui", "sostituisce", "vervangt")
        # "Sucede a: ADR-0008" (succeeds), "Reemplaza a", "Sustituye a": Spanish, with its "a"
        + ("succeeds", "sucede-a", "reemplaza-a", "sustituye-a")
        + ("zastepuje", "取代", "局部取代", "替代", "置き換え", "대체", "заменяет", "замещает"),
        RelationKind.SUPERSEDES,
    ),
    **dict.fromkeys(
        ("ersetzt-durch", "abgelost-durch", "remplace-par", "reemplazado-por", "sustituido-por")
        + ("substituido-por", "sostituito-da", "vervangen-door", "zastapione-przez", "被取代")
        + ("заменено", "заменен", "заменено-на"),
        RelationKind.SUPERSEDED_BY,
    ),
    "zmienia": RelationKind.AMENDS,  # Polish "Zmienia: ADR 0009 (CSP)"
    # Indonesian: "**Terkait:** ADR-002, ADR-006" (related), "**Membangun di atas:** [ADR-0090]
    # (…)" (builds on), "Menggantikan" (replaces), "Digantikan oleh" (replaced by)
    **dict.fromkeys(("terkait", "membangun-di-atas"), RelationKind.RELATES_TO),
    "menggantikan": RelationKind.SUPERSEDES,
    "lien-quan": RelationKind.RELATES_TO,  # Vietnamese "**Liên quan:** ADR-3 (pgvector), ADR-10"
    # Turkish "related": "**İlgili:** ADR-019, ADR-024" beside "**Durum:** Kabul edildi" (three
    # Turkish logs the search index does not name); "## İlgili ADR'lar" heads the section in
    # alidurmus/collective-memory
    **dict.fromkeys(("ilgili", "ilgili-adrlar", "ilgili-kararlar"), RelationKind.RELATES_TO),
    "souvisi": RelationKind.RELATES_TO,  # Czech "- **Souvisí:** [plán 006](…), [ADR-0005](…)"
    # Swedish: "- **Relaterat:** [ADR 0001](./0001-….md) (pluggbar backend)", "**Bygger på:**"
    # (builds on), "**Knyter an:**" (ties in with) (ulrik-s/ava), "**Relaterad:** ADR 0037"
    **dict.fromkeys(
        ("relaterat", "relaterad", "relaterade", "bygger-pa", "knyter-an"), RelationKind.RELATES_TO
    ),
    "digantikan-oleh": RelationKind.SUPERSEDED_BY,
    "emenda": RelationKind.AMENDS,  # Portuguese "- **Emenda:** ADR-025 §5 (o mecanismo, …)"
    **dict.fromkeys(
        ("verwandt", "verwandte-adrs", "siehe-auch", "voir-aussi", "relacionado", "relacionados")
        + ("relacionadas", "ver-tambien", "veja-tambem", "correlati", "gerelateerd", "zie-ook")
        + ("powiazane", "zwiazane", "关联", "相关", "関連", "관련", "관련-adr", "关联-adr")
        + ("関連-adr", "relacionado-con", "связанные-adr", "связанные")
        # Russian "refines" and "implements", as "refines" above: "| Уточняет | [ADR-001 …] |"
        + ("уточняет", "реализует")
        + DOCUMENT_KEYS,
        RelationKind.RELATES_TO,
    ),
}
"""Metadata keys (normalised) that state a relation, and the kind they state."""


def _kind(match: re.Match[str]) -> RelationKind:
    for index, (_, kind) in enumerate(_VERBS):
        if match[f"v{index}"] is not None:
            return kind
    return RelationKind.RELATES_TO  # unreachable: one group always matched


# A relative link to a record kept as its folder's page: "../0002-use-y/" (the folder named
# by a number and words, as "0002-use-y/README.md" is).
_RECORD_FOLDER_LINK = re.compile(r"^(?![a-z]+:)(?:[^/]*/)*\d{1,6}[-_][^/.]*[a-zA-Z][^/.]*$")


def _repository_document(name: str) -> bool:
    """Whether ``name`` is a repository's own document, named in capitals: no record.

    "**Related:** QSM-ARCH v1.1.0, CHANGELOG.md [1.2.0]" (cinderlit/stewardship-
    standard), "**Liên quan:** ARCH §4.6; CLAUDE.md X.3": README.md, AGENTS.md and their
    kind. A record's capitals carry its number ("ADR-0003.md"). Only a name alone: a link
    to "README.md#adr-0007" or "DECISIONS.md#4" goes to a record listed or kept there.
    """
    stem = name.rpartition("/")[2].partition(".")[0]
    return stem.isupper() and not any(char.isdigit() for char in stem)


def _served_record_page(name: str) -> bool:
    """Whether a relative link names the page a site serves for a numbered record.

    GOV.UK tech-docs logs link records as their pages ("Superseded by [10. Use
    X](0010-use-x.html)", the file being 0010-use-x.html.md.erb); a page without a
    number ("../index.html") stays no reference, as a web page's link is none.
    """
    return (
        "://" not in name
        and name.lower().endswith((".html", ".htm"))
        and number_from_name(name) is not None
    )


def _link_reference(text: str, target: str) -> Reference | None:
    name = target.split("#", 1)[0].rstrip("/")
    label = plain(text)
    is_doc = name.lower().endswith(_DOC_SUFFIXES) or _served_record_page(name)
    # A forge's page written without the suffix ("…/blob/master/decisions/0004-separate-api",
    # ministryofjustice's log) is of the record file or folder that name shows.
    shown = forge_file_path(name) if "://" in name and not is_doc else None
    if shown is not None and _RECORD_FOLDER_LINK.search(shown):
        is_doc = True
    number = number_from_name(name) if is_doc or _RECORD_FOLDER_LINK.search(name) else None
    if number is not None and numbered_after_date(name) and OPENS_WITH_ID.match(label):
        # "[ADR-033: Distinguish …](2026-09-05-02-placement.md)": the day's count in the name,
        # the record's number in the label.
        number = number_in_reference(label) or number
    # A web page that is no document names a decision only by an "ADR 12" label:
    # "[GitHub Issue #59](https://…/issues/59)" is an issue, not decision 59.
    if number is None and (is_doc or "://" not in name or _NAMES_A_RECORD.search(label)):
        number = number_in_reference(label)
    if number is None and not is_doc:
        return None  # an external page, not a decision
    return Reference(raw=label or name, number=number, target=name or None)


def references(text: str, *, loose: bool = False) -> list[Reference]:
    """References named in ``text``: links, ``ADR-12``, ``#12``, file names.

    With ``loose`` (structured values such as YAML lists) bare numbers, slugs and
    titles count too; in prose only explicit tokens do.
    """
    found: list[Reference] = []
    linked = False  # a link on the line
    documents = False  # one to a document of the log (not a web page)
    for match in LINK.finditer(text):
        linked = True
        if ref := _link_reference(match[1], match[2]):
            found.append(ref)
            documents = True
    rest = LINK.sub(" ", text) if linked or "](" in text else text
    if "[[" in rest:
        found += _wiki_references(rest)
        rest = WIKI_LINK.sub(" ", rest)
    if "doc:`" in rest:
        found += _sphinx_references(rest)
        rest = _SPHINX_DOC.sub(" ", rest)
    if "link:" in rest or "xref:" in rest or "<<" in rest:
        found += _asciidoc_references(rest)
        rest = _ADOC_LINK.sub(" ", rest)
    if ("-" in rest or "\u2013" in rest) and ("ADR" in rest or "adr" in rest.lower()):
        rest = _RANGE.sub(lambda m: _range(m, found), rest)
        if CODED_IN_TEXT.search(rest):
            # "Supersedes: ADR-MB-002", "Related: FP-ADR-003": a coded id names its record by
            # the number counted in its code (codes.py), as its own file and heading do
            found += [Reference(m[1], int(m[2])) for m in CODED_IN_TEXT.finditer(rest)]
            rest = CODED_IN_TEXT.sub(" ", rest)
    tokens: list[str] = []
    elsewhere = False  # a record named as another repository's: no record of this log
    far = " the " in rest or " our " in rest
    for match in _TOKEN.finditer(rest):
        if far and _ELSEWHERE.match(rest, match.end()):
            elsewhere = True
        elif not _tracker_item(rest, match):
            tokens.append(match[0])
    if any(t[0] == "#" for t in tokens) and (documents or any(map(_record_token, tokens))):
        # "Related: ADR-025, ADR-028, #93" (Guffawaffle/majel): beside records named as
        # records, "#93" is the tracker's issue; so it is beside a link to a document, which
        # names the documents of the line ("[jq-format-allocation.md](…) — #647's sibling",
        # succinctly). A link to a web page does not: "#3 (see [discussion](https://…))".
        tokens = [t for t in tokens if t[0] != "#"]
    documents_only = False  # only the repository's documents named: no record, no titles
    for token in tokens:
        is_file = token.lower().endswith(_DOC_SUFFIXES)
        if is_file and _repository_document(token):
            documents_only = not found
            continue
        found.append(Reference(token, number_in_reference(token), token if is_file else None))
    if (found or documents_only) and loose and "," in rest:
        # "Precedentes: ADR 0010, 0014, 0015 y 0017": the numbers after the first token
        # name records of the same log, after a document too ("README.md, 0003, 0004").
        found += _bare_numbers(_NUMBER_ASIDE.sub(r"\1", _TOKEN.sub(" ", rest)))
    if found or not loose or linked or documents_only or elsewhere:
        # "[Issue #395](https://…/issues/395) — 本設計ドキュメントの起点": the words beside a
        # link to a web page describe it; they are no record's title.
        return found
    aside_off = _ASIDE.sub("", rest)
    if plain(aside_off).strip(" .-\u2013\u2014").lower() in _NO_RECORD:
        return found  # "Supersedes: None", "取代：无（MinerU was never an ADR）"
    words = aside_off.split(None, 1)
    if (
        words
        and words[0].strip("*_`.,;:").lower() in _NO_RECORD
        and plain(_WHY.split(aside_off, 1)[0]).lower() in _NO_RECORD
    ):
        return found  # "None — this ADR backfills a promise": the why names no record
    for part in _SEGMENT.split(_NUMBER_ASIDE.sub(r"\1", rest)):  # split first: plain() blanks "、"
        segment = plain(part).strip(" .()[]\"'")
        # "関連: `be3b40a`（検証スパイク）": a commit, not a record
        if segment and not _COMMIT.match(plain(_ASIDE.sub("", part)).strip(" .\"'")):
            if any(_tracker_item(segment, token) for token in _TOKEN.finditer(segment)):
                continue  # "issue #71", "PR #73": the tracker's, no record of the log
            found.append(Reference(segment, number_in_reference(segment)))
    return found


def _range(match: re.Match[str], found: list[Reference]) -> str:
    """Each record of a range ("ADR 001-005") put in ``found``; the text left to read.

    go-utilpkg writes "Related: ADR 001-005". The range's place is blanked; a match that is
    no range of a log ("ADR 1-900") is left to be read as a record.
    """
    first_text, before, after, named, last_text = match.groups()
    if not named and (
        before or after or (first_text[0] == "0" and len(last_text) != len(first_text))
    ):
        # "ADR-0004 - 12 factor app", "ADR 0002 - 3 replicas": a record, then its title.
        return match[0]
    first, last = int(first_text), int(last_text)
    if not first < last <= first + MAX_RANGE:
        return match[0]
    found += [Reference(f"ADR-{n:0{len(first_text)}d}", n) for n in range(first, last + 1)]
    return " "


def _tracker_item(text: str, token: re.Match[str]) -> bool:
    """Whether a ``#12`` token of ``text`` is the tracker's: "GitHub Issue #163", "PR #5"."""
    if token[0][0] != "#":
        return False
    return _TRACKER_WORD.search(text, max(token.start() - 24, 0), token.start()) is not None


def _record_token(token: str) -> bool:
    """``ADR-025`` or ``RFC-7``: a record named as a record (not a file such as ``README.md``)."""
    return token[0] in "aArR" and not token.lower().endswith(_DOC_SUFFIXES)


def _bare_numbers(text: str) -> list[Reference]:
    """The segments of ``text`` that are a record's number alone (``0014``, ``#7``)."""
    found: list[Reference] = []
    for segment in _SEGMENT.split(text):
        words = segment.strip(" .()[]`*_\"'")
        if match := _ALL_DIGITS.match(words):
            found.append(Reference(words, int(match[1])))
    return found


def _asciidoc_references(text: str) -> list[Reference]:
    """The references of AsciiDoc links in ``text`` (see :data:`_ADOC_LINK`)."""
    found: list[Reference] = []
    for match in _ADOC_LINK.finditer(text):
        target, label = (match[1], match[2]) if match[1] is not None else (match[3], match[4])
        if ref := _link_reference(label, target.rsplit("$", 1)[-1]):
            found.append(ref)
    return found


def _wiki_references(text: str) -> list[Reference]:
    """The records wiki links name: "[[ADR/0006 Dotfiles vendored in-repo with chezmoi]]".

    A page whose name is not numbered and says no ADR ("[[Architecture/NixOS]]") is a note.
    """
    found: list[Reference] = []
    for match in WIKI_LINK.finditer(text):
        name = match[1].strip()
        number = number_from_name(name.rsplit("/", 1)[-1])
        if number is not None or _NAMES_A_RECORD.search(name):
            found.append(Reference(raw=(match[2] or name).strip(), number=number))
    return found


def _sphinx_references(text: str) -> list[Reference]:
    """The documents ``:doc:`` roles in ``text`` name, by their name (no suffix, as Sphinx's)."""
    found: list[Reference] = []
    for match in _SPHINX_DOC.finditer(text):
        name = match[2].rstrip("/")
        number = number_from_name(name)
        found.append(Reference(raw=match[1] or name.rsplit("/", 1)[-1], number=number))
    return found


# A file name numbered as records are: "0003-x.md", "012_x.md", "adr-7-x.md" (not "01_x.md",
# which orders the chapters of a document set).
_RECORD_NUMBERED = re.compile(r"(?i)^(?:adr|rfc|decision)[-_ ]?\d|^\d{3}")
_RECORD_FOLDER = re.compile(r"(?i)adr|decision|rfc|record")


def _names_a_record(ref: Reference) -> bool:
    """Whether a reference may name a record (see :func:`listed_records`)."""
    target = ref.target
    if target is not None:
        target = target.removeprefix("./")  # "./x.md" is "x.md", beside this record
    if target is None or "/" not in target or _NAMES_A_RECORD.search(ref.raw) is not None:
        return True
    if ref.number is None:
        return False
    folder, _, name = target.rpartition("/")
    return _RECORD_NUMBERED.match(name) is not None or _RECORD_FOLDER.search(folder) is not None


def numbered_as_record(ref: Reference) -> bool:
    """Whether a reference names a record as a record does: ``ADR-0001``, ``0003-x.md``.

    ``04-testing.md`` is numbered as a chapter of a document set is, not as records are.
    """
    if ref.target is None or _NAMES_A_RECORD.search(ref.raw) is not None:
        return True
    return _RECORD_NUMBERED.match(ref.target.rpartition("/")[2]) is not None


def listed_records(refs: Iterable[Reference]) -> list[Reference]:
    """The references of a list of links that can name a record.

    A link into another folder (``../Design.md``, ``.claude/rules/x.md``) names a document,
    not a decision, unless its text says ADR, RFC or decision, or its file name is numbered
    as records are (``../0003-x.md``; ``../01_requirements.md`` is a chapter), or its folder
    is one of records (``../decisions/1-x.md``).
    """
    return [ref for ref in refs if _names_a_record(ref)]


def opens_with_no_record(item: str) -> bool:
    """Whether ``item`` opens by naming no record: "Nothing, but compare with [ADR-0010](…)"."""
    first = item.split(None, 1)[0].strip("*_`.,;:") if item.strip() else ""
    return first != "" and first.lower() in _NO_RECORD


def stated(kind: RelationKind, refs: Iterable[Reference]) -> list[Relation]:
    """Relations of one kind to each reference."""
    return [Relation(kind, ref) for ref in refs]


def _blank_targets(text: str) -> str:
    """``text`` with link targets replaced by spaces (same length: offsets still match)."""
    if "link:" in text or "xref:" in text:
        text = _ADOC_TARGET.sub(lambda m: m[1] + " " * len(m[2]), text)
    if "](" not in text:
        return text
    return _LINK_TARGET.sub(lambda m: "](" + " " * len(m[1]) + ")", text)


_PARTIAL_KINDS = {
    RelationKind.SUPERSEDES: RelationKind.AMENDS,
    RelationKind.SUPERSEDED_BY: RelationKind.AMENDED_BY,
}
"""A replacement of part of a record amends it: the rest stays in force."""


def _partly(before: str, after: str) -> bool:
    """Whether the clause around a supersession verb narrows it to part of a record.

    ``before`` is the text up to the verb (its clause is what follows the last ";",
    "(", "," or sentence end), ``after`` the verb's own words up to the sentence's end.
    """
    starts = [m.end() for m in _CLAUSE_START.finditer(before[-200:])]
    clause = before[-200:][starts[-1] if starts else 0 :]
    return bool(
        _PARTIAL.search(clause)
        or _PART_SUBJECT.search(clause)
        or _PARTIAL.search(after)
        or _SCOPED.search(after)
        or _PART_OBJECT.match(after)
    )


def relations_in_text(text: str) -> list[Relation]:
    """Relations named by verbs anywhere in ``text`` (a status or a title).

    A verb names what follows it in its own sentence: in "Amends ADR-44: … fields are replaced
    by a scheme year. Parts of ADR-44 do not survive it." nothing replaces ADR-44.
    """
    blanked = _blank_targets(text) if "](" in text or ":" in text else text
    matches = list(_VERB.finditer(blanked))
    found: list[Relation] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        if (stop := _SENTENCE_BREAK.search(blanked, match.end(), end)) is not None:
            end = stop.start()
        if ";" in blanked and (stop := _CLAUSE_BREAK.search(blanked, match.end(), end)):
            end = stop.start()
        tail = text[match.end() : end]
        # "Superseded by use-postgres", "reemplazado por `0007`"
        refs = references(tail) or slug_reference(tail) or _bare_number(tail)
        kind = _kind(match)
        # The verb takes "partly" in ("Partly superseded by ADR-1"): the clause around it
        # cannot see the word, so the verb's own words are asked too.
        partly = _PARTIAL.search(match[0]) or _partly(
            blanked[: match.start()], blanked[match.end() : end]
        )
        if kind in _PARTIAL_KINDS and partly:
            kind = _PARTIAL_KINDS[kind]
        found += stated(kind, refs)
    if not text.isascii():
        found += _cjk_relations(text)
    return found


# Chinese "取代 ADR-0003" (replaces), the reference right after the verb; "被 ADR-5 取代" and
# "已被取代，见 ADR-5" say the opposite and are not this.
# "部分被 ADR-0005 取代", "被 ADR-0005 部分取代": partly replaced, as
# "Partly superseded by ADR-5" is: amended, the rest in force.
_CJK_PARTLY = re.compile(r"部分|局部")
_CJK_CLAUSE = re.compile(r"[\u3002\uff0c\uff09)\uff1b;]")
_CJK_ACTIVE = re.compile(r"(?<![被由])(?:取代|替代)\s*(?=ADR|adr|\[|#|\d)")


def _cjk_relations(text: str) -> list[Relation]:
    """Supersession stated the Chinese or Japanese way (:data:`CJK_REPLACED`, ``_CJK_REPLACES``)."""
    found: list[Relation] = []
    for stretch in _before_cjk_verbs(text):
        for pattern, kind in (
            (CJK_REPLACED, RelationKind.SUPERSEDED_BY),
            (_CJK_REPLACES, RelationKind.SUPERSEDES),
        ):
            for match in pattern.finditer(stretch):
                named = next(group for group in match.groups() if group is not None).strip()
                refs = references(named) or slug_reference(named) or _bare_number(named)
                partly = _CJK_PARTLY.search(stretch, max(match.start() - 3, 0), match.end())
                found += stated(_PARTIAL_KINDS.get(kind, kind) if partly else kind, refs)
    for match in _CJK_ACTIVE.finditer(text):
        tail = _CJK_CLAUSE.split(text[match.end() :], 1)[0]
        found += stated(RelationKind.SUPERSEDES, references(tail))
    return list(dict.fromkeys(found))  # "被 ADR-5 取代。被 ADR-5 取代": one relation


# What may stand before "由 ADR-5 取代" in a notice of this record's replacement: "本 ADR 已",
# "此决策已经", markup. Other words name a part of it: "Python Agent 运行时与分阶段迁移策略由
# [ADR-0005](…) 取代" (a public log's docs/adr/0001) replaces the runtime, not the record.
_CJK_SELF = re.compile(
    r"^[\s>*_`]*(?:(?:本|此|该|該|这|這)\s*(?:adr|ADR|决策|決策|决定|決定|记录|記錄|文档|文檔|提案)?)?"
    r"\s*(?:现|現)?(?:已经|已經|已)?\s*(?:全部|整体|整體)?\s*$"
)


def cjk_notice(line: str, above: str = "") -> list[Relation]:
    """Relations of a notice that a record replaced this one, written the Chinese way.

    "> 本 ADR 已由 [ADR-0005](…) 取代" is superseded by ADR-5 as "> This ADR has been
    superseded by [ADR-0005](…)" is; when the words before "由" or "被" name something else,
    that part of this record is replaced: amended by ADR-5. ``above``, the line before, is
    read with ``line`` when a notice is wrapped after its particle ("…策略由" / "[ADR-0005](…)
    取代"): Chinese joins wrapped lines without a space.
    """
    if line.isascii() or _CJK_VERB.search(line) is None:
        return []  # most lines
    found = _cjk_notice(line)
    if not found and above and not above.isascii():
        found = _cjk_notice(above.lstrip("> ") + line.lstrip("> "))
    return found


def _cjk_notice(text: str) -> list[Relation]:
    found: list[Relation] = []
    for match in CJK_REPLACED.finditer(text):
        if match[1] is None:  # Japanese, Korean: the words before the particle are the reference
            named, kind = match[2] or match[3], RelationKind.SUPERSEDED_BY
        else:
            whole = _CJK_SELF.match(text, 0, match.start()) is not None
            named = match[1]
            kind = RelationKind.SUPERSEDED_BY if whole else RelationKind.AMENDED_BY
        found += stated(kind, references(named.strip()))
    return found


def _before_cjk_verbs(text: str) -> Iterator[str]:
    """The stretches of lines before CJK verbs (:data:`_CJK_REACH` before each at most).

    The patterns try every start in what they are given: on a whole 5 MB body that
    was seconds; a stretch per verb bounds the work by the verbs there are. Stretches
    that overlap are merged, so each character is searched once (a line of 495 verbs
    was a second), and only the first :data:`_CJK_VERBS_READ` verbs count.
    """
    start = end = -1
    for verb in islice(_CJK_VERB.finditer(text), _CJK_VERBS_READ):
        reach = max(verb.start() - _CJK_REACH, 0)
        stretch_start = max(text.rfind("\n", reach, verb.start()) + 1, reach)
        if stretch_start > end >= 0:
            yield text[start:end]
        if stretch_start > end:
            start = stretch_start
        end = verb.end()
    if end >= 0:
        yield text[start:end]


_RECORDS_ONLY_KEYS = frozenset((*DOCUMENT_KEYS, "updates"))
"""Keys whose value names records among other things: only the records count ("Updates:
2024-05-01" is a day, not a record)."""


# "Sucede a: ADR-0008 sin reescribir ADR-0007 ni ADR-0008" (a Spanish log's ADR-0009): the
# records named after "without" (in the languages of the keys) are left as they were.
_WITHOUT = re.compile(r"(?i)\s(?:without|sin|sans|ohne|sem|senza|zonder|bez)\s")

# A title in a link label or in brackets is no part of the field's wording ("[ADR-0004: Deploy
# without downtime](…)", "ADR-0002 (Build without Docker)"): blanked, of the same length, before
# looking for "without" so the cut falls where it would in the value.
_TITLED = re.compile(r"\[[^\]\n]*\]|\([^)\n]*\)")
_LABEL = re.compile(r"\[[^\]\n]*\]")  # a link's label only: "(only the …)" after it counts


def _blanked(titles: re.Pattern[str], value: str) -> str:
    return titles.sub(lambda match: " " * len(match[0]), value)


# "Superseded by: [ADR-0019](…) (only the product sequencing paragraph …; tooling, quality and
# review decisions remain accepted)": the field narrows the replacement to a part.
_ONLY_PART = re.compile(
    r"(?i)\(\s*only\s+(?:the|a|an|parts?|sections?|paragraphs?)\s|\bexclusively\s+for\s"
)


def _local_target(ref: Reference) -> bool:
    """Whether ``ref`` links a document of the repository (no web page)."""
    return ref.target is not None and "://" not in ref.target


def field_relations(kind: RelationKind, value: str, key: str = "") -> list[Relation]:
    """The relations of a relation field (``Supersedes: ADR-3``, ``関連: …``).

    A "related" field may say how this record relates: "関連: `11ba2a6`、[ADR-0004](…) を置換"
    (replaces ADR-4), "Related: supersedes ADR-3"; the other records in it are related.
    A field of related documents (``key`` in DOCUMENT_KEYS) relates the records it names.
    """
    if key in _RECORDS_ONLY_KEYS:
        records = (r for r in references(value) if r.number is not None or _dated_sibling(r))
        if key == "references":
            # "References: RFC 7231, [RFC 9110](https://…)" cites standards: only a record
            # named as an ADR, or a document of the repository linked, is one of the log's.
            records = (r for r in records if "adr" in r.raw.lower() or _local_target(r))
        return stated(kind, listed_records(records))
    if (
        kind is not RelationKind.RELATES_TO
        and (kept := _WITHOUT.search(_blanked(_TITLED, value))) is not None
    ):
        value = value[: kept.start()]  # "ADR-0008 sin reescribir ADR-0007 ni ADR-0008"
    if kind in _PARTIAL_KINDS:
        told = _blanked(_LABEL, value)  # "[ADR-0009: Use Redis exclusively for caching](…)"
        if _PARTIAL.search(told) or _ONLY_PART.search(told):
            kind = _PARTIAL_KINDS[kind]
    refs = references(value, loose=True)
    if kind is not RelationKind.RELATES_TO or not refs:
        return stated(kind, refs)
    refs = listed_records(refs)  # "Related: [requirements](../01_requirements.md)": a document
    verbs = relation_line(value) or (_cjk_relations(value) if not value.isascii() else [])
    named = {(r.ref.number, r.ref.target) for r in verbs}
    return verbs + [Relation(kind, ref) for ref in refs if (ref.number, ref.target) not in named]


# A related item whose last words say what this record does to the one the item names, that
# record the verb's object: "[ADR-009](…) — the state-axis v1 freeze this amends" (round 17),
# "ADR-4 (which this ADR supersedes)". A verb with an object after it ("this amends the
# timeout") tells nothing of the named record.
_DONE_BY_THIS = re.compile(
    r"(?i)\bthis(?:\s+(?:adr|record|decision|document))?\s+(amends|supersedes|replaces)"
    r"[\s.;)]*$"
    # … or said of the named record: "`docs/adr/0004-identity-domain-model-v1.md` (deprecated
    # by this ADR)" (austinperrin/inventoryk12), "See ADR 07 …, which is superseded by this
    # one." (ethersync/ethersync).
    r"|\b(amended|superseded|replaced|deprecated)\s+by\s+this"
    r"(?:\s+(?:adr|record|decision|document|one))?[\s.;)]*$"
)


def related_kind(item: str) -> RelationKind:
    """How this record relates to the one record a related item names (see _DONE_BY_THIS)."""
    if "this" not in item and "This" not in item:
        return RelationKind.RELATES_TO  # most items, decided without a regex
    match = _DONE_BY_THIS.search(item)
    if match is None:
        return RelationKind.RELATES_TO
    verb = (match[1] or match[2]).lower()
    return RelationKind.AMENDS if verb in ("amends", "amended") else RelationKind.SUPERSEDES


# A log named by dates numbers no record ("2026-05-24-establish-repository-purpose.md"): a
# link to such a file beside this one, in a field of related documents, names a record of it
# (round 17: "**Related Docs:** [Repository purpose DR](./2026-05-24-establish-….md)").
_DATED_SIBLING = re.compile(r"(?i)^(?:\./)?(?:19|20)\d\d-\d\d-\d\d[-_][^/]+\.(?:md|markdown|mdx)$")


def _dated_sibling(ref: Reference) -> bool:
    """Whether ``ref`` links a date-named file in this record's folder."""
    return ref.target is not None and _DATED_SIBLING.match(ref.target) is not None


def _bare_number(text: str) -> list[Reference]:
    """A record named by its number alone (``0007``, ``#7``, in backticks or not), else ``[]``."""
    words = text.strip(" .,;:()[]`*_\"'")
    if (match := _ALL_DIGITS.match(words)) is None:
        return []
    return [Reference(words, int(match[1]))]


# A list item that opens with a record's id: "**DEC-007:** Ruthless Alpha Philosophy",
# "TDR-004 — Pipeline model" (ids the number rules leave: the catalogue resolves them).
_LEADING_RECORD_ID = re.compile(
    r"^[*_`\[]*([A-Za-z]{2,10}-\d{1,8}(?:-\d{1,8}){0,2})[*_`\]]*(?=\s*[:\u2013\u2014-]|\s*$)"
)


def leading_record_id(item: str) -> list[Reference]:
    """The record a list item names by the id it opens with, else ``[]``."""
    match = _LEADING_RECORD_ID.match(item)
    return [Reference(match[1], number_in_reference(match[1]))] if match else []


def slug_reference(text: str) -> list[Reference]:
    """A record named by its file name's slug alone (``data-versioning``), else ``[]``."""
    slug = text.strip(" .,;:()[]`*_\"'")
    if slug and _FILE_SLUG.match(slug):
        return [Reference(slug, number_from_name(slug))]
    return []


def _opening(line: str) -> str:
    """``line`` from its first word: a list marker, markup and emoji before it dropped."""
    lead = _LEADING.match(line)
    body = line[lead.end() :] if lead else line
    if body[:1] > "\u2000" and (symbols := _SYMBOLS.match(body)):  # "⚠️ Superseded by …"
        body = body[symbols.end() :]
    return body


def relation_line(line: str) -> list[Relation] | None:
    """Relations of a line that starts with a verb (``Supersedes [1. X](0001-x.md)``)."""
    body = _opening(line)
    if body[:1].lower() not in _VERB_INITIALS or _VERB.match(body) is None:
        return None
    return relations_in_text(body)


# Words that keep a closing line from retiring the record: a condition ("Superseded by
# ADR-0009 if traffic grows past 10k rps") or a negation ("… by ADR-9? Not yet").
_HEDGED = re.compile(
    r"(?i)(?<![\w'])(?:if|once|when|whenever|unless|until|provided|nothing|none|not|no|never)"
    r"(?![\w'])|n't\b"
)
# Where the notice's own words end and the why begins: "Superseded by [ADR014](…): use
# native fetch", "… by ADR-12 — no more axios" (a "no" there is the successor's, no hedge).
_WHY_STARTS = re.compile(r":\s|\s[-\u2013\u2014]\s")
_NAMED_NEXT = re.compile(r"\[|#\d")
_NOTICE_KINDS = (RelationKind.SUPERSEDED_BY, RelationKind.AMENDED_BY)


def retiring_notice(line: str) -> list[Relation] | None:
    """Relations of a record's closing line when it is a later hand's notice, else None.

    "Superseded by [ADR014](./adr014-use-fetch.md): use native fetch." closing a record
    (the UI walk's backstage log). Only the passive notice, its record named right after the
    verb, neither conditioned nor negated: a last paragraph may narrate as any other does
    ("Supersedes nothing; ADR-0004 still applies to the web.", "Replaces the cron job
    described in ADR-0003.", "Superseded by ADR-0009 if traffic grows past 10k rps.").
    """
    body = _opening(line)
    if body[:1].lower() not in _VERB_INITIALS or (verb := _VERB.match(body)) is None:
        return None
    if _kind(verb) not in _NOTICE_KINDS or verb[0][:2].lower() == "in":
        return None  # "In favour of ADR-12, …" opens an argument, not a notice
    after = body[verb.end() :].lstrip(" *_`:")
    named = _NAMED_NEXT.match(after) or _TOKEN.match(after) or CODED_IN_TEXT.match(after)
    if named is None:
        return None
    words = LINK.sub(" ", after) if "](" in after else after
    if _HEDGED.search(_WHY_STARTS.split(words, 1)[0]):
        return None
    return relations_in_text(body)


def self_relation(sentence: str, *, notice_only: bool = False) -> list[Relation] | None:
    """Relations of prose such as ``Note: this ADR supersedes some aspects of [ADR-15](…)``.

    Conservative: only "this ADR/decision/record" followed by supersedes, replaces,
    amends or extends counts, or by "is/was/has been superseded (replaced, amended) by".
    Superseding "some aspects" (or partly) amends. With ``notice_only`` (prose of the body)
    only the notice that this record was superseded or amended counts: a later hand adds it,
    where the active "this ADR supersedes …" in the Context may narrate.
    """
    if _SELF_RELATION.search(sentence) is None:
        return None  # the common case, decided without copying the line
    blanked = _blank_targets(sentence)
    match = next(
        (
            found
            for found in _SELF_RELATION.finditer(blanked)
            if found["bare"] is None or _opens_sentence(blanked, found.start())
        ),
        None,
    )
    if match is None:
        return None  # "… and this replaces the cache": "this" names something else
    end = _SENTENCE_END.search(blanked, match.end())
    sentence = sentence[: end.start() if end else len(sentence)]
    tail = sentence[match.end() :]
    passive = match["passive"]
    if passive is None and notice_only:
        return None
    if passive is not None:  # "this ADR has been superseded by …"
        amended = passive.lower() == "amended" or _PARTIAL.search(sentence)
        kind = RelationKind.AMENDED_BY if amended else RelationKind.SUPERSEDED_BY
        return stated(kind, references(tail) or _bare_number(tail))
    verb = match["active"].lower()
    if verb == "extends":
        kind = RelationKind.RELATES_TO
    elif verb == "amends" or _PARTIAL.search(sentence):
        kind = RelationKind.AMENDS
    else:
        kind = RelationKind.SUPERSEDES
    return stated(kind, references(tail))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the "This" at ``start`` is capital and opens a line or a sentence of ``text``.

    Markup and a "Note:" label may stand before it ("**NOTE:** This supersedes …").
    """
    if not text.startswith("This", start):
        return False
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(_MARKUP)
    if (label := _NOTE_LABEL.search(before, max(len(before) - 16, 0))) is not None:
        before = before[: label.start()].rstrip(_MARKUP)
    return before.rstrip(")]\"'`")[-1:] in ("", ".", "!", "?")


def dedupe(relations: Iterable[Relation]) -> Iterator[Relation]:
    """Relations in order, each (kind, target) once.

    A link names its target whatever its text ("[x.md](x.md)" and "[ADR x](x.md)" are one
    link); an unlinked, unnumbered reference is known by its words. "ADR-0078" unlinked
    beside a link to "0078-x.md" of the same kind names that link's target again.
    """
    relations = list(relations)
    linked = (
        {(r.kind, r.ref.number) for r in relations if r.ref.target and r.ref.number is not None}
        if len(relations) > 1
        else set()
    )
    seen: set[tuple[RelationKind, int | None, str | None, str]] = set()
    for relation in relations:
        ref = relation.ref
        if ref.target is None and (relation.kind, ref.number) in linked:
            continue
        if ref.target is not None:
            words = ""
        elif ref.number is None:
            words = ref.raw.lower()
        else:
            words = letter_of_reference(ref.raw)  # "ADR-026" and "ADR-026a": two records
        key = (relation.kind, ref.number, ref.target, words)
        if key not in seen:
            seen.add(key)
            yield relation
