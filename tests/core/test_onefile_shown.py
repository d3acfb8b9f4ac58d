"""Round 22o-2: a section of a log kept in one file is shown as its file writes it.

The parser reads the section raised into a document of its own ("# ADR-002", "## Decision");
a diff or a version shows "## ADR-002" and "### Decision", numbered as the file's lines.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, GRACE, build, commit, write

from adr_tui.core.diffs import FileDiff, LineTag, diff_between, diff_revision, unified_text
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.logfile import section_of, split_log
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings

HEAD = "# Decisions\n\nThe index.\n\n"  # four lines: ADR-001's heading is line 5


def one(reasons: int) -> str:
    """ADR-001, growing by a line a reason: 5 + ``reasons`` lines."""
    said = "".join(f"Reason {i}.\n" for i in range(reasons))
    return f"## ADR-001: Use PostgreSQL\n- **Status**: Accepted\n\n### Context\n\n{said}"


def two(status: str) -> str:
    return f"## ADR-002: Use Redis\n- **Status**: {status}\n\n### Decision\n\nWe will use Redis.\n"


def log(reasons: int, status: str) -> str:
    """The log: ADR-002's heading is line 11 + ``reasons``."""
    return HEAD + one(reasons) + "\n" + two(status)


REVISIONS = (log(1, "Proposed"), log(3, "Proposed"), log(6, "Accepted"))
"""ADR-002 at line 12, moved down to 14 by ADR-001's edit, then edited and moved to 17."""


def moving_log(dest: Path) -> Path:
    """A repository whose log's second section moves down between its revisions."""
    said = ((ADA, "Two decisions"), (BOB, "More reasons"), (GRACE, "Accept Redis"))
    return build(
        dest,
        *(
            commit(who, f"2024-03-0{day}T10:00:00+00:00", subject, write("DECISIONS.md", text))
            for day, ((who, subject), text) in enumerate(zip(said, REVISIONS, strict=True), 1)
        ),
    )


def _numbers_are_the_file_s(diff: FileDiff, old: str, new: str) -> None:
    """Every line's number names that very line of the file on its side."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    for line in (ln for h in diff.hunks for ln in h.lines):
        if line.old_number is not None:
            assert old_lines[line.old_number - 1] == line.text
        if line.new_number is not None:
            assert new_lines[line.new_number - 1] == line.text


def test_a_section_s_diff_is_as_written_and_numbered_as_the_file(tmp_path: Path) -> None:
    repo = moving_log(tmp_path / "repo")
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision("DECISIONS.md#2")
        added, accepted = lineage.revisions
        assert [r.kind for r in lineage.revisions] == [ChangeKind.ADDED, ChangeKind.MODIFIED]
        assert added.shown is not None and added.shown.line == 12
        assert accepted.old_shown is not None and accepted.old_shown.line == 14
        assert accepted.shown is not None and accepted.shown.line == 17
        # the parser still reads the raised document: title and statuses as before
        assert [e.status for e in lineage.timeline] == [Status.PROPOSED, Status.ACCEPTED]
        assert accepted.state is not None and accepted.state.title == "Use Redis"

        change = diff_revision(history, accepted)
        text = unified_text(change)
        assert [h.header for h in change.hunks] == ["@@ -14,5 +17,5 @@"]
        assert " ## ADR-002: Use Redis\n-- **Status**: Proposed\n+- **Status**: Accepted" in text
        assert " ### Decision\n" in text and "\n # ADR-002" not in text
        _numbers_are_the_file_s(change, REVISIONS[1], REVISIONS[2])

        whole = diff_between(history, added, accepted)  # each side at its own revision's line
        assert [h.header for h in whole.hunks] == ["@@ -12,5 +17,5 @@"]
        _numbers_are_the_file_s(whole, REVISIONS[0], REVISIONS[2])

        first = diff_revision(history, added)  # the section added: the new side only
        assert [h.header for h in first.hunks] == ["@@ -0,0 +12,6 @@"]
        assert first.hunks[0].lines[0].text == "## ADR-002: Use Redis"
        _numbers_are_the_file_s(first, "", REVISIONS[0])

        shown = history.read_blobs([accepted.shown.blob])[accepted.shown.blob]  # the version
        assert shown == two("Accepted").encode()
        parsed = history.read_blobs([accepted.blob or ""])[accepted.blob or ""]
        assert parsed is not None and parsed.startswith(b"# ADR-002: Use Redis\n")


def test_the_first_section_s_numbers_are_the_file_s_too(tmp_path: Path) -> None:
    repo = moving_log(tmp_path / "repo")
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision("DECISIONS.md#1")
        grew = diff_revision(history, lineage.revisions[1])
        assert [h.header for h in grew.hunks] == ["@@ -8,3 +8,5 @@"]
        assert [ln.tag for ln in grew.hunks[0].lines].count(LineTag.ADD) == 2
        _numbers_are_the_file_s(grew, REVISIONS[0], REVISIONS[1])


def test_a_whole_file_s_diff_is_numbered_as_before(tmp_path: Path) -> None:
    repo = moving_log(tmp_path / "repo")
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision("DECISIONS.md")
        change = diff_revision(history, lineage.revisions[-1])
        assert change.hunks[0].old_start < 14  # ADR-001's reasons, counted from line 1
        _numbers_are_the_file_s(change, REVISIONS[1], REVISIONS[2])


def test_a_section_s_text_is_its_document_with_its_headings_as_written() -> None:
    data = (
        b"# Log\n\n### ADR-1: Use x\r\n\r\n#### Context\r\n\r\n```\r\n#### fenced\r\n```\r\n\r\n"
        b"---\r\n\r\n### ADR-2: Use y\r\n\r\nWe will.\r\n"
    )
    first, second = split_log(data)
    assert first.text == (
        b"### ADR-1: Use x\r\n\r\n#### Context\r\n\r\n```\r\n#### fenced\r\n```\r\n"
    )
    assert first.data == b"# ADR-1: Use x\r\n\r\n## Context\r\n\r\n```\r\n#### fenced\r\n```\r\n"
    assert (first.line, second.line) == (3, 13)
    assert first.text.count(b"\n") == first.data.count(b"\n")  # line n is line n of both
    found = section_of(data, "2")
    assert found is not None and found.text == b"### ADR-2: Use y\r\n\r\nWe will.\r\n"
    assert section_of(data, "3") is None
