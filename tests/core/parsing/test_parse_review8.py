"""Review 8: "partly superseded by" after a status amends, whatever carries the word."""

from __future__ import annotations

import pytest

from adr_tui.core.model import RelationKind, Status
from adr_tui.core.parsing import parse_document


def _read(text: str) -> tuple[Status, str, list[tuple[RelationKind, str]]]:
    d = parse_document(text.encode(), "docs/adr/0003-x.md").decision
    assert d is not None
    return d.status, d.status_raw, [(r.kind, r.ref.raw) for r in d.relations]


@pytest.mark.parametrize(
    "status",
    [
        "Status: Accepted. Partly superseded by ADR-0001.",
        "Status: Accepted on 2024-05-01. Partially superseded by ADR-0001.",
        "## Status\n\nAccepted\n\nPartly superseded by ADR-0001.",
    ],
)
def test_a_record_partly_superseded_stays_accepted_and_is_amended(status: str) -> None:
    # The verb took "Partly" in with it, so the clause check never saw the word: the record
    # read superseded-by, and its trimmed status no longer showed "partly" anywhere.
    found, _, relations = _read(f"# 3. X\n\n{status}\n")
    assert found is Status.ACCEPTED
    assert relations == [(RelationKind.AMENDED_BY, "ADR-0001")]


def test_a_partly_superseded_status_names_no_successor_besides() -> None:
    # The status word maps to superseded (docs/statuses.md); the record it names replaced a
    # part, so it is not also made the successor.
    found, raw, relations = _read("# 3. X\n\n## Status\n\nPartly superseded by ADR-0001\n")
    assert (found, raw) == (Status.SUPERSEDED, "Partly superseded by ADR-0001")
    assert relations == [(RelationKind.AMENDED_BY, "ADR-0001")]


def test_a_sentence_after_the_status_that_names_a_record_is_kept() -> None:
    # Review 8 S2: "Use ADR-0002 instead" was trimmed away, the only pointer to what
    # replaced the record, and no relation says it.
    found, raw, _ = _read("# 3. X\n\n## Status\n\nDeprecated. Use ADR-0002 instead.\n")
    assert (found, raw) == (Status.DEPRECATED, "Deprecated. Use ADR-0002 instead.")
    assert _read("# 3. X\n\nStatus: Accepted. We will revisit in Q3.\n")[1] == "Accepted"
