"""Real-world template shapes (QA pass): blank fields, invalid YAML, comment-only sections."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.simple_yaml import loose_pairs
from adr_tui.core.parsing.templates import only_comments

from .helpers import decision, parse

NUMBERED_TEMPLATE = """<!--
Copy me to the next number and rename.
-->

# 0. Template

Date: <!-- the day it was decided -->

## Status

Pending

## Context

<!-- What forces are at play? -->
"""


def test_numbered_template_with_a_comment_only_date_is_a_template() -> None:
    outcome = parse(NUMBERED_TEMPLATE, "docs/decisions/0000-TEMPLATE.md")
    assert outcome.is_template and outcome.decision is None


def test_numbered_template_title_and_blank_date_suffice_without_a_template_name() -> None:
    assert parse(NUMBERED_TEMPLATE, "docs/decisions/0000-start-here.md").is_template


def test_a_comment_only_date_alone_leaves_a_real_decision() -> None:
    text = "# 3. Use queues\n\nDate: <!-- fill in -->\n\n## Status\n\nAccepted\n"
    outcome = parse(text, "docs/decisions/0003-use-queues.md")
    assert not outcome.is_template and outcome.decision is not None
    assert outcome.decision.status is Status.ACCEPTED


def test_a_filled_date_after_a_blank_one_is_no_sign() -> None:
    text = "# 0. Template\n\nDate:\nDate: 2024-02-03\n\n## Status\n\nAccepted\n"
    assert not parse(text, "docs/decisions/0000-kickoff.md").is_template


INVALID_YAML_TEMPLATE = """---
id: adr-x
title: ADR000: [TITLE]
description: Record for [TITLE]
---

## Context

<!-- forces at play -->
"""


def test_invalid_yaml_front_matter_is_still_read_line_by_line() -> None:
    outcome = parse(INVALID_YAML_TEMPLATE, "docs/decisions/adr000-skeleton.md")
    assert outcome.is_template and outcome.decision is None


def test_invalid_yaml_fallback_keeps_plain_values_and_warns() -> None:
    text = "---\ntitle: ADR007: Use queues\nstatus: accepted\n---\n\nBody.\n"
    d = decision(text, "docs/decisions/adr007-use-queues.md")
    assert (d.title, d.number, d.status) == ("Use queues", 7, Status.ACCEPTED)
    assert any(w.startswith("invalid YAML front matter; read its plain") for w in d.warnings)


def test_loose_pairs_skip_what_only_yaml_could_read() -> None:
    source = "a: one: two\nb: [x, 'y']\nc: [unclosed\nd: |\n  text\n  e: nested\nf: 'q'\n"
    assert loose_pairs(source) == {"a": "one: two", "b": ["x", "y"], "f": "q"}


COMMENT_ONLY_TEMPLATE = """# Decision record template <!-- Replace with the title -->
This is the template. Remove this paragraph.

### Authors
<!-- Name (Organisation)
-->

## Change Log
<!-- E.g.
- [accepted](URL) (2022-04-01)
-->

## Context
<!-- Describe the problem. -->
"""


def test_template_title_over_comment_only_sections_is_a_template() -> None:
    outcome = parse(COMMENT_ONLY_TEMPLATE, "docs/design/adr/skeleton.md")
    assert outcome.is_template and outcome.decision is None


def test_decision_about_templates_with_content_is_not_a_template() -> None:
    text = "# 12. Use a template engine\n\n## Context\n\nWe render pages.\n"
    assert not parse(text, "docs/adr/0012-use-a-template-engine.md").is_template


def test_only_comments() -> None:
    assert only_comments(["## A", "<!-- x", "y -->", "", "## B <!-- z -->", "<!---->"])
    assert not only_comments(["## A", "<!-- x --> words"])
    assert not only_comments(["## A", "text"])


# A real record that kept the template's brackets or number placeholder in its heading,
# but whose status and date are filled in: "# [Gestion des dates]" / "* Statut : mergé".
def test_a_bracketed_title_over_a_filled_status_and_date_is_a_decision() -> None:
    text = "# [Gestion des dates]\n\n* Status : accepted\n* Date : 2022-10-05\n\n## Contexte\n"
    outcome = parse(text, "docs/decisions/ADR-003-gestion-des-dates.md")
    assert not outcome.is_template
    assert outcome.decision is not None and outcome.decision.number == 3


def test_an_unassigned_caps_number_over_filled_metadata_is_a_decision() -> None:
    text = "# XXXX - Organizing code\n\nDate: 2025-11-28\n\n## Status\n\nProposed\n"
    assert not parse(text, "docs/decisions/00xx-organizing-code.md").is_template


def test_a_bracketed_title_with_placeholder_metadata_is_still_a_template() -> None:
    text = "# [short title]\n\n* Status: [proposed | accepted]\n* Date: [YYYY-MM-DD]\n"
    assert parse(text, "docs/decisions/adr-template.md").is_template
    text = "# [short title of solved problem]\n\n* Status: proposed\n* Date: [YYYY-MM-DD]\n"
    assert parse(text, "docs/decisions/0001-x.md").is_template


# An index page under a name discovery cannot know ("indexer.md", "adr-log.md"): a title that
# names the list of records and no number, status or date of its own.
@pytest.mark.parametrize(
    "title", ["ADR Indexer", "Architecture Decision Records", "Architectural Decision Log"]
)
def test_an_index_page_is_not_a_decision(title: str) -> None:
    rows = "| 001 | CI | accepted |\n| 002 | Comments | accepted |\n"
    text = f"# {title}\n\n| ID | Title | Status |\n|--|--|--|\n{rows}"
    outcome = parse(text, "docs/adr/indexer.md")
    assert outcome.decision is None and not outcome.problems


def test_a_numbered_or_dated_record_about_the_log_is_a_decision() -> None:
    assert parse("# Decision log\n\n## Status\n\nAccepted\n", "docs/adr/log.md").decision
    assert parse("# 1. Decision log\n", "docs/adr/0001-decision-log.md").decision


def test_a_table_listing_records_is_not_metadata() -> None:
    rows = "| 1 | A | accepted |\n| 2 | B | rejected |\n"
    text = f"# Use queues\n\n| ID | Title | Status |\n|--|--|--|\n{rows}"
    d = decision(text, "docs/adr/0007-use-queues.md")
    assert (d.title, d.number, d.status_raw) == ("Use queues", 7, "")
