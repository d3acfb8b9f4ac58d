"""Real-world titles, round 5 (minimal excerpts; each test names its source)."""

from __future__ import annotations

from .helpers import decision


# xtdb/xtdb doc/adr/0016-external-data-sources.adoc: "= 16 External data sources", the file's
# own number before the words, without a dot.
def test_the_files_number_before_the_title_words() -> None:
    text = "= 16 External data sources\n\nDate: 2021-09-14\n\n== Status\n\nProposed\n"
    d = decision(text, "doc/adr/0016-external-data-sources.adoc")
    assert (d.number, d.title) == (16, "External data sources")


def test_a_title_that_starts_with_a_count_keeps_it() -> None:
    d = decision("# 2 Phase Commit\n\nStatus: Accepted\n", "docs/adr/0002-2-phase-commit.md")
    assert (d.number, d.title) == (2, "2 Phase Commit")
    d = decision("# 3 Replicas\n\nStatus: Accepted\n", "docs/adr/0002-three-replicas.md")
    assert (d.number, d.title) == (2, "3 Replicas")
