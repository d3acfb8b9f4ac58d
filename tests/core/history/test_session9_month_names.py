"""A record named by its year and month ("202207-x", thanos-io/thanos) keeps its past."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, GRACE, build, commit, write

from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Rename

# from thanos-io/thanos docs/proposals-accepted/202101-endpoint-discovery.md (front matter)
PROPOSAL = (
    "---\ntype: proposal\ntitle: Endpoint Discovery\nstatus: accepted\nowner: someone\n"
    "menu: proposals-accepted\n---\n\n### Related Tickets\n\n"
    "* https://github.com/thanos-io/thanos/issues/1706\n"
)
BARE = "docs/proposals-accepted/202101-endpoint-discovery"


def test_a_month_named_record_renamed_to_markdown_keeps_its_past(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2021-01-04T10:00:00+00:00", "Propose", write(BARE, PROPOSAL)),
        commit(ADA, "2021-02-01T10:00:00+00:00", "Name it", Rename(BARE, f"{BARE}.md")),
    )
    with load_history(repo, Settings(use_cache=False)) as history:
        lineage = history.for_decision(f"{BARE}.md")
    assert lineage.paths == (BARE, f"{BARE}.md")
    assert [r.kind for r in lineage.revisions] == [ChangeKind.ADDED, ChangeKind.RENAMED]
