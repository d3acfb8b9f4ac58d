"""Text inside fenced code blocks (and HTML comments) is never metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.sections import find_sections

from .helpers import decision


@pytest.mark.parametrize("fence", ["```", "~~~", "````", "```yaml"])
def test_metadata_inside_fences_is_ignored(fence: str) -> None:
    close = fence.rstrip("yaml")
    text = (
        f"{fence}\n# 9. Fake title\n\n* Status: rejected\n| Status | Rejected |\n"
        f"Date: 1999-01-01\n{close}\n\n# 2. Real\n\n* Date: 2024-01-20\n\n## Status\n\n"
        f"{fence}\nDeprecated\n{close}\n\nAccepted\n"
    )
    d = decision(text, "adr/real.md")
    assert (d.number, d.title) == (2, "Real")
    assert d.status is Status.ACCEPTED
    assert d.date == dt.date(2024, 1, 20)
    assert [s.title for s in d.sections] == ["2. Real", "Status"]


def test_a_shorter_or_different_fence_does_not_close() -> None:
    text = "# T\n\n````\n```\n* Status: rejected\n~~~\n````\n\n* Status: accepted\n"
    assert decision(text).status is Status.ACCEPTED


def test_unclosed_fence_hides_the_rest() -> None:
    d = decision("# T\n\n```\n* Status: accepted\n## Not a heading\n")
    assert d.status is Status.UNKNOWN
    assert [s.title for s in d.sections] == ["T"]


def test_html_comments_are_not_metadata() -> None:
    text = "# T\n\n<!-- * Status: rejected -->\n<!--\n* Date: 1999-01-01\n-->\n* Status: accepted\n"
    d = decision(text)
    assert d.status is Status.ACCEPTED and d.date is None


def test_relations_in_fences_are_ignored() -> None:
    text = "# T\n\n## Links\n\n```\n- Supersedes [1. A](0001-a.md)\n```\n- Amends ADR-3\n"
    d = decision(text)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("amends", 3)]


def test_inline_comments_are_cut_from_values_and_headings() -> None:
    text = (
        "# Use slugs\n\n- Status: accepted <!-- optional -->\n- Date: 2020-10-16 <!-- x\n"
        "still a comment: Status: rejected\n-->\n\n## Links <!-- optional -->\n\n"
        "- Supersedes [old](20200926-old.md)\n"
    )
    d = decision(text, "docs/adr/20201016-use-slugs.md")
    assert d.status_raw == "accepted" and d.date == dt.date(2020, 10, 16)
    assert [s.title for s in d.sections] == ["Use slugs", "Links"]
    assert [(r.kind.value, r.ref.target) for r in d.relations] == [
        ("supersedes", "20200926-old.md")
    ]


def test_find_sections_counts_lines_like_the_scanner() -> None:
    body = "\n# A\n\ntext\n  ## B ##\n```\n# no\n```\n#\n####### seven\n#hashtag\n"
    assert [(s.title, s.level, s.line) for s in find_sections(body)] == [
        ("A", 1, 1),
        ("B", 2, 4),
        ("", 1, 8),
    ]
    assert [(s.title, s.line) for s in decision(body).sections] == [
        ("A", 1),
        ("B", 4),
        ("", 8),
    ]
