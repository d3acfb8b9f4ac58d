"""Round 22o: the history of one decision of a log kept in one file is its section's."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, GRACE, build, commit, write

from adr_tui.core.catalog import load_catalog
from adr_tui.core.diffs import LineTag, diff_between, diff_revision, unified_text
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings


def _log(*sections: str) -> str:
    return "# Architecture decisions\n\nThe index.\n\n" + "\n".join(sections)


def _one(title: str, status: str, text: str = "We will.") -> str:
    return f"## ADR-001: {title}\n- **Status**: {status}\n\n{text}\n"


def _two(status: str) -> str:
    return f"## ADR-002: Use Redis for sessions\n- **Status**: {status}\n\nSessions.\n"


def _repo(dest: Path) -> Path:
    return build(
        dest,
        commit(ADA, "2024-03-01T10:00:00+00:00", "ADR 1", write("DECISIONS.md", _log(
            _one("Use PostgreSQL", "Proposed"), "## ADR-009: Draft\n- **Status**: Proposed\n"
        ))),
        commit(BOB, "2024-03-02T10:00:00+00:00", "ADR 2", write("DECISIONS.md", _log(
            _one("Use PostgreSQL", "Proposed"), _two("Proposed"),
            "## ADR-009: Draft\n- **Status**: Proposed\n",
        ))),
        commit(GRACE, "2024-03-03T10:00:00+00:00", "Accept 1", write("DECISIONS.md", _log(
            _one("Use PostgreSQL 16", "Accepted"), _two("Proposed"),
            "## ADR-009: Draft\n- **Status**: Proposed\n",
        ))),
        commit(ADA, "2024-03-04T10:00:00+00:00", "Index, drop 9", write("DECISIONS.md", _log(
            _one("Use PostgreSQL 16", "Accepted"), _two("Superseded by ADR-004"),
        ).replace("The index.", "The index, longer."))),
    )  # fmt: skip


def test_a_section_s_history_is_the_commits_that_changed_it(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    catalog = load_catalog(repo, Settings(use_cache=False))
    first, second = catalog
    with load_history(repo, Settings(use_cache=False)) as history:
        one = history.for_decision(first)
        assert one.path == "DECISIONS.md#1" and not one.deleted
        assert [r.subject for r in one.revisions] == ["ADR 1", "Accept 1"]  # retitled: still 1
        assert [r.kind for r in one.revisions] == [ChangeKind.ADDED, ChangeKind.MODIFIED]
        assert one.created is not None and one.created.day == 1
        assert [(e.event, e.status) for e in one.timeline] == [
            ("created", Status.PROPOSED),
            ("status", Status.ACCEPTED),
        ]
        created = history.created(second.address)  # undated in the list: when it came
        assert created is not None and created.day == 2
        assert (history.created("DECISIONS.md") or created).day == 1  # the file's own
        two = history.for_decision(second.address)
        assert [r.subject for r in two.revisions] == ["ADR 2", "Index, drop 9"]
        assert two.created is not None and two.created.day == 2  # not the file's first commit
        assert two.timeline[-1].label == "superseded by ADR-0004"
        text = diff_revision(history, two.revisions[-1])
        changed = [ln.text for h in text.hunks for ln in h.lines if ln.tag is not LineTag.CONTEXT]
        assert changed == ["- **Status**: Proposed", "- **Status**: Superseded by ADR-004"]
        whole = unified_text(diff_between(history, one.revisions[0], one.revisions[-1]))
        assert "Sessions." not in whole and "+## ADR-001: Use PostgreSQL 16" in whole  # as written


def test_a_section_that_went_is_deleted_there(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    with load_history(repo, Settings(use_cache=False)) as history:
        gone = history.for_decision("DECISIONS.md#9")
        assert gone.deleted
        assert [(r.subject, r.kind) for r in gone.revisions] == [
            ("ADR 1", ChangeKind.ADDED),
            ("Index, drop 9", ChangeKind.DELETED),
        ]
        assert gone.timeline[-1].label == "deleted"
        # the version before it went is the section's text alone
        kept = history.read_blobs([gone.revisions[0].blob or ""])
        assert list(kept.values()) == [b"# ADR-009: Draft\n- **Status**: Proposed\n"]
