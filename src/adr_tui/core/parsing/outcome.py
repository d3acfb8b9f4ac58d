"""What parsing one file gives, and the key caches file it under: no parser code here.

Kept apart from :mod:`adr_tui.core.parsing.document` so a warm start, which
takes every outcome from the parse cache, never imports (and compiles the
patterns of) the parser.
"""

from __future__ import annotations

import hashlib

from adr_tui.core.model import Decision, Problem
from adr_tui.core.records import record


@record
class ParseOutcome:
    """What one file turned out to be."""

    decision: Decision | None
    """The decision, or None when the file is not one (a template, empty, binary)."""
    is_template: bool = False
    """True when the file is (or begins with) an ADR template."""
    problems: tuple[Problem, ...] = ()
    """Problems that keep the file from being a decision at all."""


def blob_id(data: bytes) -> str:
    """Git's blob id of ``data``: lets caches match working-tree files to history."""
    digest = hashlib.sha1(b"blob %d\0" % len(data), usedforsecurity=False)
    digest.update(data)  # no concatenated copy of a large file
    return digest.hexdigest()
