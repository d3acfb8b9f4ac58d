"""Parse one file's bytes into a Decision: the public entry point of the parser."""

from __future__ import annotations

import re

from adr_tui.core.model import Decision, Problem, Section
from adr_tui.core.parsing.assemble import Fields, interpret, related_in_prose, yaml_into
from adr_tui.core.parsing.conflicts import first_side
from adr_tui.core.parsing.decoding import decode
from adr_tui.core.parsing.front_matter import FrontMatter, read_front_matter
from adr_tui.core.parsing.inline import unlink_defined
from adr_tui.core.parsing.keys import canonical_key
from adr_tui.core.parsing.mentions import mentioned
from adr_tui.core.parsing.outcome import ParseOutcome, blob_id
from adr_tui.core.parsing.scanner import Scan, Scanner, with_plain_headings
from adr_tui.core.parsing.sections import find_sections
from adr_tui.core.parsing.templates import is_template, left_over, only_comments, says_template
from adr_tui.core.parsing.titles import names_a_record_list, title_from_name

HEAD_CHARS = 256 * 1024
"""Metadata is looked for in the first 256 KB only; a 5 MB ADR still parses fast."""
MAX_EXAMPLE_TRIES = 10
"""Level-1 headings tried as the start of an example after a template (each is a scan)."""


