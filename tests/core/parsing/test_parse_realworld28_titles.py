"""Round 28: titles that name the template, not the record, and labels kept in headings."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision, parse

# ganauntaran3/be-lumbung-mesari docs/decisions/backend/002-use-typeorm.md (trimmed): MADR's
# Jekyll front matter copied with the template, its title never changed, over a record filled in.
TYPEORM = (
    "---\n"
    '# Configuration for the Jekyll template "Just the Docs"\n'
    "parent: Decisions\nnav_order: 101\ntitle: ADR Template\n"
    '# status: "accepted"\n# date: 2024-11-17\n'
    "---\n\n# TypeORM as ORM\n\n## Context and Problem Statement\n\n"
    "Our project requires an Object-Relational Mapping (ORM) tool to streamline database "
    "interactions.\n\n## Considered Options\n\n- TypeORM\n- Prisma\n- Sequelize\n\n"
    "## Decision Outcome\n\nChosen option: **TypeORM**, because it integrates with NestJS.\n"
)


def test_a_record_under_a_leftover_template_title_is_a_record() -> None:
    outcome = parse(TYPEORM, "docs/decisions/backend/002-use-typeorm.md")
    assert not outcome.is_template
    d = outcome.decision
    assert d is not None
    assert (d.number, d.title) == (2, "TypeORM as ORM")


def test_the_template_itself_under_the_same_title_is_still_one() -> None:
    # the same front matter over MADR's own placeholder heading: no record named in it
    text = TYPEORM.replace("# TypeORM as ORM", "# {short title of solved problem and solution}")
    assert parse(text, "docs/decisions/backend/002-use-typeorm.md").decision is None


def test_a_leftover_template_title_over_a_generic_heading_stays_a_template() -> None:
    # "ADR Template" over "# Architecture Decision Record": neither names a decision
    text = TYPEORM.replace("# TypeORM as ORM", "# Architecture Decision Record")
    assert parse(text, "docs/decisions/backend/002-use-typeorm.md").decision is None


# CMSgov/beneficiary-fhir-data rfcs/0002-monorepo.md (trimmed): every proposal opens with the
# template's heading "RFC Proposal"; its id, the file's name, names it.
CMS_RFC = (
    "# RFC Proposal\n[RFC Proposal]: #rfc-proposal\n\n* RFC Proposal ID: `0002-monorepo`\n"
    "* Start Date: 2019-04-01\n\n## Status\n[Status]: #status\n\n* Status: Implemented\n\n"
    "## Motivation\n[Motivation]: #motivation\n\nWhy.\n"
)


def test_the_template_s_heading_over_every_proposal_gives_way_to_the_file_name() -> None:
    d = decision(CMS_RFC, "rfcs/0002-monorepo.md")
    assert (d.number, d.title, d.status) == (2, "Monorepo", Status.ACCEPTED)


def test_the_name_of_the_kind_over_a_record_with_a_status_gives_way_too() -> None:
    text = "# Architecture Decision Record\n\nStatus: Accepted\n\n## Context\n\nA cache.\n"
    assert decision(text, "docs/adr/0007-use-redis.md").title == "Use redis"


def test_a_heading_that_only_says_template_is_still_a_template_s() -> None:
    # Only a copied navigation title defers to the heading; "# ADR Template" over a default
    # status is how a log's own template.md reads.
    text = "# ADR Template\n\nStatus: Proposed\n\n## Context\n\nWhat is the issue?\n"
    assert parse(text, "docs/adr/0007-use-redis.md").decision is None


def test_a_title_with_those_words_in_it_is_the_record_s_own() -> None:
    text = "# Drop the RFC proposal template\n\nStatus: Accepted\n"
    assert decision(text, "docs/adr/0007-x.md").title == "Drop the RFC proposal template"


def test_a_list_s_title_over_no_status_is_still_an_index_page() -> None:
    text = "# Architecture Decision Records\n\n- [1. Use Redis](0001-use-redis.md)\n"
    assert parse(text, "docs/adr/indexer.md").decision is None


# ivacuum/hosting adr/template.md opens "# Title: A concise description of the decision.": the
# template's field name written into the heading, which a record copied from it keeps.
@pytest.mark.parametrize("label", ["Title:", "Subject:", "TITLE :"])
def test_a_field_s_name_kept_in_the_heading_is_no_part_of_the_title(label: str) -> None:
    d = decision(f"# {label} Flood control\n\n## Status\n\nAccepted\n", "adr/0004-flood.md")
    assert d.title == "Flood control"


def test_a_title_that_opens_with_the_word_keeps_it() -> None:
    d = decision("# Subject tags for every event\n\nStatus: Accepted\n", "docs/adr/0004-x.md")
    assert d.title == "Subject tags for every event"


# adihere/pinecone-vercel-ai tests/adr002-neg.md (trimmed): no heading at all, the record's id
# and title on its first line, then "Label: value" paragraphs.
PINECONE = (
    "ADR 002: Migrate Database from MySQL to PostgreSQL\n\n"
    "Context: Our current database is MySQL. We have encountered issues with performance.\n\n"
    "Decision: Migrate to PostgreSQL.\n\n"
    "Status: Approved Date: 10 November 2024 Decision Makers:"
)


def test_an_unmarked_first_line_naming_the_record_by_id_is_its_title() -> None:
    d = decision(PINECONE, "tests/adr002-neg.md")
    assert (d.number, d.title) == (2, "Migrate Database from MySQL to PostgreSQL")
    assert d.warnings == ()


@pytest.mark.parametrize(
    "text",
    [
        "We looked again.\n\nADR 002: Migrate Database from MySQL to PostgreSQL\n",
        "ADR 002: Migrate Database from MySQL\nto PostgreSQL, since it scales.\n",
        "2. Migrate Database from MySQL to PostgreSQL\n\nContext: it is slow.\n",
    ],
)
def test_a_later_line_a_paragraph_s_first_or_a_list_item_is_prose(text: str) -> None:
    assert decision(text, "tests/adr002-neg.md").title == "Neg"
