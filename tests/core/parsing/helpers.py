"""Shared helpers for the parser tests."""

from __future__ import annotations

from pathlib import Path

from adr_tui.core.model import Decision
from adr_tui.core.parsing import ParseOutcome, parse_document

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def parse(text: str | bytes, path: str = "docs/adr/0001-example.md") -> ParseOutcome:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_document(data, path)


def decision(text: str | bytes, path: str = "docs/adr/0001-example.md") -> Decision:
    outcome = parse(text, path)
    assert outcome.decision is not None, outcome
    return outcome.decision


def numbers(d: Decision, kind: str) -> list[int | None]:
    return [r.ref.number for r in d.relations if r.kind.value == kind]
