"""Round 21c: a draft committed as its number alone is the start of its record's history."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, build, commit, write

from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Edit, Rename

DRAFT = "docs/decisions/0016"
NAMED = "docs/decisions/0016-idv-attempt-events.rst"
# from openedx/openedx-events docs/decisions/0016-idv-attempt-events.rst, as first committed
TEXT = (
    "16. Event definitions for ID Verification\n#########################################\n\n"
    "NOTE: This decision doc is still a work in progress.\n\nStatus\n******\n\n"
    "**Draft** 2024-08-19\n\nContext\n*******\n\nIDV Change.\n"
)


def test_a_draft_named_by_its_number_alone_starts_the_record_s_history(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-08-19T10:00:00+00:00", "feat: IDV events ADR draft", write(DRAFT, TEXT)),
        commit(
            BOB,
            "2024-09-03T10:00:00+00:00",
            "docs: IDV events ADR accepted",
            Rename(DRAFT, NAMED),
            Edit(NAMED, (("**Draft** 2024-08-19", "**Accepted** 2024-09-03"),)),
        ),
    )
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision(NAMED)
    assert [(r.kind, r.path) for r in lineage.revisions] == [
        (ChangeKind.ADDED, DRAFT),
        (ChangeKind.RENAMED, NAMED),
    ]
