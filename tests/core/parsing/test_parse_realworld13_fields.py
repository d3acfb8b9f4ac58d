"""Round 13: fields that logs nobody had tried before misread (james, cozy-stack, AAF)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status

from .helpers import decision, parse

# Found by the index's exact-string search (ADR-004 of a Chinese "AAF" agent framework);
# the index did not name the repository. A site's block over the record's MADR block.
AAF_TWO_BLOCKS = (
    "---\nlevel: Practice\nlayer: Principle\n"
    "purpose: 定案 AAF 对 AgentScope Java v2 的复用边界\n"
    "status: draft\nversion: 1.0.0\ndate: 2026-08-31\nauthor: AaronZZH\n---\n\n"
    "---\nstatus: proposed\ndate: 2026-08-31\ndeciders: [AaronZZH]\nconsulted: []\n"
    "informed: []\nrelated-tasks: [docs/design/audit/2026-08-30-agentscope-boundary/]\n---\n\n"
    "# ADR-005: AgentScope 复用边界与双层编排模型定案\n\n"
    "## Context and Problem Statement\n\n2026-08-30 的专项评估测绘了复用边界。\n"
)
AAF_PATH = "docs/design/adr/ADR-005-agentscope-boundary.md"


def test_a_second_front_matter_block_is_metadata_not_body_text() -> None:
    d = decision(AAF_TWO_BLOCKS, AAF_PATH)
    assert d.deciders == ("AaronZZH",)  # was "[AaronZZH]", read from the body as text
    assert d.consulted == () and d.informed == ()
    assert d.title == "AgentScope 复用边界与双层编排模型定案"
    assert d.number == 5
    assert "deciders:" not in d.body and d.body.lstrip().startswith("# ADR-005")


def test_the_records_own_block_wins_over_the_sites_and_the_conflict_is_told() -> None:
    d = decision(AAF_TWO_BLOCKS, AAF_PATH)
    assert d.status is Status.PROPOSED and d.status_raw == "proposed"
    assert "status stated again as 'draft'; kept 'proposed'" in d.warnings


def test_keys_only_the_first_block_states_still_count() -> None:
    text = "---\ntags: [agents]\nauthor: Kiro\n---\n\n---\nstatus: accepted\n---\n# 6. Plan\n"
    d = decision(text, "docs/adr/0006-plan.md")
    assert d.status is Status.ACCEPTED
    assert d.tags == ("agents",)
    assert d.date is None


def test_a_rule_under_the_front_matter_over_prose_stays_body_text() -> None:
    text = "---\nstatus: accepted\n---\n\n---\n\nWe keep the old queue.\n\n---\n# 7. Queue\n"
    d = decision(text, "docs/adr/0007-queue.md")
    assert d.status is Status.ACCEPTED
    assert "We keep the old queue." in d.body


def test_a_block_further_down_the_body_is_not_front_matter() -> None:
    text = "---\nstatus: accepted\n---\n# 8. X\n\n---\nstatus: rejected\n---\n"
    d = decision(text, "docs/adr/0008-x.md")
    assert d.status is Status.ACCEPTED
    assert "status: rejected" in d.body


# from apache/james-project src/adr/0046-generalize-event-bus.md
JAMES_GLUED = (
    "#46. Generalize EventBus\n\nDate: 2020-06-11\n\n## Status\n\nProposed\n\n## Context\n\nx\n"
)


def test_a_first_line_hash_glued_to_the_number_is_the_title() -> None:
    d = decision(JAMES_GLUED, "src/adr/0046-generalize-event-bus.md")
    assert d.title == "Generalize EventBus"  # was "Generalize event bus", from the file name
    assert d.number == 46
    assert d.status is Status.PROPOSED
    assert not any("no title heading" in w for w in d.warnings)
    assert [s.title for s in d.sections] == ["Status", "Context"]  # drawn as a paragraph


@pytest.mark.parametrize(
    "text",
    [
        "# 3. Queue\n\n#46. Generalize EventBus\n",  # a title came first
        "Some words.\n\n#46. Generalize EventBus\n",  # not the first line
        "#46 Generalize EventBus\n",  # an issue number, no full stop
    ],
)
def test_a_glued_hash_elsewhere_is_no_title(text: str) -> None:
    d = decision(text, "src/adr/0046-generalize-event-bus.md")
    assert d.title != "Generalize EventBus"


# from cozy/cozy-stack docs/adr/001-universal-drive-domain.md
COZY = (
    "# ADR: Universal Drive Domain Architecture\n\n## Status\n\n**Proposed/Draft**\n\n"
    "## Context\n\n### Problem\n\nWhen UserA shares a file in a shared drive with UserB, the URL "
    "sharing workflow is broken.\n"
)


def test_two_undecided_words_are_a_records_status_not_a_templates_options() -> None:
    outcome = parse(COZY, "docs/adr/001-universal-drive-domain.md")
    assert not outcome.is_template  # the whole record was dropped as a template
    d = outcome.decision
    assert d is not None
    assert d.status is Status.PROPOSED
    assert d.title == "Universal Drive Domain Architecture"


@pytest.mark.parametrize(
    "status", ["Proposed | Accepted", "Draft / Proposed / Accepted", "draft / final"]
)
def test_options_that_differ_in_kind_still_make_a_template(status: str) -> None:
    outcome = parse(COZY.replace("**Proposed/Draft**", status), "docs/adr/001-x.md")
    assert outcome.is_template


# from alecn2002/ArchKatasFall2024-Archi ADRs/ADR-000-Use-ADRs.md: every "#" glued to its words
ARCHI = (
    "_ADR structure Template. Instructions are in italics, please remove them from text._\n\n"
    "##000 Use ADRs\nThe Team will use Architectural Decision Records\n\n"
    "##Status\nproposed\n\n##Context\n - The Team needs to remember its choices.\n\n"
    "##Decision\nUse ADRs in the architectural description for the Project.\n\n"
    "###PROS:\n - A centralized repository for decisions.\n"
)


def test_a_glued_heading_that_names_a_section_opens_it() -> None:
    d = decision(ARCHI, "ADRs/ADR-000-Use-ADRs.md")
    assert d.status is Status.PROPOSED and d.status_raw == "proposed"  # was no status
    assert d.sections == ()  # Markdown draws them as paragraphs


@pytest.mark.parametrize(
    "line", ["#Status", "##Statusbar", "#hashtag", "#TODO: proposed", "## Status"]
)
def test_other_glued_words_open_no_status_section(line: str) -> None:
    d = decision(f"# 5. X\n\nSome words.\n\n{line}\nproposed\n", "docs/adr/0005-x.md")
    expected = Status.PROPOSED if line in ("#Status", "## Status") else Status.UNKNOWN
    assert d.status is expected


# from Guffawaffle/majel docs/adr/ADR-026b-safe-mutation-proposal-apply.md
MAJEL = (
    "# ADR-026b — Safe Mutation Contract: Proposal → Confirm → Apply\n\n"
    "**Status:** Accepted  \n"
    "**Date:** 2026-02-19 (proposed), 2026-02-21 (accepted — Phase 1 implemented)  \n"
    "**Authors:** Guff, Copilot (planning pass)  \n**Amends:** ADR-026, ADR-026a  \n\n---\n\n"
    "## Context\n\nMajel now supports increasingly expressive natural-language mutation inputs.\n"
)


def test_a_lettered_records_letter_goes_with_its_number_not_into_the_title() -> None:
    d = decision(MAJEL, "docs/adr/ADR-026b-safe-mutation-proposal-apply.md")
    assert d.title == "Safe Mutation Contract: Proposal → Confirm → Apply"  # was "b — Safe …"
    assert d.number == 26


def test_the_day_a_date_field_names_for_the_records_status_is_its_date() -> None:
    d = decision(MAJEL, "docs/adr/ADR-026b-safe-mutation-proposal-apply.md")
    assert d.date == dt.date(2026, 2, 21)  # was the day it was proposed


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("Proposed", dt.date(2026, 1, 15)),
        ("accepted", dt.date(2026, 1, 16)),  # "decided" says accepted
        ("Superseded", dt.date(2026, 1, 15)),  # retired: its first day
    ],
)
def test_the_named_day_follows_the_status(status: str, expected: dt.date) -> None:
    text = (
        "# ADR-002: LLM Batching Statefulness for Resolver Generation\n\n"
        f"**Date:** 2026-01-15 (proposed), 2026-01-16 (decided)\n**Status:** {status}\n"
    )
    assert decision(text, "docs/adr/ADR-002-llm-batching.md").date == expected


def test_one_day_named_is_the_date_whatever_its_label() -> None:
    text = "# 4. X\n\n- Status: accepted\n- Date: 2026-03-01 (proposed)\n"
    assert decision(text, "docs/adr/0004-x.md").date == dt.date(2026, 3, 1)


# Found by the index's exact-string search (an RST log of a reranker lab, repository unnamed).
RERANK = (
    "ADR-D34: Selective rerank resurrection, recompute not archaeology\n"
    "=================================================================\n\n"
    ":Status: Accepted\n"
    ":Date: 2026-05-16 (proposed), 2026-05-17 (accepted with multi-seed numbers)\n\n"
    "Context\n-------\n\nThe reranker lab maintains validation bands.\n"
)


def test_a_lettered_series_id_is_no_part_of_the_title_and_no_number() -> None:
    d = decision(RERANK, "docs/adr/ADR-D34-selective-rerank.rst")
    assert d.title == "Selective rerank resurrection, recompute not archaeology"
    assert d.number is None  # D34 numbers one track of decisions, not the log
    assert d.date == dt.date(2026, 5, 17)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("[ADR-C2] Use Kafka", "Use Kafka"),
        ("ADR D34 - Use Kafka", "Use Kafka"),
        ("ADR-0034: Use Kafka", "Use Kafka"),
    ],
)
def test_series_ids_come_off_before_a_separator_or_a_bracket(heading: str, title: str) -> None:
    assert decision(f"# {heading}\n\nStatus: accepted\n", "docs/adr/x.md").title == title
