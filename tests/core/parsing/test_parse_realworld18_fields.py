"""Round 18: fields of real logs read wrong (a status's remark, stage days, a title's prose)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.core.parsing.helpers import decision

from adr_tui.core.model import Status

# from a public log's docs/adr/0008 (the index named no repository): the status, then a
# sentence on the part of it a later record replaced.
SKINS = (
    "# 0008. Support skins as TOML files, keeping stock egui as the default\n\n"
    "Date: 2026-10-09\n\n## Status\n\n"
    "Accepted. Ruling out bitmap skins is superseded by [ADR-0010](0010-classic-wsz-renderer.md)\n"
    "for classic `.wsz` skins; TOML colour skins are unchanged.\n\n## Context\n\nText.\n"
)


def test_a_remark_after_the_status_is_not_the_status_as_written() -> None:
    d = decision(SKINS, "docs/adr/0008-toml-skins.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Accepted")


@pytest.mark.parametrize(
    ("status", "raw"),
    [
        ("Accepted. We will revisit in Q3.", "Accepted"),
        ("Accepted. Approved on 3 May 2024.", "Accepted. Approved on 3 May 2024."),
        ("Accepted. Superseded by ADR-9.", "Accepted. Superseded by ADR-9."),
    ],
)
def test_a_second_sentence_is_dropped_only_when_it_says_nothing_of_status_or_day(
    status: str, raw: str
) -> None:
    assert decision(f"# 1. X\n\n## Status\n\n{status}\n").status_raw == raw


# from a public log's docs/adr/0009 (the index named no repository), French without accents
FRENCH = (
    "# ADR 0009 - Minigames d'arme et patterns QTE appris\n\n## Statut\n\n"
    "Acceptee le 2026-07-08. Les decisions de structure ont ete prises avec\n"
    "l'utilisateur en session de design (quatre vagues de questions, 2026-07-08)\n"
    "et les chiffres proposes ont ete approuves tels quels le meme jour.\n\n## Contexte\n"
)


def test_a_remark_with_a_day_goes_when_the_status_gives_its_own_day() -> None:
    d = decision(FRENCH, "docs/adr/0009-minigames-arme.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Acceptee le 2026-07-08")
    assert d.date == dt.date(2026, 7, 8)


def test_a_choice_of_the_record_superseded_by_another_amends_it() -> None:
    d = decision(SKINS, "docs/adr/0008-toml-skins.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations][:1] == [("amended-by", 10)]


# from a public log's docs/adr/ADR-007 (the index named no repository)
PORTIONS = (
    "# ADR-007: ACA Override Management (`apps/payments`)\n\n## Status\n\n"
    "Accepted — **identity / sync portions superseded by "
    "[ADR-008](ADR-008-commission-runs.md)**\n\n"
    "## Context\n\nText.\n"
)


def test_portions_superseded_by_another_record_amend_this_one() -> None:
    d = decision(PORTIONS, "docs/adr/ADR-007-aca-override-management.md")
    assert d.status is Status.ACCEPTED
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("amended-by", 8)]


# from a public log's docs/adr/0001 (the index named no repository): "partly superseded"
ZH_PARTLY = (
    "# 本地一体化客服 Agent MVP\n\n- 状态：部分被取代（2026-07-19）\n\n"
    "## 仍然有效的决定\n\nChatty 使用 SQLite。\n"
)


def test_partly_superseded_in_chinese_is_superseded_as_in_english() -> None:
    d = decision(ZH_PARTLY, "docs/adr/0001-local-agent-mvp.md")
    assert d.status is Status.SUPERSEDED
    assert d.warnings == ()


# from a public log's docs/adr/0077 (the index named no repository): a day for each stage
STAGES = (
    "# ADR-0077 | Admit a JD rule that reports a correct spelling\n\n"
    "**Status:** Superseded by [ADR-0080](0080-admit-a-rule.md)\n"
    "**Proposed:** 2026-08-20\n**Accepted:** 2026-08-20\n**Decision Makers:** Reefact\n\n"
    "## Context\n\nText.\n"
)


def test_the_day_a_stage_label_gives_dates_a_record_without_a_date() -> None:
    assert decision(STAGES, "docs/adr/0077-admit.md").date == dt.date(2026, 8, 20)


def test_the_day_it_was_accepted_wins_over_the_day_it_was_proposed() -> None:
    text = STAGES.replace("**Proposed:** 2026-08-20", "**Proposed:** 2026-08-01")
    assert decision(text, "docs/adr/0077-admit.md").date == dt.date(2026, 8, 20)


# from Adyen/adyen-commercetools docs/adr/0011-matching-adyen-notification.md
LINKED = (
    "# 11. Matching Adyen Notification with commercetools payment.\n\nDate: 2023-01-03\n\n"
    "## Status\n\n[Accepted](https://github.com/commercetools/commercetools-adyen-integration"
    "/pull/1049)\n\n## Context\n\nText.\n"
)


@pytest.mark.parametrize(
    "text", [LINKED, LINKED.replace("[Accepted](https://github.com/", "[Accepted]\n\n(")]
)
def test_a_status_written_as_one_link_or_in_brackets_is_its_words(text: str) -> None:
    d = decision(text, "docs/adr/0011-matching-adyen-notification.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Accepted")


# from a public log's docs/adr/ADR-0108 (the index named no repository): "Ledger project"
def test_a_name_then_the_chinese_word_for_project_is_one_author() -> None:
    text = "# ADR-0108: 闭集单一化\n\n- 状态：已接受\n- 日期：2026-09-11\n- 作者：Ledger 项目\n"
    assert decision(text, "docs/adr/ADR-0108-closed-set.md").deciders == ("Ledger 项目",)


# The shape round 17 left: a title field, then a line of prose (Markdown joins them).
@pytest.mark.parametrize("title", ["Use Postgres for storage", "Choose Plan A"])
def test_a_title_field_ends_at_its_line_when_prose_follows(title: str) -> None:
    text = (
        f"**Title**: {title}\nWe need a relational store for orders.\n"
        "**Status**: Accepted\n\n## Context\n\nText.\n"
    )
    assert decision(text, "docs/adr/0003-use-postgres.md").title == title


def test_a_title_field_that_stops_mid_phrase_goes_on_over_the_next_line() -> None:
    text = "**Title**: Keep the audit log for\nSeven Years\n\n**Status**: Accepted\n"
    assert decision(text, "docs/adr/0004-audit.md").title == "Keep the audit log for Seven Years"
