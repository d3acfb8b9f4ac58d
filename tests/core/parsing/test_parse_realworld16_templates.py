"""Round 16: templates kept beside real logs, told from records."""

from __future__ import annotations

from tests.core.parsing.helpers import decision, parse

from adr_tui.core.model import Status

# from PoliticalSphere/political-sphere docs/apps/adr/0000-template-record-decision.md: the
# template's front matter is filled in (a status, a date), its title only names itself.
TEMPLATE = (
    "---\ntitle: '0000 - Record decision title'\ndate: 2025-10-28\nstatus: proposed\n"
    "deciders:\n  - Team Name\n---\n\n# Decision\n\nDescribe the decision in one sentence.\n\n"
    "## Context\n\nExplain the problem and the context that led to this decision.\n"
)


def test_a_template_whose_title_only_names_itself_is_no_record() -> None:
    outcome = parse(TEMPLATE, "docs/apps/adr/0000-template-record-decision.md")
    assert (outcome.decision, outcome.is_template) == (None, True)


def test_a_record_named_like_the_template_but_titled_is_a_record() -> None:
    text = TEMPLATE.replace("0000 - Record decision title", "0004 - Use Renovate")
    d = decision(text, "docs/apps/adr/0004-template-record-decision.md")
    assert (d.number, d.title, d.status) == (4, "Use Renovate", Status.PROPOSED)


def test_a_decision_about_templates_is_a_record() -> None:
    text = TEMPLATE.replace("0000 - Record decision title", "Use Jinja for the page title")
    d = decision(text, "docs/adr/0012-use-jinja-as-template-engine.md")
    assert (d.number, d.title) == (12, "Use Jinja for the page title")
