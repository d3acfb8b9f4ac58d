"""The status table: every word maps, decorations are ignored, the doc matches the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import STATUS_TABLE, read_status, render_status_doc

from .helpers import decision, numbers

DOC = Path(__file__).resolve().parents[3] / "docs" / "statuses.md"


@pytest.mark.parametrize(
    ("word", "status"), [(word, status) for status, words in STATUS_TABLE for word in words]
)
def test_every_table_word_maps(word: str, status: Status) -> None:
    assert read_status(word) == read_status(word.upper())
    assert read_status(word).status is status
    assert read_status(word).known


def test_doc_is_rendered_from_the_table() -> None:
    assert DOC.read_text(encoding="utf-8") == render_status_doc()
    for status, words in STATUS_TABLE:
        assert f"| {status.value} | {', '.join(words)} |" in render_status_doc()


def test_no_word_is_listed_twice() -> None:
    words = [word for _, listed in STATUS_TABLE for word in listed]
    assert len(words) == len(set(words))


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("✅ Accepted", Status.ACCEPTED),
        ("⚠️ Deprecated", Status.DEPRECATED),  # with U+FE0F
        ("🟡\ufe0f proposed", Status.PROPOSED),
        ("**Accepted**", Status.ACCEPTED),
        ("_rejected_", Status.REJECTED),
        ("`superseded`", Status.SUPERSEDED),
        ("[Accepted](https://example.com/pr/1)", Status.ACCEPTED),
        ("Accepted (target v2.1)", Status.ACCEPTED),
        ("Accepted (retroactive)", Status.ACCEPTED),
        ("SUPERSEDED", Status.SUPERSEDED),
        ("superseeded", Status.SUPERSEDED),
        ("Superceded by [2. X](0002-x.md)", Status.SUPERSEDED),
        ("partly superseded by ADR-9", Status.SUPERSEDED),
        ("Partially Superseded", Status.SUPERSEDED),
        ("accepted; supersedes ADR-0045", Status.ACCEPTED),
        ("Accepted (supersedes ADR-024, ADR-025)", Status.ACCEPTED),
        ("Proposed. Supersedes ADR-036.", Status.PROPOSED),
        ("superseded by [ADR-0005](0005-example.md)", Status.SUPERSEDED),
        ("DEPRECATED by [000]", Status.DEPRECATED),
        ("Work in progress", Status.DRAFT),
        ("WIP", Status.DRAFT),
        ("In Progress", Status.PROPOSED),
        ("Under Review", Status.PROPOSED),
        ("RFC", Status.PROPOSED),
        ("On hold", Status.PROPOSED),
        ("Last Call", Status.PROPOSED),
        ("Final", Status.ACCEPTED),
        ("Living", Status.ACCEPTED),
        ("Stagnant", Status.DRAFT),
        ("Withdrawn", Status.REJECTED),
        ("Obsolete", Status.DEPRECATED),
        ("Retired", Status.DEPRECATED),
        ("Replaced by ADR-3", Status.SUPERSEDED),
        ("Provisional", Status.ACCEPTED),
        ("Amended", Status.ACCEPTED),
        ("Not accepted", Status.REJECTED),
        ("Status - DRAFT", Status.DRAFT),
        ("The decision is accepted", Status.ACCEPTED),
        ("To be decided", Status.PROPOSED),
        ("No longer accepted", Status.DEPRECATED),
    ],
)
def test_decorated_statuses(raw: str, status: Status) -> None:
    assert read_status(raw).status is status


@pytest.mark.parametrize("raw", ["no", "maybe later", "42", "", "we shall see what happens"])
def test_unknown_words(raw: str) -> None:
    reading = read_status(raw)
    assert reading.status is Status.UNKNOWN and not reading.known


@pytest.mark.parametrize(
    "raw",
    [
        "[Proposed | Accepted | Deprecated | Superseded]",
        "{proposed | rejected | accepted | deprecated}",
        "DRAFT / ACTIVE / DEPRECATED by [000] / SUPERSEDES [000]",
        "proposed or accepted",
    ],
)
def test_choice_lists_are_template_signs(raw: str) -> None:
    assert read_status(raw).choices


def test_unknown_status_in_a_document_warns_and_keeps_the_text() -> None:
    d = decision("# T\n\n## Status\n\n  Frobnicated 🌀  \n")
    assert d.status is Status.UNKNOWN
    assert d.status_raw == "Frobnicated 🌀"
    assert any("Frobnicated" in w for w in d.warnings)


def test_relations_named_in_the_status_become_relations() -> None:
    d = decision("# T\n\n* Status: Accepted (supersedes ADR-024, ADR-025)\n")
    assert numbers(d, "supersedes") == [24, 25]
    d = decision("# T\n\n* Status: Proposed. Supersedes ADR-036.\n")
    assert numbers(d, "supersedes") == [36]
    d = decision("# T\n\n* Status: DEPRECATED by [000]\n")
    assert d.status is Status.DEPRECATED and d.relations == ()
