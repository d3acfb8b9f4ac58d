"""Real-world relation shapes, round 4 (minimal excerpts; each test names where it comes from)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, numbers


# midnightntwrk/midnight-wallet docs/decisions/0008-persisted-format-versioning.md: a Links
# list that points at a rules file and a glossary outside the records' folder.
def test_links_to_documents_outside_the_log_are_not_records() -> None:
    text = (
        "# Versioning the formats we persist\n\n- Status: accepted\n- Date: 2026-09-16\n\n"
        "## Links\n\n"
        "- Rules: [.claude/rules/persisted-formats.md](../../.claude/rules/persisted-formats.md)\n"
        "- Glossary: [docs/Design.md](../Design.md)\n"
        "- Package: `packages/serialization-tests`\n"
    )
    d = decision(text, "docs/decisions/0008-persisted-format-versioning.md")
    assert d.relations == ()


# midnightntwrk/midnight-wallet docs/decisions/0009-unshielded-bookings-persist-and-expire.md
def test_links_to_records_still_count() -> None:
    text = (
        "# Unshielded bookings persist\n\n- Status: proposed\n\n## Links\n\n"
        "- Refines [ADR-0001](0001-bloc-wallet-state.md) — state lives in refs\n"
        "- Constrained by [ADR-0006](0006-structure-for-flexibility-and-robustness.md)\n"
        "- [Use Postgres](use-postgres.md)\n"
        "- [Older log](../archive/0003-use-redis.md)\n"
    )
    d = decision(text, "docs/decisions/0009-unshielded-bookings-persist-and-expire.md")
    assert [(r.kind.value, r.ref.number, r.ref.target) for r in d.relations] == [
        ("relates-to", 1, "0001-bloc-wallet-state.md"),
        ("relates-to", 6, "0006-structure-for-flexibility-and-robustness.md"),
        ("relates-to", None, "use-postgres.md"),
        ("relates-to", 3, "../archive/0003-use-redis.md"),
    ]


# KikoNet13/Cuentos-Cosmere docs/adr/0004-biblioteca-fuente-verdad-cache-temporal.md: the
# replacing record named by its bare number, "- Estado: reemplazado por `0007`".
def test_superseded_by_a_bare_number() -> None:
    text = (
        "# 0004 - Biblioteca como fuente de verdad y cache temporal\n\n"
        "- Estado: reemplazado por `0007`\n- Fecha: 12/02/26\n"
    )
    d = decision(text, "docs/adr/0004-biblioteca-fuente-verdad-cache-temporal.md")
    assert d.status is Status.SUPERSEDED
    assert numbers(d, "superseded-by") == [7]
    assert d.date == dt.date(2026, 2, 12)


def test_a_number_that_is_not_alone_names_no_record() -> None:
    assert decision("# X\n\n- Status: superseded by 3 other records\n").relations == ()


# DEFRA/epr-re-ex-service docs/architecture/decisions/0051-status-as-a-dated-timeline.md: a
# status paragraph whose later sentence says fields "are replaced by a scheme `year`" and
# then names ADR-0044; the record amends ADR-0044, nothing replaces it.
def test_a_relation_verb_reaches_no_further_than_its_sentence() -> None:
    text = (
        "# 51. Status as a dated timeline\n\nDate: 2026-09-04\n\n## Status\n\n"
        "Proposed. Amends [ADR-0044](./0044-validity-and-status-rules.md):\n"
        "the rules stand. An accreditation's `validFrom` and `validTo` are replaced by a scheme\n"
        "`year`. Two further parts of ADR-0044 do not survive it.\n\n## Context\n\nText.\n"
    )
    d = decision(text, "docs/architecture/decisions/0051-status-as-a-dated-timeline.md")
    assert d.status is Status.PROPOSED
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("amends", 44)]


def test_a_numbered_link_label_is_not_a_sentence_end() -> None:
    text = "# 2. Second\n\n## Status\n\nSuperseded by [3. Third Record](0003-third-record.md)\n"
    assert numbers(decision(text, "doc/adr/0002-second.md"), "superseded-by") == [3]


# gardenlinux/gardenlinux docs/architecture/decisions/0018-revert-0003-builder-updates-
# dependabot.md: "# 18. Revert ADR 3. Update the Builder using Dependabot" undoes record 3.
def test_title_that_reverts_a_record_supersedes_it() -> None:
    text = "# 18. Revert ADR 3. Update the Builder using Dependabot\n\nDate: 2025-10-27\n"
    d = decision(text, "docs/architecture/decisions/0018-revert-0003-builder-updates.md")
    assert d.title == "Revert ADR 3. Update the Builder using Dependabot"
    assert numbers(d, "supersedes") == [3]


def test_title_about_replacing_something_else_states_nothing() -> None:
    text = "# 44. Replace Bara with Helm as Kubernetes deployment tool\n"
    assert decision(text, "docs/adr/0044-replace-bara.md").relations == ()
