"""Round 10: records named by ids the number rules do not read (DEC-2026-013, DEC-007, TDR-012,
ADR-2024-001), as public logs write them (minimal excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.numbers import number_from_name, number_in_reference

from .helpers import decision, numbers


# davidsteimer/fristenrechner docs/entscheidungen/DEC-2026-026-beschluss.md (no front-matter
# title): the id the file name starts with is no part of the heading's title.
@pytest.mark.parametrize(
    ("heading", "path", "title"),
    [
        (
            "DEC-2026-026 Beschlussnachweis",
            "docs/entscheidungen/DEC-2026-026-beschluss.md",
            "Beschlussnachweis",
        ),
        (
            "DEC-2026-013: SPFx als gemeinsame Zielarchitektur",
            "docs/entscheidungen/DEC-2026-013-spfx-zielarchitektur.md",
            "SPFx als gemeinsame Zielarchitektur",
        ),
        # caganco/bist-trading-system docs/decisions/DEC-007.md
        (
            "DEC-007: Ruthless Alpha Philosophy — Remove Defensive Constraints",
            "docs/decisions/DEC-007.md",
            "Ruthless Alpha Philosophy — Remove Defensive Constraints",
        ),
        # "TDR-008 — Use Steamworks.NET …", "[PDR-003] Pricing": other letters, other marks.
        ("TDR-008 — Use Steamworks.NET", "docs/tdr/TDR-008-steamworks.md", "Use Steamworks.NET"),
        ("[PDR-003] Pricing", "docs/pdr/PDR-003-pricing.md", "Pricing"),
        # An id that is not the file's stays: it is the title's own word.
        ("TDR-004: Other", "docs/tdr/TDR-003-x.md", "TDR-004: Other"),
    ],
)
def test_the_files_record_id_leaves_the_title(heading: str, path: str, title: str) -> None:
    d = decision(f"# {heading}\n\nStatus: Accepted\n", path)
    assert (d.title, d.number) == (title, None)


# cmdaltctr/omms docs/tdr/015-wait-for-node-listen-outcome.md: numbered files whose headings
# say "TDR-015"; a record of another log (an "Omms" TDR-015-like heading elsewhere) keeps it.
def test_a_heading_id_with_the_files_number_leaves_the_title() -> None:
    text = (
        "# TDR-015: Wait for the Node listen outcome before claiming the web port\n\n"
        "**Date:** 2026-09-29\n**Status:** Proposed\n**Deciders:** OMMS maintainers\n"
        "**Tags:** web-server, node, login-item\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/tdr/015-wait-for-node-listen-outcome.md")
    assert (d.title, d.number, d.status, d.date, d.deciders) == (
        "Wait for the Node listen outcome before claiming the web port",
        15,
        Status.PROPOSED,
        dt.date(2026, 9, 29),
        ("OMMS maintainers",),
    )
    other = decision(text, "docs/tdr/016-wait.md")
    assert other.title.startswith("TDR-015: ")


# A TDR log (docs/tdr/012-…md, "# TDR-012: At-mention autocomplete on Pi"): "TDR-013" in
# the status names record 13 of the same log, as the linked field below it does.
def test_a_record_names_its_fellows_by_its_own_id_letters() -> None:
    text = (
        "# TDR-012: At-mention autocomplete on Pi\n\n- **Date:** 2026-10-08\n"
        "- **Status:** Accepted (application decision partly superseded by TDR-013)\n"
        "- **Superseded by:** [TDR-013](013-replace-the-whole-agent-completion-token.md) "
        "for OMPS-owned item application\n- **Deciders:** Project maintainer\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/tdr/012-at-mention-autocomplete-on-pi.md")
    assert (d.title, d.number, d.status) == (
        "At-mention autocomplete on Pi",
        12,
        Status.ACCEPTED,
    )
    # "partly superseded": TDR-013 replaced a part, the rest stays accepted (review 8)
    assert [(r.kind.value, r.ref.number, r.ref.target) for r in d.relations] == [
        ("amended-by", 13, "013-replace-the-whole-agent-completion-token.md")
    ]


def test_other_letters_name_no_number() -> None:
    text = "# TDR-012: X\n\n## Status\n\nSuperseded by PDR-013\n"
    d = decision(text, "docs/tdr/012-x.md")
    assert numbers(d, "superseded-by") == [None]


# Year-scoped ids ("ADR-2024-001", "ADR-2024-0847") and dates ("ADR-2024-08-31") are no
# number 2024: files, headings and references alike.
@pytest.mark.parametrize(
    "path",
    [
        "docs/adr/ADR-2024-001-microsservicos.md",
        "docs/adr/ADR-2024-0847-email-threads-api.md",
        "docs/adr/ADR-2024-08-31-use-iptables.md",
        "docs/adr/2024-0847-email-threads-api.md",
    ],
)
def test_a_year_scoped_file_name_has_no_number(path: str) -> None:
    assert number_from_name(path) is None


def test_numbered_names_keep_their_numbers() -> None:
    assert [number_from_name(p) for p in ("adr-0007-x.md", "0001-x.md", "adr-2024-use-x.md")] == [
        7,
        1,
        2024,
    ]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("ADR-2024-001: Migração de Arquitetura Monolítica", "Migração de Arquitetura Monolítica"),
        ("ADR-2024-0847: Email Threads API - Multi-Provider", "Email Threads API - Multi-Provider"),
    ],
)
def test_a_year_scoped_heading_id_is_no_number(heading: str, title: str) -> None:
    d = decision(f"# {heading}\n\n**Status:** Accepted\n", "docs/adr/ADR-2024-001-x.md")
    assert (d.title, d.number) == (title, None)


def test_a_year_scoped_reference_is_one_token_without_number() -> None:
    text = "# ADR-2024-005: X\n\n## Status\n\nSuperseded by ADR-2024-007\n"
    d = decision(text, "docs/adr/ADR-2024-005-x.md")
    assert [(r.ref.raw, r.ref.number) for r in d.relations] == [("ADR-2024-007", None)]
    assert (number_in_reference("ADR-2024-003"), number_in_reference("ADR-0020")) == (None, 20)


# caganco/bist-trading-system docs/decisions/DEC-008-verda-independence.md: a retirement
# banner above the front matter; "RELATED DECISIONS" items open with the records' ids.
def test_related_decisions_named_by_their_ids_open_each_item() -> None:
    text = (
        "> STATUS: SUPERSEDED by ADR discipline (docs/adr/). Retained for history.\n\n---\n"
        "id: DEC-008\ntitle: VERDA Independence — L5 Core Decoupled from VERDA Vendor\n"
        "date: 2026-05-18\nstatus: decided\n---\n\n"
        "# DEC-008: VERDA Independence — L5 Core Decoupled from VERDA Vendor\n\n"
        "**Decision Date:** 18 May 2026\n**Decided By:** Strategist (maintainer)\n"
        "**Status:** ✅ DECIDED\n\n---\n\n## RELATED DECISIONS\n\n"
        "- **DEC-007:** Ruthless Alpha Philosophy (Phase 4.5 consumes L5)\n"
        "- **DEC-009:** Phase 4.5 normalizer derivation (L5 confidence-scaling)\n"
        "- **Future:** DEC-010 (not yet written)\n"
    )
    d = decision(text, "docs/decisions/DEC-008-verda-independence.md")
    assert (d.title, d.status, d.date) == (
        "VERDA Independence — L5 Core Decoupled from VERDA Vendor",
        Status.SUPERSEDED,
        dt.date(2026, 5, 18),
    )
    assert [r.ref.raw for r in d.relations] == ["DEC-007", "DEC-009"]


# alxdr3k/k-world-monitor docs/decisions/DEC-009.md: "created_at" dates the record.
def test_created_at_is_the_date() -> None:
    text = (
        "---\nid: dec-009\ntype: decision\ntitle: v0 turn-key first publication category\n"
        "status: accepted\ncreated_at: 2026-05-11\nupdated_at: 2026-05-12\ndeciders: [user]\n"
        "supersedes: null\nsuperseded_by: null\n---\n\n# DEC-009: v0 turn-key first publication\n"
    )
    d = decision(text, "docs/decisions/DEC-009.md")
    assert (d.date, d.deciders, d.relations) == (dt.date(2026, 5, 11), ("user",), ())
