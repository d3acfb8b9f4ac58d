"""``@record``: compared and hashed by its fields, slotted, and read-only to mypy."""

from __future__ import annotations

import re
from dataclasses import InitVar, asdict, field, fields, is_dataclass, replace
from pathlib import Path
from typing import ClassVar

import pytest
from mypy import api as mypy_api

from adr_tui.core.model import Decision, Reference, Relation, RelationKind
from adr_tui.core.records import record


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


@record
class _Row:
    """A record of every kind of field the project declares."""

    name: str
    count: int = 0
    marks: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    seen: int = field(default=0, compare=False)
    index: dict[str, int] = field(init=False, repr=False, compare=False)
    LIMIT: ClassVar[int] = 3

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {self.name: self.count})

    def doubled(self) -> int:
        return self.count * 2


def test_a_record_takes_defaults_factories_and_computed_fields() -> None:
    row, other = _Row("a"), _Row("a")
    row.notes.append("x")
    assert (row.count, row.marks, row.notes, other.notes) == (0, (), ["x"], [])
    assert row.index == {"a": 0} and row.doubled() == 0 and _Row.LIMIT == 3
    assert vars(_Row)["__slots__"] == ("name", "count", "marks", "notes", "seen", "index")


def test_fields_left_out_of_comparison_do_not_part_equal_records() -> None:
    assert _Row("a", 1, seen=5) == _Row("a", 1, seen=9)
    assert _Row("a", 1) != _Row("a", 2) and _Row("a") != _Row("b")
    assert _Row("a").__eq__("a") is NotImplemented
    assert hash(Reference("ADR-0003", 3)) != hash(Reference("ADR-0004", 4))


def test_a_record_shows_its_shown_fields_by_name() -> None:
    assert repr(_Row("a", 2)) == "_Row(name='a', count=2, marks=(), notes=[], seen=0)"


def test_a_record_keeps_the_match_arguments_it_writes_itself() -> None:
    @record
    class _Pair:
        left: int
        right: int
        __match_args__ = ("right",)

    match _Pair(1, 2):
        case _Pair(2):
            pass
        case _:
            raise AssertionError("the class's own __match_args__ was replaced")
    assert all(f.kw_only is False for f in fields(_Pair))


def test_dataclasses_functions_read_a_record_as_a_dataclass() -> None:
    row = _Row("a", 2, ("m",), ["n"])
    moved = replace(row, count=3)
    assert (moved.name, moved.count, moved.marks, moved.index) == ("a", 3, ("m",), {"a": 3})
    assert [f.name for f in fields(_Row)] == ["name", "count", "marks", "notes", "seen", "index"]
    assert asdict(row)["notes"] == ["n"] and is_dataclass(row)
    match row:
        case _Row("a", 2):
            pass
        case _:
            raise AssertionError("positional pattern did not match")


def test_a_mutable_default_or_an_inherited_record_is_refused() -> None:
    with pytest.raises(ValueError, match="default_factory"):

        @record
        class _Shared:
            items: list[int] = []  # noqa: RUF012 -- the mistake under test

    with pytest.raises(TypeError, match="init-only"):

        @record
        class _Passed:
            token: InitVar[str]

    with pytest.raises(TypeError, match="inherit"):

        @record
        class _Child(_Row):
            extra: int = 0
