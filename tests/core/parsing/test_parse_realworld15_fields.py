"""Round 15: fields of real logs read wrong (folder records, AsciiDoc and GitBook pages)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.core.parsing.helpers import decision

from adr_tui.core.model import Status
from adr_tui.core.parsing.inline import unlink

# from pipe-cd/tutorial adr/20240524-pipeline/index.md: a folder per record, named by its date.
PIPELINE = "# Pipeline\n\n## Status\n\nproposed\n\n## Context\n\n<!-- What is the issue -->\n"


def test_a_record_kept_as_its_folders_page_is_dated_by_the_folder() -> None:
    d = decision(PIPELINE, "adr/20240524-pipeline/index.md")
    assert (d.title, d.number, d.date) == ("Pipeline", None, dt.date(2024, 5, 24))


def test_a_record_kept_as_its_folders_page_is_numbered_by_the_folder() -> None:
    d = decision(PIPELINE, "docs/adr/0007-pipeline/README.md")
    assert (d.number, d.date) == (7, None)


def test_a_year_folders_page_is_no_numbered_record() -> None:
    assert decision(PIPELINE, "docs/adr/2024/readme.md").number is None


# from kenmcneil/kenmcneil docs/architecture/decisions/0005-spring-data-mongo.adoc: every
# record opens with the same AsciiDoc document title, and its own comes next.
GENERIC = (
    "= Architecture Decision\nTyler Van Gorder <tyler.vangorder@build.com>\n:sectlinks:\n"
    ":imagesdir: ../../images\nifndef::env-github[]\n:icons: font\nendif::[]\n\n"
    "# 5. Persistence Layer Using Spring Data Mongo\n\nDate: 2019-11-07\n\n## Status\n\n"
    "Deprecated\n\n## Context\n\nThere are a collection of subprojects.\n"
)


def test_a_numbered_title_under_a_generic_document_title_is_the_records() -> None:
    d = decision(GENERIC, "docs/architecture/decisions/0005-spring-data-mongo.adoc")
    assert (d.title, d.number) == ("Persistence Layer Using Spring Data Mongo", 5)
    assert (d.date, d.status) == (dt.date(2019, 11, 7), Status.DEPRECATED)
    assert d.deciders == ("Tyler Van Gorder",)


def test_a_second_title_under_a_decisions_own_title_is_not_its_title() -> None:
    text = GENERIC.replace("= Architecture Decision", "= Use Mongo")
    assert decision(text, "docs/adr/0005-x.adoc").title == "Use Mongo"


# from osinfra-io/gitbook-docs fundamentals/architecture-decision-records/adr-0003.md:
# GitBook keeps the metadata table as one line of HTML, and the page's description says
# what the record decides.
GITBOOK = (
    "---\ndescription: Terraform public modules vs custom modules\n---\n\n# ADR-0003\n\n"
    '<table><thead><tr><th data-type="select">Status</th><th>Date (Last modified)</th>'
    '<th data-type="users" data-multiple>Deciders</th></tr></thead><tbody><tr><td></td>'
    '<td>07/22/2023</td><td><a href="http://127.0.0.1:5000/u/FnhbZsTgiWZnrQqn284UlQjTBqp2">'
    "Brett Curtis</a></td></tr></tbody></table>\n\n"
    '{% hint style="warning" %}\nIf superseded by another ADR, include the link here:\n'
    "{% endhint %}\n\n## Context and Problem Statement\n\nShould we?\n"
)


def test_a_gitbook_table_states_the_date_and_deciders() -> None:
    d = decision(GITBOOK, "fundamentals/architecture-decision-records/adr-0003.md")
    assert (d.date, d.deciders) == (dt.date(2023, 7, 22), ("Brett Curtis",))
    assert (d.status, d.status_raw) == (Status.UNKNOWN, "")


def test_a_heading_that_is_only_the_id_takes_the_pages_description() -> None:
    d = decision(GITBOOK, "fundamentals/architecture-decision-records/adr-0003.md")
    assert (d.title, d.number) == ("Terraform public modules vs custom modules", 3)


def test_a_heading_with_words_keeps_them_beside_a_description() -> None:
    text = GITBOOK.replace("# ADR-0003", "# ADR-0003: Custom modules")
    assert decision(text, "docs/adr/adr-0003.md").title == "Custom modules"


# from ctekinay/aion-ainstein data/esa-main-artifacts/doc/decisions/0022-use-priority-based-
# scheduling.md: Dublin Core keeps the record's date under "dct:".
DUBLIN = (
    "---\nparent: Decisions\nnav_order: ADR.22\ndct:\n"
    "  identifier: urn:uuid:c9d0e1f2-a3b4-4c5d-6e7f-8a9b0c1d2e3f\n"
    "  title: Use priority based scheduling\n  isVersionOf: proposed\n  issued: 2025-07-21\n"
    'owl:\n  versionInfo: "v1.0.0 (2025-07-21)"\n---\n'
    "<!-- markdownlint-disable-next-line MD025 -->\n\n# Use priority based scheduling\n\n"
    "## Context and Problem Statement\n\nScheduling plays a critical role.\n"
)


def test_a_date_issued_under_a_namespace_is_the_records() -> None:
    d = decision(DUBLIN, "doc/decisions/0022-use-priority-based-scheduling.md")
    assert (d.date, d.number) == (dt.date(2025, 7, 21), 22)
    assert d.title == "Use priority based scheduling"
    assert (d.status, d.deciders) == (Status.UNKNOWN, ())


def test_a_date_said_above_the_namespace_wins() -> None:
    text = DUBLIN.replace("parent: Decisions\n", "date: 2025-08-01\n")
    assert decision(text, "doc/decisions/0022-x.md").date == dt.date(2025, 8, 1)


def test_a_namespace_without_record_fields_adds_nothing() -> None:
    text = DUBLIN.replace("  issued: 2025-07-21\n", "").replace("  title: Use priority", "  x: Y")
    assert decision(text, "doc/decisions/0022-x.md").date is None


# from davecharles/prompt-payments adr/adr-001-use-adrs.md: the status is a badge in a link.
BADGE = (
    "# ADR-001: Use ADRs\n\n## Status\n\n"
    "[![Generic badge](https://badgen.net/badge/ADR/approved/green/)](README.md#index)\n\n"
    "## Context\n\nAn ADR is our place to document past decisions.\n"
)


def test_a_badge_in_a_link_reads_as_its_message() -> None:
    d = decision(BADGE, "adr/adr-001-use-adrs.md")
    assert (d.status, unlink(d.status_raw)) == (Status.ACCEPTED, "approved")


def test_an_image_that_is_no_badge_reads_as_its_alt_text() -> None:
    assert unlink("[![Build](https://ci.example/x.svg)](https://ci.example) ok") == "Build ok"
    assert unlink("see ![diagram](img/flow.png)") == "see diagram"


# from hicommonwealth/commonwealth common_knowledge/ADRs/003-ModelSchemas.md: the status is
# stamped with its day, YYMMDD, and who stated it.
STAMPED = (
    "# ADR 003: Conventions for Defining Zod Schemas for Sequelize Models\n\n## Status\n\n"
    "Proposed: 240812 by Roger Torres (@rotorsoft)\n\n## Context\n\nWe use Sequelize.\n"
)


def test_a_status_stamped_yymmdd_dates_the_record() -> None:
    d = decision(STAMPED, "common_knowledge/ADRs/003-ModelSchemas.md")
    assert (d.status, d.date, d.number) == (Status.PROPOSED, dt.date(2024, 8, 12), 3)


def test_six_digits_are_a_day_only_between_the_colon_and_by() -> None:
    for status in ("Proposed: 240812", "Proposed 240812 by Roger", "Proposed: 241399 by Roger"):
        text = STAMPED.replace("Proposed: 240812 by Roger Torres (@rotorsoft)", status)
        assert decision(text, "common_knowledge/ADRs/003-ModelSchemas.md").date is None


# from opencloud-eu/opencloud docs/adr/0005-*.md: handles left in the template's brackets,
# with commas in one record and spaces in the other.
HANDLES = (
    '---\ntitle: "Non-Breaking Search Index Changes"\n---\n\n* Status: proposed\n'
    "* Deciders: [@fschade, @rhafer, @aduffeck, @butonic]\n* Date: 2026-07-29\n\n"
    "## Context and Problem Statement\n\nThe search service runs on one of two engines.\n"
)


def test_handles_in_brackets_are_the_deciders() -> None:
    d = decision(HANDLES, "docs/adr/0005-non-breaking-search-index-changes.md")
    assert d.deciders == ("@fschade", "@rhafer", "@aduffeck", "@butonic")
    assert (d.title, d.status, d.date) == (
        "Non-Breaking Search Index Changes",
        Status.PROPOSED,
        dt.date(2026, 7, 29),
    )


def test_handles_in_brackets_may_be_separated_by_spaces() -> None:
    text = HANDLES.replace("@fschade, @rhafer, @aduffeck, @butonic", "@micbar @rhafer")
    assert decision(text, "docs/adr/0005-x.md").deciders == ("@micbar", "@rhafer")


# from zooniverse/front-end-monorepo docs/arch/ard-6.md: a date alone under the title, and
# who approved the record in its status.
APPROVED = (
    "# ADR 6: Building the TESS Light Curve Viewer\n\nOctober 15, 2018\n\n## Context\n\n"
    "We need a Light Curve Viewer.\n\n## Decision\n\nNative D3.\n\n## Status\n\n"
    "Approved by @rogerhutchings, @shaun.a.noordin, and @srallen.\n\n## Consequences\n\nMore.\n"
)


def test_who_approved_a_record_decided_it() -> None:
    d = decision(APPROVED, "docs/arch/ard-6.md")
    assert d.deciders == ("@rogerhutchings", "@shaun.a.noordin", "@srallen")
    assert (d.number, d.status, d.date) == (6, Status.ACCEPTED, dt.date(2018, 10, 15))


def test_who_proposed_a_record_did_not_decide_it() -> None:
    text = APPROVED.replace("Approved by", "Proposed by")
    assert decision(text, "docs/arch/ard-6.md").deciders == ()


def test_named_deciders_win_over_the_status() -> None:
    text = APPROVED.replace("## Context", "Deciders: Ann Lee\n\n## Context")
    assert decision(text, "docs/arch/ard-6.md").deciders == ("Ann Lee",)


@pytest.mark.parametrize(
    "status",
    [
        "Accepted by consensus in the weekly architecture meeting",
        "Approved by the Architecture Review Board on 5 May 2024",
        "Accepted by team vote (7 for, 1 against)",
        "Rejected by majority",
        "Accepted by everyone, see the discussion in Slack",
        "Accepted by Default",
        "Approved by Email Vote",
        "Accepted by Slack Poll",
        "Approved by The Architecture Board",
    ],
)
def test_a_status_by_no_one_in_particular_names_no_decider(status: str) -> None:
    """Review 7: every such tail became a decider ('majority', 'consensus in the …')."""
    text = APPROVED.replace("Approved by @rogerhutchings, @shaun.a.noordin, and @srallen.", status)
    assert decision(text, "docs/arch/ard-6.md").deciders == ()


def test_a_status_by_named_people_names_them() -> None:
    text = APPROVED.replace("@rogerhutchings, @shaun.a.noordin, and @srallen", "Grace Lee and Bo")
    assert decision(text, "docs/arch/ard-6.md").deciders == ("Grace Lee", "Bo")


def test_top_level_keys_win_over_a_namespace_written_before_them() -> None:
    """Review 7: a block before the page's own keys took the title, date and status."""
    text = (
        "---\ndct:\n  title: ADR 5 | My Site\n  issued: 2020-01-01\n"
        "title: Use Postgres\ndate: 2024-03-03\nstatus: accepted\n---\n\n## Context\n\nText.\n"
    )
    d = decision(text, "docs/adr/0005-use-postgres.md")
    assert (d.title, d.date, d.status) == ("Use Postgres", dt.date(2024, 3, 3), Status.ACCEPTED)


def test_a_block_of_another_kind_says_nothing_of_the_record() -> None:
    """``seo:`` or ``meta:`` describe a site's page, not the decision."""
    text = (
        "---\nseo:\n  title: Meta title\nmeta:\n  status: stale\n  date: 2020-01-01\n---\n\n"
        "# 6. Real title\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n"
    )
    d = decision(text, "docs/adr/0006-real.md")
    assert (d.title, d.status, d.date) == ("Real title", Status.ACCEPTED, None)
