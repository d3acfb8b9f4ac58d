"""The fast front-matter path agrees with the safe PyYAML loader wherever it answers."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from adr_tui.core.parsing.front_matter import _TextLoader
from adr_tui.core.parsing.simple_yaml import simple_yaml


def _pyyaml(source: str) -> object:
    return yaml.load(source, Loader=_TextLoader)  # noqa: S506 - the safe, text-keeping loader


@pytest.mark.parametrize(
    "source",
    [
        'status: "superseded by ADR-0123"\ndate: 2024-01-15\n',
        "decision-makers: [Alice, Bob]\nconsulted: Carol\ninformed:\n",
        "tags:\n  - a\n  - b\nx: ~\ny: null\n",
        "number: 0042\nstatus: no\nid: ADR-7\n",
        "# a comment\nurl: http://example.com/a#b\nempty: []\nquoted: ''\n",
        "supersedes:\n- ADR-1\n- 0002-x.md\n",
        "a: \xa0\n",  # YAML trims spaces only: the no-break space is the value
    ],
)
def test_simple_sources_match_pyyaml(source: str) -> None:
    fast = simple_yaml(source)
    assert fast is not None
    assert fast == _pyyaml(source)


@pytest.mark.parametrize(
    "source",
    [
        "a: &x 1\nb: *x\n",
        "a: !!python/object:os.system x\n",
        "a: [1, [2]]\n",
        "a: {b: c}\n",
        "a:\n  b: c\n",
        "a: |\n  text\n",
        "a: 'it''s'\n",
        'a: "tab\\t"\n',
        "a: 1 # comment\n",
        "a:\n  - x\n    - y\n",
        "a: b: c\n",
        "a:\tb\n",
        "? a\n: b\n",
        "null: x\n",
    ],
)
def test_anything_else_goes_to_pyyaml(source: str) -> None:
    assert simple_yaml(source) is None


KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,10}", fullmatch=True)
SCALARS = st.one_of(
    st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF), max_size=15),
    st.sampled_from(["~", "null", "no", "0042", "2024-01-20", "a: b", "x #y", "-1", "'q'", '"q"']),
)


def _line(key: str, value: str, shape: int) -> str:
    if shape == 0:
        return f"{key}: {value}"
    if shape == 1:
        return f"{key}: [{value}, {value}]"
    return f"{key}:\n  - {value}\n  - {value}"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(KEYS, SCALARS, st.integers(0, 2)), min_size=1, max_size=6))
def test_agrees_with_pyyaml_whenever_it_answers(entries: list[tuple[str, str, int]]) -> None:
    source = "\n".join(_line(k, v, s) for k, v, s in entries) + "\n"
    fast = simple_yaml(source)
    if fast is None:
        return
    assert fast == _pyyaml(source)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_agrees_on_arbitrary_text(source: str) -> None:
    fast = simple_yaml(source)
    if fast is None:
        return
    assert fast == _pyyaml(source)
