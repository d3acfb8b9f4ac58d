"""Bad input is reported, never fatal."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing import document as document_module
from adr_tui.core.parsing import parse_document

from .helpers import decision, parse


def test_invalid_yaml_still_parses_the_body() -> None:
    d = decision("---\nstatus: [unclosed\n  - : :\n---\n# 4. Title\n\n* Status: accepted\n")
    assert d.title == "Title"
    assert d.status is Status.ACCEPTED
    assert d.format == "bullets"
    assert any("invalid YAML" in w for w in d.warnings)
    assert not d.body.startswith("---")


def test_python_tags_fail_safely() -> None:
    text = "---\nstatus: !!python/object/apply:os.system ['echo pwned']\n---\n# Tagged\n"
    d = decision(text)
    assert d.title == "Tagged" and d.status is Status.UNKNOWN
    assert any("invalid YAML" in w for w in d.warnings)


def test_alias_bomb_is_refused() -> None:
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        prev, name = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    d = decision("\n".join(lines) + "\nstatus: accepted\n---\n# Bomb\n")
    assert d.title == "Bomb"
    assert d.extra == ()
    assert any("aliased" in w for w in d.warnings)


def test_recursive_alias_is_refused() -> None:
    d = decision("---\na: &a [*a]\nstatus: accepted\n---\n# R\n")
    assert d.title == "R" and d.warnings


def test_wide_map_is_refused_quickly() -> None:
    keys = "\n".join(f"k{i}: v" for i in range(10_000))
    d = decision(f"---\n{keys}\n---\n# Wide\n")
    assert d.title == "Wide" and d.extra == ()
    assert any("too large" in w for w in d.warnings)


def test_deep_nesting_is_refused_before_libyaml_sees_it() -> None:
    d = decision("---\na: " + "[" * 7_000 + "]" * 7_000 + "\n---\n# Deep\n")
    assert d.title == "Deep"
    assert any("nested" in w for w in d.warnings)


def test_front_matter_that_is_not_a_mapping() -> None:
    d = decision("---\n- a\n- b\n---\n# List\n")
    assert d.title == "List" and any("mapping" in w for w in d.warnings)


def test_non_utf8_bytes_are_replaced_with_a_warning() -> None:
    d = decision(b"# Caf\xe9 choice\n\nStatus: accepted\n")
    assert d.title == "Caf\ufffd choice"
    assert d.status is Status.ACCEPTED
    assert any("UTF-8" in w for w in d.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    d = decision(bom + "# 1. Wide text\n\nDate: 2024-01-20\n".encode(codec))
    assert d.title == "Wide text" and d.date == dt.date(2024, 1, 20)


def test_binary_file_is_a_problem() -> None:
    outcome = parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "docs/adr/0009-diagram.md")
    assert outcome.decision is None and not outcome.is_template
    assert [(p.code, p.path) for p in outcome.problems] == [
        ("binary-file", "docs/adr/0009-diagram.md")
    ]
    assert "binary file" in outcome.problems[0].message


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\n", b"\xef\xbb\xbf"])
def test_empty_file_is_a_problem(data: bytes) -> None:
    outcome = parse(data)
    assert outcome.decision is None
    assert [p.code for p in outcome.problems] == ["empty-file"]


def test_crlf_and_bom_are_normalised() -> None:
    d = decision(b"\xef\xbb\xbf# 1. Title\r\n\r\n## Status\r\n\r\nAccepted\r\n")
    assert d.title == "Title" and d.status_raw == "Accepted"
    assert "\r" not in d.body and not d.body.startswith("\ufeff")
    assert d.body == "# 1. Title\n\n## Status\n\nAccepted\n"


def test_bom_before_front_matter() -> None:
    d = decision(b"\xef\xbb\xbf---\r\nstatus: accepted\r\n---\r\n# T\r\n")
    assert d.status is Status.ACCEPTED and d.format == "yaml" and d.body == "# T\n"


def test_five_megabytes_only_the_head_is_read_for_metadata() -> None:
    filler = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n" * 100_000).encode()
    late = b"\n## Status\n\nRejected\n"
    data = b"# 1. Big\n\nDate: 2024-01-20\n\n## Context\n\n" + filler + late
    assert len(data) > 5_000_000
    d = decision(data)
    assert d.title == "Big" and d.date == dt.date(2024, 1, 20)
    assert d.status is Status.UNKNOWN  # the late Status section is past the scanned head
    assert d.sections[-1].title == "Status"  # but every heading is still listed
    assert d.sections[-1].line == d.body.count("\n", 0, d.body.rindex("## Status"))


@pytest.mark.parametrize("filler", [b"a", b"*", b"[", b"|", b"`", b"-", b" ", b"#", b"<!--", b">"])
def test_huge_lines(filler: bytes) -> None:
    data = b"# 1. T\n\n* Status: accepted\n" + filler * 300_000 + b"\n\n## Next\n"
    d = decision(data)
    assert d.title == "T" and d.status is Status.ACCEPTED


def test_deeply_nested_lists() -> None:
    data = "# 1. T\n\n* Status: accepted\n\n" + "".join("  " * i + "- x\n" for i in range(3000))
    d = decision(data)
    assert d.title == "T" and d.status is Status.ACCEPTED


def test_unexpected_errors_become_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(_: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(document_module, "decode", explode)
    outcome = parse_document(b"# 1. T\n", "docs/adr/0001-use-x.md")
    assert outcome.decision is not None
    assert outcome.decision.title == "Use x"
    assert any("RuntimeError" in w for w in outcome.decision.warnings)


def test_even_the_fallback_failing_is_only_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(document_module, "decode", explode)
    monkeypatch.setattr(document_module, "title_from_name", explode)
    outcome = parse_document(b"# 1. T\n", "docs/adr/0001-use-x.md")
    assert outcome.decision is None
    assert [p.code for p in outcome.problems] == ["parse-error"]


def test_yaml_is_only_ever_loaded_safely() -> None:
    import yaml
    from frontmatter import default_handlers

    from adr_tui.core.parsing.front_matter import _TextLoader

    assert default_handlers.SafeLoader in (yaml.SafeLoader, yaml.CSafeLoader)
    assert issubclass(_TextLoader, yaml.constructor.SafeConstructor)
    assert not issubclass(_TextLoader, yaml.constructor.FullConstructor)


def test_cjk_supersession_is_looked_for_only_just_before_its_verbs() -> None:
    # The CJK patterns try every start they are given: over a whole hostile body that
    # was seconds a line ("Related: ADR-2 é" and 1,900 spaces took 12 s).
    from adr_tui.core.parsing.relations import _CJK_REACH, _before_cjk_verbs

    assert list(_before_cjk_verbs("é" + " " * 5000 + "\nno verb here")) == []
    padded = "x" * 5000 + " 被 ADR-0005 取代 " + " " * 5000 + "由 ADR-7 取代"
    stretches = list(_before_cjk_verbs(padded))
    assert len(stretches) == 2 and all(len(s) <= _CJK_REACH + 4 for s in stretches)
    assert stretches[0].endswith("被 ADR-0005 取代")


def test_a_line_packed_with_cjk_verbs_is_searched_once_and_only_so_far() -> None:
    # Each verb had its own stretch of the 320 characters before it: a 3 KB line of
    # "取代" searched each character 160 times (seconds for a few such lines).
    from adr_tui.core.parsing.relations import (
        _CJK_REACH,
        _CJK_VERBS_READ,
        _before_cjk_verbs,
        relations_in_text,
    )

    line = "Related: " + "取代" * 495
    stretches = list(_before_cjk_verbs(line + "\n" + line))
    assert len(stretches) == 1  # the verbs of the first line use up the count
    assert stretches[0] == line[: len("Related: ") + 2 * _CJK_VERBS_READ]
    two = "被 ADR-0005 取代，由 ADR-7 取代" + "x" * (2 * _CJK_REACH) + "被 ADR-9 取代\n代替"
    assert list(_before_cjk_verbs(two)) == [
        "被 ADR-0005 取代，由 ADR-7 取代",
        "x" * (_CJK_REACH - len("被 ADR-9 ")) + "被 ADR-9 取代",
        "代替",
    ]
    assert [(r.kind.value, r.ref.number) for r in relations_in_text(two)] == [
        ("superseded-by", 5),
        ("superseded-by", 7),
        ("superseded-by", 9),
    ]


def test_a_line_of_spaces_beside_a_cjk_verb_still_reads_the_reference() -> None:
    text = "# 1. A\n\n## Status\n\n已被 ADR-0005" + " " * 250 + "取代\n"
    d = decision(text)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 5)]
    assert decision("# 1. A\n\nRelated: ADR-2 é" + " " * 1900 + "x\n") is not None
