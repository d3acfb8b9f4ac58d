"""Records linked from prose: a link to another ADR file, outside the metadata, relates them.

The reference sections ("References", "More Information", "Links") count as prose here: a
link there to another record is checked like any other, so a renamed or missing file shows.

"This builds on [ADR-0007](0007-active-permission-request.md)", "link:0002-data-model.adoc[data
model]", "`0017-generalized-containers.rst`_": the text relates the record to another one.
A bare "(see ADR-0006)" is not read: finding it means one more pass over every byte of
prose (about 3% of a cold parse), and most records that name another one link it.
Prose never says which way a supersession goes, so a mention is only ever ``related``;
what the metadata states about the same record wins (see :mod:`assemble`).

A mention names a record only when nothing suggests another kind of document: no web
address (GitHub issues, pull requests, other repositories), no README, index or template,
and in another folder only a numbered file whose folder or words say ADR or decision
(``../rfcs/0015-x.md``, ``../08-planning/dag.md`` and ``docs/BACKLOG.adoc`` are none).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from adr_tui.core.model import Reference
from adr_tui.core.parsing.forge import forge_file_path
from adr_tui.core.parsing.inline import LINK, plain
from adr_tui.core.parsing.keys import section_kind
from adr_tui.core.parsing.numbers import date_from_name, number_from_name, number_in_reference
from adr_tui.core.parsing.scanner import Scan, opens_prose

# AsciiDoc links ("link:0002-x.adoc[text]", "xref:0002-x.adoc[text]", "<<0002-x.adoc#,text>>")
# and reStructuredText links ("`text <0002-x.rst>`_", "`0002-x.rst`_"); bounded parts.
_ADOC_LINK = re.compile(
    r"\b(?:link|xref):([^\s\[\]]{1,500})\[([^\[\]\n]{0,300})\]|<<([^<>,\s]{1,500}),([^<>\n]{0,300})>>"
)
_RST_LINK = re.compile(r"`([^`<>\n]{0,300}?)\s*(?:<([^<>\s`]{1,500})>)?`_")
# A Markdown link reference definition: "[adr-0003]: 0003-shared-state.md" (not a footnote).
_DEFINITION = re.compile(r"(?m)^ {0,3}\[(?!\^)([^\[\]\n]{1,300})\]:[ \t]*<?([^\s<>]{1,500})>?")
_REFERENCE_SECTIONS = frozenset({"notes", "links"})
"""Sections of links and references ("More Information", "Links"): read as prose is."""
# ".html": the page a site renders from a record ("012-one-cluster.html" for "012-one-cluster.md",
# ministryofjustice/cloud-platform); the catalogue drops one that renders no record of the log.
_DOC_SUFFIXES = (".md", ".markdown", ".adoc", ".rst", ".txt", ".mdx", ".html", ".htm")
_NOT_RECORDS = frozenset(
    {"readme", "index", "template", "toc", "summary", "changelog", "contributing", "license"}
)
_RECORD_WORDS = re.compile(r"(?i)\b(?:adrs?|decisions?)\b")
# A site's page of a record, the file named without its suffix: "/decisions/0004-release-
# captain" (s3gw-tech/s3gw: MkDocs serves "0004-release-captain.md" there), "../0002-use-y/".
_RECORD_PAGE = re.compile(r"^\d{1,6}[-_][^.]*[a-zA-Z][^.]*$")
# The sub-folder where a log keeps the records it retired ("archive/", "superseded/": georgevs/
# pills, aleksacavic/PortPlanner, neilgfoster/wyrd), below the record that links one.
_RETIRED = re.compile(r"(?i)^(?:\./)?(?:archived?|superseded|deprecated|obsolete|retired)$")


def mentioned(text: str, path: str, scan: Scan) -> list[Reference]:
    """References to other records in the prose sections of ``text``.

    Args:
        text: The body (or its head) as ``scan`` read it, lines numbered from 0.
        path: The file's path: AsciiDoc and reStructuredText have link syntaxes of their own.
        scan: What the scan found: its sections (prose or metadata) and hidden lines.
    """
    spans = _candidates(text, path)
    if not spans:
        return []  # most records: decided by one or two substring tests
    if "<!--" in text:
        spans = _outside_comments(spans, text)
    spans.sort(key=lambda span: span[0])
    sections = [s for s in scan.sections if s.line != scan.title_line]
    starts = [section.line for section in sections]
    skipped = set(scan.hidden)
    # A record of no sections and no fields is prose under its title ("Use knex as the query
    # builder; superseded the [SQL builder](archive/11-9-sql-builder.md).", georgevs/pills).
    all_prose = not sections and not scan.fields and not scan.relations
    found: list[Reference] = []
    seen: set[int | str] = set()
    line, position = 0, 0
    for start, ref in spans:
        line += text.count("\n", position, start)
        position = start
        at = bisect_right(starts, line) - 1  # the section this line is in
        if at < 0 and not all_prose:
            continue  # the head of a record: its fields and notices, read as such
        if line in skipped or (at >= 0 and (starts[at] == line or not _read(sections[at].title))):
            continue
        # Once a record: the same link may be written twice in a paragraph. Unnumbered
        # records (dated, or named by words) are told apart by their files alone.
        keys = [key for key in (ref.number, ref.target) if key is not None]
        if not seen.intersection(keys):
            seen.update(keys)
            found.append(ref)
    return found


def _outside_comments(spans: list[tuple[int, Reference]], text: str) -> list[tuple[int, Reference]]:
    """The links outside HTML comments: one inside is a template's example, read by no one.

    ("* [Link type] [Link to ADR] <!-- example: Refined by [ADR-0005](0005-example.md) -->".)
    Found with two ``find`` calls per comment: linear, even for a comment never closed.
    """
    comments: list[tuple[int, int]] = []
    at = text.find("<!--")
    while at >= 0:
        end = text.find("-->", at + 4)
        comments.append((at, len(text) if end < 0 else end + 3))
        at = -1 if end < 0 else text.find("<!--", end + 3)
    starts = [start for start, _ in comments]
    kept = []
    for offset, ref in spans:
        index = bisect_right(starts, offset) - 1
        if index < 0 or offset >= comments[index][1]:
            kept.append((offset, ref))
    return kept


def _read(heading: str) -> bool:
    """Whether links in the section under ``heading`` may name records."""
    return opens_prose(heading) or section_kind(heading) in _REFERENCE_SECTIONS


def _candidates(text: str, path: str) -> list[tuple[int, Reference]]:
    """(offset, reference) of every link that may name a record.

    Each syntax is looked for only where a substring test finds its mark.
    """
    links: list[tuple[int, str, str]] = []  # (offset, label, target)
    # A one-character test first: it runs at memchr speed, a two-character one does not.
    if "]" in text and "](" in text:
        # An image names no record: "![adr-013 rendered output](0013-example.png)" (adr/madr's
        # 0013) related the record to itself.
        links += (
            (m.start(), m[1], m[2])
            for m in LINK.finditer(text)
            if not (m.start() and text[m.start() - 1] == "!")
        )
    if "]:" in text:
        links += ((m.start(), m[1], m[2]) for m in _DEFINITION.finditer(text))
    if path.endswith((".adoc", ".asciidoc")) and ("[" in text or "<" in text):
        for m in _ADOC_LINK.finditer(text):
            target, label = (m[1], m[2]) if m[1] else (m[3], m[4])
            links.append((m.start(), label, target.rsplit("$", 1)[-1]))
    if path.endswith(".rst") and "`" in text and "`_" in text:
        links += ((m.start(), m[1], m[2] or m[1]) for m in _RST_LINK.finditer(text))
    if not links:
        return []
    folder, _, name = path.rpartition("/")
    unnumbered = number_from_name(name) is None and date_from_name(name) is None
    spans: list[tuple[int, Reference]] = []
    for start, label, target in links:
        if (ref := _linked(label, target, folder, unnumbered=unnumbered)) is not None:
            spans.append((start, ref))
    return spans


def _linked(label: str, target: str, folder: str, *, unnumbered: bool) -> Reference | None:
    """The record a prose link names, or None for any other kind of document.

    ``unnumbered`` says the linking record's name holds no number: its siblings are named by
    words too. ``folder`` is the linking record's: a forge's page of a file in that same folder
    ("https://github.com/pod-os/PodOS/blob/main/docs/decisions/0009-introduce-rxjs.md" from
    docs/decisions) is the log's own record, linked the way its site shows it; one below it
    (".../architecture/tendermint-core/adr-071-x.md" from .../architecture, cometbft/cometbft)
    is read as the same link written relative would be.
    """
    name = target.split("#", 1)[0].rstrip("/")
    if "://" in name and (path := forge_file_path(name)) is not None:
        below = path[len(folder) + 1 :] if path.startswith(f"{folder}/") else None
        if not folder:
            below = path  # a log at the repository's root: every path is below it
        if below and (ref := _linked(label, below, folder, unnumbered=unnumbered)):
            return Reference(ref.raw, ref.number, name)  # resolved by its path in the log
        return None
    if not name or "://" in name or name.startswith(("//", "mailto:")):
        return None  # a web page, an issue, another repository; or an anchor on this page
    if name.startswith("./"):
        name = name[2:]
    folder, _, file = name.rpartition("/")
    stem = file.rsplit(".", 1)[0].lower() if "." in file else file.lower()
    if stem in _NOT_RECORDS or stem.startswith(("template", "adr-template")):
        return None
    words = plain(label)
    is_doc = file.lower().endswith(_DOC_SUFFIXES)
    page = not is_doc and _RECORD_PAGE.match(file) is not None
    number = number_from_name(file) if is_doc or page else None
    if number is None:
        number = number_in_reference(words) if _RECORD_WORDS.search(words) else None
    if number is None:
        # A dated sibling ("2025-06-17-x.md") or a dated record up the tree ("../20260919-x.md",
        # a log4brains package's link to the project's log); in a log that numbers nothing, a
        # sibling named by words ("use-kafka.md"). The catalogue drops those that turn out
        # documents ("[glossary](glossary.md)"); a numbered log's one-word pages are no records.
        dated = date_from_name(file) is not None
        if is_doc and (dated or unnumbered) and (not folder or (dated and not folder.strip("./"))):
            return Reference(raw=words or name, target=name)
        return None
    # "../rfcs/0015-x.md", "../specs/0003-y.md": numbered, but not records; "archive/11-9-sql-
    # builder.md" is the log's own, retired.
    recordlike = _RECORD_WORDS.search(folder) or _RECORD_WORDS.search(words)
    if folder and not recordlike and not _RETIRED.match(folder):
        return None
    if page and name.startswith("/"):
        name = file  # from the site's root, not the repository's: the page's name is the record's
    return Reference(raw=words or name, number=number, target=name)
