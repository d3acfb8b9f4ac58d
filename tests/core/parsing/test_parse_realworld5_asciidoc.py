"""Real-world AsciiDoc ADRs, round 5 (minimal excerpts; each test names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, numbers


# xtdb/xtdb doc/adr/0003-backwards-compatibility.adoc: "Superseded by:" over a list of
# AsciiDoc links, one record a line.
def test_superseded_by_a_list_of_asciidoc_links() -> None:
    text = (
        "# 3. Backwards compatibility\n\nDate: 2021-09-09\n\n## Status\n\nSuperseded by:\n\n"
        "* Tx Fns: link:0011-classic-tx-fns.adoc[ADR-0011]\n"
        "* Lucene: link:0012-classic-lucene.adoc[ADR-0012]\n"
        "* Pull Syntax link:0013-classic-pull.adoc[ADR-0013]\n\n"
        "## Context\n\nXTDB needs some level of compatibility with classic.\n\n"
        "#### See Also\n\n* link:0004-eviction.adoc[Eviction] assumed to be orthogonal.\n"
    )
    d = decision(text, "doc/adr/0003-backwards-compatibility.adoc")
    assert (d.status, d.date) == (Status.SUPERSEDED, dt.date(2021, 9, 9))
    assert numbers(d, "superseded-by") == [11, 12, 13]
    assert [r.ref.target for r in d.relations if r.kind.value == "superseded-by"] == [
        "0011-classic-tx-fns.adoc",
        "0012-classic-lucene.adoc",
        "0013-classic-pull.adoc",
    ]
    assert numbers(d, "relates-to") == [4]


def test_a_markdown_list_after_superseded_by() -> None:
    text = (
        "# 3. Old\n\n## Status\n\nSuperseded by:\n\n"
        "- [ADR-5](0005-five.md)\n- [ADR-6](0006-six.md)\n\n## Context\n\n- not a record\n"
    )
    d = decision(text, "docs/adr/0003-old.md")
    assert numbers(d, "superseded-by") == [5, 6]
    assert d.status_raw == "Superseded by:"


def test_list_items_after_a_plain_status_state_nothing() -> None:
    text = "# 3. Old\n\n## Status\n\nAccepted\n\n- [ADR-5](0005-five.md)\n"
    assert decision(text, "docs/adr/0003-old.md").relations == ()


def test_asciidoc_cross_references_name_records() -> None:
    text = (
        "= 4. Eviction\n\n== Status\n\nSuperseded by xref:0009-evict.adoc[ADR 9]\n\n"
        "== Links\n\n* <<0002-data-model.adoc#,Data model>>\n"
    )
    d = decision(text, "doc/adr/0004-eviction.adoc")
    assert numbers(d, "superseded-by") == [9]
    assert [r.ref.target for r in d.relations] == ["0009-evict.adoc", "0002-data-model.adoc"]
    assert numbers(d, "relates-to") == [2]


# wfouche/jbang-adrs doc/adr/0002-application-versioning.adoc: the MADR header as an AsciiDoc
# table, each cell on its own line, with comment lines and list cells ("a|").
JBANG_0002 = """\
// Inspired by https://adr.github.io/madr/decisions/adr-template.html
// proposed ⚙️
// superseded ⏭️
= ADR 1: Application Versioning
:sectnums:
:toc: right

[cols="1,3"]
|===
|*status*
// `proposed` / `rejected` / `accepted` / superseded by xref:page$0001-docs.adoc[ADR-0001]
| Proposed

|*date*
// YYYY-MM-DD when the decision was last updated
| 2026-02-20

|*deciders*
a|
// list everyone involved in the decision
* Max Anderson
* Tako Schotanus

|*consulted*
a|
// list everyone whose opinions are sought
* _n/a_
|===

== Context and problem statement [[context]]

////
Describe the context and problem statement.
== Status
Rejected
////

JBang commands such as `run`, `build`, `info` operate on several different types of entities.
"""


def test_madr_header_as_an_asciidoc_table() -> None:
    d = decision(JBANG_0002, "doc/adr/0002-application-versioning.adoc")
    assert (d.status, d.status_raw) == (Status.PROPOSED, "Proposed")
    assert d.date == dt.date(2026, 2, 20)
    assert d.deciders == ("Max Anderson", "Tako Schotanus")
    assert d.relations == ()
    assert d.title == "Application Versioning"
    # The "== Status" inside the "////" comment block is no section and states nothing.
    assert [s.title for s in d.sections] == [
        "ADR 1: Application Versioning",
        "Context and problem statement",
    ]
    assert not [w for w in d.warnings if "status" in w]


def test_a_table_of_one_line_rows() -> None:
    text = (
        "= Use queues\n\n|===\n| Field | Value\n\n| Status | Accepted\n"
        "| Date | 2024-03-01\n|===\n\n== Context\n"
    )
    d = decision(text, "docs/adr/0004-use-queues.adoc")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2024, 3, 1))


def test_a_comment_line_in_a_status_section_is_no_status() -> None:
    text = "= Use queues\n\n== Status\n\n// proposed | accepted | rejected\nAccepted\n"
    d = decision(text, "docs/adr/0004-use-queues.adoc")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Accepted")


def test_an_unclosed_table_ends_at_a_heading() -> None:
    text = "= Use queues\n\n|===\n| Owner | Ann\n\n== Status\n\nAccepted\n"
    d = decision(text, "docs/adr/0004-use-queues.adoc")
    assert d.status is Status.ACCEPTED
