"""Unified and word-level diffs of ADR revisions, as plain data (no Rich objects).

A diff is hunks of lines tagged context, add or remove; a removed line and
the added line that replaced it also carry word spans tagged equal, insert or
delete, so a one-word status flip in a long paragraph shows at once. Binary
content is refused with a flag and a message; huge diffs are cut with a notice.
A section of a log file is diffed as its file writes it, numbered as its file's lines.
"""

from __future__ import annotations

import codecs
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

from adr_tui.core.parsing.decoding import decode
from adr_tui.core.records import record

if TYPE_CHECKING:
    from adr_tui.core.history import History, Revision, Shown

MAX_LINES = 5000
"""Diff lines shown before the rest is cut with a notice."""
MAX_BYTES = 1024 * 1024
"""Input bytes compared before the rest is cut with a notice."""
CONTEXT = 3
"""Unchanged lines kept around each change."""
_BINARY_SNIFF = 8000  # git's own heuristic: a NUL in the first 8,000 bytes
_WORDS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_MIN_PAIR_RATIO = 0.3  # below this, two lines are different sentences, not an edit


class LineTag(StrEnum):
    """What a diff line is."""

    CONTEXT = "context"
    ADD = "add"
    REMOVE = "remove"


class SpanTag(StrEnum):
    """What a word span is within a changed line."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@record
class WordSpan:
    """A run of text in a changed line."""

    tag: SpanTag
    """Equal on both sides, inserted (add line) or deleted (remove line)."""
    text: str
    """The text."""


@record
class DiffLine:
    """One line of a hunk."""

    tag: LineTag
    """Context, add or remove."""
    text: str
    """Line text without its newline."""
    old_number: int | None = None
    """1-based line number in the old text (None for an added line)."""
    new_number: int | None = None
    """1-based line number in the new text (None for a removed line)."""
    words: tuple[WordSpan, ...] = ()
    """Word spans when this line is half of a changed pair; empty otherwise."""


@record
class Hunk:
    """A run of changes with context, as in ``@@ -a,b +c,d @@``."""

    old_start: int
    """First old line (1-based; 0 when the old side is empty)."""
    old_count: int
    """Old lines covered."""
    new_start: int
    """First new line (1-based; 0 when the new side is empty)."""
    new_count: int
    """New lines covered."""
    lines: tuple[DiffLine, ...]
    """Lines in order."""

    @property
    def header(self) -> str:
        """The ``@@ -a,b +c,d @@`` line."""
        return f"@@ -{self.old_start},{self.old_count} +{self.new_start},{self.new_count} @@"


@record
class FileDiff:
    """The change between two versions of one file."""

    old_path: str | None
    """Path on the old side; None when the file was added."""
    new_path: str | None
    """Path on the new side; None when the file was deleted."""
    hunks: tuple[Hunk, ...] = ()
    """Hunks in order (empty when identical or binary)."""
    binary: bool = False
    """True when either side is binary: no text diff is given."""
    truncated: bool = False
    """True when the input or the output was cut."""
    notice: str | None = None
    """A sentence for the user (binary refused, diff truncated, object missing)."""
    added: int = 0
    """Added lines."""
    removed: int = 0
    """Removed lines."""

    @property
    def identical(self) -> bool:
        """True when nothing changed."""
        return not self.hunks and not self.binary and self.notice is None


def is_binary(data: bytes) -> bool:
    """Whether ``data`` looks binary to git (a NUL byte near the start)."""
    return b"\0" in data[:_BINARY_SNIFF]


def word_spans(old: str, new: str) -> tuple[tuple[WordSpan, ...], tuple[WordSpan, ...]]:
    """Word-level changes between two lines: (spans of the old line, spans of the new one)."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    old_spans: list[WordSpan] = []
    new_spans: list[WordSpan] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            text = "".join(a[i1:i2])
            old_spans.append(WordSpan(SpanTag.EQUAL, text))
            new_spans.append(WordSpan(SpanTag.EQUAL, text))
            continue
        if i2 > i1:
            old_spans.append(WordSpan(SpanTag.DELETE, "".join(a[i1:i2])))
        if j2 > j1:
            new_spans.append(WordSpan(SpanTag.INSERT, "".join(b[j1:j2])))
    return tuple(old_spans), tuple(new_spans)


