"""The state of one synthetic ADR and how each of the five formats writes it.

The generator mutates :class:`Adr` values and re-renders the whole file on
every commit, so every revision is a complete, valid document of its format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from bench.vocab import slug

FORMATS = ("yaml", "nygard", "bullets", "bold", "table")
"""The five metadata shapes of /work/shared/adr-formats.md (C, A, B, D, E)."""


@dataclass
class Adr:
    """Mutable state of one decision while its history is being written."""

    key: int
    """Stable identity across renames and renumbering (creation order)."""
    number: int
    title: str
    folder: str
    format: str
    date: dt.date
    deciders: list[str]
    tags: list[str]
    context: list[str]
    decision: list[str]
    consequences: list[str]
    status: str = "proposed"
    superseded_by: int | None = None
    """Number of the replacing decision."""
    supersedes: list[int] = field(default_factory=list)
    relates_to: list[int] = field(default_factory=list)
    revisions: int = 0

    @property
    def slug(self) -> str:
        return slug(self.title)

    @property
    def filename(self) -> str:
        return f"{self.number:04d}-{self.slug}.md"

    @property
    def path(self) -> str:
        return f"{self.folder}/{self.filename}"

    @property
    def label(self) -> str:
        return f"ADR-{self.number:04d}"


def _status_text(adr: Adr, capital: bool = True) -> str:
    if adr.status == "superseded" and adr.superseded_by is not None:
        text = f"superseded by ADR-{adr.superseded_by:04d}"
    else:
        text = adr.status
    return text[0].upper() + text[1:] if capital else text


def _body(adr: Adr) -> list[str]:
    lines = ["## Context", ""]
    for para in adr.context:
        lines += [para, ""]
    lines += ["## Decision", ""]
    for para in adr.decision:
        lines += [para, ""]
    lines += ["## Consequences", ""]
    lines += [f"- {item}" for item in adr.consequences]
    lines.append("")
    return lines


def _refs(numbers: list[int]) -> str:
    return ", ".join(f"ADR-{n:04d}" for n in numbers)


def render_yaml(adr: Adr, names: Mapping[int, str]) -> list[str]:
    """MADR 3/4: YAML front matter."""
    lines = ["---", f'status: "{_status_text(adr, capital=False)}"', f"date: {adr.date}"]
    lines.append("decision-makers: [" + ", ".join(adr.deciders) + "]")
    lines.append("tags: [" + ", ".join(adr.tags) + "]")
    if adr.supersedes:
        lines.append("supersedes: [" + _refs(adr.supersedes) + "]")
    if adr.superseded_by is not None:
        lines.append(f"superseded-by: ADR-{adr.superseded_by:04d}")
    lines += ["---", f"# {adr.title}", ""]
    return lines + _body(adr)


def render_nygard(adr: Adr, names: Mapping[int, str]) -> list[str]:
    """Nygard / adr-tools: ``# N. Title``, a Date line and a ``## Status`` section.

    Links name the other file as adr-tools writes them; ``names`` maps numbers to file names.
    """
    lines = [f"# {adr.number}. {adr.title}", "", f"Date: {adr.date}", "", "## Status", ""]
    status = adr.status.capitalize()
    if adr.status == "superseded" and adr.superseded_by is not None:
        other = adr.superseded_by
        status = f"Superceded by [ADR-{other:04d}]({names.get(other, f'{other:04d}.md')})"
    lines += [status, ""]
    for number in adr.supersedes:
        lines += [f"Supercedes [ADR-{number:04d}]({names.get(number, f'{number:04d}.md')})", ""]
    return lines + _body(adr)


def render_bullets(adr: Adr, names: Mapping[int, str]) -> list[str]:
    """MADR 2 / log4brains bullet header."""
    lines = [f"# {adr.title}", "", f"* Status: {_status_text(adr, capital=False)}"]
    lines += [f"* Deciders: {', '.join(adr.deciders)}", f"* Date: {adr.date}"]
    lines += [f"* Tags: {', '.join(adr.tags)}", ""]
    lines += _body(adr)
    if adr.supersedes or adr.relates_to:
        lines += ["## Links", ""]
        lines += [f"- Supersedes ADR-{n:04d}" for n in adr.supersedes]
        lines += [f"- Relates to ADR-{n:04d}" for n in adr.relates_to]
        lines.append("")
    return lines


def render_bold(adr: Adr, names: Mapping[int, str]) -> list[str]:
    """Bold fields under an ``ADR-NNNN:`` title."""
    lines = [f"# {adr.label}: {adr.title}", "", f"**Status:** {_status_text(adr)}"]
    lines += [f"**Date:** {adr.date}", f"**Decision Makers:** {', '.join(adr.deciders)}"]
    lines.append(f"**Tags:** {', '.join(adr.tags)}")
    if adr.supersedes:
        lines.append(f"**Supersedes:** {_refs(adr.supersedes)}")
    return lines + [""] + _body(adr)


def render_table(adr: Adr, names: Mapping[int, str]) -> list[str]:
    """A vertical ``| Field | Value |`` metadata table."""
    lines = [f"# {adr.title}", "", "## Metadata", "", "| Field | Value |", "| --- | --- |"]
    lines += [f"| Status | {_status_text(adr)} |", f"| Date | {adr.date} |"]
    lines += [f"| Deciders | {', '.join(adr.deciders)} |", f"| Tags | {', '.join(adr.tags)} |"]
    if adr.supersedes:
        lines.append(f"| Supersedes | {_refs(adr.supersedes)} |")
    return lines + [""] + _body(adr)


_RENDERERS = {
    "yaml": render_yaml,
    "nygard": render_nygard,
    "bullets": render_bullets,
    "bold": render_bold,
    "table": render_table,
}


def render(adr: Adr, names: Mapping[int, str]) -> bytes:
    """The complete file content of ``adr`` in its format (``names``: number → file name)."""
    lines = _RENDERERS[adr.format](adr, names)
    if adr.relates_to and adr.format != "bullets":
        lines += ["## More Information", ""]
        lines += [f"Relates to ADR-{n:04d}." for n in adr.relates_to]
        lines.append("")
    return "\n".join(lines).encode("utf-8")
