"""Session 9: the unfilled-template note says only what happened."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# The demo's ADR-0003 (from a real log): the template kept above a filled-in example.
# The example is read and listed; a note saying "not listed" was untrue.
TEMPLATE_THEN_EXAMPLE = (
    "# ADR-XXX: [Decision Title]\n\n**Status:** [Proposed | Accepted]\n\n**Date:** YYYY-MM-DD\n\n"
    "## Context\n\nDescribe the problem.\n\n---\n\n"
    "# ADR-003: Use Redis for session storage\n\n**Status:** Accepted\n\n**Date:** 2024-03-01\n\n"
    "## Context\n\nSessions must survive a restart of one web node.\n"
)


def test_a_template_kept_above_its_filled_example_is_listed_without_a_not_listed_note(
    make_repo: RepoFactory,
) -> None:
    files = {
        "docs/decisions/0001-use-x.md": "# 1. Use X\n\n## Status\n\nAccepted\n",
        "docs/decisions/0003-use-redis.md": TEMPLATE_THEN_EXAMPLE,
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [d.number for d in catalog] == [1, 3]
    assert [p.code for p in catalog.problems if p.path.endswith("0003-use-redis.md")] == [
        "parse-warning"
    ]
