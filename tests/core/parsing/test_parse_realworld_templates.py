"""Real-world template shapes (QA pass): blank fields, invalid YAML, comment-only sections."""

from __future__ import annotations

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
