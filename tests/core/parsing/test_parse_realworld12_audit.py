"""Round 12: what a second audit of real logs found misread (owncloud/ocis and others)."""

from __future__ import annotations

import pytest

from .helpers import decision

OCIS_LINKS = (
    '---\ntitle: "17. Allow read only external User Management"\n---\n\n'
    "* Status: proposed\n* Date: 2022-02-08\n\n## Links <!-- optional -->\n\n"
    "* [Link type] [Link to ADR] <!-- example: Refined by [ADR-0005](0005-example.md) -->\n"
    "* … <!-- numbers of links can vary -->\n"
)


def test_a_link_inside_an_html_comment_is_a_templates_example_not_a_relation() -> None:
    d = decision(OCIS_LINKS, "docs/ocis/adr/0017-allow-read-only-external-user-management.md")
    assert d.relations == ()


def test_a_link_after_a_closed_comment_still_counts() -> None:
    text = OCIS_LINKS + "\nSee also [ADR-0003](0003-x.md) <!-- kept -->.\n"
    d = decision(text, "docs/ocis/adr/0017-allow-read-only-external-user-management.md")
    assert [r.ref.number for r in d.relations] == [3]


def test_a_comment_never_closed_hides_every_link_after_it() -> None:
    text = "# 1. A\n\n## Links\n\n<!-- unfinished\n* [ADR-0004](0004-y.md)\n"
    assert decision(text, "docs/adr/0001-a.md").relations == ()


def kinds(text: str, path: str = "docs/adr/0067-hosted-inference.md") -> list[tuple[str, int]]:
    d = decision(text, path)
    return [(r.kind.value, r.ref.number or 0) for r in d.relations]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (  # every supersession here is of parts: they amend
            "Accepted (supersedes ADR-0057 decision 1 and the local-only parts of ADR-0057 and"
            " ADR-0066; amends ADR-0054)",
            [("amends", 57), ("amends", 66), ("amends", 54)],
        ),
        ("Accepted; supersedes [0002-scope](0002-scope.md) for product scope", [("amends", 2)]),
        (
            "Accepted, 2026-09-05; the platform store superseded by [0013](0013-x.md)",
            [("amended-by", 13)],
        ),
        ("Superseded by [ADR 0009](0009-x.md)", [("superseded-by", 9)]),  # whole
        ("Accepted; supersedes ADR-0003", [("supersedes", 3)]),
    ],
)
def test_a_supersession_of_part_of_a_record_amends_it(
    status: str, expected: list[tuple[str, int]]
) -> None:
    text = f"# ADR-0067 — Hosted inference\n\n**Status:** {status}\n**Date:** 2026-10-05\n"
    assert sorted(kinds(text)) == sorted(expected)


def test_spanish_responsables_are_the_deciders() -> None:
    text = "# 3. Usar Postgres\n\n* Estado: Aceptado\n* Responsables: Jon Arriazu, Diogo Da Cunha\n"
    d = decision(text, "docs/adr/0003-usar-postgres.md")
    assert d.deciders == ("Jon Arriazu", "Diogo Da Cunha")


def test_a_relates_key_in_front_matter_relates() -> None:
    text = "---\nstatus: accepted\nrelates: [0026]\n---\n# Use a config file\n"
    assert kinds(text, "docs/adr/0027-use-a-config-file.md") == [("relates-to", 26)]


def test_a_hugo_page_time_yields_to_the_records_own_date() -> None:
    # owncloud/ocis docs/ocis/adr/0013-locking.md: Hugo's page date, then MADR's bullet.
    page = '---\ntitle: "13. Locking"\ndate: 2021-08-17T12:56:53+01:00\n---\n\n'
    text = page + "* Status: accepted\n* Date: 2021-10-28\n\n## Context\n\nx\n"
    assert str(decision(text, "docs/ocis/adr/0013-locking.md").date) == "2021-10-28"
    alone = "---\ndate: 2021-08-17\n---\n# 13. Locking\n\n* Status: accepted\n* Date: 2021-10-28\n"
    assert str(decision(alone, "docs/adr/0013-locking.md").date) == "2021-08-17"  # a day: its own
