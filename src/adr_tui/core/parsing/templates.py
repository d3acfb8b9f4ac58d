"""Is this file an ADR template? Placeholders are signs; two signs make a template.

One sign alone (a date left as ``YYYY-MM-DD``) is a sloppy real ADR, which still
loads with a warning.
"""

from __future__ import annotations

import re

from adr_tui.core.parsing.dates import is_date_placeholder
from adr_tui.core.parsing.numbers import stem_of
from adr_tui.core.parsing.people import is_people_placeholder
from adr_tui.core.parsing.statuses import read_status
from adr_tui.core.parsing.titles import read_title

TEMPLATE_SCORE = 2
# adr-tools' own template: "# NUMBER. TITLE", "Date: DATE", "STATUS" (case matters).
_CAPS_WORDS = re.compile(r"\b(?:NUMBER|TITLE|NNNN|XXXX)\b")
_CAPS_VALUES = frozenset({"STATUS", "DATE", "TITLE", "TBD"})
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
    if _wrapped(reading.title) or _MUSTACHE.search(heading) or _CAPS_WORDS.search(heading):
        signs += 2
    return signs


def template_signs(
    path: str, title: str | None, status: str | None, date: str | None, deciders: object
) -> int:
    """How many placeholder signs the metadata shows (see :data:`TEMPLATE_SCORE`)."""
    signs = _title_signs(title)
    if status:
        if read_status(status).choices:
            signs += 2
        elif (_wrapped(status) or status.strip() in _CAPS_VALUES) and not read_status(status).known:
            signs += 1
    if date and (is_date_placeholder(date) or date.strip() in _CAPS_VALUES):
        signs += 1
    if is_people_placeholder(deciders):
        signs += 1
    if "template" in stem_of(path).lower():
        signs += 1
    return signs


def is_template(
    path: str, title: str | None, status: str | None, date: str | None, deciders: object
) -> bool:
    """True when the metadata is a template's rather than a decision's."""
    return template_signs(path, title, status, date, deciders) >= TEMPLATE_SCORE
