"""Cache payloads encoded a piece at a time give exactly json.dumps's text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from adr_tui.core.cachefile import encode, read_payload, write_payload

scalars = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=False)
payloads = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, min_size=65, max_size=90)  # long enough to be encoded in pieces
        | st.lists(inner, max_size=80).map(tuple)
        | st.dictionaries(st.text(max_size=5), inner, min_size=65, max_size=90)
        | st.dictionaries(st.integers(), inner, max_size=70)  # json turns these keys into text
    ),
    max_leaves=400,
)


@settings(max_examples=40, deadline=None)  # each example is a few thousand values
@given(payloads)
def test_encode_is_json_dumps(payload: Any) -> None:
    assert encode(payload) == json.dumps(payload, separators=(",", ":"))


def test_a_long_history_round_trips(tmp_path: Path) -> None:
    commits = [
        [f"{n:040x}", [], "Ann", "a@x", n, n, "subject ü", "", [["M", "a.md"]]] for n in range(500)
    ]
    path = tmp_path / "seg"
    assert write_payload(path, "segment", commits) is not None
    assert read_payload(path, "segment") == commits