def _paired(removed: list[DiffLine], added: list[DiffLine]) -> Iterator[DiffLine]:
    """Removed lines then added lines, the n-th of each paired by words when alike."""
    pairs: dict[int, tuple[tuple[WordSpan, ...], tuple[WordSpan, ...]]] = {}
    for index, (old, new) in enumerate(zip(removed, added, strict=False)):
        ratio = difflib.SequenceMatcher(None, old.text, new.text).quick_ratio()
        if ratio >= _MIN_PAIR_RATIO:
            pairs[index] = word_spans(old.text, new.text)
    for index, line in enumerate(removed):
        yield _with_words(line, pairs[index][0]) if index in pairs else line
    for index, line in enumerate(added):
        yield _with_words(line, pairs[index][1]) if index in pairs else line


def _with_words(line: DiffLine, words: tuple[WordSpan, ...]) -> DiffLine:
    return DiffLine(line.tag, line.text, line.old_number, line.new_number, words)


def _hunk(group: Sequence[tuple[str, int, int, int, int]], a: list[str], b: list[str]) -> Hunk:
    lines: list[DiffLine] = []
    for op, i1, i2, j1, j2 in group:
        if op == "equal":
            lines.extend(
                DiffLine(LineTag.CONTEXT, a[i], i + 1, j1 + (i - i1) + 1) for i in range(i1, i2)
            )
            continue
        removed = [DiffLine(LineTag.REMOVE, a[i], old_number=i + 1) for i in range(i1, i2)]
        added = [DiffLine(LineTag.ADD, b[j], new_number=j + 1) for j in range(j1, j2)]
        lines.extend(_paired(removed, added))
    first, last = group[0], group[-1]
    old_count, new_count = last[2] - first[1], last[4] - first[3]
    return Hunk(
        first[1] + 1 if old_count else first[1],
        old_count,
        first[3] + 1 if new_count else first[3],
        new_count,
        tuple(lines),
    )


def _cut(data: bytes, limit: int) -> tuple[bytes, bool]:
    if len(data) <= limit:
        return data, False
    end = data.rfind(b"\n", 0, limit)
    return data[: end + 1 if end >= 0 else limit], True


def _utf8(data: bytes | None) -> bytes | None:
    """A UTF-16 file (with its BOM) as UTF-8, read as the parser reads it; others as they are.

    Its NUL bytes made it "Binary content", though the list showed it as an ADR.
    """
    if data is None or not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    return decode(data).text.encode("utf-8", "replace")


def as_text(data: bytes) -> str | None:
    """A version's content as text, read as :func:`diff_bytes` reads it; None when binary."""
    readable = _utf8(data)
    if readable is None or is_binary(readable):
        return None
    return readable.decode("utf-8", "replace")


def diff_bytes(
    old: bytes | None,
    new: bytes | None,
    *,
    old_path: str | None = None,
    new_path: str | None = None,
    context: int = CONTEXT,
    max_lines: int = MAX_LINES,
    max_bytes: int = MAX_BYTES,
) -> FileDiff:
    """Diff two versions of a file (None = absent). Never raises on content."""
    old, new = _utf8(old), _utf8(new)
    if (old is not None and is_binary(old)) or (new is not None and is_binary(new)):
        return FileDiff(
            old_path, new_path, binary=True, notice="Binary content: no text diff is shown."
        )
    old_data, cut_old = _cut(old or b"", max_bytes)
    new_data, cut_new = _cut(new or b"", max_bytes)
    a = old_data.decode("utf-8", "replace").splitlines()
    b = new_data.decode("utf-8", "replace").splitlines()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks: list[Hunk] = []
    shown = 0
    truncated = cut_old or cut_new
    for group in matcher.get_grouped_opcodes(context):
        hunk = _hunk(group, a, b)
        if shown + len(hunk.lines) > max_lines:
            truncated = True
            kept = hunk.lines[: max_lines - shown]
            if kept:  # the header still says the hunk's full size; the notice says it is cut
                hunks.append(
                    Hunk(hunk.old_start, hunk.old_count, hunk.new_start, hunk.new_count, kept)
                )
            break
        hunks.append(hunk)
        shown += len(hunk.lines)
    added = sum(1 for h in hunks for line in h.lines if line.tag is LineTag.ADD)
    removed = sum(1 for h in hunks for line in h.lines if line.tag is LineTag.REMOVE)
    notice = (
        f"Diff truncated: only the first {max_lines:,} lines or {max_bytes:,} bytes are shown."
        if truncated
        else None
    )
    return FileDiff(old_path, new_path, tuple(hunks), False, truncated, notice, added, removed)


