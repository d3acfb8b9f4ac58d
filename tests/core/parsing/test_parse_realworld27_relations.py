"""Round 27: how records name the records they replace (trimmed excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import read_status

from .helpers import decision, numbers

# nickkatsios/ADR-thesis data/ADRs-Updated/0002_remove_state.md (a public ADR the thesis
# collected): a line over the date says which later record undid this one
REMOVE_STATE = (
    "# 2. Remove the state objects from the view models\n\n"
    "Reverted by [ADR 0006](0006_viewmodel_exposing_state.md)\n\n"
    "Date: 2019-07-29\n\n"
    "## Status\n\n"
    "Accepted\n\n"
    "## Context\n\n"
    "I think exposing the whole state from the ViewModel to the fragment moves some logic to\n"
    "the fragment and is error prone in my opinion.\n"
)


def test_reverted_by_names_the_record_that_undid_this_one() -> None:
    d = decision(REMOVE_STATE, "data/ADRs-Updated/0002_remove_state.md")
    assert numbers(d, "superseded-by") == [6]
    assert d.date == dt.date(2019, 7, 29)


def test_a_status_reverted_or_overruled_by_a_record_is_superseded() -> None:
    text = "# 7. Refocus\n\n## Status\n\nReverted by [ADR-0009](0009-two-layer-matrix.md)\n"
    d = decision(text, "docs/adr/0007-refocus.md")
    assert (d.status, numbers(d, "superseded-by")) == (Status.SUPERSEDED, [9])
    assert read_status("Overruled by ADR 7").status is Status.SUPERSEDED


def test_a_reverted_change_in_prose_is_no_relation() -> None:
    text = (
        "# 5. Cache\n\n## Status\n\nAccepted\n\n## Context\n\nThe change was reverted by PR #12.\n"
    )
    d = decision(text, "docs/adr/0005-cache.md")
    assert (d.status, d.relations) == (Status.ACCEPTED, ())


# Four public logs the search index does not name write related records as bare numbers, each
# with a note: "- **Related:** 0002 (Lean substrate makes the laws free), spec
# `bang-lang-design.md`", "- **Related:** 0002 (Nerd Font), 0014 (dotfiles), 0016 (update
# streams)", "**Related:** 0001 (rows-as-Finset; same move), 0016 (two-hop; the graded …)"
NOTED_NUMBERS = (
    "# ADR-0017 · Grade-vector and ambient type context\n\n"
    "- **Status:** Accepted\n"
    "- **Date:** 2026-06-21\n"
    "- **Related:** 0001 (rows-as-Finset; same move, applied to grades), 0016 (two-hop; the"
    " graded source semantics this shapes)\n\n"
    "## Context\n\nGrades must compose.\n"
)


def test_bare_numbers_with_notes_are_the_related_records() -> None:
    d = decision(NOTED_NUMBERS, "docs/adr/0017-grade-vector.md")
    assert numbers(d, "relates-to") == [1, 16]


def test_only_the_notes_go_the_numbers_stay() -> None:
    text = (
        "# 0018. X\n\n- **Status:** Accepted\n"
        "- **Related:** 0002 (Nerd Font), 0014 (dotfiles)\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/0018-x.md")
    assert numbers(d, "relates-to") == [2, 14]
    assert [r.ref.raw for r in d.relations] == ["0002", "0014"]
