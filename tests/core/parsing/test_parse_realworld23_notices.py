"""Round 23: a bold run-in head naming a relation opens a notice, not a field, unless it
names a record (trimmed excerpts; each names its source)."""

from __future__ import annotations

from adr_tui.core.model import Status

from .helpers import decision, numbers

# An ADR-031 "Executor-side per-batch progress logging (Spark Connect compatible)", deciders
# Karsten Nielsen (its repository the search index does not name): the notice under the table
# says why, and its words were read as a record called "The Decision below …".
RUN_IN_NOTICE = (
    "# ADR-031: Executor-side per-batch progress logging (Spark Connect compatible)\n\n"
    "| Field | Value |\n|---|---|\n| **Date** | 2026-05-30 |\n"
    "| **Status** | Superseded by ADR-032 (2026-05-31) |\n| **Deciders** | Karsten Nielsen |\n\n"
    "> **Superseded.** The Decision below — emit `AC1_BATCH` log lines from inside the\n"
    "> UDF closure and read them from the driver log stream — does **not** work on\n"
    "> Databricks serverless.\n\n## Context\n\nText.\n"
)


def test_a_superseded_notice_names_no_record_of_its_words() -> None:
    d = decision(RUN_IN_NOTICE, "docs/adr/ADR-031-executor-side-progress.md")
    assert d.status is Status.SUPERSEDED
    assert [r.ref.raw for r in d.relations] == ["ADR-032"]


def test_a_run_in_head_naming_a_record_still_states_the_relation() -> None:
    text = "# ADR-031: X\n\n**Status.** Superseded\n\n**Superseded.** See ADR-032.\n\n## C\n\nx\n"
    d = decision(text, "docs/adr/ADR-031-x.md")
    assert (d.status, numbers(d, "superseded-by")) == (Status.SUPERSEDED, [32])


def test_other_run_in_heads_are_fields_as_before() -> None:
    text = "# 7. X\n\n- **Status.** Accepted\n- **Date.** 2026-04-26\n\n## Context\n\nx\n"
    d = decision(text, "docs/adr/0007-x.md")
    assert (d.status, str(d.date)) == (Status.ACCEPTED, "2026-04-26")