def unified_text(diff: FileDiff) -> str:
    """The diff as ``diff -u`` text (headers, hunks, and the notice when there is one)."""
    out = [f"--- {'a/' + diff.old_path if diff.old_path else '/dev/null'}"]
    out.append(f"+++ {'b/' + diff.new_path if diff.new_path else '/dev/null'}")
    marks = {LineTag.CONTEXT: " ", LineTag.ADD: "+", LineTag.REMOVE: "-"}
    for hunk in diff.hunks:
        out.append(hunk.header)
        out.extend(marks[line.tag] + line.text for line in hunk.lines)
    if diff.notice:
        out.append(f"# {diff.notice}")
    return "\n".join(out) + "\n"


def _missing(diff_old: str | None, diff_new: str | None, blob: str) -> FileDiff:
    return FileDiff(
        diff_old, diff_new, notice=f"Object {blob[:12]} is missing from this clone: no diff."
    )


@record
class _Side:
    """One side of a diff: the blob shown, its path, and the number of its first line."""

    blob: str | None
    path: str | None
    first: int = 1


def _side(blob: str | None, path: str | None, shown: Shown | None) -> _Side:
    """The side whose parsed blob is ``blob``: a log's section as its file writes it."""
    if blob is None:
        return _Side(None, None)
    return _Side(shown.blob, path, shown.line) if shown else _Side(blob, path)


def _blob_diff(history: History, old: _Side, new: _Side) -> FileDiff:
    data = history.read_blobs([b for b in (old.blob, new.blob) if b is not None])
    for blob in (old.blob, new.blob):
        if blob is not None and data.get(blob) is None:
            return _missing(old.path, new.path, blob)
    diff = diff_bytes(
        data[old.blob] if old.blob is not None else None,
        data[new.blob] if new.blob is not None else None,
        old_path=old.path,
        new_path=new.path,
    )
    return _renumbered(diff, old.first - 1, new.first - 1)


def _renumbered(diff: FileDiff, old_by: int, new_by: int) -> FileDiff:
    """``diff`` with each side's line numbers moved on by ``old_by`` and ``new_by``.

    A section of a log file starts at its heading's line, each side at its own
    revision's: "@@ -22,4 +26,4 @@" is where the file changed, not the section.
    """
    if not (old_by or new_by):
        return diff
    hunks = tuple(
        Hunk(
            h.old_start + old_by,
            h.old_count,
            h.new_start + new_by,
            h.new_count,
            tuple(
                replace(
                    line,
                    old_number=None if line.old_number is None else line.old_number + old_by,
                    new_number=None if line.new_number is None else line.new_number + new_by,
                )
                for line in h.lines
            ),
        )
        for h in diff.hunks
    )
    return replace(diff, hunks=hunks)


def diff_revision(history: History, revision: Revision) -> FileDiff:
    """What ``revision`` changed, against the previous content (at the old path if renamed)."""
    old = _side(revision.old_blob, revision.old_path or revision.path, revision.old_shown)
    new = _side(revision.blob, revision.path, revision.shown)
    return _blob_diff(history, old, new)


def diff_between(history: History, older: Revision, newer: Revision) -> FileDiff:
    """The change from the content after ``older`` to the content after ``newer``."""
    old = _side(older.blob, older.path, older.shown)
    new = _side(newer.blob, newer.path, newer.shown)
    return _blob_diff(history, old, new)
