"""Round 22o: a decision log kept in one file lists a decision per numbered section."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.errors import NotFoundError
from adr_tui.core.logfile import key_of_anchor, part_of, split_log
from adr_tui.core.model import RelationKind, Status
from adr_tui.core.parsing.outcome import blob_id
from adr_tui.core.settings import Settings

# The shape of a DECISIONS.md coding agents write (the brief's example)
AGENT_LOG = """# Architecture decisions

An index: ADR-001, ADR-002, ADR-004.

## ADR-001: Use PostgreSQL
- **Status**: Accepted
- **Date**: 2024-03-01
- **Deciders**: Ann Lee, Bob Ray
- **Tags**: storage

### Context
We need a database.

### Decision
PostgreSQL.

## ADR-002: Use Redis for sessions
- **Status**: Superseded by ADR-004
- **Date**: 2024-03-05

Sessions in Redis.

## ADR-004: Use Memcached for sessions
- **Status**: Accepted
- **Supersedes**: [ADR-002](#adr-002-use-redis-for-sessions)

Sessions in Memcached.
"""

# from a public DECISIONS.md ("Architectural Decisions — Dugout"): a format block first,
# bold fields, a thematic break between decisions
DUGOUT = """# Architectural Decisions — Dugout

ADR log for significant decisions made during development.

---

## Format

**ADR-NNN: Title**

- **Status**: proposed / accepted / rejected / deprecated
- **Date**: YYYY-MM-DD

---

## ADR-001: Use Supabase for Backend

**Status**: accepted
**Date**: 2026-05-18

**Context**: We need auth, database, storage, and realtime.

---

## ADR-002: TanStack Router for Routing

**Status**: accepted
**Date**: 2026-05-18

**Decision**: Use TanStack Router v1 with file-based routing plugin.

---
"""

# from genebarker/shrikenet docs/decisions.md ("## 1. Document Architecture Decisions"),
# the later entries replayed
SHRIKENET = (
    "# Architecture Decisions\n\n## 1. Document Architecture Decisions\n\n**Context:** As this "
    "project grows, significant architecture decisions will be made.\n\n**Status:** Accepted\n\n"
    "## 2. Use Flask\n\n**Decision:** Use Flask.\n\n**Status:** Accepted\n"
)

# from a public project overview: the decisions are level-3 headings under "## Architecture
# Decisions", after other level-2 chapters whose "### 6. Reliability" numbers a chapter
OVERVIEW = """# Platform overview

## Quality

### 6. Reliability

- **Error Rate**: <0.5% target

## Architecture Decisions

### ADR-001: Why Hybrid Microservices + Serverless?

**Context**: Need balance between control and operational simplicity

### ADR-002 — Event bus

Status: Proposed

### ADR-003 — Search

| Field | Value |
|-------|-------|
| Status | Accepted |
| Date | 2025-01-02 |

## Glossary

Words.
"""

FENCED = """# Decisions

```md
## ADR-NNN: Title
## ADR-000: Example
```

## Decision 1 - Use Git

Status: Accepted

## Decision 2 - Use Markdown

Status: Accepted
"""


def _load(make_repo: RepoFactory, files: dict[str, str]) -> list[tuple[str, int | None, str]]:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    return [(d.id, d.number, d.title) for d in catalog]


def test_each_numbered_section_is_a_decision_with_its_fields(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo({"DECISIONS.md": AGENT_LOG}), Settings(use_cache=False))
    assert catalog.discovery.logs == ("DECISIONS.md",)
    assert not catalog.problems  # the note that nothing was read is gone
    first, second, fourth = catalog
    assert (first.id, first.path, first.part, first.label) == (
        "DECISIONS#1",
        "DECISIONS.md",
        "1",
        "ADR-0001",
    )
    assert (first.title, first.status, str(first.date)) == (
        "Use PostgreSQL",
        Status.ACCEPTED,
        "2024-03-01",
    )
    assert (first.deciders, first.tags) == (("Ann Lee", "Bob Ray"), ("storage",))
    assert [s.title for s in first.sections][1:] == ["Context", "Decision"]
    assert "Sessions in Redis" not in first.body and "PostgreSQL." in first.body
    assert second.superseded_by[0].target_id == "DECISIONS#4"
    assert [r.target_id for r in fourth.related(RelationKind.SUPERSEDES)] == ["DECISIONS#2"]
    assert fourth.digest == blob_id(part_of(AGENT_LOG.encode(), "4") or b"")
    assert catalog.find("2") is second and catalog.find("DECISIONS#4") is fourth


def test_the_real_shapes_each_list_their_decisions(make_repo: RepoFactory) -> None:
    assert _load(make_repo, {"DECISIONS.md": DUGOUT}) == [
        ("DECISIONS#1", 1, "Use Supabase for Backend"),
        ("DECISIONS#2", 2, "TanStack Router for Routing"),
    ]
    assert _load(make_repo, {"README.md": "# shrikenet\n", "docs/decisions.md": SHRIKENET}) == [
        ("docs/decisions#1", 1, "Document Architecture Decisions"),
        ("docs/decisions#2", 2, "Use Flask"),
    ]
    assert _load(make_repo, {"docs/ADR.md": OVERVIEW}) == [
        ("docs/ADR#1", 1, "Why Hybrid Microservices + Serverless?"),
        ("docs/ADR#2", 2, "Event bus"),
        ("docs/ADR#3", 3, "Search"),
    ]
    assert _load(make_repo, {"decision-log.md": FENCED}) == [
        ("decision-log#1", 1, "Use Git"),
        ("decision-log#2", 2, "Use Markdown"),
    ]


def test_a_section_ends_at_the_next_heading_of_its_level(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo({"docs/ADR.md": OVERVIEW}), Settings(use_cache=False))
    last = catalog.find("3")
    assert (last.status, str(last.date)) == (Status.ACCEPTED, "2025-01-02")
    assert "Glossary" not in last.body and "Reliability" not in catalog.find("1").body


def test_split_raises_sub_headings_and_drops_the_break_between(make_repo: RepoFactory) -> None:
    first, second = split_log(DUGOUT.encode())
    assert first.data.startswith(b"# ADR-001: Use Supabase for Backend\n")
    assert not first.data.rstrip().endswith(b"---") and first.line == 16
    one = split_log(AGENT_LOG.encode())[0].data
    assert b"\n## Context\n" in one and b"\n### Context" not in one


def test_a_page_with_one_numbered_or_dated_heading_is_no_log() -> None:
    assert split_log(b"# Decisions\n\n## 1. Use Flask\n\nWe will.\n") == ()
    assert split_log(b"# Log\n\n## 2026-08-27 - Keep it\n\nx\n") == ()
    assert split_log(b"## 1.1 Scope\n\n## 1.2 Terms\n") == ()


# from dorianagaesse/nexus_dash adr/decisions.md ("## 2026-08-27 - <title>", a template in a
# fence first) and pointmatic/pyve's decision log template ("## YYYY-MM-DD: Short Title")
DATED = """# Architecture Decisions (Working Log)

## Entry Template

```md
## YYYY-MM-DD - <short decision title>
- Status: Accepted | Superseded | Deprecated | Proposed
```

## Active Decisions

## 2026-08-27 - Keep shared Preview schema forward-only
- Status: Accepted
- Context: Deploying stacked TASK-327 renamed columns.

## 2026-07-27: Promote meeting todos to a workspace destination
- Status: Superseded in part by the 2026-07-30 project-scoped decision.
"""


def test_a_log_of_dated_entries_names_each_by_its_heading(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo({"docs/decisions.md": DATED}), Settings(use_cache=False))
    first, second = catalog
    assert (first.id, first.number, first.label) == (
        "docs/decisions#2026-08-27---keep-shared-preview-schema-forward-only",
        None,
        "2026-08-27---keep-shared-preview-schema-forward-only",
    )
    assert (first.title, str(first.date), first.status) == (
        "Keep shared Preview schema forward-only",
        "2026-08-27",
        Status.ACCEPTED,
    )
    assert (second.title, str(second.date)) == (
        "Promote meeting todos to a workspace destination",
        "2026-07-27",
    )
    assert "Active Decisions" not in first.body


def test_a_number_written_twice_is_two_decisions_and_a_duplicate(make_repo: RepoFactory) -> None:
    text = AGENT_LOG + "\n## ADR-002: Use Valkey\n- **Status**: Proposed\n- Amends ADR-009\n"
    catalog = load_catalog(make_repo({"DECISIONS.md": text}), Settings(use_cache=False))
    assert [d.id for d in catalog if d.number == 2] == ["DECISIONS#2", "DECISIONS#2-2"]
    codes = {(p.code, p.path) for p in catalog.problems}
    said = {p.message for p in catalog.problems if p.code == "duplicate-number"}
    assert said == {"number 2 is used by 2 decisions: DECISIONS.md#2, DECISIONS.md#2-2"}
    assert ("duplicate-number", "DECISIONS.md#2-2") in codes
    assert any(p.code == "broken-link" for p in catalog.problems)


def test_a_log_beside_a_log_of_files_is_not_read(make_repo: RepoFactory) -> None:
    files = {"DECISIONS.md": AGENT_LOG, "docs/adr/0001-use-x.md": "# 1. Use X\n\nAccepted\n"}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.logs == () and [d.id for d in catalog] == ["docs/adr/0001-use-x"]


def test_the_log_s_path_names_each_of_its_sections(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo({"DECISIONS.md": AGENT_LOG}), Settings(use_cache=False))
    assert [d.id for d in catalog.matches("DECISIONS.md")] == [
        "DECISIONS#1",
        "DECISIONS#2",
        "DECISIONS#4",
    ]
    with pytest.raises(NotFoundError, match="ambiguous: DECISIONS#1, DECISIONS#2"):
        catalog.find("DECISIONS.md")


def test_a_link_to_the_log_file_names_the_section_of_its_number(make_repo: RepoFactory) -> None:
    text = AGENT_LOG.replace(
        "Superseded by ADR-004", "Superseded by [ADR-004](DECISIONS.md#adr-004-use-memcached)"
    ).replace("Sessions in Memcached.", "Amends [ADR-001](./DECISIONS.md#adr-001-use-postgresql)")
    catalog = load_catalog(make_repo({"DECISIONS.md": text}), Settings(use_cache=False))
    first, second, fourth = catalog
    assert [r.target_id for r in second.superseded_by] == ["DECISIONS#4"]  # not the last one
    assert [r.target_id for r in fourth.related(RelationKind.AMENDS)] == ["DECISIONS#1"]
    assert not catalog.problems


def test_a_heading_s_anchor_names_its_section() -> None:
    assert key_of_anchor("adr-004-use-memcached-for-sessions") == "4"
    assert key_of_anchor("1-document-architecture-decisions") == "1"
    dated = split_log(DATED.encode())[0]
    assert key_of_anchor("2026-08-27---keep-shared-preview-schema-forward-only") == dated.key
