"""Parse one file's bytes into a Decision (placeholder until the full parser lands)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from adr_tui.core.model import Decision, Problem


@dataclass(frozen=True, slots=True)
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
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _doc_id(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path


def parse_document(data: bytes, path: str) -> ParseOutcome:
    """Parse ``data`` read from repository-relative ``path``. Never raises."""
    text = data.decode("utf-8", errors="replace")
    heading = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
    title = heading.group(1).strip() if heading else path.rsplit("/", 1)[-1]
    number_match = re.match(r"(\d+)-", path.rsplit("/", 1)[-1])
    decision = Decision(
        id=_doc_id(path),
        path=path,
        title=title,
        number=int(number_match.group(1)) if number_match else None,
        body=text,
        digest=blob_id(data),
    )
    return ParseOutcome(decision)
