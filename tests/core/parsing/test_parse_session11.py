"""Session 11: what round 22w found in parsing, left by its helper (real texts, trimmed)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.parsing import parse_document


def _parse(text: str, path: str) -> tuple[int | None, str, dt.date | None]:
    decision = parse_document(text.encode(), path).decision
    assert decision is not None
    return decision.number, decision.title, decision.date


def test_an_rfc_s_start_date_dates_it() -> None:
    # SAP/ui5-tooling's RFCs (Rust's template): "- Start Date:" was their only date, unread.
    text = "- Start Date: 2019-03-20\n- RFC PR: (leave this empty)\n\n# Summary\n\nUse X.\n"
    assert _parse(text, "rfcs/0003-x.md") == (3, "X", dt.date(2019, 3, 20))


def test_a_stated_date_wins_over_a_start_date() -> None:
    text = "# Use X\n\nDate: 2024-01-01\n\nStart date: 2024-06-01\n\n## Status\n\nAccepted\n"
    assert _parse(text, "docs/adr/0003-x.md")[2] == dt.date(2024, 1, 1)


def test_a_generated_id_is_no_number() -> None:
    # kopi-vm/kopi: "ADR-8mnaz-…" beside "008-platform-…": it read ADR 8, titled "mnaz …".
    text = "# ADR-8mnaz Concurrent Process Locking Strategy\n\n- Status: Approved\n"
    path = "docs/adr/ADR-8mnaz-concurrent-process-locking-strategy.md"
    assert _parse(text, path)[:2] == (None, "Concurrent Process Locking Strategy")


def test_a_lettered_record_keeps_its_number() -> None:
    assert _parse("# ADR-0012a: Use Y\n", "docs/adr/0012a-use-y.md")[:2] == (12, "Use Y")


def test_a_draft_word_in_the_id_s_place_is_no_title() -> None:
    # jaunder-org/jaunder: "# ADR-DRAFT: X" was titled "DRAFT: X".
    assert _parse("# ADR-DRAFT: Use X\n\nProposed.\n", "docs/adr/draft-use-x.md")[:2] == (
        None,
        "Use X",
    )
    # … but a title that starts with the word stays whole.
    assert _parse("# ADR new caching policy\n", "docs/adr/0003-x.md")[1] == (
        "ADR new caching policy"
    )


def test_an_image_names_no_record() -> None:
    # adr/madr 0013 showed its own picture, "0013-example.png", as a record it relates to.
    text = (
        "---\nparent: Decisions\n---\n# Use YAML front matter for meta data\n\n"
        "## Use YAML front matter\n\nRendered output:\n\n"
        "![adr-013 rendered output](0013-example.png)\n\n"
        "Unlike [ADR-0012](0012-use-curly-braces.md).\n"
    )
    decision = parse_document(text.encode(), "docs/decisions/0013-use-yaml.md").decision
    assert decision is not None
    assert [r.ref.raw for r in decision.relations] == ["ADR-0012"]
