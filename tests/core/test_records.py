"""``@record``: compared and hashed by its fields, slotted, and read-only to mypy."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mypy import api as mypy_api

from adr_tui.core.model import Decision, Reference, Relation, RelationKind


def test_records_with_equal_fields_are_equal_and_hash_alike() -> None:
    first = Relation(RelationKind.SUPERSEDES, Reference("ADR-0003", 3), "docs/adr/0003-x")
    same = Relation(RelationKind.SUPERSEDES, Reference("ADR-0003", 3), "docs/adr/0003-x")
    other = replace(first, stated=False)
    assert first == same and hash(first) == hash(same)
    assert first != other
    assert len({first, same, other}) == 2


def test_a_record_has_slots_not_a_dict() -> None:
    decision = Decision("docs/adr/0001-x", "docs/adr/0001-x.md", "X", 1)
    assert not hasattr(decision, "__dict__")
    assert "title" in vars(Decision)["__slots__"]


def test_mypy_rejects_assigning_a_field(tmp_path: Path) -> None:
    snippet = tmp_path / "assign.py"
    snippet.write_text(
        "from adr_tui.core.model import Decision\nd = Decision('a', 'a.md', 'A')\nd.title = 'B'\n",
        encoding="utf-8",
    )
    out, _, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(snippet)]
    )
    assert status == 1
    assert 'Property "title" defined in "Decision" is read-only' in out


def test_no_value_class_is_a_frozen_dataclass() -> None:
    source = Path(__file__).parents[2] / "src" / "adr_tui"
    frozen = [
        str(path.relative_to(source))
        for path in sorted(source.rglob("*.py"))
        if re.search(r"^@dataclass\(frozen=True", path.read_text(encoding="utf-8"), re.M)
    ]
    assert frozen == [], "declare immutable values with @record (core/records.py)"
