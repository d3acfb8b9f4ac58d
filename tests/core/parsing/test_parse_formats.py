"""One test per metadata shape: YAML, Nygard, bullets, bold fields, tables."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import RelationKind, Status

from .helpers import decision, numbers

MADR4 = """---
status: "superseded by ADR-0123"
date: 2024-01-15
decision-makers: [Alice, Bob]
consulted: Carol
informed: Dave, Erin
tags: [Database, storage, database]
supersedes: [ADR-0007, 0008-old-db.md]
sidebar_position: 3
---
# Use PostgreSQL

## Context and Problem Statement
"""


def test_yaml_madr4() -> None:
    d = decision(MADR4, "docs/decisions/0042-use-postgresql.md")
    assert d.format == "yaml"
    assert (d.number, d.title) == (42, "Use PostgreSQL")
    assert d.status is Status.SUPERSEDED
    assert d.status_raw == "superseded by ADR-0123"
    assert d.date == dt.date(2024, 1, 15)
    assert d.deciders == ("Alice", "Bob")
    assert d.consulted == ("Carol",)
    assert d.informed == ("Dave", "Erin")
    assert d.tags == ("database", "storage")
    assert numbers(d, "superseded-by") == [123]
    assert numbers(d, "supersedes") == [7, 8]
    assert ("sidebar_position", "3") in d.extra
    assert d.body.startswith("# Use PostgreSQL")
    assert "status:" not in d.body


def test_yaml_madr3_deciders_and_keys_with_underscores() -> None:
    text = "---\nstatus: accepted\ndeciders: Ann, Ben\nsuperseded_by: '0009'\n---\n# X\n"
    d = decision(text)
    assert d.deciders == ("Ann", "Ben")
    assert numbers(d, "superseded-by") == [9]


def test_yaml_title_number_and_id() -> None:
    text = "---\ntitle: 'ADR-12: Use queues'\nnumber: 0042\nid: ADR-0042\nstatus: draft\n---\nB\n"
    d = decision(text, "docs/adr/use-queues.md")
    assert d.title == "Use queues"
    assert d.number == 42  # the raw text "0042", not YAML 1.1 octal 34
    assert d.status is Status.DRAFT
    assert d.id == "docs/adr/use-queues"


def test_yaml_number_prefers_the_file_name() -> None:
    d = decision("---\nnumber: 0042\n---\n# T\n", "adr/0007-t.md")
    assert d.number == 7


def test_yaml_status_no_is_not_a_boolean() -> None:
    d = decision("---\nstatus: no\n---\n# T\n")
    assert d.status_raw == "no"
    assert d.status is Status.UNKNOWN
    assert any("unknown status" in w for w in d.warnings)


NYGARD = """# 2. Second Record

Date: 1992-01-12

## Status

Accepted

Supercedes [1. First Record](0001-first-record.md)

Amends [3. Third](0003-third.md)

## Context

Status: this line is prose, not metadata.
"""


def test_nygard_adr_tools() -> None:
    d = decision(NYGARD, "doc/adr/0002-second-record.md")
    assert d.format == "nygard"
    assert (d.number, d.title) == (2, "Second Record")
    assert d.date == dt.date(1992, 1, 12)
    assert d.status is Status.ACCEPTED and d.status_raw == "Accepted"
    kinds = [(r.kind, r.ref.number, r.ref.target) for r in d.relations]
    assert kinds == [
        (RelationKind.SUPERSEDES, 1, "0001-first-record.md"),
        (RelationKind.AMENDS, 3, "0003-third.md"),
    ]


def test_nygard_superceded_old_record() -> None:
    text = (
        "# 1. First Record\n\nDate: 1992-01-12\n\n## Status\n\n"
        "Superceded by [2. Second Record](0002-second-record.md)\n\n"
        "Amended by [4. Fourth](0004-fourth.md)\n"
    )
    d = decision(text, "doc/adr/0001-first-record.md")
    assert d.status is Status.SUPERSEDED
    assert d.status_raw == "Superceded by [2. Second Record](0002-second-record.md)"
    assert numbers(d, "superseded-by") == [2]
    assert numbers(d, "amended-by") == [4]


def test_nygard_status_and_date_in_headings() -> None:
    text = "# ADR 5 - Cache\n\n## Date: 2025-02-21\n\n## Status: Accepted\n\n## Context\n"
    d = decision(text, "adr/cache.md")
    assert (d.number, d.title) == (5, "Cache")
    assert d.status is Status.ACCEPTED and d.status_raw == "Accepted"
    assert d.date == dt.date(2025, 2, 21)
    assert d.format == "nygard"


def test_nygard_status_line_inside_section_and_unlinked_successor() -> None:
    text = (
        "# 3. Old\n\n## Status\n\nStatus: superseded\n\n"
        "Superseded by ADR 0005 - Use the new thing\n\n## Context\n"
    )
    d = decision(text, "adr/0003-old.md")
    assert d.status is Status.SUPERSEDED and d.status_raw == "superseded"
    assert [(r.ref.raw, r.ref.number) for r in d.superseded_by] == [("ADR 0005", 5)]


MADR2 = """# Use Markdown Architectural Decision Records

