"""Round 24: a status said before the title (trimmed excerpts; each names its source, or says
the search index did not name its repository)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status

from .helpers import decision

# V-Sekai/manuals decisions/20200602-manage-backend-with-k3s.md: no status line, the
# heading says it
K3S = (
    "# Superseded: Manage backend resources on one or more physical machines with K3S\n\n"
    "## Context and Problem Statement\n\nWe want a way to manage backend resources.\n"
)


def test_a_status_before_the_title_is_the_status_when_none_is_stated() -> None:
    d = decision(K3S, "decisions/20200602-manage-backend-with-k3s.md")
    assert (d.title, d.status, d.status_raw, d.date) == (
        "Manage backend resources on one or more physical machines with K3S",
        Status.SUPERSEDED,
        "Superseded",
        dt.date(2020, 6, 2),
    )


def test_a_stated_status_stays_and_the_title_loses_its_echo() -> None:
    # a log the search index does not name: the heading repeats the status line
    text = (
        "# Superseded: multitenant architecture\n\nStatus: superseded 2026-08-16.\n\n"
        "APlane is now intentionally designed as a single-operator product.\n"
    )
    d = decision(text, "docs/decisions/multitenant.md")
    assert (d.title, d.status, d.status_raw) == (
        "multitenant architecture",
        Status.SUPERSEDED,
        "superseded 2026-08-16.",
    )


@pytest.mark.parametrize(
    "heading",
    ["Decision: Use X", "Idea: Use X", "Review: the cache", "Superseded by ADR-3: Use X"],
)
def test_other_words_before_a_colon_are_the_title_s(heading: str) -> None:
    d = decision(f"# {heading}\n\n## Context\n\nx\n", "docs/decisions/x.md")
    assert d.title == heading
    assert d.status_raw != heading.partition(":")[0]


# cinderlit/stewardship-standard .governance/adr/ADR-0001-layer-naming-l4-l5-l8.md: the
# record's former place named among its related documents
STEWARDSHIP = (
    "# ADR-0001: Layer Naming — Memory / Practice / Adaptation (L4, L5, L8)\n\n"
    "**Status:** Accepted\n**Date:** 2026-06-30\n**Deciders:** Caitlin\n"
    "**Related:** QSM-ARCH v1.1.0, superseded location "
    "`governance/decisions/ADR-001-layer-naming-L4-L5-L8.md`, [ADR-0002](ADR-0002-x.md)\n\n"
    "## Context\n\nx\n"
)


def test_the_record_s_own_file_elsewhere_is_no_relation() -> None:
    d = decision(STEWARDSHIP, ".governance/adr/ADR-0001-layer-naming-l4-l5-l8.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("relates-to", 2)]
    other = STEWARDSHIP.replace("ADR-001-layer-naming", "ADR-001-layer-names")
    got = decision(other, "adr/ADR-0001-layer-naming.md").relations
    assert sorted(r.ref.number or 0 for r in got) == [1, 2]  # another record numbered 1


# robyvandamme/dotadr's README: what the tool writes into the record a new one supersedes,
# "* Status: [current status] - Superseded by " a link to the new record and the day
DOTADR = (
    "# 001 Use Postgres\n\n* Status: Accepted - Superseded by [005](005-use-sqlite.md) "
    "2025-08-10\n* Date: 2025-07-01\n\n## Context\n\nx\n"
)


@pytest.mark.parametrize(
    ("status_line", "status"),
    [
        ("Accepted - Superseded by [005](005-use-sqlite.md) 2025-08-10", Status.SUPERSEDED),
        ("Accepted — superseded by ADR-5", Status.SUPERSEDED),
        ("Rejected - Superseded by ADR-5", Status.REJECTED),  # it never held
        ("Proposed - Supersedes ADR-5", Status.PROPOSED),  # what this one does
        ("Accepted - see ADR-5", Status.ACCEPTED),
    ],
)
def test_a_dash_then_a_retiring_sentence_gives_the_later_status(
    status_line: str, status: Status
) -> None:
    text = DOTADR.replace(DOTADR.splitlines()[2], f"* Status: {status_line}")
    assert decision(text, "docs/adr/001-use-postgres.md").status is status


def test_dotadr_s_superseded_record() -> None:
    d = decision(DOTADR, "docs/adr/001-use-postgres.md")
    assert (d.number, d.title, d.status, d.date) == (
        1,
        "Use Postgres",
        Status.SUPERSEDED,
        dt.date(2025, 7, 1),
    )
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 5)]


@pytest.mark.parametrize(
    ("related", "numbers_named"),
    [
        # cinderlit/stewardship-standard ADR-0001: the changelog beside the standard's name
        ("QSM-ARCH v1.1.0, `CHANGELOG.md` [1.2.0]", []),
        # a Vietnamese log (unnamed): "**Liên quan:** ARCH §4.6, §5; CLAUDE.md X.3, X.12, X.14",
        # no section of it a record's title
        ("ARCH §4.6, §5; CLAUDE.md X.3, X.12, X.14", []),
        ("[the README](../README.md), [ADR-0003](ADR-0003.md)", [3]),
        ("`AGENTS.md`, ADR-0004", [4]),
    ],
)
def test_a_repository_s_own_documents_are_no_records(
    related: str, numbers_named: list[int | None]
) -> None:
    text = (
        f"# ADR-0008 — X\n\n- **Status:** Accepted\n- **Related:** {related}\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/0008-x.md")
    assert [r.ref.number for r in d.relations] == numbers_named


def test_maintainers_stand_in_for_deciders() -> None:
    # a log the search index names no repository of: "Date:", "Tags:", "Maintainers:", each
    # line ended by spaces, over "## Status: Accepted"
    text = (
        "# ADR-00104: Command-First Architecture\n\nDate: 2026-08-21   \n"
        "Tags: command, query, menu, toolbar, mcp   \n"
        "Maintainers: Igor Korsukov, Dmitry Makarenko   \n\n## Status: Accepted\n\n"
        "## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/ADR-00104-command-first.md")
    assert (d.number, d.status, d.date) == (104, Status.ACCEPTED, dt.date(2026, 8, 21))
    assert d.deciders == ("Igor Korsukov", "Dmitry Makarenko")
    assert d.tags == ("command", "query", "menu", "toolbar", "mcp")


def test_a_dashed_history_that_goes_on_is_not_read_as_retired() -> None:
    # review 12's probe: the dash parts a history whose last clause reinstates the record
    text = (
        "# ADR-003: Issue the encryption key\n\n**Status:** Accepted — superseded by ADR-011 "
        "on 2026-10-01, reinstated by ADR-012 on 2026-10-06\n\nBody\n"
    )
    assert decision(text, "docs/adr/ADR-003-key.md").status is Status.ACCEPTED


def test_a_status_before_the_title_that_another_status_contradicts_stays_the_title_s() -> None:
    d = decision("# Superseded: multitenant\n\nStatus: accepted\n\nText\n", "docs/a.md")
    assert (d.title, d.status) == ("Superseded: multitenant", Status.ACCEPTED)


def test_role_labels_under_deciders_name_the_deciders() -> None:
    # review 12's probe: each decider under "## Deciders" labelled by a role
    text = (
        "# 4. Use Kafka\n\n## Status\n\nAccepted\n\n## Deciders\n\n- Author: Jane Doe\n"
        "- Reviewer: John Smith\n- Approver: Ann Lee\n\n## Context\n\nText.\n"
    )
    assert decision(text, "docs/adr/0004-use-kafka.md").deciders == (
        "Jane Doe",
        "John Smith",
        "Ann Lee",
    )


def test_a_record_reinstated_after_a_full_stop_holds_again() -> None:
    # review 12's probe: round 17's "<status>. Superseded by …" with a later clause
    text = (
        "# ADR-3: X\n\n**Status:** Accepted. Superseded by ADR-011 on 2026-10-01, reinstated "
        "by ADR-012 on 2026-10-06\n\nBody\n"
    )
    assert decision(text, "docs/adr/ADR-3-x.md").status is Status.ACCEPTED
