"""Round 12: what a second audit of real logs found misread (owncloud/ocis and others)."""

from __future__ import annotations

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
