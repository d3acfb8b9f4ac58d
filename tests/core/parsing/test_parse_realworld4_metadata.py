"""Real-world shapes, round 4: metadata misread in repositories not seen before.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status
from adr_tui.core.parsing.numbers import date_from_name, number_from_name
from adr_tui.core.parsing.people import is_people_placeholder

from .helpers import decision


# Ensembl/decisions doc/adr/0012-integration-tests.md: front matter written "tag:Web Client",
# with no space after the colon (YAML reads one string, a reader reads a key and its value).
def test_front_matter_key_without_a_space_after_the_colon() -> None:
    text = (
        "---\ntag:Web Client\n---\n\n# 12. Integration Tests\n\nDate: 2018-10-22\n\n"
        "## Status\n\nDeprecated\n"
    )
    d = decision(text, "doc/adr/0012-integration-tests.md")
    assert d.tags == ("web client",)
    assert d.status is Status.DEPRECATED
    assert not d.warnings


def test_a_url_alone_in_front_matter_is_still_not_a_mapping() -> None:
    d = decision("---\nhttps://example.org/x\n---\n\n# Use X\n", "doc/adr/0001-use-x.md")
    assert d.extra == ()
    assert d.warnings == ("front matter is not a key/value mapping; ignored",)


# ansforge/ans-architecture-adr docs/decisions/0002-licence-des-projets-github.md and
# 0003-CMS-Esantegouvfr-portail-industriel.md: Just-the-Docs front matter whose title is the
# file's name ("0002-Licence des projets Github"); the heading is the record's title.
def test_front_matter_title_that_is_the_file_name_gives_way_to_the_heading() -> None:
    text = (
        "---\nparent: Decisions\nnav_order: 0002\ntitle: 0002-Licence des projets Github\n---\n\n"
        "# Licence des projets Github\n\n* statut : proposé\n* date : 2025-05-27\n"
    )
    d = decision(text, "docs/decisions/0002-licence-des-projets-github.md")
    assert (d.number, d.title, d.status) == (2, "Licence des projets Github", Status.PROPOSED)


def test_front_matter_slug_title_gives_way_to_the_heading() -> None:
    text = (
        "---\ntitle: 0003-Convergence-des-CMS-publics-esante-et-Portail-Industriel\n---\n\n"
        "# Convergence des CMS publics esanté.gouv.fr et Portail Industriel\n"
    )
    d = decision(text, "docs/decisions/0003-CMS-Esantegouvfr-portail-industriel.md")
    assert d.title == "Convergence des CMS publics esanté.gouv.fr et Portail Industriel"


def test_front_matter_title_with_its_number_alone_keeps_its_words() -> None:
    d = decision("---\ntitle: 0007-Use Kafka\n---\n\nSome text.\n", "docs/decisions/0007-kafka.md")
    assert (d.number, d.title) == (7, "Use Kafka")


def test_front_matter_title_of_words_still_wins_over_the_heading() -> None:
    text = "---\ntitle: 'ADR013: Proper use of HTTP fetching libraries'\n---\n\n# Fetching\n"
    d = decision(text, "docs/architecture-decisions/adr013-use-node-fetch.md")
    assert (d.number, d.title) == (13, "Proper use of HTTP fetching libraries")


# tournesol-app/tournesol docs/architecture-decision-log/monorepo-vs-multirepo/
# 2021_09_21_choose_architecture.md: a file named by its date, written with underscores.
def test_date_prefix_with_underscores_is_a_date_not_a_number() -> None:
    path = "docs/architecture-decision-log/x/2021_09_21_choose_architecture.md"
    assert number_from_name(path) is None
    assert date_from_name(path) == dt.date(2021, 9, 21)
    assert number_from_name("docs/adr/2021_09_21_024_use-x.md") == 24


# tournesol-app/tournesol (same file): a bullet field wrapped over indented lines, with the
# names written as reference-style links ("[@lfaucon][gh-lfaucon]").
def test_bullet_field_wrapped_over_lines_with_reference_links() -> None:
    text = (
        "# Mono vs. multiple Git repositories\n\n* Status: **accepted** \n"
        "* Deciders: [@amatissart][gh-amatissart],\n"
        "  [@GresilleSiffle][gh-gresillesiffle], [@lfaucon][gh-lfaucon],\n"
        "  [@sandre35][gh-sandre35]\n* Date: 2021-09-28\n\n## Summary\n\nText.\n\n"
        "[gh-amatissart]: https://github.com/amatissart\n"
    )
    d = decision(text, "docs/adl/x/2021_09_21_choose_architecture.md")
    assert d.deciders == ("@amatissart", "@GresilleSiffle", "@lfaucon", "@sandre35")
    assert (d.number, d.status, d.date) == (None, Status.ACCEPTED, dt.date(2021, 9, 28))


def test_a_line_after_a_finished_field_is_not_its_continuation() -> None:
    text = "# Use X\n\n* Deciders: Alice, Bob\n  Some remark about them\n* Date: 2021-09-28\n"
    assert decision(text).deciders == ("Alice", "Bob")


# GSA-TTS/FAC docs/architecture/decisions/0013-submission-statuses.md: "Introduced: 2022-05-16."
def test_introduced_dates_the_record() -> None:
    text = (
        "# 13. Proposed user-visible submission statuses\n\nIntroduced: 2022-05-16.\n\n"
        "## Status\n\nAccepted.\n"
    )
    d = decision(text, "docs/architecture/decisions/0013-submission-statuses.md")
    assert (d.date, d.status) == (dt.date(2022, 5, 16), Status.ACCEPTED)


# cloudoperators/documentation architecture-decision-records/013-greenhouse-plugin-lifecycle.md:
# a draft copied from the MADR template, its heading the file name and its deciders filled in
# inside the template's brackets; the date is still the template's.
def test_draft_with_names_in_the_templates_brackets_is_a_record() -> None:
    text = (
        "# 013-greenhouse-plugin-lifecycle\n\n"
        "- Status: [draft] <!-- optional -->\n"
        "- Deciders: [Arno, Ivo, Uwe, David] <!-- optional -->\n"
        "- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->\n"
        "- Tags: [greenhouse / cloudoperators] <!-- optional -->\n\n"
        "## Context and Problem Statement\n\nGreenhouse uses Plugins.\n"
    )
    d = decision(text, "architecture-decision-records/013-greenhouse-plugin-lifecycle.md")
    assert (d.number, d.title, d.status) == (13, "Greenhouse plugin lifecycle", Status.DRAFT)
    assert d.deciders == ("Arno", "Ivo", "Uwe", "David")
    assert d.tags == ("greenhouse", "cloudoperators")
    assert d.date is None


def test_bracketed_guidance_for_deciders_is_still_a_placeholder() -> None:
    assert is_people_placeholder("[list everyone involved in the decision]")
    assert is_people_placeholder("[Names/Roles of people involved]")
    assert not is_people_placeholder("[Arno, Ivo, Uwe, David]")
    assert not is_people_placeholder("[Ann Lee, Bo de Vries]")
