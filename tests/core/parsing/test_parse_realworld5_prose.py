"""Records linked from prose become `related`, round 5 (minimal excerpts; sources named).

Evidence read before deciding (prose that names another record of the same log): xtdb/xtdb
doc/adr/0007 (link:0002-data-model.adoc, link:0006-temporal-data.adoc), openedx/openedx-learning
docs/decisions/0018 ("build on top of" `0017-generalized-containers.rst`_), emustudio/emuStudio
docs/adr/0011 ("see ADR-0006", no link), and ten ADRs the public index found by their text
without naming the repository ("This builds on [ADR-0007](0007-…)", "[ADR 024](024-…)",
"[ADR 0003](0003-…)/[ADR 0009](0009-…)", "As described in [ADR-01](adr-01-…)", "[ADR 053]
(./adr-053-…)", "[ADR-022](./022-…)", "(see [ADR-0003](/doc/adr/0003-use-react.md))",
"[ADR-6](/architecture/adr/check-entity-consistency)", "As described in [ADR 0011](0011-…)",
"This builds on [ADR-0016](0016-…), [ADR-0019](0019-…)"). Every one relates the two records;
none says which way a supersession goes. Links that name no record of the log: GitHub issues
and other repositories (openedx/edx-platform 0020, openedx/openedx-learning 0021, wfouche/
jbang-adrs 0002), templates and plans (Rockncoder/randoeats 0001, 0003), "../rfcs/0015-x.md"
and "../08-planning/foundational-dag.md" (index excerpts). A bare "ADR-0006" is not read: it
costs a second pass over all prose, and eleven of the thirteen mentions above are links.
"""

from __future__ import annotations

from adr_tui.core.model import Status

from .helpers import decision, numbers


# emustudio/emuStudio docs/adr/0011-plugin-metadata-in-emulib-base-classes.adoc: a bare
# mention, without a link, is not read (see the module's docstring).
def test_a_bare_mention_is_not_read() -> None:
    text = (
        "# ADR-0011: Plugin Version/Copyright Metadata in emuLib Base Classes\n\n"
        "## Status\nAccepted\n\n## Decision\n"
        "Loading with the plugin class's classloader is required so the bundle resolves under\n"
        "emuStudio's isolated plugin classloaders (see ADR-0006). Plugins remain free to\n"
        "override the methods.\n"
    )
    d = decision(text, "docs/adr/0011-plugin-metadata-in-emulib-base-classes.adoc")
    assert (d.status, d.relations) == (Status.ACCEPTED, ())


# xtdb/xtdb doc/adr/0007-sql-queries.adoc
def test_asciidoc_links_in_prose_relate() -> None:
    text = (
        "# 7. SQL queries\n\nDate: 2021-09-09\n\n## Status\n\nProposed\n\n## Consequences\n\n"
        "All processing needs to map down to the internal\nlink:0002-data-model.adoc[data model]"
        " and\nlink:0006-temporal-data.adoc[temporal data] support.\n"
    )
    d = decision(text, "doc/adr/0007-sql-queries.adoc")
    assert numbers(d, "relates-to") == [2, 6]
    assert [r.ref.target for r in d.relations] == [
        "0002-data-model.adoc",
        "0006-temporal-data.adoc",
    ]


# openedx/openedx-learning docs/decisions/0018-units-as-containers.rst
def test_rst_reference_to_a_record_file_relates() -> None:
    text = (
        "18. Modeling Units as a Concrete Implementation of the Container Capability\n"
        "===========================================================================\n\n"
        "Context\n-------\n\nThe container capability is a generalized capability.\n\n"
        "Decisions\n---------\n\n"
        "All decisions from `0017-generalized-containers.rst`_ are still valid so that this\n"
        "decisions will build on top of them.\n\n"
        ".. _`0017-generalized-containers.rst`: 0017-generalized-containers.rst\n"
    )
    d = decision(text, "docs/decisions/0018-units-as-containers.rst")
    assert numbers(d, "relates-to") == [17]


# Found by its text through the public index (repository not named): "This builds on
# [ADR-0007](0007-active-permission-request.md) … (reaffirming ADR-0006)".
def test_builds_on_a_linked_record() -> None:
    text = (
        "# 12. Keep Core Audio Process Taps\n\n## Status\n\nAccepted\n\n## Context\n\n"
        "This builds on [ADR-0007](0007-active-permission-request.md) (active permission\n"
        "requests) because one of the root causes was a TCC service.\n\n## Decision\n\n"
        "**Keep Core Audio Process Taps** (reaffirming ADR-0006).\n"
    )
    d = decision(text, "docs/adr/0012-keep-core-audio-process-taps.md")
    assert numbers(d, "relates-to") == [7]
    assert numbers(d, "supersedes") == numbers(d, "superseded-by") == []


