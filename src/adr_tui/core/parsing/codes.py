"""Record ids with an area code: ``ADR-MB-003``, ``ADR-API-004``, or ``FP-ADR-001``.

The code stands after "ADR" or before it (``ARC-ADR-020``, a project's or team's prefix).
A log that writes its ids so (opf/mijn-bureau-infra's ``adr-mb-003.md``) counts its
records within each code. Where one folder's records share one code the number is the
log's; where codes mix, ``ADR-FE-001`` and ``ADR-API-001`` are both 1, and a number
would make false duplicates. Only the catalogue sees a whole folder, so the parser
reads the number and keeps the id under :data:`CODED_KEY`; :func:`numbers_by_code`
drops the numbers of a folder whose codes mix.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from adr_tui.core.adrnames import stem_of
from adr_tui.core.model import Decision

CODED_KEY = "coded id"
"""The ``extra`` key that keeps a record's coded id as written (``ADR-MB-003``)."""

# Two to four letters between "ADR" and the number, hyphens or underscores round them:
# "ADR-D34" (a series, titles._ADR_SERIES) and "ADR-2024-001" (a year) are not so written.
_CODED_ID = re.compile(r"(?i)^\[?\s*(adr[-_]([a-z]{2,4})[-_]0*(\d{1,6}))(?![\w])")
# The code before "ADR": "# FP-ADR-001: External-first execution", "# ARC-ADR-020 — Self-Hosted
# CI Runner Trust" (logs the search index does not name), "L1-ADR-001".
_CODE_FIRST = re.compile(r"(?i)^\[?\s*(([a-z][a-z\d]{1,5})[-_]adr[-_]0*(\d{1,6}))(?![\w])")


# Either form anywhere in a text ("Related: ADR-MB-003, [ADR-MB-004](adr-mb-004.md)"), not
# inside a longer name ("x-adr-mb-003-y.md" is a file's). The code first only in capitals,
# as a project writes its code ("FP-ADR-003"): "hub-adr-0009" is a repository's record, named
# by the repository (tests/core/parsing/test_parse_session9_relations.py).
CODED_IN_TEXT = re.compile(
    r"(?<![\w./-])((?:(?i:adr)[-_](?i:[a-z]{2,4})|[A-Z][A-Z\d]{1,5}[-_]ADR)[-_]0*(\d{1,6}))"
    r"(?![\w-])"
)


def coded_id(text: str) -> tuple[str, int] | None:
    """(id as written, number) of a coded id opening ``text``: ``("ADR-MB-003", 3)``, else None."""
    if text[:1] in "aA[ " and (match := _CODED_ID.match(text)):
        return match[1], int(match[3])
    lead = text[2:9]  # "FP-ADR-001", "ARC-ADR-020", "PLAT_ADR_3": "ADR" after the code
    if ("DR" in lead or "dr" in lead) and text[:1].isalpha() and (match := _CODE_FIRST.match(text)):
        return match[1], int(match[3])
    return None  # most titles and names, decided at their first characters


def code_of(written: str) -> str:
    """``MB`` of ``ADR-MB-003`` or ``MB-ADR-003`` (any case, either separator)."""
    parts = written.replace("_", "-").upper().split("-")
    return parts[1] if parts[0] == "ADR" else parts[0]


def _folder(d: Decision) -> str:
    return posixpath.dirname(d.path)


def numbers_by_code(decisions: Sequence[Decision]) -> list[Decision]:
    """``decisions``, without the numbers of coded records in a folder whose codes mix.

    A numbered record without a code beside coded ones mixes too (its 3 and ``ADR-MB-003``
    would be one number twice). A record unnumbered so keeps its id: its file name shows
    it, or else its title opens with it.
    """
    codes: dict[str, set[str]] = defaultdict(set)
    for d in decisions:
        if d.number is not None:
            codes[_folder(d)].add(code_of(written) if (written := written_id(d)) else "")
    out = []
    for d in decisions:
        written = written_id(d)
        if not written or len(codes[_folder(d)]) < 2:
            out.append(d)
            continue
        shown = coded_id(stem_of(d.path)) is not None
        out.append(replace(d, number=None, title=d.title if shown else f"{written}: {d.title}"))
    return out


def written_id(d: Decision) -> str:
    """The coded id ``d`` calls itself (``ADR-MB-003``), else ``""``."""
    return next((text for key, text in d.extra if key == CODED_KEY), "")
