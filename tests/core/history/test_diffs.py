from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.helpers_git import GRAPHQL, POSTGRES, RENUMBERED, TEMP, build, story_commits

from adr_tui.core.diffs import (
    LineTag,
    SpanTag,
    diff_between,
    diff_bytes,
    diff_revision,
    unified_text,
    word_spans,
)
from adr_tui.core.history import History, load_history
from adr_tui.core.settings import Settings

PARAGRAPH = "We agreed that " + "the service keeps its data in one place and " * 20


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("story") / "repo", *story_commits())


@pytest.fixture
def history(story: Path) -> Iterator[History]:
    with load_history(story, Settings(use_cache=False)) as loaded:
        yield loaded


def test_one_word_flip_in_a_long_paragraph_is_a_word_span() -> None:
    old = f"Status: proposed. {PARAGRAPH}\n".encode()
    new = f"Status: accepted. {PARAGRAPH}\n".encode()
    diff = diff_bytes(old, new, old_path="a.md", new_path="a.md")
    (hunk,) = diff.hunks
    removed, added = hunk.lines
    assert (removed.tag, added.tag) == (LineTag.REMOVE, LineTag.ADD)
    assert [s.text for s in removed.words if s.tag is SpanTag.DELETE] == ["proposed"]
    assert [s.text for s in added.words if s.tag is SpanTag.INSERT] == ["accepted"]
    assert "".join(s.text for s in added.words) == added.text
    assert (diff.added, diff.removed) == (1, 1)


def test_word_spans_rebuild_both_lines() -> None:
    old_spans, new_spans = word_spans("use the old queue", "use a new queue, now")
    assert "".join(s.text for s in old_spans) == "use the old queue"
    assert "".join(s.text for s in new_spans) == "use a new queue, now"


def test_unified_text_matches_difflib_shape() -> None:
    old = b"".join(b"line %d\n" % i for i in range(20))
    new = old.replace(b"line 10\n", b"line ten\n")
    text = unified_text(diff_bytes(old, new, old_path="x.md", new_path="x.md"))
    assert text.splitlines()[:3] == ["--- a/x.md", "+++ b/x.md", "@@ -8,7 +8,7 @@"]
    assert "-line 10\n+line ten\n" in text


def test_context_lines_carry_both_numbers() -> None:
    diff = diff_bytes(b"a\nb\nc\n", b"a\nB\nc\n")
    first = diff.hunks[0].lines[0]
    assert (first.tag, first.old_number, first.new_number) == (LineTag.CONTEXT, 1, 1)


def test_binary_is_refused_politely() -> None:
    diff = diff_bytes(b"text\n", b"\x00\x01binary")
    assert diff.binary and not diff.hunks
    assert diff.notice is not None and "Binary" in diff.notice


def test_huge_diff_is_truncated_with_a_notice() -> None:
    new = b"".join(b"row %d\n" % i for i in range(12_000))
    diff = diff_bytes(b"", new, max_lines=5000)
    assert diff.truncated
    assert sum(len(h.lines) for h in diff.hunks) == 5000
    assert diff.notice is not None and "truncated" in diff.notice


def test_huge_input_is_cut_before_diffing() -> None:
    diff = diff_bytes(b"", b"x" * 100 + b"\n" + b"y" * 2_000_000, max_bytes=1024 * 1024)
    assert diff.truncated


def test_identical_contents() -> None:
    assert diff_bytes(b"same\n", b"same\n").identical


def test_revision_diff_against_previous(history: History) -> None:
    lineage = history.for_decision(POSTGRES)
    diff = diff_revision(history, lineage.revisions[1])
    assert "-status: proposed" in unified_text(diff)
    assert "+status: accepted" in unified_text(diff)


def test_rename_diff_uses_the_old_path_blob(history: History) -> None:
    rename = history.for_decision(GRAPHQL).revisions[1]
    diff = diff_revision(history, rename)
    assert diff.old_path == "doc/adr/0002-use-rest.md"
    assert diff.new_path == "doc/adr/0002-use-graphql.md"
    assert [
        line.text for h in diff.hunks for line in h.lines if line.tag is not LineTag.CONTEXT
    ] == [
        "# Use REST",
        "# Use GraphQL",
    ]
    pure = diff_revision(history, history.for_decision(RENUMBERED).revisions[1])
    assert pure.identical


def test_added_and_deleted_revisions(history: History) -> None:
    lineage = history.for_decision(TEMP)
    added = diff_revision(history, lineage.revisions[0])
    assert added.old_path is None and added.removed == 0 and added.added > 3
    deleted = diff_revision(history, lineage.revisions[-1])
    assert deleted.new_path is None and deleted.added == 0 and deleted.removed == added.added


def test_between_two_revisions(history: History, story: Path) -> None:
    revisions = history.for_decision(POSTGRES).revisions
    diff = diff_between(history, revisions[0], revisions[-1])
    text = unified_text(diff)
    assert "-status: proposed" in text and "+status: superseded by ADR-0012" in text
    expected = subprocess.run(
        ["git", "diff", "--no-color", revisions[0].blob or "", revisions[-1].blob or ""],
        cwd=story,
        capture_output=True,
        check=True,
    ).stdout.decode()
    ours = [
        line for line in text.splitlines() if line[:1] in "+-" and line[:3] not in ("---", "+++")
    ]
    theirs = [
        line
        for line in expected.splitlines()
        if line[:1] in "+-" and line[:3] not in ("---", "+++")
    ]
    assert ours == theirs
