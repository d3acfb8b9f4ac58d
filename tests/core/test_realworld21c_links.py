"""Round 21c: a link to a heading of the log's index names the record its label names."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# from a public log's docs/adr/0006-*.md (its repository is not named by the search index):
# the records are listed under headings of the folder's README, and linked there.
SIX = (
    "# ADR-0006 — Damage-driven synthetic data generation\n\n"
    "> **Status:** Accepted · **Owner:** SA · **Last updated:** 2026-09-17 ·\n"
    "> **Related:** [ADR-0007](README.md#adr-0007--ml-approach), "
    "[ADR-0016](README.md#adr-0016--history-window)\n\n## Context\n\nEverything in this build "
    "rests on the synthetic dataset.\n"
)
LOG = {
    "docs/adr/README.md": "# Decisions\n\n## ADR-0007 — ML approach\n\n## ADR-0016 — History\n",
    "docs/adr/0006-synthetic-data.md": SIX,
    "docs/adr/0007-ml-approach.md": "# ADR-0007 — ML approach\n\n> **Status:** Accepted\n",
    "docs/adr/0016-history-window.md": "# ADR-0016 — History window\n\n> **Status:** Accepted\n",
}


def test_a_link_to_the_index_s_heading_names_the_record_of_its_label(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(LOG), Settings(use_cache=False))
    six = catalog.get("docs/adr/0006-synthetic-data")
    assert six is not None
    assert sorted(r.target_id or "" for r in six.relations) == [
        "docs/adr/0007-ml-approach",
        "docs/adr/0016-history-window",
    ]
    assert [p for p in catalog.problems if p.code in ("broken-link", "stale-link")] == []


def test_another_folder_s_readme_names_no_record_of_this_log(make_repo: RepoFactory) -> None:
    files = dict(LOG)
    files["docs/adr/0006-synthetic-data.md"] = SIX.replace("README.md#", "../guide/README.md#")
    files["docs/guide/README.md"] = "# Guide\n\n## ADR-0007 — ML approach\n"
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted(
        p.code for p in catalog.problems if p.path.endswith("0006-synthetic-data.md")
    ) == [
        "broken-link",
        "broken-link",
    ]
