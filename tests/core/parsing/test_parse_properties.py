"""Property tests: parse_document never raises, whatever it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adr_tui.core.model import Decision, Status
from adr_tui.core.parsing import ParseOutcome, blob_id, parse_document

from .helpers import SEEDS

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARKDOWNISH = st.sampled_from(
    [
        "---\n",
        "# ",
        "## Status\n",
        "* Status: ",
        "**Status:** ",
        "| Status | ",
        "|---|---|\n",
        "Date: ",
        "2024-01-20",
        "Superseded by [ADR-1](0001-a.md)",
        "```\n",
        "~~~\n",
        "<!--",
        "-->",
        "> ",
        "&a ",
        "*a ",
        "!!python/object:x ",
        "[",
        "]",
        "(",
        ")",
        "\n",
        "\r\n",
        "\ufeff",
        "\ufe0f",
        "accepted",
        "ADR-XXX",
        "{title}",
        "YYYY-MM-DD",
    ]
)


def _check(outcome: ParseOutcome, data: bytes, path: str) -> None:
    assert isinstance(outcome, ParseOutcome)
    d = outcome.decision
    if d is None:
        assert outcome.is_template or outcome.problems
        assert all(p.code != "parse-error" for p in outcome.problems)
        return
    assert isinstance(d, Decision)
    # The last-resort guard must never have been needed.
    assert not any("internal parser error" in w for w in d.warnings), d.warnings
    assert d.path == path and d.digest == blob_id(data)
    assert isinstance(d.status, Status)
    assert "\r" not in d.body
    assert all(t == t.lower() for t in d.tags) and len(set(d.tags)) == len(d.tags)
    assert all(0 <= s.line <= d.body.count("\n") for s in d.sections)


@FAST
@given(st.text(max_size=3000))
def test_any_text(text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    _check(parse_document(data, "docs/adr/0001-x.md"), data, "docs/adr/0001-x.md")


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    _check(parse_document(data, "adr/x.md"), data, "adr/x.md")


@FAST
@given(st.lists(MARKDOWNISH | st.text(max_size=20), max_size=80))
def test_markdown_shaped_text(parts: list[str]) -> None:
    data = "".join(parts).encode("utf-8", errors="surrogatepass")
    _check(parse_document(data, "adr/0002-y.md"), data, "adr/0002-y.md")


@FAST
@given(st.data())
def test_mutated_seeds(data: st.DataObject) -> None:
    seed = bytearray((SEEDS / "002_7288f02f4106c43f.txt").read_bytes())
    for _ in range(data.draw(st.integers(1, 20))):
        seed[data.draw(st.integers(0, len(seed) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(seed)))
    mutated = bytes(seed[:cut])
    _check(parse_document(mutated, "adr/002.txt"), mutated, "adr/002.txt")