def _doc_id(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path


def _head_lines(body: str) -> list[str]:
    if len(body) <= HEAD_CHARS:
        return body.split("\n")
    return body[:HEAD_CHARS].split("\n")[:-1]  # the last line may be cut short


_BLANKS = re.compile(r"[\n\r\t ]*")
"""The blanks opening a body, measured without copying it (``lstrip`` copied 5 MB bodies)."""


def _second_front_matter(body: str) -> FrontMatter | None:
    """A second YAML block straight under the front matter, or None.

    A site's block ("level:", "purpose:", "version:") over the record's own MADR block
    ("status:", "deciders: [AaronZZH]"): both are metadata, and the second one would
    otherwise show as body text, its "deciders: [AaronZZH]" read as a bracketed name.
    Only blank lines may stand between the two, and the second must be a key/value block
    naming at least one field of a record: "Note: this replaces the old queue." between
    two rules is prose under a thematic break, and stays in the body.
    """
    blanks = _BLANKS.match(body)
    start = blanks.end() if blanks else 0
    if not body.startswith("---", start):
        return None  # most records: a heading follows the front matter
    start = body.rfind("\n", 0, start) + 1  # the fence's own line
    second = read_front_matter(body[start:])
    if not second.present or not any(canonical_key(str(key)) for key in second.data):
        return None  # a thematic break over prose, not a block of metadata
    second.body_start += start
    return second


def _looks_like_template(path: str, scan: Scan) -> bool:
    def raw(key: str) -> object:
        value = scan.fields.get(key)
        return None if value is None else value.raw

    title = raw("title")
    named = None if title is None else str(title)
    if named is not None and left_over(named, scan.title):
        named = None  # the template's name copied into the front matter: no sign of its own
    titles = (scan.title, named)
    blanks = sum(key not in scan.fields for key in scan.blanks) if scan.blanks else 0
    return is_template(path, titles, raw("status"), raw("date"), raw("deciders"), blanks)


def _empty_template(scan: Scan, lines: list[str]) -> bool:
    """A title that says "template" over sections that hold only comments."""
    title = scan.fields.get("title")
    if not says_template(scan.title) and not (title is not None and says_template(title.raw)):
        return False
    first = next((s.line for s in scan.sections if s.line > scan.title_line), None)
    return first is not None and only_comments(lines[first:])


def _example(path: str, lines: list[str], scan: Scan) -> tuple[int, Scan] | None:
    """The first complete decision after a template: (its first line, its scan)."""
    for start in scan.later_h1[:MAX_EXAMPLE_TRIES]:
        part = Scanner().run(lines[start:], 0)
        found = part.fields
        if ("status" in found or "date" in found) and not _looks_like_template(path, part):
            return start, part
    return None


def _is_index_page(fields: Fields) -> bool:
    """An index under a name discovery cannot know ("indexer.md"): no metadata, a list title."""
    unstated = fields.number is None and not fields.status_raw and fields.date is None
    return unstated and names_a_record_list(fields.title)


def _decision(
    path: str,
    body: str,
    fields: Fields,
    data: bytes,
    warnings: list[str],
    sections: tuple[Section, ...] | None,
) -> Decision:
    return Decision(
        id=_doc_id(path),
        path=path,
        title=unlink_defined(fields.title, body),
        number=fields.number,
        status=fields.status,
        status_raw=fields.status_raw,
        date=fields.date,
        deciders=fields.deciders,
        decider_roles=fields.decider_roles,
        consulted=fields.consulted,
        informed=fields.informed,
        tags=fields.tags,
        relations=fields.relations,
        body_source=body,
        sections=sections if sections is not None else find_sections(body),
        format=fields.format,
        warnings=tuple(dict.fromkeys(warnings + fields.warnings)),
        extra=fields.extra,
        digest=blob_id(data),
    )


def _parse(data: bytes, path: str) -> ParseOutcome:
    decoded = decode(data)
    if decoded.problem is not None:
        code, message = decoded.problem
        return ParseOutcome(None, problems=(Problem(path, message, code),))
    text, warnings = decoded.text, decoded.warnings
    if "<<<<<<<" in text and (resolved := first_side(text)) is not None:
        text, line = resolved
        warnings.append(
            f"unresolved merge conflict (markers from line {line}); read the side above "
            "each '======='"
        )
    front = read_front_matter(text) if text.startswith(("---", "<!--", "+++")) else None
    body = text[front.body_start :] if front is not None else text
    scan = Scan()
    if front is not None:
        warnings += front.warnings
        if (second := _second_front_matter(body)) is not None:
            # The record's own block, written under a site's: it states the decision's
            # fields, so it is read first and wins; the site's fills in the rest.
            warnings += second.warnings
            yaml_into(scan, second.data)
            body = body[second.body_start :]
        yaml_into(scan, front.data)
    lines = with_plain_headings(_head_lines(body), body)
    Scanner(scan).run(lines)
    # The scanner saw every heading unless the body is longer than the head.
    whole = len(body) <= HEAD_CHARS
    if not _looks_like_template(path, scan) and not _empty_template(scan, lines):
        fields = interpret(path, scan)
        if mentions := mentioned(body if whole else body[:HEAD_CHARS], path, scan):
            related_in_prose(path, fields, mentions)
        if _is_index_page(fields):
            return ParseOutcome(None)
        sections = tuple(scan.sections) if whole else None
        return ParseOutcome(_decision(path, body, fields, data, warnings, sections))
    example = _example(path, lines, scan)
    if example is None:
        return ParseOutcome(None, is_template=True)
    start, part = example
    warnings.append(f"template part (lines 1-{start}) skipped; parsed the example that follows")
    example_body = "\n".join(body.split("\n")[start:])
    sections = tuple(part.sections) if whole else None
    decision = _decision(path, example_body, interpret(path, part), data, warnings, sections)
    return ParseOutcome(decision, is_template=True)


def _fallback(data: bytes, path: str, error: Exception) -> ParseOutcome:
    """Last resort after an unexpected error: a bare decision that says what went wrong."""
    note = f"internal parser error ({type(error).__name__}); metadata not read"
    try:
        text = data.decode("utf-8", errors="replace")
        decision = Decision(
            id=_doc_id(path),
            path=path,
            title=title_from_name(path),
            body_source=text,
            warnings=(note,),
            digest=blob_id(data),
        )
    except Exception:  # noqa: BLE001 - nothing may escape parse_document
        return ParseOutcome(None, problems=(Problem(path, note, "parse-error"),))
    return ParseOutcome(decision)


def parse_document(data: bytes, path: str) -> ParseOutcome:
    """Parse ``data`` read from repository-relative ``path``. Never raises.

    Args:
        data: The file's bytes.
        path: Repository-relative POSIX path (gives the id and, first, the number).

    Returns:
        The decision (or None for templates, empty and binary files), whether the
        file is a template, and any problem that kept it from being a decision.
    """
    try:
        return _parse(data, path)
    except Exception as error:  # noqa: BLE001 - the documented guarantee
        return _fallback(data, path, error)
