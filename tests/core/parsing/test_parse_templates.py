"""Templates are recognised; a template followed by an example yields the example."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision, parse

MADR_TEMPLATE = """---
status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}"
date: "{YYYY-MM-DD when the decision was last updated}"
deciders: "{list everyone involved in the decision}"
---
# {short title, representative of solved problem and found solution}

## Context and Problem Statement
"""


@pytest.mark.parametrize(
    "text",
    [
        MADR_TEMPLATE,
        "# ADR-XXX: [Decision Title]\n\n**Status:** [Proposed | Accepted]\n",
        "# [short title of solved problem and solution]\n\n* Status: [proposed | rejected]\n"
        "* Deciders: [list everyone involved]\n* Date: [YYYY-MM-DD]\n",
        "# NNNN. {title}\n\nDate: YYYY-MM-DD\n\n## Status\n\nProposed | Accepted | Rejected\n",
        "# <title>\n\n## Status\n\n{status}\n\n## Date\n\nDD/MM/YYYY\n",
        "# 1. Title\n\n## Status\n\nProposed / Accepted / Deprecated / Superseded\n\n"
        "Date: YYYY-MM-DD\n",
    ],
)
def test_templates(text: str) -> None:
    outcome = parse(text, "docs/adr/0000-template.md")
    assert outcome.is_template and outcome.decision is None and outcome.problems == ()


def test_a_lone_placeholder_is_a_sloppy_decision_not_a_template() -> None:
    outcome = parse("# 4. Use X\n\nDate: YYYY-MM-DD\n\n## Status\n\nAccepted\n")
    assert not outcome.is_template and outcome.decision is not None
    assert outcome.decision.status is Status.ACCEPTED
    assert outcome.decision.date is None
    assert any("placeholder" in w for w in outcome.decision.warnings)


def test_template_then_example() -> None:
    text = (
        "# ADR-XXX: [Decision Title]\n\n**Status:** [Proposed | Accepted | Deprecated]\n\n"
        "**Date:** YYYY-MM-DD\n\n## Context\n\n"
        "```\n# 9. Not this one\n\n**Status:** Rejected\n```\n"
        "\n# Example\n\nSee below.\n\n# ADR-012: Use Kafka\n\n**Status:** Accepted\n\n"
        "## Context\n\nText.\n"
    )
    outcome = parse(text, "docs/adr/adr-template.md")
    assert outcome.is_template
    d = outcome.decision
    assert d is not None
    assert (d.number, d.title, d.status) == (12, "Use Kafka", Status.ACCEPTED)
    assert d.body.startswith("# ADR-012: Use Kafka")
    assert [s.title for s in d.sections] == ["ADR-012: Use Kafka", "Context"]
    assert any("template part" in w for w in d.warnings)


def test_real_decision_with_placeholder_free_brackets_is_not_a_template() -> None:
    d = decision("# [ADR-0055] Implement Docker\n\n| Status | Proposed |\n|--|--|\n")
    assert d.number == 1 and d.title == "Implement Docker"
    assert d.status is Status.PROPOSED


def test_adr_tools_own_template() -> None:
    text = "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nThe issue.\n"
    outcome = parse(text, "doc/adr/templates/decision.md")
    assert outcome.is_template and outcome.decision is None


def test_a_nav_title_in_front_matter_does_not_hide_a_placeholder_heading() -> None:
    text = (
        "---\nparent: Decisions\nnav_order: 100\ntitle: ADR Template\n"
        "# status: {proposed | rejected | accepted}\n---\n"
        "<!-- markdownlint-disable-file MD025 -->\n"
        "# {short title of solved problem and solution}\n\n## Context and Problem Statement\n"
    )
    assert parse(text, "docs/decisions/adr-template.md").is_template


def test_log4brains_template_with_inline_comments() -> None:
    text = (
        "# [short title of solved problem and solution]\n\n"
        "- Status: [draft | proposed | rejected | accepted] <!-- optional -->\n"
        "- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->\n"
    )
    assert parse(text, "docs/adr/20200101-x.md").is_template


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "docs/ADR_TEMPLATE.md",
            "# Title\n\n## Status\nWhat is the status, such as proposed, accepted, rejected, "
            "deprecated, superseded, etc.?\n\n## Context\n",
        ),
        (
            "docs/architecture/decisions/000-index.md",
            "# Index\n\n| Status | Date | Author(s) |\n|:--|:--|:--|\n"
            "| Proposed, Accepted, Rejected, Deprecated, Superseded | yyyy-mm-dd | [@me](x) |\n",
        ),
        (
            "docs/architecture/adr-0000-template.md",
            "---\nadr: 0000\ntitle: <short-title>\nstatus: Proposed\ndate: YYYY-MM-DD\n"
            "supersedes: []\nsuperseded_by: []\n---\n\n## Context\n",
        ),
    ],
)
def test_templates_seen_in_public_repositories(path: str, text: str) -> None:
    outcome = parse(text, path)
    assert outcome.is_template and outcome.decision is None


def test_a_superseded_status_with_commas_is_not_a_choice_list() -> None:
    d = decision("# T\n\n* Status: Superseded by ADR-3, ADR-4, deprecated later\n")
    assert d.status is Status.SUPERSEDED


@pytest.mark.parametrize(
    ("path", "template"),
    [
        ("docs/adr/template.md", True),
        ("docs/adr/0000-adr-template.md", True),
        ("docs/decisions/adr-template-bare.md", True),
        ("docs/adr/0012-use-velocity-as-template-engine.md", False),
    ],
)
def test_only_a_template_name_is_a_sign(path: str, template: bool) -> None:
    # One more weak sign (a date placeholder) tips only a template-named file over.
    outcome = parse("# Use Velocity\n\nDate: YYYY-MM-DD\n\n## Status\n\nAccepted\n", path)
    assert outcome.is_template is template
