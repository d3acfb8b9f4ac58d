"""ADRs kept inside documentation sites, round 9: Docusaurus, MkDocs Material, Hugo,
Jekyll, Antora and Backstage pages read as their readers read them (minimal excerpts;
each names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, numbers, parse


# finos/traderX docs/adr/001-adopt-github-speckit.md: Docusaurus shows the page's own
# "# heading"; the front matter's title ("ADR-001 Adopt GitHub Spec Kit") is the sidebar's.
def test_a_docusaurus_heading_wins_over_the_front_matter_title() -> None:
    text = (
        "---\ntitle: ADR-001 Adopt GitHub Spec Kit\nslug: /adr/001-adopt-github-speckit\n"
        "status: accepted\ndate: 2026-03-29\ndecision-makers: Dov Katz, TraderX maintainers\n"
        "consulted: Core contributors, documentation maintainers\n---\n\n"
        "# Adopt GitHub Spec Kit as the Canonical Specification Workflow\n\n"
        "## Context and Problem Statement\n\nTraderX is being repositioned.\n"
    )
    d = decision(text, "docs/adr/001-adopt-github-speckit.md")
    assert (d.title, d.number, d.status, d.date, d.deciders) == (
        "Adopt GitHub Spec Kit as the Canonical Specification Workflow",
        1,
        Status.ACCEPTED,
        dt.date(2026, 3, 29),
        ("Dov Katz", "TraderX maintainers"),
    )


# The same page on a site whose file name carries no number: the heading is the title,
# and the number still comes from the front matter's "ADR-027: …".
def test_a_docusaurus_heading_keeps_the_number_of_the_front_matter_title() -> None:
    text = (
        '---\ntitle: "ADR-027: API prefix"\nsidebar_label: "ADR-027"\n---\n\n'
        "# Version the API under /api/v1\n\n**Status:** Accepted\n"
    )
    d = decision(text, "docs/adr/api-prefix.md")
    assert (d.title, d.number) == ("Version the API under /api/v1", 27)


# bcgov/nr-pies docs/adr/ADR_001.md: no heading, so the Docusaurus title is the title;
# the fields are a bullet list and the related records are relative links.
def test_a_docusaurus_title_stands_when_the_page_has_no_heading() -> None:
    text = (
        "---\nid: ADR_001\ntitle: ADR-001 - Bidirectional Strategy for Asset Relationships\n"
        "description: Support both strategies.\n---\n\n- **Status:** Accepted\n"
        "- **Decision Date:** 2026-03-24\n- **Deciders:** PIES Design Team\n\n"
        "## Context\n\nPIES must represent relationships.\n\n### Related ADRs\n\n"
        "- Related to [ADR-002](./ADR_002)\n- Related to [ADR-003](./ADR_003)\n"
    )
    d = decision(text, "docs/adr/ADR_001.md")
    assert (d.title, d.number, d.status, d.date, d.deciders) == (
        "Bidirectional Strategy for Asset Relationships",
        1,
        Status.ACCEPTED,
        dt.date(2026, 3, 24),
        ("PIES Design Team",),
    )
    assert numbers(d, "relates-to") == [2, 3]


# mikeybeezy/goldenpath-idp-infra docs/adrs/ADR-0159-backstage-catalog-registry-sync.md:
# an agent's HTML comment stands above the front matter, which is still the front matter.
def test_front_matter_below_a_leading_html_comment_is_read() -> None:
    text = (
        "<!-- AGENT_CONTEXT: Read .agent/README.md for rules -->\n---\n"
        "id: ADR-0159-backstage-catalog-registry-sync\n"
        "title: 'ADR-0159: Backstage Catalog Sync to Governance Registry'\ntype: adr\n"
        "owner: platform-team\nsupersedes: []\ntags:\n  - backstage\n  - catalog\n---\n\n"
        "## ADR-0159: Backstage Catalog Sync to Governance Registry\n\n"
        "- **Status:** Accepted\n- **Date:** 2026-01-15\n- **Owners:** Platform Team\n\n"
        "## Context\n\nThe catalog URL pointed to main.\n"
    )
    d = decision(text, "docs/adrs/ADR-0159-backstage-catalog-registry-sync.md")
    assert (d.title, d.number, d.status, d.date, d.tags) == (
        "Backstage Catalog Sync to Governance Registry",
        159,
        Status.ACCEPTED,
        dt.date(2026, 1, 15),
        ("backstage", "catalog"),
    )


# Hugo, Jekyll and Docusaurus leave "draft: true" pages out of the built site: the author
# has not finished. With no status of its own, the record is a draft (the app's word for
# it), not unknown; a stated status still wins. (Hugo's own front matter, as in
# openllmo/llmo.org content/adr, with the flag its archetype adds.)
def test_draft_true_in_front_matter_is_a_draft_when_no_status_is_stated() -> None:
    text = (
        '---\ntitle: "ADR-0014: Pick a host"\ndate: 2026-10-04\ndraft: true\nweight: 14\n'
        "---\n\n## Context\n\nx\n"
    )
    d = decision(text, "content/adr/0014-pick-a-host.md")
    assert (d.title, d.number, d.status, d.status_raw) == ("Pick a host", 14, Status.DRAFT, "draft")


def test_a_stated_status_wins_over_draft_true() -> None:
    text = '---\ntitle: "ADR-3: X"\ndraft: true\nstatus: accepted\n---\n\n# ADR-3: X\n'
    assert decision(text, "content/adr/adr-3-x.md").status is Status.ACCEPTED


# rawsharklives/engineering-docs content/adr/platform/adr-002-ai-skills-layer.md: "draft:
# false" says nothing about the decision; the status is the table's.
def test_draft_false_leaves_the_stated_status() -> None:
    text = (
        '---\ntitle: "ADR-002: AI Skills Layer"\ndate: 2026-05-15\ndraft: false\n---\n\n'
        "# ADR-002: AI Skills Layer\n\n| | |\n|---|---|\n| **Status** | Proposed |\n"
        "| **Date** | 2026-05-15 |\n| **Author** | Rich |\n\n## Context\n\nx\n"
    )
    d = decision(text, "content/adr/platform/adr-002-ai-skills-layer.md")
    assert (d.title, d.number, d.status, d.date, d.deciders) == (
        "AI Skills Layer",
        2,
        Status.PROPOSED,
        dt.date(2026, 5, 15),
        ("Rich",),
    )


# vshn/application-catalog-docs docs/modules/ROOT/pages/adr/0054-*.adoc (Antora): the
# page's attributes are named "adr_date", "adr_author", "adr_tags" beside "adr_status".
def test_antora_adr_attributes_give_date_author_and_tags() -> None:
    text = (
        "= ADR 0054 - VSHN Managed Forgejo Runners\n:adr_author:    Mike Ditton\n"
        ":adr_owner:     Schedar\n:adr_date:      2026-05-20\n:adr_upd_date:  2026-05-26\n"
        ":adr_status:    draft\n:adr_tags:      forgejo,ci,code-hosting\n\n"
        "include::partial$adr-meta.adoc[]\n\n== Context\n\nManaged Forgejo ships without runners.\n"
    )
    d = decision(text, "docs/modules/ROOT/pages/adr/0054-vshn-managed-forgejo-runners.adoc")
    assert (d.title, d.number, d.status, d.date, d.deciders, d.tags) == (
        "VSHN Managed Forgejo Runners",
        54,
        Status.DRAFT,
        dt.date(2026, 5, 20),
        ("Mike Ditton",),
        ("forgejo", "ci", "code-hosting"),
    )


# decentraland/adr content/ADR-117-CRDT-protocol.md (Jekyll, "layout: adr"): the number in
# "adr:", authors as a YAML list, and "Draft" as the status.
def test_jekyll_adr_layout_front_matter() -> None:
    text = (
        "---\nlayout: adr\nadr: 117\ntitle: CRDT protocol for scenes & foundations for SDK7\n"
        "date: 2022-11-12\nstatus: Draft\ntype: Standards Track\nspdx-license: CC0-1.0\n"
        "authors:\n  - menduz\n  - gonpombo8\n---\n\n## Abstract\n\nThe protocol.\n"
    )
    d = decision(text, "content/ADR-117-CRDT-protocol.md")
    assert (d.title, d.number, d.status, d.date, d.deciders) == (
        "CRDT protocol for scenes & foundations for SDK7",
        117,
        Status.DRAFT,
        dt.date(2022, 11, 12),
        ("menduz", "gonpombo8"),
    )


# openllmo/llmo.org content/adr/0001-two-entity-firewall.md (Hugo): a "linkTitle" for the
# menu, an author with an address, and the status restated in a section with a remark.
def test_hugo_front_matter_with_link_title_and_author_address() -> None:
    text = (
        '---\ntitle: "ADR-0001: Two-entity firewall"\nlinkTitle: ADR-0001\n'
        "description: Records the separation.\nauthor: Nic Chavez <spec@llmo.org>\n"
        "date: 2026-05-06\nstatus: Accepted\n---\n\n## Status\n\n"
        "Accepted. Backfill: this records a decision that predates the ADR practice.\n"
    )
    d = decision(text, "content/adr/0001-two-entity-firewall.md")
    assert (d.title, d.number, d.status, d.date, d.deciders) == (
        "Two-entity firewall",
        1,
        Status.ACCEPTED,
        dt.date(2026, 5, 6),
        ("Nic Chavez",),
    )


# axelerant/engg-handbook content/adr/drupal-9.md (Hugo): unnumbered, categories as tags.
def test_hugo_unnumbered_record_with_categories() -> None:
    text = (
        '---\ntitle: \'Drupal 9\'\ndate: "2024-07-05"\nstatus: "accepted"\ncategories:\n'
        "  - Drupal\n---\n\n# Drupal 9\n\n## Context\n\nAn upgrade.\n\n"
        "## Status\n\n- **Accepted**\n"
    )
    d = decision(text, "content/adr/drupal-9.md")
    assert (d.title, d.number, d.status, d.date, d.tags) == (
        "Drupal 9",
        None,
        Status.ACCEPTED,
        dt.date(2024, 7, 5),
        ("drupal",),
    )


# MixaJuba/QuantumForce_Code docs/architecture/decisions/0001-use-mkdocs-material.md
# (MkDocs Material): title and status in the page's meta, no heading at all.
def test_mkdocs_meta_title_without_a_heading() -> None:
    text = (
        '---\ntitle: "ADR-0001: Use MkDocs Material for Docs"\nstatus: "accepted"\n'
        'date: "2025-10-27"\n---\n\n## Context\nNeed fast docs.\n'
    )
    d = decision(text, "docs/architecture/decisions/0001-use-mkdocs-material.md")
    assert (d.title, d.number, d.status, d.date) == (
        "Use MkDocs Material for Docs",
        1,
        Status.ACCEPTED,
        dt.date(2025, 10, 27),
    )


# straw-hat-team/adr adrs/1146361044/README.md (VitePress, a folder per record): "State"
# for the status ("Approved" is accepted), "Created" for the date, tags in a bullet. The
# folder's ten digits are an identifier, not a place in a sequence: no number is read.
def test_vitepress_folder_record_with_state_and_created() -> None:
    text = (
        "# Helper vs Util\n\n* **State:** Approved\n* **Created:** 2022-07-11\n"
        "* **Tags:** naming\n\n## Context\n\nThe debate.\n\n## Resolution\n\n* Use Helper.\n"
    )
    d = decision(text, "adrs/1146361044/README.md")
    assert (d.title, d.number, d.status, d.status_raw, d.date, d.tags) == (
        "Helper vs Util",
        None,
        Status.ACCEPTED,
        "Approved",
        dt.date(2022, 7, 11),
        ("naming",),
    )


# Morozzzko/architecture-model-template docs/decisions/0001-record-architecture-decisions.md:
# the adr-tools record that Structurizr's "!adrs docs/decisions" imports into workspace.dsl.
def test_structurizr_imported_adr_tools_record() -> None:
    text = (
        "# 1. Record architecture decisions\n\nDate: 2026-05-12\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nWe need to record decisions.\n"
    )
    d = decision(text, "docs/decisions/0001-record-architecture-decisions.md")
    assert (d.title, d.number, d.status, d.date) == (
        "Record architecture decisions",
        1,
        Status.ACCEPTED,
        dt.date(2026, 5, 12),
    )


# AIM-ENE/aim-ene.github.io docs/adr/ADR-0004-docusaurus-als-static-site-generator.md: a
# Docusaurus site's record with no front matter at all; Dutch prose, English sections.
def test_docusaurus_record_without_front_matter() -> None:
    text = (
        "# ADR-0004: Docusaurus als Static Site Generator\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nVoor de root-site.\n\n## Decision\n\nWe kiezen voor Docusaurus.\n"
    )
    d = decision(text, "docs/adr/ADR-0004-docusaurus-als-static-site-generator.md")
    assert (d.title, d.number, d.status) == (
        "Docusaurus als Static Site Generator",
        4,
        Status.ACCEPTED,
    )


# vshn/application-catalog-docs docs/modules/ROOT/pages/adr/working-with.adoc: a guide
# beside the records, titled for the practice, with no number, status or date.
def test_a_guide_page_about_working_with_adrs_is_not_a_decision() -> None:
    text = (
        "= Working with ADRs\n\nAs decided in xref:adr/0001-architecture-decision-records.adoc[],"
        " we use ADRs.\nThis page helps to work with ADRs.\n\nTODO\n\n== Related Links\n\n"
        "* https://adr.github.io/[Homepage of the ADR GitHub Organization^]\n"
    )
    assert parse(text, "docs/modules/ROOT/pages/adr/working-with.adoc").decision is None


def test_a_numbered_record_about_using_adrs_stays_a_decision() -> None:
    text = "# 1. Using ADRs\n\nDate: 2026-05-12\n\n## Status\n\nAccepted\n"
    assert decision(text, "docs/adr/0001-using-adrs.md").title == "Using ADRs"