* Status: superseded by [ADR-0005](0005-example.md)
* Deciders: Alice, Bob
* Date: 2020-09-24

Technical Story: none

## Context and Problem Statement
"""


def test_bullets_madr2() -> None:
    d = decision(MADR2, "docs/adr/0000-use-markdown-architectural-decision-records.md")
    assert d.format == "bullets"
    assert d.number == 0
    assert d.status is Status.SUPERSEDED
    assert d.status_raw == "superseded by [ADR-0005](0005-example.md)"
    assert [(r.ref.raw, r.ref.number, r.ref.target) for r in d.superseded_by] == [
        ("ADR-0005", 5, "0005-example.md")
    ]
    assert d.deciders == ("Alice", "Bob")
    assert d.date == dt.date(2020, 9, 24)


LOG4BRAINS = """# Use Log4brains to manage the ADRs

- Status: accepted
- Date: 24/09/2020
- Tags: doc, Tooling

## Context

Text.

## Links

- Refined by [Use MADR](20200925-use-madr.md)
- Supersedes [Old way](20200101-old-way.md)
- Superseded by [ADR-0007](0007-newer.md)
- Some unrelated note
"""


def test_bullets_log4brains_with_links_section() -> None:
    d = decision(LOG4BRAINS, "docs/adr/20200924-use-log4brains-to-manage-the-adrs.md")
    assert d.format == "bullets"
    assert d.number is None  # a date prefix, not a number
    assert d.status is Status.ACCEPTED
    assert d.date == dt.date(2020, 9, 24)
    assert d.tags == ("doc", "tooling")
    found = [(r.kind, r.ref.target) for r in d.relations]
    assert found == [
        (RelationKind.RELATES_TO, "20200925-use-madr.md"),
        (RelationKind.SUPERSEDES, "20200101-old-way.md"),
        (RelationKind.SUPERSEDED_BY, "0007-newer.md"),
    ]


BOLD = """# ADR-016: Event bus (Supersedes ADR-013)

**Status:** Accepted
**Date:** 2024-03-01
**Decision Makers:** Jane Doe (Tech Lead), John Smith (Backend Lead), Kim
**Tags:** Messaging, events
**Owner:** Platform team

