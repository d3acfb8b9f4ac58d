"""Cache payloads encoded and decoded a piece at a time read exactly as json.dumps's text."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adr_tui.core import cachefile
from adr_tui.core.cachefile import (
    Items,
    decode,
    encode,
    read_items,
    read_list,
    read_payload,
    write_payload,
)

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
def test_encode_and_decode_read_as_json_dumps(payload: Any) -> None:
    text = encode(payload)
    expected = json.loads(json.dumps(payload))
    assert json.loads(text) == expected  # any JSON reader
    assert decode(text.encode()) == expected  # ours, a line at a time for long lists
    if not isinstance(payload, list | tuple) or len(payload) <= 64:
        assert text == json.dumps(payload, separators=(",", ":"))


def test_decode_reads_any_json_whole() -> None:
    tricky = b'[\n"a,",\n{"b": "\\n"}\n]'  # starts and ends like a long list, is not one
    assert decode(tricky) == json.loads(tricky)
    assert decode(b"[\n1,\n2\n]") == [1, 2]


def test_a_long_history_round_trips(tmp_path: Path) -> None:
    commits = [
        [f"{n:040x}", [], "Ann", "a@x", n, n, "subject ü", "", [["M", "a.md"]]] for n in range(500)
    ]
    path = tmp_path / "seg"
    assert write_payload(path, "segment", commits) is not None
    assert read_payload(path, "segment") == commits


def test_items_are_decoded_one_at_a_time(tmp_path: Path) -> None:
    rows = [[n, f"row {n}", {"k": [n]}] for n in range(100)]
    path = tmp_path / "rows"
    digest = write_payload(path, "segment", rows)
    found = read_items(path, "segment")
    assert found is not None and found[1] == digest
    items = found[0]
    assert len(items) == 100 and [items[i] for i in range(100)] == rows
    assert read_items(path, "index") is None  # another kind
    short = Items(encode(rows[:3]).encode())  # short lists are one line: decoded whole
    assert len(short) == 3 and short[2] == rows[2]


def test_a_bad_item_line_fails_when_read_not_before() -> None:
    lines = Items(b"[\n1,\n{oops,\n3\n]")
    assert len(lines) == 3 and lines[0] == 1 and lines[2] == 3
    with pytest.raises(ValueError):
        lines[1]


@settings(max_examples=30, deadline=None)
@given(st.lists(scalars | st.lists(scalars, max_size=3), min_size=65, max_size=120))
def test_long_lists_split_in_chunks_read_the_same(payload: list[Any]) -> None:
    text = encode(payload).encode()
    for chunk in (1, 7, 64, 1 << 18):  # chunks end anywhere: inside items, at newlines
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cachefile, "_SPLIT_CHUNK", chunk)
            assert decode(text) == json.loads(text)
            items = Items(text)
            assert [items[i] for i in range(len(items))] == json.loads(text)


def test_a_list_with_items_across_lines_reads_as_json_loads_does(tmp_path: Path) -> None:
    # Opens and closes like encode()'s item lines, yet items span lines: a chunk cut
    # inside an item has unbalanced brackets, so it is read whole instead.
    rows: list[Any] = [[n, [n, n + 1]] for n in range(80)]
    text = json.dumps(rows, indent=1).encode()
    assert text.startswith(b"[\n") and text.endswith(b"\n]")
    for chunk in (1, 7, 64, 1 << 18):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cachefile, "_SPLIT_CHUNK", chunk)
            assert decode(text) == rows
    mixed = [0, *rows]  # the first item alone on its line, the others across lines
    for name, payload in (("indented", rows), ("mixed", mixed)):
        body = json.dumps(payload, indent=1).encode()
        path = tmp_path / name  # a verified file holding that text, as another writer's
        digest = hashlib.sha256(body).hexdigest().encode()
        header = b"ADRTUI-CACHE %d snapshot %s\n" % (cachefile.CACHE_VERSION, digest)
        path.write_bytes(header + body)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cachefile, "_SPLIT_CHUNK", 7)  # the rest is cut inside its items
            found = read_list(path, "snapshot")
            assert found is not None and found[0] == payload[0] and found[1]() == payload[1:]
