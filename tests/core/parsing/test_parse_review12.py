"""Review 12's parser findings and those of the rounds beside it (whole log, robustness, UI
walk). The reviewer's probes are one-file logs built from real shapes and name no repository;
a public repository is named where the shape quoted is its own."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision, parse


@pytest.mark.parametrize(
    ("status_line", "status"),
    [
        # prose after the dash, not the lifecycle's clause: the status before it holds
        ("Accepted — deprecated endpoints remain until 2025", Status.ACCEPTED),
        ("Accepted — **deprecated** endpoints remain", Status.ACCEPTED),
        ("Accepted - replaced by the new pipeline, see ADR-6", Status.ACCEPTED),
        # the lifecycle's clause, naming what replaced the record or closing the line
        ("Accepted - Superseded by ADR-6, ADR-7", Status.SUPERSEDED),
        ("Accepted — superseded by [ADR-6](0006-x.md), 2025-01-01", Status.SUPERSEDED),
        ("Accepted - Deprecated by ADR-9", Status.DEPRECATED),
        ("Accepted - Deprecated", Status.DEPRECATED),
        # a full stop still parts two sentences, the second a status of its own
        ("Accepted. Deprecated in favour of the v2 API.", Status.DEPRECATED),
    ],
)
def test_a_dash_then_prose_keeps_the_status_before_it(status_line: str, status: Status) -> None:
    text = f"# Y\n\n## Status\n\n{status_line}\n\n## Context\n\nx\n"
    assert decision(text, "docs/adr/0005-z.md").status is status


def test_numbers_after_a_repository_document_still_name_records() -> None:
    # the repository's README is no record; the numbers beside it are this log's records
    d = decision("# Y\n\n**Related:** README.md, 0003, 0004\n", "docs/adr/0005-z.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [
        ("relates-to", 3),
        ("relates-to", 4),
    ]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("# X - Sign in with X", "X - Sign in with X"),  # X the product, not a number
        ("# X: post releases to X", "X: post releases to X"),
        ("# x. Record architecture decisions", "Record architecture decisions"),  # adr-tools'
        ("# 000X. Boot", "Boot"),
    ],
)
def test_one_x_is_the_template_s_number_only_with_its_dot(heading: str, title: str) -> None:
    d = decision(f"{heading}\n\nStatus: Accepted\n", "docs/adr/0007-x.md")
    assert d.title == title


# CMSgov/beneficiary-fhir-data rfcs/0005-mbi-search.md (trimmed): each heading followed by a
# link reference definition of its own anchor, which Markdown draws as nothing
CMS_RFC = (
    "# RFC Proposal\n[RFC Proposal]: #rfc-proposal\n\n* RFC Proposal ID: `0005-mbi-search`\n"
    "* Start Date: 2020-1-15\n\nThe addition of a search by MBI.\n\n## Status\n"
    "[Status]: #status\n\n* Implementation Status: Done\n* JIRA Ticket(s):\n"
    "    * [BLUEBUTTON-1658](https://jira.cms.gov/browse/BLUEBUTTON-1658)\n\n"
    "## Motivation\n[Motivation]: #motivation\n\nThe MBI is replacing the HICN.\n"
)


def test_an_anchor_s_reference_definition_under_status_is_no_status() -> None:
    d = decision(CMS_RFC, "rfcs/0005-mbi-search.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Implementation Status: Done")
    assert d.warnings == ()


def test_the_status_under_an_anchor_s_definition_is_read() -> None:
    # the template of the same log ("* Status: Proposed" under the definition)
    text = CMS_RFC.replace("* Implementation Status: Done", "* Status: Proposed")
    assert decision(text, "rfcs/0011-db-migration.md").status is Status.PROPOSED


@pytest.mark.parametrize(("written", "warning"), [("2018", "a year"), ("2018-05", "a month")])
def test_a_year_alone_is_a_readable_date_without_a_day(written: str, warning: str) -> None:
    # whole-log round: "Date: 2018" was reported unreadable; no day is made up for it
    d = decision(f"# X\n\nDate: {written}\n\n## Status\n\nAccepted\n", "docs/adr/0001-x.md")
    assert d.date is None
    assert d.warnings == (f"date {written!r} names {warning}, not a day; no date recorded",)


# What a clone without Git LFS checks out in place of a record (robustness round)
LFS_POINTER = (
    b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"4d7a" * 16 + b"\nsize 1843\n"
)


def test_a_git_lfs_pointer_is_a_problem_not_a_record() -> None:
    outcome = parse(LFS_POINTER, "docs/adr/0004-lfs.md")
    assert outcome.decision is None
    assert [(p.code, p.message) for p in outcome.problems] == [
        ("lfs-pointer", "stored in Git LFS and not fetched ('git lfs pull')")
    ]


def test_a_record_about_lfs_pointers_is_a_record() -> None:
    text = b"# 4. Store diagrams in LFS\n\nStatus: Accepted\n\n" + LFS_POINTER
    assert decision(text, "docs/adr/0004-lfs.md").title == "Store diagrams in LFS"


# The robustness round's repository left mid-rebase (built with git): both sides of
# the front matter and the body, between Git's markers
MID_REBASE = (
    "---\n<<<<<<< HEAD\nstatus: deprecated\ndate: 2024-01-02\n---\n# Use Postgres\n\n"
    "## Context\n\nText about main.\n=======\nstatus: rejected\ndate: 2024-01-02\n---\n"
    "# Use PostgreSQL 16\n\n## Context\n\nText about feat.\n>>>>>>> 0653265 (feat)\n"
)


def test_a_record_mid_merge_reads_its_first_side_and_says_so() -> None:
    d = decision(MID_REBASE, "docs/adr/0002-use-postgres.md")
    assert (d.title, d.status) == ("Use Postgres", Status.DEPRECATED)
    assert d.warnings == (
        "unresolved merge conflict (markers from line 2); read the side above each '======='",
    )
    assert "feat" not in d.body and "Text about main." in d.body


def test_a_diff3_conflict_reads_neither_the_ancestor_nor_the_second_side() -> None:
    text = (
        "# 3. Use Postgres\n\n## Status\n\n<<<<<<< HEAD\nAccepted\n||||||| base\nProposed\n"
        "=======\nSuperseded by [ADR-7](0007-x.md)\n>>>>>>> other\n\n## Context\n\nx\n"
    )
    d = decision(text, "docs/adr/0003-use-postgres.md")
    assert (d.status, d.status_raw, d.relations) == (Status.ACCEPTED, "Accepted", ())
    assert d.sections[-1].line == 12  # lines keep their numbers (counted from 0)


def test_conflict_markers_shown_in_a_code_block_are_an_example() -> None:
    example = "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> other"
    text = f"# 3. Resolve conflicts by rebasing\n\nStatus: Accepted\n\n```\n{example}\n```\n"
    d = decision(text, "docs/adr/0003-rebase.md")
    assert (d.warnings, example in d.body) == ((), True)


# backstage/backstage docs/architecture-decisions/adr013-use-node-fetch.md (trimmed), with
# the closing notice the UI walk's rebuilt log gave it: front matter, no status
BACKSTAGE = (
    "---\nid: adrs-adr013\ntitle: 'ADR013: Proper use of HTTP fetching libraries'\n---\n\n"
    "## Context\n\nUsing multiple HTTP packages for data fetching increases the complexity.\n\n"
    "## Consequences\n\nWe will gradually transition away from third party packages such as "
    "`axios`.\n\n{closing}\n"
)
NOTICE = "Superseded by [ADR014](./adr014-use-fetch.md): use native fetch."


def test_a_closing_notice_naming_the_successor_supersedes_the_record() -> None:
    d = decision(BACKSTAGE.format(closing=NOTICE), "docs/adr/adr013-use-node-fetch.md")
    assert (d.status, d.status_raw) == (Status.SUPERSEDED, NOTICE)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 14)]


@pytest.mark.parametrize(
    "closing",
    [
        # the notice inside the paragraph before it: prose that mentions the record
        f"We will add lint rules.\n{NOTICE}",
        "See [ADR014](./adr014-use-fetch.md) for native fetch.",  # no verb opens it
    ],
)
def test_a_mention_in_the_last_paragraph_relates_only(closing: str) -> None:
    d = decision(BACKSTAGE.format(closing=closing), "docs/adr/adr013-use-node-fetch.md")
    assert d.status is Status.UNKNOWN
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("relates-to", 14)]


def test_a_banner_over_a_record_without_status_supersedes_it() -> None:
    text = "# 13. Use node-fetch\n\n> **Superseded by [ADR-0014](0014-use-fetch.md).**\n\nx\n"
    d = decision(text, "docs/adr/0013-use-node-fetch.md")
    assert (d.status, d.status_raw) == (
        Status.SUPERSEDED,
        "Superseded by [ADR-0014](0014-use-fetch.md).",
    )
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 14)]


@pytest.mark.parametrize(
    ("consulted", "names"),
    [
        # the UI walk's backstage log: one body's name, though it says "and"
        (
            "The Architecture Review Board of the Backstage Core Maintainers and Friends",
            ("The Architecture Review Board of the Backstage Core Maintainers and Friends",),
        ),
        ("Head of Engineering and CTO", ("Head of Engineering", "CTO")),
        ("Ann Lee and Bo Berg", ("Ann Lee", "Bo Berg")),
    ],
)
def test_a_body_of_the_organisation_is_one_name(consulted: str, names: tuple[str, ...]) -> None:
    text = f"---\nstatus: accepted\nconsulted: {consulted}\n---\n# Use fetch\n\nx\n"
    assert decision(text, "docs/adr/adr017-long.md").consulted == names


def test_a_labelled_note_under_deciders_is_no_decider() -> None:
    # review 12's probe, from an ADR in a public repository's examples (the search index
    # names it without its repository): the forum and the reversibility beside the deciders
    text = (
        "# 7. Build CRM in house\n\n## Status\n\nAccepted\n\n## Deciders\n\n"
        "- **Decision made by**: Sarah Chen (CRO), Marcus Webb (CTO)\n"
        "- **Forum**: Executive leadership offsite, March 19, 2026\n"
        "- **Reversibility**: Reversible in 12–18 months at cost of migration; not trivially "
        "reversible\n\n## Context\n\nText.\n"
    )
    d = decision(text, "docs/adr/0007-build-crm-in-house.md")
    assert d.deciders == ("Sarah Chen", "Marcus Webb")
    assert [key for key, _ in d.extra] == ["Forum", "Reversibility"]


@pytest.mark.parametrize(
    ("below", "numbers"),
    [
        ("  Nothing yet. ADR-0009 may.", []),  # review 12's probe: prose naming one further on
        ("  [ADR-0009](0009-x.md) (the new cache)", [9]),  # the record opens the line
        ("  ADR-0009, ADR-0010", [9, 10]),
    ],
)
def test_an_empty_relation_key_takes_the_line_below_only_when_a_record_opens_it(
    below: str, numbers: list[int]
) -> None:
    text = f"# 5. X\n\n- **Status:** Accepted\n- **Superseded by:**\n{below}\n\n## Context\n\nx\n"
    d = decision(text, "docs/adr/0005-x.md")
    assert [r.ref.number for r in d.relations if r.kind.value == "superseded-by"] == numbers
