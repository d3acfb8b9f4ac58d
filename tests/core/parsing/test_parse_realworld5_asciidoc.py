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
