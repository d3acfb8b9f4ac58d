"""Scan results (and YAML) → the fields of a :class:`Decision`, with warnings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from adr_tui.core.adrnames import stem_of
from adr_tui.core.model import Reference, Relation, RelationKind, Status
from adr_tui.core.parsing.codes import CODED_KEY, coded_id
from adr_tui.core.parsing.dates import (
    WRITTEN_KEY,
    is_date_unset,
    is_month_only,
    is_year_only,
    parse_date,
    slash_order,
)
from adr_tui.core.parsing.inline import is_expression, unlink
from adr_tui.core.parsing.keys import canonical_key, normalise
from adr_tui.core.parsing.numbers import (
    OPENS_WITH_ID,
    date_from_name,
    number_from_name,
    number_in_reference,
    numbered_after_date,
    slug_of,
)
from adr_tui.core.parsing.people import is_unfilled_people, read_people, read_tags
from adr_tui.core.parsing.relations import (
    FIELD_KINDS,
    dedupe,
    references,
    relations_in_text,
    stated,
)
from adr_tui.core.parsing.scanner import Scan
from adr_tui.core.parsing.statuses import WORDS_OF, as_read, chosen, read_status
from adr_tui.core.parsing.templates import is_guided_placeholder
from adr_tui.core.parsing.titles import (
    TitleReading,
    heading_id,
    names_one_record,
    names_the_record_type,
    names_the_template,
    read_title,
    title_from_name,
    without_file_id,
)

_STYLE_FORMATS = {
    "yaml": "yaml",
    "nygard": "nygard",
    "section": "nygard",
    "bullets": "bullets",
    "bold": "bold",
    "table": "table",
}
# The parentheses may hold a link's: "(superseded by [ADR-9](0009-x.md))". Its two kinds of
# part start differently, so the repetition never backtracks between them; no "\s*" before
# the bracket (the title is stripped after): over a run of spaces it was quadratic.
_TITLE_RELATION = re.compile(r"\(((?:[^()]|\([^()]{0,200}\)){1,200})\)\s*$")
# "Revert ADR 3. Update the Builder …", "Replace ADR-0007": a title that undoes a record.
_TITLE_UNDOES = re.compile(r"(?i)^(?:revert|replace|supersede)s?\s+((?:adr|rfc)[-_ #]?\d{1,6})\b")
# "Globalfee Module [DEPRECATED]", "Use X (DRAFT)": the status restated after the title.
_TITLE_STATUS = re.compile(
    r"\s*(?:\[\s*([^\W\d][\w ]{0,30}?)\s*\]|\(\s*([^\W\d][\w ]{0,30}?)\s*\))$"
)
_STATUS_WORDS = frozenset().union(*WORDS_OF.values())
# "# Superseded: Manage backend resources … with K3S" (V-Sekai/manuals, no status line), "#
# Superseded: multitenant architecture" over "Status: superseded 2026-08-16.": the status said
# before the title. Only a status's own name (not "Idea:", "Review:"), and not "[WIP] Use Kafka".
_STATUS_BEFORE_TITLE = re.compile(r"^([A-Za-z]{5,10}):\s+(?=\S)")
_STATUS_NAMES = frozenset(status.value for status in Status if status is not Status.UNKNOWN)
# Front matter keys only a documentation site's page has (Docusaurus; "slug" in Hugo and
# Jekyll too). Such a site shows the page's own "# heading" as its title and keeps the
# front matter's title for the sidebar and the browser tab (finos/traderX).
_SITE_PAGE_KEYS = frozenset({"slug", "sidebar_label", "sidebar_position", "pagination_label"})
# "[Gestion des Dates]": a filled title still in the template's brackets (no link, no nesting).
_STAMP = re.compile(r"^\s*[^\W\d_][\w/ -]{0,30}:\s*(\d\d)(\d\d)(\d\d)\s+by\s", re.IGNORECASE)
_DECIDED = frozenset({Status.ACCEPTED, Status.REJECTED})
# A status word, then who decided: "Approved by Ann, Bo, and Cy." (not a date or a record).
_DECIDED_BY = re.compile(r"(?i)^[^\W\d_]{3,20}\s+by\s+(?!adr|rfc|#|\[|\d)([^\n]{1,300})$")
# Who decided, as a status names them: handles, or names of one to three capitalised words.
_PERSON = re.compile(r"@[\w.-]{1,39}|[^\W\d_][\w'’.-]{0,30}(?: [^\W\d_][\w'’.-]{0,30}){0,2}")
_NOT_PEOPLE = frozenset(
    {"default", "vote", "voting", "poll", "email", "slack", "meeting", "board", "committee"}
    | {"council", "team", "consensus", "majority", "review", "group", "everyone", "all"}
)
"""Words that name how, or by what body, a record was decided: no one in particular."""
_PEOPLE_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_NESTED_KEYS = frozenset({"date", "title", "status"})
"""What a namespace's block of front matter may state for the record (see ``_nested_into``)."""
_METADATA_NAMESPACES = frozenset({"dct", "dc", "dcterms", "extra", "params"})
"""Blocks that describe the page itself (Dublin Core; a Zola page's ``[extra]`` table and a
Hugo page's ``[params]``); ``seo:`` or ``sidebar:`` blocks do not."""
# A heading that is a record's id and nothing else: "ADR-0003", "RFC 12".
_ID_ONLY = re.compile(r"(?i)^(?:adr|rfc)[-_ #]?\d{1,6}$")
_RECORD_SUFFIX = re.compile(
    r"(?i)\s+(?:(?:ultra-?)?light(?:weight)?\s+)?architect(?:ure|ural)\s+decision\s+record"
    r"(?:\s*\(adr\))?$"
)
_TEMPLATE_BRACKETS = re.compile(r"\[([^\[\]]*[^\[\]\s][^\[\]]*)\]")
# A title written as a file name: "0002-Licence des projets Github", "0003-Convergence-des-CMS".
# A site's label made from the number and title: "0011 AWS SQS Queues in PaaS" (pay-ci).
_NAME_TITLE = re.compile(
    r"^(\d{1,6})[-_](?=[^\W\d_])|^(?=[^\s]{0,200}$)(?:[^\W_]+-){2,}|^0\d{1,5}\s+(?=[^\W\d_])"
)
MAX_EXTRA = 500
MAX_SHOWN = 240
"""Longest value quoted whole in a warning; longer ones are cut at a word."""