## Context
"""


def test_bold_fields() -> None:
    d = decision(BOLD, "adr/event-bus.md")
    assert d.format == "bold"
    assert (d.number, d.title) == (16, "Event bus")
    assert d.status is Status.ACCEPTED
    assert d.date == dt.date(2024, 3, 1)
    assert d.deciders == ("Jane Doe", "John Smith", "Kim")
    assert d.decider_roles == (("Jane Doe", "Tech Lead"), ("John Smith", "Backend Lead"))
    assert d.tags == ("messaging", "events")
    assert numbers(d, "supersedes") == [13]
    assert ("Owner", "Platform team") in d.extra


def test_bold_colon_outside_and_bulleted_bold() -> None:
    d = decision("# T\n\n**Status**: Superseded by ADR-0041\n- **Date:** 2024-01-02\n")
    assert d.status is Status.SUPERSEDED
    assert numbers(d, "superseded-by") == [41]
    assert d.date == dt.date(2024, 1, 2)
    d = decision("# T\n\n- **Status:** Proposed\n")
    assert d.status is Status.PROPOSED and d.format == "bold"


def test_bold_superseded_field() -> None:
    d = decision("# T\n\n**Superseded:** 2026-05-08 by ADR-016\n\n## Context\n")
    assert numbers(d, "superseded-by") == [16]
    assert d.status is Status.SUPERSEDED


def test_vertical_table_in_blockquote_with_backticks() -> None:
    text = (
        "# ADR-0009: Queues\n\n> | Field | Value |\n> |---|---|\n"
        "> | Status | `Accepted` |\n> | Date | `2024-05-06` |\n> | Tags | `a`, `b` |\n"
        "> | Reviewer | Zoe |\n\n## Context\n"
    )
    d = decision(text, "adr/queues.md")
    assert d.format == "table"
    assert d.number == 9
    assert d.status is Status.ACCEPTED and d.status_raw == "`Accepted`"
    assert d.date == dt.date(2024, 5, 6)
    assert d.tags == ("a", "b")
    assert ("Reviewer", "Zoe") in d.extra


def test_horizontal_table() -> None:
    text = (
        "# Use Kafka\n\n| Status | Date | Author(s) |\n|---|---|---|\n"
        "| Approved | 2021-07-08 | Ann |\n\n## Context\n"
    )
    d = decision(text, "docs/adr/003-use-kafka.md")
    assert (d.number, d.status, d.date) == (3, Status.ACCEPTED, dt.date(2021, 7, 8))
    assert d.format == "table"
    assert ("Author(s)", "Ann") in d.extra


def test_status_history_table_takes_the_last_row() -> None:
    text = (
        "# T\n\n## Status\n\n| Status | Date | Validated by |\n|---|---|---|\n"
        "| Proposed | 2021-01-01 | A |\n| Accepted | 2021-02-01 | B |\n\n## Context\n"
    )
    d = decision(text)
    assert d.status is Status.ACCEPTED and d.date == dt.date(2021, 2, 1)


def test_tags_section_list_and_comma_line() -> None:
    d = decision("# T\n\n## Tags\n\n- Security\n- `auth`\n- security\n\n## Context\n")
    assert d.tags == ("security", "auth")
    d = decision("# T\n\n## Tags\n\nSecurity, #Auth; infra\n")
    assert d.tags == ("security", "auth", "infra")


def test_mixed_formats_first_statement_wins() -> None:
    text = "---\ndate: 2024-02-02\n---\n# 7. Mixed\n\n* Status: proposed\n\n## Status\n\nAccepted\n"
    d = decision(text, "adr/mixed.md")
    assert d.status is Status.PROPOSED
    assert d.date == dt.date(2024, 2, 2)
    assert any("stated again" in w for w in d.warnings)


def test_plain_document_without_metadata() -> None:
    d = decision("# Just a title\n\nSome prose.\n", "notes/0004-just-a-title.md")
    assert d.format == "plain"
    assert d.status is Status.UNKNOWN and d.status_raw == ""
    assert d.date is None
    assert d.warnings == ()


def test_sections_and_setext_title() -> None:
    d = decision("Big Title\n=========\n\nStatus: accepted\n\n## Context\n\n### Detail\n")
    assert d.title == "Big Title"
    assert [(s.title, s.level, s.line) for s in d.sections] == [
        ("Big Title", 1, 0),
        ("Context", 2, 5),
        ("Detail", 3, 7),
    ]
    assert d.status is Status.ACCEPTED


def test_two_bold_fields_on_one_line() -> None:
    d = decision("# T\n\n*Status:* {decided}  *Date:* 2019-10-28\n\n## Context\n")
    assert d.status is Status.ACCEPTED and d.status_raw == "{decided}"
    assert d.date == dt.date(2019, 10, 28)


def test_numbered_and_decorated_section_names() -> None:
    d = decision("# T\n\n## 2. Status 📌\n\nRejected\n\n## 3. Context\n")
    assert d.status is Status.REJECTED and d.format == "nygard"


def test_headerless_key_value_table() -> None:
    d = decision("# T\n\n|   |   |\n|---|---|\n| Status | Accepted |\n| Owner | Ops |\n")
    assert d.status is Status.ACCEPTED and ("Owner", "Ops") in d.extra


def test_same_status_twice_is_not_a_conflict() -> None:
    d = decision("---\nstatus: accepted\n---\n# T\n\n## Status\n\nAccepted\n")
    assert d.warnings == ()


def test_space_separated_tags_and_emails_in_names() -> None:
    d = decision("# T\n\n- Tags: doc Tooling doc\n- Deciders: Ann Lee <ann@example.com>, Bo\n")
    assert d.tags == ("doc", "tooling")
    assert d.deciders == ("Ann Lee", "Bo")
    assert decision("# T\n\n- Tags: machine learning, data\n").tags == ("machine learning", "data")


def test_a_dated_status_gives_the_date_when_no_date_field_does() -> None:
    d = decision("# T\n\n## Status\n\nAccepted (2024-01-20)\n")
    assert d.status is Status.ACCEPTED and d.date == dt.date(2024, 1, 20)
    d = decision("# T\n\nDate: 2023-05-05\n\n## Status\n\nAccepted 2024-01-20\n")
    assert d.date == dt.date(2023, 5, 5)


def test_status_paragraph_wrapped_over_lines() -> None:
    d = decision(
        "# T\n\n## Status\n\nSuperseded by\n[ADR-5](0005-x.md)\nSupersedes ADR-2\n\nNote.\n"
    )
    assert d.status_raw == "Superseded by [ADR-5](0005-x.md)"
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [
        ("superseded-by", 5),
        ("supersedes", 2),
    ]


def test_yaml_adr_key_is_a_number() -> None:
    d = decision("---\nadr: 0012\nstatus: accepted\n---\n# Queues\n", "docs/architecture/queues.md")
    assert d.number == 12


def test_mkdocs_admonition_and_tyree_bullets() -> None:
    d = decision(
        "# Use queues\n\n!!! info\n    **Status**: Accepted\n"
        "    **Updated**: 2024-02-03\n\n## Context\n"
    )
    assert d.status is Status.ACCEPTED and ("Updated", "2024-02-03") in d.extra
    d = decision("# Issue\n\n* **Status**: pending\n* **Decision**: use X\n")
    assert d.status is Status.PROPOSED and d.format == "bold"


def test_status_with_dash_in_the_heading() -> None:
    d = decision("# T\n\n## Status - DEPRECATED by [000]\n\n## Context\n")
    assert d.status is Status.DEPRECATED and d.status_raw == "DEPRECATED by [000]"


def test_superseded_field_dates_the_end_not_the_decision() -> None:
    d = decision("# T\n\n**Superseded:** 2026-05-08 by ADR-016\n")
    assert d.status_raw == "Superseded: 2026-05-08 by ADR-016"
    assert d.status is Status.SUPERSEDED and d.date is None
