"""The three seed files parse exactly, under their original names and renamed."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import RelationKind, Status
from adr_tui.core.parsing import blob_id, parse_document

from .helpers import SEEDS

SEED_000 = "000_87ab95d21ce61485.txt"
SEED_001 = "001_0772caabf8f59b49.txt"
SEED_002 = "002_7288f02f4106c43f.txt"


def _read(name: str) -> bytes:
    return (SEEDS / name).read_bytes()


@pytest.mark.parametrize(
    "path",
    [f"docs/adr/{SEED_000}", "docs/adr/0055-implement-docker-for-session-handling.md"],
)
def test_seed_000(path: str) -> None:
    data = _read(SEED_000)
    outcome = parse_document(data, path)
    d = outcome.decision
    assert d is not None and not outcome.is_template and outcome.problems == ()
    assert d.number == 55
    assert d.title == "Implement Docker for session-handling"
    assert d.status is Status.PROPOSED and d.status_raw == "Proposed"
    assert d.date == dt.date(2023, 11, 22)
    assert d.deciders == ("Grace Lee", "Frank Wilson", "Bob Smith")
    assert d.format == "table"
    assert d.warnings == ()
    assert d.digest == blob_id(data)
    assert d.id == path.rsplit(".", 1)[0]
    assert [s.title for s in d.sections][:3] == [
        "[ADR-0055] Implement Docker for session-handling",
        "Metadata",
        "Context",
    ]


@pytest.mark.parametrize(
    "path", [f"adr/{SEED_001}", "adr/0007-deploy-grpc-for-session-handling.md"]
)
def test_seed_001(path: str) -> None:
    d = parse_document(_read(SEED_001), path).decision
    assert d is not None
    assert (d.number, d.title) == (7, "Deploy gRPC for session-handling")
    assert d.status is Status.ACCEPTED
    assert d.date == dt.date(2023, 12, 8)
    assert d.deciders == ("Bob Smith", "Eva Martinez", "Carol Johnson")


@pytest.mark.parametrize("path", [f"adr/{SEED_002}", "adr/0003-use-redis-for-session-storage.md"])
def test_seed_002_template_then_example(path: str) -> None:
    outcome = parse_document(_read(SEED_002), path)
    assert outcome.is_template
    d = outcome.decision
    assert d is not None
    assert (d.number, d.title) == (3, "Use Redis for Session Storage")
    assert d.status is Status.ACCEPTED and d.status_raw == "Accepted"
    assert d.date == dt.date(2024, 1, 20)
    assert d.deciders == ("Jane Doe", "John Smith")
    assert d.decider_roles == (("Jane Doe", "Tech Lead"), ("John Smith", "Backend Lead"))
    assert d.tags == ("infrastructure", "caching", "sessions")
    assert [(r.kind, r.ref.number) for r in d.relations] == [
        (RelationKind.RELATES_TO, 1),
        (RelationKind.RELATES_TO, 4),
    ]
    assert all(r.target_id is None and r.stated for r in d.relations)
    assert d.format == "bold"
    assert any("template" in w for w in d.warnings)
    assert d.body.startswith("# ADR-003: Use Redis for Session Storage")


def test_seed_copies_are_verbatim() -> None:
    for name in (SEED_000, SEED_001, SEED_002):
        assert (SEEDS / name).stat().st_size > 1000
    assert _read(SEED_000).startswith(b"# [ADR-0055] Implement Docker")
