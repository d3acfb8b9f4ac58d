"""Is this file an ADR template? Placeholders are signs; two signs make a template.

One sign alone (a date left as ``YYYY-MM-DD``) is a sloppy real ADR, which still
loads with a warning.
"""

from __future__ import annotations

import re

from adr_tui.core.parsing.dates import is_date_placeholder, parse_date
from adr_tui.core.parsing.numbers import slug_of
from adr_tui.core.parsing.people import is_people_placeholder
from adr_tui.core.parsing.statuses import read_status
from adr_tui.core.parsing.titles import names_the_record_type, read_title

TEMPLATE_SCORE = 2
# adr-tools' own template: "# NUMBER. TITLE", "Date: DATE", "STATUS" (case matters).
_CAPS_WORDS = re.compile(r"\b(?:NUMBER|TITLE|NNNN|XXXX)\b")
_CAPS_VALUES = frozenset({"STATUS", "DATE", "TITLE", "TBD"})
# "template.md", "0000-adr-template.md", "adr-template-bare.md", "madr-template.md",
# "0000-template-record-decision.md" — but not "0012-use-velocity-as-template-engine.md", a
# real decision about templates.
_TEMPLATE_NAME = re.compile(r"(?:[a-z]{1,12}[-_ ])?templates?(?:[-_ ][a-z]{1,12}){0,2}")
_PLACEHOLDER_TITLES = frozenset(
    {"title", "adr title", "decision title", "short title", "your title here", "tbd"}
)
_PLACEHOLDER_WORDS = frozenset({"title", "record", "decision", "adr", "short", "your", "the"})
"""The words of a title that only names itself ("Record decision title")."""
# "Template", "ADR template", "0. Template": a title nobody has filled in yet.
_TEMPLATE_TITLE = re.compile(
    r"(?i)^(?:(?:architecture\s+)?decision\s+record\s+|adr\s+|madr\s+)?template$"
)
_MUSTACHE = re.compile(
    r"\{\{[^{}]{0,80}\}\}|\{(?:title|name|date|status|number|id)\}|\$\{[^{}]{0,80}\}"
)


def _wrapped(text: str) -> bool:
    text = text.strip().strip("*_`")
    return len(text) > 2 and text[0] in "[{<" and text[-1] in "]}>" and "](" not in text


def _title_signs(heading: str | None) -> int:
    if heading is None:
        return 0
    reading = read_title(heading)
    signs = 1 if reading.placeholder_number else 0
    # "# Title" is a placeholder; "# 1. Title" has been numbered by a person or a tool, but
    # "0000 - Record decision title" (PoliticalSphere/political-sphere) is numbered as none.
    unnumbered = reading.number is None or reading.number == 0
    placeholder = unnumbered and _placeholder_title(reading.title)
    # Caps words after a placeholder number ("XXXX - Title") were counted once already.
    marked = _MUSTACHE.search(heading) or _CAPS_WORDS.search(reading.title)
    if placeholder or marked or _wrapped(reading.title):
        signs += 2
    elif reading.title.lower().endswith("template") and _TEMPLATE_TITLE.match(
        reading.title.strip()
    ):
        signs += 1 if reading.number is not None else 2  # "0. Template" was numbered
    return signs


def _names_a_record(title: str | None) -> bool:
    """A title someone wrote for the decision: no placeholder, nor the name of a kind of page."""
    if not title or not title.strip() or says_template(title) or names_the_record_type(title):
        return False
    return not _title_signs(title)


def left_over(title: str, heading: str | None) -> bool:
    """A front-matter title that only names the template ("ADR Template") over a named record.

    Jekyll front matter copied with the template keeps its ``title: ADR Template`` over a
    record filled in under "# TypeORM as ORM" (ganauntaran3/be-lumbung-mesari): the words the
    writer put in are the record's; the copied navigation label is no placeholder of theirs.
    """
    if title.rstrip()[-8:].lower() != "template":
        return False  # most titles, decided at their last word
    return _TEMPLATE_TITLE.match(title.strip()) is not None and _names_a_record(heading)


def _placeholder_title(title: str) -> bool:
    """True for words that only say what goes here: "Title", "Record decision title"."""
    text = title.strip().lower()
    if text in _PLACEHOLDER_TITLES:
        return True
    words = text.split()
    return words[-1:] == ["title"] and _PLACEHOLDER_WORDS.issuperset(words)


_GUIDANCE = re.compile(r"\s*\([^()\n]{1,200}\)$")


