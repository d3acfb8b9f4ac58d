"""Real-world shapes, round 3: title sections, status words and lone asterisks in titles.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

from adr_tui.core.model import Status

from .helpers import decision, parse

# fresh-kata/mobility-corp-achitecture-kata ADRs/ADR-004-nightly-rebalance.md: a "TITLE"
# section whose first paragraph is the title (the template's own shape, filled in).
FILLED_TITLE_SECTION = """# TITLE

Nightly Reset Using Demand Forecast to Satisfy Morning Demand

# STATUS

Proposed

# CONTEXT

Customers consistently experience vehicle shortages during the morning commuter peak.
"""


def test_title_section_holds_the_title() -> None:
    d = decision(FILLED_TITLE_SECTION, "ADRs/ADR-004-nightly-rebalance.md")
    assert d.title == "Nightly Reset Using Demand Forecast to Satisfy Morning Demand"
    assert (d.number, d.status) == (4, Status.PROPOSED)


def test_title_section_template_is_still_a_template() -> None:
    # fresh-kata ADRs/ADR-000-template.md
    text = (
        "# TITLE\nShort description of the architecture decision\n\n# STATUS\n"
        "Proposed | Accepted | Deprecated | Superseded\n# CONTEXT\nWhat is forcing this?\n"
    )
    assert parse(text, "ADRs/ADR-000-template.md").is_template


# cosmos/gaia docs/docs/architecture/adr/adr-002-globalfee.md: the status restated in
# brackets at the end of the title.
def test_status_word_in_brackets_after_the_title_is_not_title_text() -> None:
    text = "# ADR 002: Globalfee Module [DEPRECATED]\n\n## Status\nDeprecated\n"
    d = decision(text, "docs/adr/adr-002-globalfee.md")
    assert (d.title, d.status) == ("Globalfee Module", Status.DEPRECATED)


def test_other_brackets_after_the_title_stay() -> None:
    text = "# ADR 3: Use the [experimental] cache\n\n## Status\nAccepted\n"
    assert decision(text, "docs/adr/adr-003-cache.md").title == "Use the [experimental] cache"
    text = "# ADR 4: Pick a store [draft notes]\n\n## Status\nAccepted\n"
    assert decision(text, "docs/adr/adr-004-store.md").title == "Pick a store [draft notes]"


# aws-samples/pcluster-manager decisions/20221129-adopt-releaselabels-…md: a lone asterisk
# is a character of the title, not emphasis.
def test_lone_asterisk_stays_in_the_title() -> None:
    text = "# Adopt release:*labels to automate Changelog generation\n\n- Status: accepted\n"
    d = decision(text, "decisions/20221129-adopt-releaselabels.md")
    assert d.title == "Adopt release:*labels to automate Changelog generation"


def test_paired_emphasis_still_leaves_the_title() -> None:
    text = "# Use *fast* queues and __strong__ types\n\n- Status: accepted\n"
    assert decision(text, "decisions/use-queues.md").title == "Use fast queues and strong types"


def test_status_word_in_capital_parentheses_is_a_label_too() -> None:
    text = "# 5. Use queues (DRAFT)\n\n## Status\nDraft\n"
    assert decision(text, "docs/adr/0005-use-queues.md").title == "Use queues"
    text = "# 6. Keep the licence (Open)\n\n## Status\nAccepted\n"
    assert decision(text, "docs/adr/0006-licence.md").title == "Keep the licence (Open)"


# charleskelley/comps doc/source/decisions/cdr002-distance.rst: a record copied from the
# template, numbered and named, whose status and date are still the template's text.
COPIED_TEMPLATE = """###########################
ADR-002 Distance Subpackage
###########################

:Status: What is the status, such as proposed, accepted, rejected, deprecated,
         superseded, etc.?
:Created: YYYY-MM-DD

========
Decision
========

Keep the distance package as clean as possible.
"""


def test_numbered_and_named_copy_of_a_template_is_a_draft_record() -> None:
    outcome = parse(COPIED_TEMPLATE, "doc/source/decisions/cdr002-distance.rst")
    assert outcome.decision is not None and not outcome.is_template
    assert (outcome.decision.number, outcome.decision.title) == (2, "Distance Subpackage")
    assert outcome.decision.status is Status.UNKNOWN


def test_the_template_itself_stays_a_template() -> None:
    text = COPIED_TEMPLATE.replace("ADR-002 Distance Subpackage", "ADR-000 Decision Template")
    assert parse(text, "doc/source/decisions/adr-000-template.rst").is_template
    assert parse(text.replace("000", "007"), "doc/source/decisions/template.rst").is_template


# ldynia/learning-api-styles src/django/docs/adrs/application/A001-framework.md: a first
# "### Title" section holds the title; the file is numbered after a category letter.
def test_first_title_section_at_any_level_and_a_category_letter_number() -> None:
    text = (
        "### Title\n\nApplication framework\n\n### Date\n\n01.08.2023\n\n### Status\n\nACCEPTED\n"
    )
    d = decision(text, "docs/adrs/application/A001-framework.md")
    assert (d.number, d.title, d.status) == (1, "Application framework", Status.ACCEPTED)
    assert not d.warnings


def test_a_letter_before_an_unpadded_number_is_no_category() -> None:
    d = decision("# Codec choice\n\n## Status\nAccepted\n", "docs/adr/H264-codec.md")
    assert d.number is None


# 18F/identity-pki doc/adr/xxxx-template.md: the Title section holds an instruction in italics.
def test_title_section_with_an_instruction_is_a_template() -> None:
    text = (
        "# Title\n_These documents have names that are short noun phrases._\n\n"
        "> Short description\n\n__Status__: Status\n_A decision may be proposed._\n\n## Context\n"
    )
    assert parse(text, "doc/adr/xxxx-template.md").is_template
