"""Round 22o-3 (review 11): a section's history from its log's first day, dates in one pass."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, build, commit, write

from adr_tui.core.diffs import diff_revision, unified_text
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.logfile import part_of
from adr_tui.core.parsing.outcome import blob_id
from adr_tui.core.settings import Settings

NO_CACHE = Settings(use_cache=False)


def _section(n: int, edit: int = 0) -> str:
    said = f"\n\nEdited {edit} times." if edit else ""
    return f"## ADR-{n:03d}: Decision {n}\n\nStatus: Accepted\n\nWe do {n}.{said}\n"


def _log(sections: dict[int, int]) -> str:
    return "# Decisions\n\n" + "\n".join(_section(n, e) for n, e in sorted(sections.items()))


def test_the_first_section_s_history_starts_with_the_log(tmp_path: Path) -> None:
    one = "# Decisions\n\n## ADR-001: Use X\n\nStatus: Proposed\n\nx\n"
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-01T12:00:00+00:00", "first decision", write("DECISIONS.md", one)),
        commit(BOB, "2024-02-01T12:00:00+00:00", "second decision", write(
            "DECISIONS.md", one + "\n## ADR-002: Use Y\n\ny\n"
        )),
        commit(ADA, "2024-03-01T12:00:00+00:00", "accept X", write(
            "DECISIONS.md", one.replace("Proposed", "Accepted") + "\n## ADR-002: Use Y\n\ny\n"
        )),
    )  # fmt: skip
    with load_history(repo, NO_CACHE) as history:
        first = history.for_decision("DECISIONS.md#1")
        assert [(r.subject, r.kind) for r in first.revisions] == [
            ("first decision", ChangeKind.ADDED),
            ("accept X", ChangeKind.MODIFIED),
        ]
        assert [e.label for e in first.timeline] == ["proposed", "accepted"]
        assert first.created is not None and first.created.month == 1
        shown = unified_text(diff_revision(history, first.revisions[0]))
        assert "+## ADR-001: Use X" in shown  # the one section of the first day, as written
        created = history.created("DECISIONS.md#2")
        assert created is not None and created.month == 2


def test_every_section_s_dates_and_history_from_one_pass_over_many_versions(
    tmp_path: Path,
) -> None:
    # 20 versions (more than the pass keeps cut at once), each adding or editing a
    # section; the last brings back the text of an early version (read again)
    sections: dict[int, int] = {1: 0}
    versions = [_log(sections)]
    for day in range(2, 21):
        if day % 3:
            sections[len(sections) + 1] = 0
        else:
            sections[1] += 1
        versions.append(_log(sections))
    versions.append(versions[3])
    repo = build(
        tmp_path / "repo",
        *(
            commit(ADA, f"2024-01-{day:02d}T12:00:00+00:00", f"day {day}", write("DECISIONS.md", v))
            for day, v in enumerate(versions, 1)
        ),
    )
    with load_history(repo, NO_CACHE) as history:
        created = {n: history.created(f"DECISIONS.md#{n}") for n in sorted(sections)}
        assert {n: c.day for n, c in created.items() if c is not None} == {
            n: next(i for i, v in enumerate(versions, 1) if f"ADR-{n:03d}" in v)
            for n in sorted(sections)
        }
        first = history.for_decision("DECISIONS.md#1")
        assert [r.subject for r in first.revisions] == [
            "day 1", "day 3", "day 6", "day 9", "day 12", "day 15", "day 18", "day 21"
        ]  # fmt: skip
        last = first.revisions[-1]
        assert last.blob == blob_id(part_of(versions[3].encode(), "1") or b"")
        gone = history.for_decision("DECISIONS.md#13")  # day 19 added it, day 21 took it away
        assert [(r.subject, r.kind) for r in gone.revisions] == [
            ("day 19", ChangeKind.ADDED),
            ("day 21", ChangeKind.DELETED),
        ]


def test_a_section_followed_by_a_new_one_is_unchanged(tmp_path: Path) -> None:
    one = "# D\n\n## ADR-001: X\n\nx\n\n## ADR-002: Y\n\ny"  # no newline at the end
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-01T12:00:00+00:00", "two", write("DECISIONS.md", one)),
        commit(BOB, "2024-02-01T12:00:00+00:00", "three", write(
            "DECISIONS.md", one + "\n\n---\n\n## ADR-003: Z\n\nz\n"
        )),
    )  # fmt: skip
    with load_history(repo, NO_CACHE) as history:
        assert [r.subject for r in history.for_decision("DECISIONS.md#2").revisions] == ["two"]
        assert [r.subject for r in history.for_decision("DECISIONS.md#3").revisions] == ["three"]