def is_guided_placeholder(title: str) -> bool:
    """The template's title and its guidance, left over a filled record.

    "Decision Record Title (a description of the decision, not the problem)" (alphagov/forms
    ADR025): no title of the decision, though the record is filled in. Not a template sign:
    the record's other fields are its own.
    """
    if not title.endswith(")"):
        return False  # most titles, decided at the last character
    bare = _GUIDANCE.sub("", title)
    return bare != title and _placeholder_title(bare)


def _numbered_and_named(heading: str | None) -> bool:
    """A heading someone numbered and named ("ADR-002 Distance Subpackage"): no template's."""
    if heading is None:
        return False
    reading = read_title(heading)
    return bool(reading.number) and not reading.placeholder_number and not _title_signs(heading)


def _status_signs(status: str | None) -> int:
    if not status:
        return 0
    reading = read_status(status)
    if reading.choices:
        return 2
    placeholder = _wrapped(status) or status.strip() in _CAPS_VALUES
    return 1 if placeholder and not reading.known else 0


def _only_text(value: object) -> str | None:
    """The text of a value, or of a one-item list (``[Names of people involved]``)."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, str) else None


def _filled(status: object, date: object) -> bool:
    """A status the table knows and a real date: a record someone filled in."""
    status_text, date_value = _only_text(status), date
    if isinstance(date, list) and len(date) == 1:
        date_value = date[0]
    if not status_text or _wrapped(status_text) or parse_date(date_value) is None:
        return False
    reading = read_status(status_text)
    return reading.known and not reading.choices


def _content_signs(
    titles: tuple[str | None, ...], status: object, date: object, deciders: object, blanks: int
) -> int:
    """The placeholder signs of the metadata's values (the file name aside)."""
    signs = max(map(_title_signs, titles), default=0) + _status_signs(_only_text(status))
    signs += blanks
    date_text = _only_text(date)
    if date_text and (is_date_placeholder(date_text) or date_text.strip() in _CAPS_VALUES):
        signs += 1
    if is_people_placeholder(_only_text(deciders)):
        signs += 1
    return signs


def _with_name(
    path: str, titles: tuple[str | None, ...], status: object, date: object, signs: int
) -> int:
    """``signs`` with the file name's sign added and a filled-in record's taken off."""
    if _TEMPLATE_NAME.fullmatch(slug_of(path).lower()):
        signs += 1
    elif signs and any(map(_numbered_and_named, titles)):
        # A record copied from the template, numbered and named, whose status and date
        # are still the template's text: a draft to list, not the template itself.
        signs -= TEMPLATE_SCORE
    if signs and _filled(status, date):
        signs -= 1  # "# [Gestion des dates]" over "Statut: mergé" and a real date
    return signs


def template_signs(
    path: str,
    titles: tuple[str | None, ...],
    status: object,
    date: object,
    deciders: object,
    blanks: int = 0,
) -> int:
    """How many placeholder signs the metadata shows (see :data:`TEMPLATE_SCORE`).

    ``titles`` are the front-matter title and the heading: a Jekyll nav title such
    as ``title: ADR Template`` must not hide a ``# {short title}`` heading.
    ``blanks`` counts fields written with no value or only a comment
    (``Date: <!-- Today's date -->``): each is a placeholder.
    """
    signs = _content_signs(titles, status, date, deciders, blanks)
    return _with_name(path, titles, status, date, signs)


def is_template(
    path: str,
    titles: tuple[str | None, ...],
    status: object,
    date: object,
    deciders: object,
    blanks: int = 0,
) -> bool:
    """True when the metadata is a template's rather than a decision's."""
    signs = _content_signs(titles, status, date, deciders, blanks)
    # Without a sign in the values, the file name's one sign is never two: most records
    # are decided here, without reading the name.
    return signs > 0 and _with_name(path, titles, status, date, signs) >= TEMPLATE_SCORE


def says_template(title: object) -> bool:
    """True when a title says "template" (``ADR template <!-- replace -->``)."""
    return title is not None and "template" in str(title).lower()


def only_comments(lines: list[str]) -> bool:
    """True when ``lines`` hold headings, blanks and HTML comments, and nothing else.

    A template whose every section is guidance in comments has no decision in it.
    """
    in_comment = False
    for line in lines:
        text = line.strip()
        while text:
            if in_comment:
                end = text.find("-->")
                in_comment = end < 0
                text = "" if in_comment else text[end + 3 :].strip()
            elif text.startswith("<!--"):
                in_comment, text = True, text[4:]
            elif text.startswith("#"):
                text = ""
            else:
                return False
    return True
