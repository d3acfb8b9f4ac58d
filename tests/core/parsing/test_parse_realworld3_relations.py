"""Real-world shapes, round 3: links to issues and pull requests, links stated twice.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

from .helpers import decision


# IntersectMBO/UPLC-CAPE doc/adr/20251009-scenario-based-approach-….md: issue and pull
# request links in Links are not decisions; a supersession stated twice is one link.
def test_issue_and_pull_request_links_are_not_decisions() -> None:
    text = (
        "# Scenario-Based Approach\n\n- Status: accepted\n"
        "- Supersedes: [20251006-mode-system.md](20251006-mode-system.md)\n\n## Links\n\n"
        "- [GitHub Issue #59](https://github.com/o/r/issues/59) - Original feature request\n"
        "- [GitHub PR #60](https://github.com/o/r/pull/60) - Implementation (now superseded)\n"
        "- Supersedes: [ADR 20251006: Mode System](20251006-mode-system.md)\n"
        "- Related: [ADR-0003](https://github.com/o/r/blob/main/doc/adr/0003-multi-view.md)\n"
    )
    d = decision(text, "doc/adr/20251009-scenario-based-approach.md")
    got = [(r.kind.value, r.ref.number, r.ref.target) for r in d.relations]
    assert got == [
        ("supersedes", None, "20251006-mode-system.md"),
        ("relates-to", 3, "https://github.com/o/r/blob/main/doc/adr/0003-multi-view.md"),
    ]
