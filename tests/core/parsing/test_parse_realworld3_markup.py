"""Real-world shapes, round 3: HTML line breaks, reStructuredText and AsciiDoc markup.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision


# fresh-kata/mobility-corp-achitecture-kata ADRs/ADR-023-LLM_Selection_for_Agentic_AI.md:
# bold fields one a line, each ended by an HTML line break.
def test_html_line_break_ends_a_field_value() -> None:
    text = (
        "# Selection of an LLM\n\n**Author**: Bahram Jahanshahi<br />\n"
        "**Status**: PROPOSED<br />\n**Type**: TECHNOLOGY<br/>\n**Created**: 2025-10-21<br>\n"
    )
    d = decision(text, "ADRs/ADR-023-llm-selection.md")
    assert d.status_raw == "PROPOSED"
    assert d.deciders == ("Bahram Jahanshahi",)
    assert ("Type", "TECHNOLOGY") in d.extra
    assert d.date == dt.date(2025, 10, 21)


# charleskelley/comps doc/source/decisions/cdr002-distance.rst: a reStructuredText title
# between an overline and an underline of "#", then "=" section titles.
RST_OVERLINED = """###########################
ADR-002 Distance Subpackage
###########################

More complete overview of the decision being made if the title is not enough.

=======
Context
=======

What is the issue that we're seeing?

========
Decision
========

Keep the distance package as clean as possible.
"""


def test_rst_title_between_overline_and_underline() -> None:
    d = decision(RST_OVERLINED, "doc/source/decisions/cdr002-distance.rst")
    assert (d.number, d.title) == (2, "Distance Subpackage")
    assert [s.title for s in d.sections][:3] == [
        "ADR-002 Distance Subpackage",
        "Context",
        "Decision",
    ]


# early-sign/EarlySign docs/source/reference/ADR/ADR_004.rst: the date as an RST field list
# entry inside a comment (metadata hidden from the page), and RST section underlines.
RST_COMMENT_FIELD = """.. ADR-004: ibis-framework as the foundation of ledger implementation
.. :Date: 2025-01-18

================================================================
ADR-004: ibis-framework as the foundation of ledger implementation
================================================================

**Status**: **`Accepted`** | `Proposed` | `Deprecated` | `Superseded`

📋 Context
-----------

**Design requirements:**
* Backend-agnostic data operations supporting multiple database systems

✨ Consequences
-----------------

*   **Strictly Decoupled Core**: Core schemas (ES3) can now be maintained independently.
"""


def test_rst_field_in_a_comment_dates_the_record() -> None:
    d = decision(RST_COMMENT_FIELD, "docs/source/reference/ADR/ADR_004.rst")
    assert d.date == dt.date(2025, 1, 18)
    assert (d.number, d.status) == (4, Status.ACCEPTED)
    assert d.title == "ibis-framework as the foundation of ledger implementation"


def test_rst_section_underlines_end_the_metadata_block() -> None:
    d = decision(RST_COMMENT_FIELD, "docs/source/reference/ADR/ADR_004.rst")
    assert [s.title for s in d.sections if s.level > 1] == ["📋 Context", "✨ Consequences"]
    assert not any(key.startswith(("Strictly", "Design")) for key, _ in d.extra)


def test_rst_field_list_in_the_preamble() -> None:
    text = "ADR-7 Use queues\n================\n\n:Status: Accepted\n:Created: 2022-03-12\n"
    d = decision(text, "doc/decisions/adr-007-use-queues.rst")
    assert (d.status, d.date, d.title) == (Status.ACCEPTED, dt.date(2022, 3, 12), "Use queues")


# DAG-OS/dagos docs/decisions/0002-use-vale-to-lint-documentation.adoc: AsciiDoc headings.
ASCIIDOC = """= Use Vale to lint documentation

* Status: :accepted:
* Date: 2021-12-25

== Context and Problem Statement

Documentation is an integral part of any software project.

== Considered Options

* https://github.com/errata-ai/vale[Vale]
"""


def test_asciidoc_headings() -> None:
    d = decision(ASCIIDOC, "docs/decisions/0002-use-vale-to-lint-documentation.adoc")
    assert d.title == "Use Vale to lint documentation"
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2021, 12, 25))
    assert [s.title for s in d.sections] == [
        "Use Vale to lint documentation",
        "Context and Problem Statement",
        "Considered Options",
    ]
    assert not d.warnings


# SparksNetwork/sparks-frontend docs/adrs/adr-001-internationalization.md: git-style author
# lines under the title, and the status chosen in bold among struck-through choices.
def test_author_lines_under_the_title_name_the_authors() -> None:
    text = (
        "# ADR 1: Internationalization\n\nTylor Steinberger <tsteinberger@sparks.network>,\n"
        "Frederik Krautwald <fkrautwald@sparks.network>\n\n## Status\n\n"
        "~~Proposed~~ | **Accepted** | ~~Depreciated~~ | ~~Superceded~~\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adrs/adr-001-internationalization.md")
    assert d.deciders == ("Tylor Steinberger", "Frederik Krautwald")
    assert d.status is Status.ACCEPTED


def test_prose_with_an_address_is_no_author_line() -> None:
    text = "# ADR 2: Mail\n\nWrite to Support <help@example.org> for access.\n\n## Status\n\nDone\n"
    assert decision(text, "docs/adrs/adr-002-mail.md").deciders == ()