def test_a_supersession_verb_in_prose_still_only_relates() -> None:
    text = (
        "# 9. Flat model\n\n## Status\n\nAccepted\n\n## Context\n\n"
        "[ADR-4](0004-four.md) was superseded by [ADR-7](0007-seven.md) last year.\n"
    )
    d = decision(text, "adr/0009-flat-model.md")
    assert numbers(d, "relates-to") == [4, 7]
    assert numbers(d, "superseded-by") == numbers(d, "supersedes") == []


def test_a_stated_link_keeps_its_kind() -> None:
    text = (
        "# 3. Old\n\n## Status\n\nSuperseded by [ADR-5](0005-five.md)\n\n## Context\n\n"
        "See [ADR-5](0005-five.md) and ADR-5 for what replaced it.\n"
    )
    d = decision(text, "docs/adr/0003-old.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 5)]


def test_the_record_itself_code_comments_and_headings_are_no_mention() -> None:
    text = (
        "# ADR 1: Application Versioning\n\n## Status\n\nAccepted\n\n## Context\n\n"
        "[ADR-0002](0002-application-versioning.md) is this record's own file.\n\n"
        "```\nsee [ADR-8](0008-eight.md)\n```\n\n"
        "<!-- [ADR-9](0009-nine.md) is an example -->\n\n"
        "## Compared with [ADR-3](0003-three.md)\n\nNothing else.\n"
    )
    assert decision(text, "doc/adr/0002-application-versioning.md").relations == ()


def test_metadata_lines_are_read_as_metadata_only() -> None:
    # A template's options name no record, as before (hyperledger/identus-cloud-agent).
    text = (
        "# Quill library\n\n- Status: draft [ accepted | superseded by [ADR-3](0003-x.md)]\n\n"
        "## Context\n\nText.\n"
    )
    assert decision(text, "docs/decisions/0004-quill.md").relations == ()


# openedx/edx-platform docs/decisions/0020-upstream-downstream.rst, openedx/openedx-learning
# docs/decisions/0021-openedx-core.rst, wfouche/jbang-adrs doc/adr/0002, Rockncoder/randoeats
# docs/adr/0001 and 0003, and index excerpts ("../rfcs/0015-…", "../08-planning/…").
def test_links_to_other_kinds_of_documents_are_no_relation() -> None:
    text = (
        "# 20. Upstream and downstream\n\n## Status\n\nAccepted\n\n## Context\n\n"
        "A `very complicated XBlock concept`_ and [the schema](https://github.com/openedx/"
        "edx-platform/blob/master/xmodule/docs/decisions/0003-library-content-block-schema.rst).\n"
        "As detailed in https://github.com/openedx/openedx-core/issues/470 and [#12](#12).\n"
        "See [GitHub Issue #59](https://github.com/o/r/issues/59), [README](README.md),\n"
        "[the template](template.md), [ADR template](adr-template.md), the\n"
        "[foundational DAG](../08-planning/foundational-dag.md), [RFC 0015](../rfcs/0015-swe.md),\n"
        "[glossary](glossary.md), `docs/BACKLOG.adoc` and status `Superseded by ADR-NNNN`.\n\n"
        ".. _very complicated XBlock concept: https://github.com/openedx/edx-platform/blob/"
        "master/xmodule/docs/decisions/0003-library-content-block-schema.rst\n"
    )
    assert decision(text, "docs/decisions/0020-upstream-downstream.md").relations == ()


def test_a_record_in_another_folder_named_as_a_record() -> None:
    # "(see [ADR-0003](/doc/adr/0003-use-react.md))", "[ADR-6](/architecture/adr/check-…)"
    text = (
        "# 4. Use TypeScript\n\n## Status\n\nAccepted\n\n## Decision\n\n"
        "We will use a template for React (see [ADR-0003](/doc/adr/0003-use-react.md)).\n"
        "Users become known as described in [ADR-6](/architecture/adr/check-entity-consistency).\n"
    )
    d = decision(text, "doc/adr/0004-use-typescript.md")
    assert numbers(d, "relates-to") == [3, 6]