def shown(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` for a warning: whole when short, else cut at a word boundary with ``…``."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "\u2026"


def text_of(value: object) -> str:
    """Metadata value as one line of text (lists joined, dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(text_of(item) for item in value)
    if isinstance(value, dict):
        pairs = (f"{k}: {text_of(v)}" if v is not None else str(k) for k, v in value.items())
        return ", ".join(pairs)
    return str(value)[:MAX_EXTRA]


def yaml_into(scan: Scan, data: dict[str, object]) -> None:
    """Put front-matter keys into ``scan`` before the body is scanned (YAML wins)."""
    blocks = []
    for name, value in data.items():
        key = canonical_key(name)
        if key is None and isinstance(value, dict) and name.lower() in _METADATA_NAMESPACES:
            blocks.append(value)
        if key is None and name.lower() == "links" and _links_into(scan, value):
            continue
        if key is None:
            scan.extra.append((name, text_of(value)[:MAX_EXTRA]))
        elif (kind := FIELD_KINDS.get(key)) is not None:
            items = value if isinstance(value, list) else [value]
            for item in items:
                if item is not None and text_of(item).strip():
                    scan.relations += stated(kind, references(text_of(item), loose=True))
        elif value is not None and text_of(value).strip():
            scan.put(key, value, "yaml", name)
            if key == "authors":  # may stand in for deciders; kept as written too
                scan.extra.append((name, text_of(value)[:MAX_EXTRA]))
    for block in blocks:  # after every top-level key, which wins wherever it is written
        _nested_into(scan, block)


_LINK_KIND_KEYS = ("type", "kind", "rel", "relation")
_LINK_TARGET_KEYS = ("target", "to", "id", "adr", "ref", "link")


def _links_into(scan: Scan, value: object) -> bool:
    """Relations a front matter's ``links:`` states; False when it states none.

    As maps of a kind and a target ("- type: supersedes / target: ADR-002", kibi's records)
    or keyed by kind ("- supersedes: 0007-x.md", "{relates-to: [5, 6]}").
    """
    entries = value if isinstance(value, list) else [value]
    found: list[Relation] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        fields = {str(key).lower(): item for key, item in entry.items()}
        kind_name = next((fields[k] for k in _LINK_KIND_KEYS if k in fields), None)
        target = next((fields[k] for k in _LINK_TARGET_KEYS if k in fields), None)
        pairs = [(kind_name, target)] if kind_name is not None else list(fields.items())
        for name, item in pairs:
            kind = FIELD_KINDS.get(canonical_key(str(name)) or "")
            if kind is not None and text_of(item).strip():
                found += stated(kind, references(text_of(item), loose=True))
    scan.relations += found
    return bool(found)


def _nested_into(scan: Scan, block: dict[object, object]) -> None:
    """The fields of a namespace's block the front matter left unsaid.

    Dublin Core under ``dct:`` ("dct: {title: …, issued: 2025-07-21}", ctekinay/aion-
    ainstein): a date, title or status there is the record's when no key above says it.
    """
    for name, value in block.items():
        key = canonical_key(str(name))
        if key in _NESTED_KEYS and key not in scan.fields and text_of(value).strip():
            scan.put(key, value, "yaml", str(name))


@dataclass(slots=True)
class Fields:
    """Interpreted metadata, ready for :class:`Decision`."""

    title: str = ""
    number: int | None = None
    status: Status = Status.UNKNOWN
    status_raw: str = ""
    date: dt.date | None = None
    deciders: tuple[str, ...] = ()
    decider_roles: tuple[tuple[str, str], ...] = ()
    consulted: tuple[str, ...] = ()
    informed: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()
    format: str = "plain"
    extra: tuple[tuple[str, str], ...] = ()
    written_date: str = ""
    warnings: list[str] = field(default_factory=list)


def _raw(scan: Scan, key: str) -> object:
    value = scan.fields.get(key)
    return None if value is None else value.raw


_DAY_WORDS = frozenset(("date", "on", "at"))
"""Words of a day-of-acceptance key that are not the status ("Date Accepted", "Accepted on")."""


_WITHDRAWN = frozenset((Status.REJECTED, Status.DEPRECATED))
"""Statuses that end a record without naming a successor."""


def _status_before_title(title: str | None) -> re.Match[str] | None:
    """The ``Superseded:`` opening ``title``, when it names a status."""
    # A status's name has five to ten letters: most titles are decided by their first five.
    if not title or not title[:5].isalpha() or ":" not in title[5:11]:
        return None
    if not (match := _STATUS_BEFORE_TITLE.match(title)):
        return None
    return match if match[1].lower() in _STATUS_NAMES else None


_STAGE_KEYS = frozenset({"stage", "lifecycle"})
"""Keys of a page's stage: a status only when no status is stated."""


def _stage_status(scan: Scan) -> str:
    """A ``stage:`` or ``lifecycle:`` field's value when it is a status's word, else "".

    Only a known status: a project's "stage: production" or "stage: 2" says nothing of it.
    """
    return next(
        (
            value.strip()
            for key, value in scan.extra
            if key.lower() in _STAGE_KEYS and read_status(value).known
        ),
        "",
    )


def _status(scan: Scan, out: Fields, relations: list[Relation]) -> None:
    raw = _raw(scan, "status")
    if raw is None:
        if before := _status_before_title(scan.title):
            out.status, out.status_raw = read_status(before[1]).status, before[1]
        elif ("draft", "true") in scan.extra:
            # Hugo, Jekyll and Docusaurus leave a "draft: true" page out of the site: its
            # author has not finished, which is what the draft status says.
            out.status, out.status_raw = Status.DRAFT, "draft"
        elif stage := _stage_status(scan):
            # "stage: draft" in a page's front matter and no status anywhere
            # (tytsxai/exchange-platform): the page's stage is the record's status.
            out.status, out.status_raw = read_status(stage).status, stage
        elif scan.retired_by:
            # "Superseded by [ADR014](…)" over the record or closing it, and no status: the
            # notice is the status a later hand gave it
            out.status, out.status_raw = Status.SUPERSEDED, scan.retired_by.strip("*_ ")
        elif scan.accepted_on:
            # "Accepted Date: `2023-01-03`" and no status (kamu-data/kamu-node): the record
            # says when it was accepted, so it is; shown as its key says it.
            said = [word for word in scan.accepted_on.split() if word.lower() not in _DAY_WORDS]
            out.status, out.status_raw = Status.ACCEPTED, " ".join(said)
        return
    written = text_of(raw).strip()
    reading = read_status(written)
    out.status = reading.status
    # "**`Accepted`** | `Proposed`" and "Proposed [Proposed, Accepted, etc.]" show the one
    # chosen; most statuses have no mark to remove.
    marked = "|" in written or "/" in written or "[" in written or written[:1] == ":"
    out.status_raw = as_read(written) if marked else written
    if ". " in out.status_raw and reading.known:
        out.status_raw = _first_sentence(out.status_raw, reading.status)
    elif out.status_raw[:1] == "[" and reading.known:
        out.status_raw = _link_text(out.status_raw, reading.status)
    if reading.placeholder:
        # Not "accepted" for the "approved" in it, nor "proposed" for what it asks: the
        # author has not stated a status yet, and the warning says which text to fill in.
        out.warnings.append(
            f"status {shown(written)!r} is a template's placeholder; shown as unknown"
        )
    elif not reading.known and written:
        # The catalogue relies on this warning (it reports no unknown status of its own).
        out.warnings.append(f"unknown status {shown(written)!r}; shown as unknown")
    # "draft [ accepted | superseded by [xxx](…) ]": the options not chosen state nothing.
    found = relations_in_text(chosen(written))
    if reading.status is Status.SUPERSEDED and not any(
        r.kind in (RelationKind.SUPERSEDED_BY, RelationKind.AMENDED_BY) for r in found
    ):
        # "Superseded, see ADR-0012", "Superseded — ADR-0012", "Superseded (2024-03-01) by
        # ADR-0012": the record a superseded status names is its successor. Not when the
        # status names it as replacing a part ("Partly superseded by ADR-1": amended-by).
        found += stated(RelationKind.SUPERSEDED_BY, references(chosen(written)))
    elif not found and reading.status in _WITHDRAWN and (named := references(chosen(written))):
        # "Отменено (причина: [0005](…))" (kreghek/SynAdor: cancelled, the reason ADR 5),
        # "Deprecated. Use ADR-0002 instead.": the record a withdrawn one names, with no verb,
        # is why or what instead; related, in no stated way. ("Accepted, see ADR-0012" is a
        # pointer for the reader, and relates nothing: round 10.)
        found = stated(RelationKind.RELATES_TO, named)
    relations += found
    for other in scan.conflicts:
        # "{{< meta status >}}" in the Status section prints the front matter's status.
        if not is_expression(other) and read_status(other).status is not out.status:
            kept = shown(out.status_raw)
            out.warnings.append(f"status stated again as {shown(other)!r}; kept {kept!r}")


# "Accepted. We will revisit in Q3.": a status word or two, then a sentence of prose.
_STATUS_SENTENCE = re.compile(r"^([^.\n[\]()]{1,40}?)\.\s+(?=[^\W\d_])([^:]+)$")


def _first_sentence(raw: str, status: Status) -> str:
    """The status as stated, without the remark after it; ``raw`` when the rest matters.

    "Accepted. We will revisit in Q3." is accepted, said as "Accepted"; the sentence after
    is a remark on it, as "Les decisions … (2026-07-08) …" is after "Acceptee le 2026-07-08".
    A sentence that holds the only day ("Accepted. Approved on 3 May 2024."), one that
    changes the status ("Accepted. Superseded by ADR-9."), one that names a record no verb
    relates ("Deprecated. Use ADR-0002 instead.": the only pointer to what replaced it) and
    a labelled value ("Accepted. Reason: it works") are kept.
    """
    match = _STATUS_SENTENCE.match(raw)
    if match is None or not match[2][:1].isupper():
        return raw
    if references(match[2]) and not relations_in_text(match[2]):
        return raw
    first = match[1].strip()
    if read_status(first).status is not status:
        return raw
    return first if parse_date(first) is not None or parse_date(match[2]) is None else raw


# "[Accepted](https://github.com/…/pull/1049)" (Adyen/adyen-commercetools): the status as a
# link to the pull request that decided it; "[Accepted]" in brackets alone.
_LINKED_STATUS = re.compile(r"^\[([^\[\]\n]{1,40})\](?:\([^()\s]{0,300}\))?$")


def _link_text(raw: str, status: Status) -> str:
    """The words of a status written wholly as one link (or in brackets), else ``raw``."""
    match = _LINKED_STATUS.match(raw)
    if match is None or read_status(words := match[1].strip()).status is not status:
        return raw
    return words


# "2026-10-03 (proposed), 2026-10-09 (accepted)": each day of a record's life, named.
_NAMED_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})\s*\(([^()\n]{1,80})\)")
_DATED_STATUSES = frozenset({Status.DRAFT, Status.PROPOSED, Status.ACCEPTED, Status.REJECTED})


def _day_of_status(text: str, status: Status) -> dt.date | None:
    """The day a date field names for the record's status, when it names several days.

    "Date: 2026-10-03 (proposed), 2026-10-09 (accepted)" on an accepted record: decided on
    the 9th. A retired record keeps its first day: the one it was decided on may be either.
    """
    if status not in _DATED_STATUSES or text.count("(") < 2:
        return None  # most dates: one day, decided without a regex
    for day, label in _NAMED_DAY.findall(text[:300]):
        if read_status(label).status is status:
            return parse_date(day)
    return None


def _date(path: str, scan: Scan, out: Fields) -> None:
    raw = _raw(scan, "date")
    if raw is None:
        out.date = _fallback_date(path, scan, out)
        return
    out.date = (isinstance(raw, str) and _day_of_status(raw, out.status)) or parse_date(raw)
    if out.date is not None and isinstance(raw, str) and slash_order(raw) is not None:
        # "07/05/2023": the log's other dates say which is the month (see catalog)
        out.written_date = raw.strip()[:40]
    if out.date is None:
        shown = text_of(raw).strip()[:80]
        if is_date_unset(shown):
            out.warnings.append(f"date is a placeholder ({shown!r})")
        elif is_month_only(shown):
            # "December 2024", "2026-05" (round 16 and 17): readable, but no day to record
            out.warnings.append(f"date {shown!r} names a month, not a day; no date recorded")
        elif is_year_only(shown):
            # "Date: 2018" (whole-log round): a day made up would sort it among dated records
            out.warnings.append(f"date {shown!r} names a year, not a day; no date recorded")
        else:
            out.warnings.append(f"unreadable date {shown!r}; no date recorded")


def _fallback_date(path: str, scan: Scan, out: Fields) -> dt.date | None:
    """A date for a document that states none, from the best source left."""
    # "Accepted (2024-01-20)" dates the decision, as "Rejected — 2026-07-02" does (eggai-tech/
    # qualops: a decision against); "Superseded 2026-05-08" dates its end.
    decided = out.status.in_force or out.status is Status.REJECTED
    if decided and (dated := parse_date(out.status_raw)) is not None:
        return dated
    if out.status.in_force:
        # ":adr-status: accepted" above "== Status / Akzeptiert (2026-10-03) — …": the same
        # status stated again, with its date (flaechsig/blocpress).
        for other in scan.conflicts:
            if read_status(other).status is out.status and (dated := parse_date(other)):
                return dated
    if (stamped := _stamped_day(out.status_raw)) is not None:
        return stamped
    if (lived := _day_of_stage(scan)) is not None:
        return lived
    if (named := date_from_name(path)) is not None:  # "2023-07-05_024-offline-mode.md"
        return named
    return parse_date(_raw(scan, "changelog"))  # "- 2019 Sep 04: Initial draft"


# "**Proposed:** 2026-08-20" over "**Accepted:** 2026-08-20" (round 18): the days of a
# record's stages, each under its own label; the day it was decided on comes first.
_STAGE_LABELS = ("accepted", "approved", "adopted", "proposed")


def _day_of_stage(scan: Scan) -> dt.date | None:
    """The day a stage's label gives (accepted before proposed), else None."""
    days = {
        label: day
        for key, value in scan.extra
        if (label := key.strip("*_ :").lower()) in _STAGE_LABELS
        and (day := parse_date(value)) is not None
    }
    return next((days[label] for label in _STAGE_LABELS if label in days), None)


def _stamped_day(status: str) -> dt.date | None:
    """The day of a status stamped "Proposed: 240812 by Roger Torres" (YYMMDD), else None.

    hicommonwealth/commonwealth's template: "Proposed: YYMMDD by Full Name (@github_handle)".
    Six digits alone are read so only between a status's colon and "by".
    """
    match = _STAMP.match(status) if ":" in status else None
    if match is None:
        return None
    try:
        return dt.date(2000 + int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _listed(scan: Scan, key: str) -> object:
    """A list field's value, or None when a template's ``{{ DECIDERS }}`` or description is left."""
    value = scan.fields.get(key)
    if value is None:
        return None  # most keys of most records: decided at once
    raw = value.raw
    if isinstance(raw, str):
        return None if raw[:1] == "{" and is_expression(raw) else raw
    if isinstance(raw, list) and any(str(item)[:1] in "[{<" for item in raw):
        # "{{ DECIDERS }}", or "[list of everyone involved in the decision]": nobody named yet
        people = key != "tags"
        return [item for item in raw if not (isinstance(item, str) and _unfilled(item, people))]
    return raw


def _unfilled(item: str, people: bool) -> bool:
    return is_expression(item) or (people and is_unfilled_people(item.strip()))


def _people(scan: Scan, out: Fields) -> None:
    out.deciders, out.decider_roles = read_people(_listed(scan, "deciders"))
    if not out.deciders and "authors" in scan.fields and "deciders" not in scan.fields:
        # The model has no authors: they stand in for unnamed deciders (kept in extra too).
        out.deciders, out.decider_roles = read_people(_listed(scan, "authors"))
    if not out.deciders and (by := _decided_by(scan, out)):
        out.deciders = read_people(by)[0]
    out.consulted = read_people(_listed(scan, "consulted"))[0]
    out.informed = read_people(_listed(scan, "informed"))[0]
    tags = read_tags(_listed(scan, "tags"), phrases=scan.tag_phrases)
    out.tags = _without_status_tag(tags, out.status)


def _decided_by(scan: Scan, out: Fields) -> str:
    """Who a status says decided, when no deciders are named ("" otherwise).

    "Approved by @rogerhutchings, @shaun.a.noordin, and @srallen." (zooniverse/front-end-
    monorepo): who approved or rejected it decided it; who proposed it did not.
    """
    if "deciders" in scan.fields or out.status not in _DECIDED:
        return ""
    by = _DECIDED_BY.match(out.status_raw)
    if by is None:
        return ""
    named = by[1].rstrip(". ")
    # Only people: "by consensus in the weekly meeting", "by majority", "by the Board on 5
    # May 2024" name no one (review 7).
    people = _PEOPLE_SPLIT.split(named)
    return named if all(_is_person(p) for p in people) else ""


def _is_person(text: str) -> bool:
    """A handle, or one to three words each written with a capital (``Grace Lee``).

    Not a procedure or a body written in capitals: "by Default", "by Email Vote",
    "by Slack Poll", "by The Architecture Board" (review 7).
    """
    if text[:1] == "@":
        return _PERSON.fullmatch(text) is not None
    words = text.split()
    return (
        _PERSON.fullmatch(text) is not None
        and all(word[0].isupper() for word in words)
        and words[0].lower() != "the"
        and _NOT_PEOPLE.isdisjoint(word.lower() for word in words)
    )


def _without_status_tag(tags: tuple[str, ...], status: Status) -> tuple[str, ...]:
    """Tags without one that merely restates the status (``tags: [Accepted]``)."""
    words = WORDS_OF.get(status)
    if not words or words.isdisjoint(tags):
        return tags
    return tuple(tag for tag in tags if tag not in words)  # tags are lower-case plain text


def _title(path: str, scan: Scan, out: Fields, relations: list[Relation]) -> int | None:
    heading = _raw(scan, "title")
    text = text_of(heading).strip() if heading is not None else scan.title
    site_number = None
    if heading is not None and scan.title and text and _is_site_page(scan):
        site_number = read_title(text).number  # "ADR-027: …" numbers the page
        text = scan.title
    elif heading is not None and text and (named := _NAME_TITLE.match(text)):
        # "title: 0002-Licence des projets Github" (a site's navigation label made from the
        # file name): the heading is the record's title; without one, the words are.
        if scan.title:
            text = scan.title
        elif named[1]:
            text = f"{named[1]}. {text[named.end() :]}"
    elif heading is not None and scan.title and text and names_the_record_type(text):
        text = scan.title  # "titre : Décision (MADR)" names the template; the heading, the record
    elif heading is not None and scan.title and str(heading).lstrip()[:1] == "`":
        # "- **Titre**: `# ADR-XXXX — [Titre de la décision]`" (Brownie2002/Boxing-Round-
        # Splitter): a title field in code shows the format; the heading is the record's.
        text = scan.title
    if text and text[0] == "[" and (labelled := _after_status_label(text)) is not None:
        found, text = labelled
        relations += found
    elif (
        text
        and (before := _status_before_title(text))
        and (read_status(before[1]).status is out.status)
    ):
        # Not under another status: "# Superseded: multitenant" over "Status: accepted" keeps
        # its words, which the status does not echo.
        text = text[before.end() :]
    if text and text[0] in "aArR" and _ID_ONLY.match(text) and (about := _description(scan)):
        # "# ADR-0003" under "description: Terraform public modules vs custom modules"
        # (GitBook, osinfra-io/gitbook-docs): the heading is the id, the page says the rest.
        out.title = about
        return read_title(text).number
    if text and " " not in text and text.lower() == stem_of(path).lower():
        # "# 013-greenhouse-plugin-lifecycle": the file's own name as the heading.
        number = number_from_name(path)
        words = title_from_name(path)
        text = words if number is None else f"{number}. {words}"
    if text and _names_the_kind(text, out) and slug_of(path):
        # "# RFC Proposal" over every proposal of a log (CMSgov/beneficiary-fhir-data): the
        # template's name, the same in each; the file's name is the proposal's own.
        text = title_from_name(path)
    if not text and (feature := _feature_name(scan)):
        text = feature
    if not text:
        out.title = title_from_name(path)
        out.warnings.append("no title heading; title made from the file name")
        return None
    if (match := _TITLE_RELATION.search(text)) and (found := relations_in_text(match[1])):
        relations += found
        text = text[: match.start()].rstrip()
    if text.endswith(("]", ")")) and (label := _TITLE_STATUS.search(text)) and label.start():
        # "[Deprecated]" or "(DEPRECATED)": a label; "(Open)" may be the title's own word.
        word = label[1] or (label[2] if label[2].isupper() else "")
        if word.lower() in _STATUS_WORDS:
            text = text[: label.start()]
    if text[-1:] in ")dD" and (kind := _RECORD_SUFFIX.search(text)) and kind.start():
        # "MQTT topic name conventions Ultra-light Architecture Decision Record (ADR)": the
        # template's "<title> Architecture Decision Record (ADR)" kept after the words put in.
        text = text[: kind.start()]
    if text[:1] == "[" and (kept := _TEMPLATE_BRACKETS.fullmatch(text)):
        text = kept[1]  # "# [Gestion des Dates]": the template's "[short title]" brackets kept
    # "# Use [Pop](https://github.com/markbates/pop) as the ORM" (transcom/mymove): a link
    # reads as its text (relations in the title were taken above, with their links).
    text = unlink(text)
    reading = read_title(text)
    if reading.number is None and reading.title[:1].isdigit():
        reading = _numbered_as_file(path, reading)
    if reading.title[:1] == "[" and (kept := _TEMPLATE_BRACKETS.fullmatch(reading.title)):
        reading = TitleReading(kept[1], reading.number)  # "[0010]. [FHIRPath Python Module]"
    out.title = reading.title
    if reading.version_id and "id" not in scan.fields:
        scan.extra.append(("id", reading.version_id))  # "# ADR-0.1.0 — X": shown beside "X"
    if reading.number is None:  # "# DEC-2026-013: X", "# TDR-015: X" in 015-x.md
        out.title = without_file_id(path, reading.title)
    if is_guided_placeholder(reading.title) and slug_of(path):
        out.title = title_from_name(path)
        out.warnings.append("the template's placeholder title; title made from the file name")
    if reading.title[:1] in "RSrs" and (undone := _TITLE_UNDOES.match(reading.title)):
        relations += stated(RelationKind.SUPERSEDES, references(undone[1]))
    return site_number if reading.number is None else reading.number


def _names_the_kind(title: str, out: Fields) -> bool:
    """A title naming the template or the kind of record, over a record (not an index page).

    Only the kind's name in the singular ("Architecture Decision Record") gives way over a stated
    status: "Architecture Decision Records", "Using ADRs" or "Decision Log" over one title a log's
    first record, about keeping the log (review 15: they gave way to "Adr", "Use adrs", ...).
    """
    return names_the_template(title) or bool(out.status_raw and names_one_record(title))


def _feature_name(scan: Scan) -> str:
    """The ``Feature Name`` field of an untitled RFC, when it reads as a title ("" otherwise).

    "- Feature Name: Foreign Keys" over "# Summary" (cockroachdb/cockroach docs/RFCS): the name
    of the feature is the record's. Not an identifier ("`const_generics`", "N/A", Rust's RFCs)
    nor a template's "(fill me in …)": words, capitalised.
    """
    found = next((value for key, value in scan.extra if normalise(key) == "feature-name"), "")
    found = found.strip()
    if " " not in found or not found[:1].isupper() or len(found) > MAX_SHOWN or "\n" in found:
        return ""
    return found


def _description(scan: Scan) -> str:
    """The page's ``description`` front matter, when one line says it ("" otherwise)."""
    found = next((value for key, value in scan.extra if key.lower() == "description"), "")
    return "" if "\n" in found.strip() or len(found) > MAX_SHOWN else found.strip()


def _is_site_page(scan: Scan) -> bool:
    return any(key in _SITE_PAGE_KEYS for key, _ in scan.extra)


def _after_status_label(text: str) -> tuple[list[Relation], str] | None:
    """``[Superseded by [ADR-0019](…)] Push Metrics``: the label's relations, and the title.

    None when the leading brackets state no relation ("[WIP] Use Kafka" keeps its label).
    """
    depth = 0
    for index, char in enumerate(text[:MAX_SHOWN]):
        depth += (char == "[") - (char == "]")
        if depth == 0:
            rest = text[index + 1 :].strip()
            found = relations_in_text(text[1:index]) if rest else []
            return (found, rest) if found else None
    return None


def _coded(path: str, scan: Scan, number: int | None) -> str:
    """The coded id (``ADR-MB-003``) the number counts in, as the heading or file name writes it."""
    if number is None:
        return ""
    heading = coded_id((scan.title or "").lstrip("*_` "))  # "**ADR-FE-016 — X**" too
    if heading is not None and heading[1] == number:
        if number_from_name(path) == number and coded_id(stem_of(path)) is None:
            return ""  # "# PLAT-ADR-003: Gamma" in 0003-gamma.md: the log's count, as named
        return heading[0]
    if "adr" not in path.rpartition("/")[2][:9].lower():
        return ""  # most file names, decided without their stem
    named = coded_id(stem_of(path))
    return named[0].upper() if named is not None and named[1] == number else ""


def _numbered_as_file(path: str, reading: TitleReading) -> TitleReading:
    """``16 External data sources`` in ``0016-external-data-sources.adoc``: the file's number.

    A bare number is otherwise the title's own word ("2 Phase Commit", "3 Replicas"), and
    stays so when the file's slug starts with it too (``0002-2-phase-commit.md``).
    """
    head, _, words = reading.title.partition(" ")
    named = number_from_name(path)
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if not words or not head.isdecimal() or named is None or int(head) != named:
        return reading
    if slug_of(path).startswith(head):
        return reading
    return TitleReading(words.strip(), named)


def _day_count(path: str, scan: Scan, from_name: int | None, title_number: int | None) -> bool:
    """Whether the file name's number counts its day's records, the heading naming the record.

    "2026-09-01-01-tool-channels.md" headed "# ADR-016: …" (a public log's): record 16.
    """
    if from_name is None or title_number is None or title_number == from_name:
        return False
    return numbered_after_date(path) and OPENS_WITH_ID.match(scan.title or "") is not None


def _number(path: str, scan: Scan, out: Fields, title_number: int | None) -> int | None:
    from_name = number_from_name(path)
    if from_name is not None and title_number is not None and slug_of(path).isdigit():
        # "adr-0001-2.md" headed "# ADR-0004" (osinfra-io/gitbook-docs): GitBook counts the
        # copies of a page named "adr-0001"; the heading says which record the copy became.
        return title_number
    if _day_count(path, scan, from_name, title_number):
        return title_number
    if from_name is not None:
        if title_number is not None and title_number != from_name:
            # Copied templates keep a stale heading number; the file name is what tools renumber.
            out.warnings.append(
                f"title number {title_number} differs from the file name's {from_name};"
                f" kept {from_name}"
            )
        return from_name
    for key in ("number", "id"):
        raw = _raw(scan, key)
        if raw is not None and not isinstance(raw, bool):
            # Raw text, never a YAML-coerced int: "0042" must not become octal 34.
            number = number_in_reference(text_of(raw))
            if number is not None:
                return number
    return title_number


def _format(scan: Scan) -> str:
    styles = [value.style for value in scan.fields.values()]
    if "yaml" in styles:
        return "yaml"
    for key in ("status", "date", "deciders", "tags"):
        if key in scan.fields:
            return _STYLE_FORMATS.get(scan.fields[key].style, "plain")
    return "plain"


def related_in_prose(path: str, fields: Fields, mentions: list[Reference]) -> None:
    """Add the records the prose names as ``related``, unless a link to them is stated.

    A record the metadata already links (``Superseded by ADR-5``, then "see ADR-5") keeps
    its stated kind only; the record itself (``ADR-0011`` in 0011's text) is no link.
    """
    own = path.rsplit("/", 1)[-1]
    named = {(r.ref.number, r.ref.target) for r in fields.relations}
    numbers = {number for number, _ in named if number is not None}
    targets = {target.rsplit("/", 1)[-1] for _, target in named if target}
    added: list[Relation] = []
    for ref in mentions:
        file = ref.target.rsplit("/", 1)[-1] if ref.target else None
        if ref.number is not None and ref.number in numbers:
            continue
        if ref.number == fields.number and not _links_elsewhere(ref, path):
            continue
        if file is not None and (file == own or file in targets or _chapter_beside(ref, own)):
            continue
        added.append(Relation(RelationKind.RELATES_TO, ref))
    if added:
        fields.relations = tuple(dedupe([*fields.relations, *added]))


def _links_elsewhere(ref: Reference, path: str) -> bool:
    """Whether ``ref`` links a file other than this record's, whatever number it shows.

    "[ADR-0013](0013-logging-apm-monitoring.md)" in 0013-feature-flags.md (island-is/island.is,
    which renumbered the logging record 0014 later) names that record, not this one.
    """
    stem = stem_of((ref.target or "").rstrip("/"))
    return bool(stem.strip(".")) and stem != stem_of(path)  # "./", "..": a folder, no file


def _numbered_as_own_id(scan: Scan, number: int, relations: list[Relation]) -> list[Relation]:
    """Relations to records named as this one names itself: "# TDR-012: …" names "TDR-013" 13.

    Only the letters of the record's own id, with its own number, say that "TDR" numbers
    records of this log; elsewhere "TDR-013" stays a name without a number.
    """
    title = scan.title or ""
    if title[:3].lower() in ("adr", "rfc", "add") or (own := heading_id(title)) is None:
        return relations  # "ADR-12" numbers its references already; most titles have no id
    if own[1] != number:
        return relations
    letters = own[0]
    renumbered: list[Relation] = []
    for relation in relations:
        ref = relation.ref
        named = heading_id(ref.raw) if ref.number is None and ref.target is None else None
        if named is not None and named[0] == letters and len(ref.raw) <= len(letters) + 8:
            ref = Reference(ref.raw, named[1], ref.target)
            relation = Relation(relation.kind, ref, relation.target_id, relation.stated)
        renumbered.append(relation)
    return renumbered


def _part_replaced(relations: list[Relation], status: Status) -> list[Relation]:
    """A record still in force that says a part of it was superseded by N is amended by N.

    "Accepted (application decision partly superseded by TDR-013)" above a field
    "Superseded by: [TDR-013](…) for OMPS-owned item application": one record, amended-by
    (the field, not knowing the word "partly", read superseded-by; review 8).
    """
    if status is Status.SUPERSEDED:
        return relations
    parts = {
        r.ref.number
        for r in relations
        if r.kind is RelationKind.AMENDED_BY and r.ref.number is not None
    }
    if not parts:
        return relations
    return [
        replace(r, kind=RelationKind.AMENDED_BY)
        if r.kind is RelationKind.SUPERSEDED_BY and r.ref.number in parts
        else r
        for r in relations
    ]


def _names_itself(relation: Relation, title: str) -> bool:
    """A "related" record named by this one's own title: Hugo's ``related:`` lists the page.

    "related: [Use Markdown Architectural Decision Records]" in that record's front matter
    (FoamScience/OpenFOAMDocsWebpages) relates it to nothing.
    """
    ref = relation.ref
    return (
        relation.kind is RelationKind.RELATES_TO
        and ref.number is None
        and ref.target is None
        and ref.raw.casefold() == title.casefold()
    )


def _its_own_file(ref: Reference, path: str, number: int | None) -> bool:
    """Whether ``ref`` names this record's own file, kept elsewhere (its former place).

    "**Related:** …, superseded location `governance/decisions/ADR-001-layer-naming-L4-L5-
    L8.md`" in .governance/adr/ADR-0001-layer-naming-l4-l5-l8.md (cinderlit/stewardship-
    standard): the same number and words are this record, not one it relates to.
    """
    if ref.number is None or ref.number != number or not ref.target:
        return False
    return slug_of(ref.target).casefold() == slug_of(path).casefold() != ""


def _label_over_own_file(relation: Relation, path: str, number: int | None) -> Relation:
    """A link to this record's own file whose words name another record names that record.

    "Status: superseded by [ADR-0004](adr-001-automated-a11y-tests.md)" in that very file
    (launchdarkly/launchpad-ui): the link was copied from the record's own name and only its
    words were changed; read by its target, the record named itself and had no successor.
    """
    ref = relation.ref
    if not _its_own_file(ref, path, number):
        return relation
    named = number_in_reference(ref.raw)
    if named is None or named == number:
        return relation  # "[this decision](0001-x.md)": the record itself, dropped below
    return replace(relation, ref=Reference(ref.raw, named))


def _padded_width(name: str) -> int:
    """How many digits a zero-padded number opening ``name`` has ("0002-x.md": 4), else 0."""
    digits = len(name) - len(name.lstrip("0123456789"))
    return digits if digits > 1 and name[0] == "0" else 0


def _chapter_beside(ref: Reference, own: str) -> bool:
    """Whether ``ref`` is a file beside this record numbered as chapters are, not as it is.

    "関連: 仕様書 01_requirements.md, 02_functional_spec.md" in 0002-x.md (kani3camp/mine-party)
    and "Backlog: … (`04-testing.md`)" in 0002-y.md name a document set's chapters, numbered
    with two digits where the log's records have three or more.
    """
    name = (ref.target or "").removeprefix("./")
    if not name or "/" in name:
        return False
    return 0 < _padded_width(name) < 3 <= _padded_width(own)


def interpret(path: str, scan: Scan) -> Fields:
    """Turn raw metadata into decision fields; problems become warnings."""
    out = Fields()
    relations: list[Relation] = []
    _status(scan, out, relations)  # the status line comes first in most documents
    relations += scan.relations
    _date(path, scan, out)  # after the status: a dated status is the fallback date
    _people(scan, out)
    title_number = _title(path, scan, out, relations)
    out.number = _number(path, scan, out, title_number)
    if out.number is not None and relations:
        relations = _numbered_as_own_id(scan, out.number, relations)
    relations = _part_replaced(relations, out.status)
    relations = [_label_over_own_file(r, path, out.number) for r in relations]
    own = path.rsplit("/", 1)[-1]
    out.relations = tuple(
        dedupe(
            r
            for r in relations
            if not _names_itself(r, out.title)
            and not _chapter_beside(r.ref, own)
            and not _its_own_file(r.ref, path, out.number)
        )
    )
    out.format = _format(scan)
    extra = [(key, value) for key, value in scan.extra if key and value]
    for key in ("id", "number"):
        if key in scan.fields:
            extra.append((key, text_of(scan.fields[key].raw)))
    if out.written_date:
        extra.append((WRITTEN_KEY, out.written_date))
    if coded := _coded(path, scan, out.number):
        extra.append((CODED_KEY, coded))
    out.extra = tuple(dict.fromkeys(extra))
    return out
