"""Round 29: fields of records from repositories no earlier round read."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision

# tytsxai/exchange-platform 交易所项目文档/ADR/ADR-002-资金账本与一致性模式.md (trimmed): a
# knowledge-base page's front matter, with its "stage" and no status anywhere.
EXCHANGE_LEDGER = (
    "---\n"
    "title: ADR-002-资金账本与一致性模式\n"
    "topic: 项目文档/ADR\n"
    "tags:\n  - 交易所\n  - 资金\n"
    "created: 2025-12-21\n"
    "updated: 2025-12-21\n"
    "stage: draft\n"
    "visibility: internal\n"
    "---\n\n"
    "# ADR-002-资金账本与一致性模式\n\n"
    "## 背景\n"
    "- 资金链路必须“强一致、可审计、可追溯”。\n\n"
    "## 决策（建议默认）\n"
    "- 采用“不可变账本（LedgerEntry）”作为资金变动的 source of truth。\n"
)
EXCHANGE_PATH = "交易所项目文档/ADR/ADR-002-资金账本与一致性模式.md"


def test_a_pages_stage_is_the_status_none_states() -> None:
    # The record's status was unknown: "stage: draft" says the page is not finished.
    record = decision(EXCHANGE_LEDGER, EXCHANGE_PATH)
    assert (record.status, record.status_raw) == (Status.DRAFT, "draft")
    assert (record.number, record.title) == (2, "资金账本与一致性模式")
    assert record.date is not None and record.date.isoformat() == "2025-12-21"


@pytest.mark.parametrize("stage", ["production", "2", "beta"])
def test_a_stage_that_is_no_status_word_says_nothing(stage: str) -> None:
    # A project's stage ("production", a number) is not the record's lifecycle.
    text = EXCHANGE_LEDGER.replace("stage: draft", f"stage: {stage}")
    assert decision(text, EXCHANGE_PATH).status is Status.UNKNOWN


def test_a_stated_status_wins_over_the_stage() -> None:
    text = EXCHANGE_LEDGER.replace("stage: draft", "stage: draft\nstatus: accepted")
    assert decision(text, EXCHANGE_PATH).status is Status.ACCEPTED


# kschltz/comprineas docs/adr/0002-use-postgresql.md (trimmed): MADR front matter whose
# deciders name a role, then the person in brackets.
COMPRINEAS_POSTGRES = (
    "---\n"
    "status: accepted\n"
    "date: 2026-04-25\n"
    "decision-makers: user (kschltz), agent\n"
    "consulted: {}\n"
    "informed: {}\n"
    "---\n\n"
    "# Use PostgreSQL as the Primary Database\n\n"
    "## Context and Problem Statement\n\n"
    "The application requires a persistent store for relational data.\n"
)


def test_a_role_before_the_person_in_brackets_names_the_person() -> None:
    # The decider was "user": the role, not who held it.
    record = decision(COMPRINEAS_POSTGRES, "docs/adr/0002-use-postgresql.md")
    assert record.deciders == ("kschltz", "agent")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Product Owner (Ann Lee)", ("Ann Lee",)),
        ("Ann Lee (Product Owner)", ("Ann Lee",)),
        ("owner (TBD)", ("owner",)),
        ("Architect (Platform team)", ("Architect",)),
        ("developer (frontend)", ("developer",)),
        ("Tech Lead (Backend)", ("Tech Lead",)),
        ("Tech Lead (@ann)", ("@ann",)),
    ],
)
def test_only_a_person_in_brackets_stands_for_the_role(
    written: str, expected: tuple[str, ...]
) -> None:
    text = COMPRINEAS_POSTGRES.replace("user (kschltz), agent", written)
    assert decision(text, "docs/adr/0002-use-postgresql.md").deciders == expected
