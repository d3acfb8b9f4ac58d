"""A UTF-16 ADR (with its BOM) is diffed as text, as the parser reads it: not "Binary content"."""

from __future__ import annotations

import codecs
from pathlib import Path

from tests.helpers_git import ADA, adr, build, commit, write

from adr_tui.core.diffs import LineTag, as_text, diff_bytes, diff_revision
from adr_tui.core.history import load_history
from adr_tui.core.settings import Settings

PATH = "docs/adr/0001-utf16.md"


def _utf16(text: bytes, bom: bytes, codec: str) -> bytes:
    return bom + text.decode("utf-8").replace("\n", "\r\n").encode(codec)


def test_an_edit_of_a_utf16_record_is_a_text_diff(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(
            ADA,
            "2024-01-02T10:00:00+00:00",
            "Add",
            write(PATH, _utf16(adr("Café"), codecs.BOM_UTF16_LE, "utf-16-le")),
        ),
        commit(
            ADA,
            "2024-01-03T10:00:00+00:00",
            "Deprecate",
            write(PATH, _utf16(adr("Café", status="deprecated"), codecs.BOM_UTF16_LE, "utf-16-le")),
        ),
    )
    history = load_history(repo, Settings(use_cache=False))
    try:
        lineage = history.for_decision(PATH)
        diff = diff_revision(history, lineage.revisions[-1])
    finally:
        history.close()
    assert not diff.binary  # it was "Binary content: no text diff is shown."
    changed = [
        (line.tag, line.text)
        for h in diff.hunks
        for line in h.lines
        if line.tag is not LineTag.CONTEXT
    ]
    assert (LineTag.REMOVE, "status: accepted") in changed
    assert (LineTag.ADD, "status: deprecated") in changed
    assert (diff.added, diff.removed) == (1, 1)  # CRLF and the BOM are no change


def test_big_endian_utf16_and_nul_bytes_without_a_bom() -> None:
    text = adr("Café")
    big = diff_bytes(None, _utf16(text, codecs.BOM_UTF16_BE, "utf-16-be"))
    assert not big.binary
    assert any(line.text == "# Café" for h in big.hunks for line in h.lines)
    assert diff_bytes(None, b"PK\x03\x04\x00\x00binary").binary  # still refused


def test_a_version_of_a_utf16_record_reads_as_its_text() -> None:
    # The past-version view ('o' in History) said "Binary content: not shown." for it.
    text = as_text(_utf16(adr("Café"), codecs.BOM_UTF16_LE, "utf-16-le"))
    assert text is not None and text.startswith("---") and "# Café" in text
    assert as_text(b"PK\x03\x04\x00\x00binary") is None
    assert as_text(b"# Plain\n") == "# Plain\n"
