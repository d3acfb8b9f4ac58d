"""Findings of the session-6 review: references that an earlier rule dropped."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.parsing.relations import references
from adr_tui.core.parsing.statuses import read_status
from adr_tui.core.settings import Settings

from .helpers import decision, numbers

NYGARD = "# 5. Use a queue\n\n## Status\n\n{status}\n\n## Context\n\nWhy.\n"


@pytest.mark.parametrize(
    ("status", "kind", "expected"),
    [
        ("Superseded by #4 (see rationale.md)", "superseded-by", [4]),
        ("Accepted\n\nSupersedes #3, README.md has the background", "supersedes", [3]),
    ],
)
def test_a_file_name_beside_hash_n_does_not_make_it_an_issue(
    status: str, kind: str, expected: list[int]
) -> None:
    # 1578829 dropped '#N' beside any token starting with a or r, file names included
    d = decision(NYGARD.format(status=status), "doc/adr/0005-use-a-queue.md")
    assert [n for n in numbers(d, kind) if n is not None] == expected  # the file: no record


def test_hash_n_beside_records_named_as_records_is_still_an_issue() -> None:
    # Guffawaffle/majel: "Related: ADR-025, ADR-028, #93"
    assert [r.number for r in references("ADR-025, ADR-028, #93")] == [25, 28]


def test_prose_between_two_rules_under_the_front_matter_stays_in_the_body() -> None:
    # review of 60fc83d: read as a second front-matter block, the note vanished
    text = (
        "---\nstatus: accepted\ndate: 2024-03-01\n---\n\n---\n"
        "Note: this record replaces the old queue decision.\n---\n\n# Use a queue\n\nWhy.\n"
    )
    d = decision(text, "docs/adr/0005-use-a-queue.md")
    assert "this record replaces the old queue decision" in d.body
    assert d.status.value == "accepted" and d.title == "Use a queue"


def test_a_lettered_record_keeps_its_letter_wherever_its_number_shows() -> None:
    # review S5: 'ADR-026a' beside 'ADR-026' read 'ADR-0026' and '0026' in every list
    text = "# ADR-026a — Safe mutation\n\nWhy.\n"
    lettered = decision(text, "docs/adr/ADR-026a-safe-mutation.md")
    plain = decision("# ADR-026 — Mutation\n\nWhy.\n", "docs/adr/ADR-026-mutation.md")
    assert (lettered.number, lettered.number_text, lettered.label) == (26, "0026a", "ADR-0026a")
    assert (plain.number_text, plain.label) == ("0026", "ADR-0026")
    dated = decision("# Use a queue\n\nWhy.\n", "docs/adr/20240301-use-a-queue.md")
    assert (dated.number, dated.number_text) == (None, "")


@pytest.mark.parametrize(
    ("written", "status", "placeholder"),
    [
        ("[change when approved]", "unknown", True),  # cisagov: the template's instruction
        ("[Accepted]", "accepted", False),
        ("[Status: Accepted]", "accepted", False),  # second review: unknown, 'a placeholder'
        ("[Now superseded by 7]", "superseded", False),
        ("[Fully accepted]", "accepted", False),
    ],
)
def test_bracketed_statuses_are_placeholders_only_when_they_instruct(
    written: str, status: str, placeholder: bool
) -> None:
    reading = read_status(written)
    assert (reading.status.value, reading.placeholder) == (status, placeholder)


def test_a_lettered_record_is_found_by_the_number_it_shows(make_repo: RepoFactory) -> None:
    # second review: 'ADR-0026a' was shown, yet 'show ADR-0026a', '0026a' and '26a' found nothing
    files = {
        "docs/adr/ADR-026-mutation.md": "# ADR-026 — Mutation\n\n## Status\n\nAccepted\n",
        "docs/adr/ADR-026a-safe-mutation.md": "# ADR-026a — Safe\n\n## Status\n\nAccepted\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    for name in ("ADR-0026a", "0026a", "26a", "26A"):
        assert catalog.find(name).path == "docs/adr/ADR-026a-safe-mutation.md", name
    assert catalog.find("26").path == "docs/adr/ADR-026-mutation.md"


def test_a_numbered_link_to_a_missing_html_page_is_a_broken_link(make_repo: RepoFactory) -> None:
    # second review of 3c345cf: 'Superseded by [ADR-0009](0009-gone.html)' was dropped silently
    files = {
        "docs/adr/0001-keep.md": (
            "# 1. Keep\n\n## Status\n\nSuperseded by [ADR-0009](0009-gone.html)\n\n"
            "See [the site's index](index.html).\n"
        ),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    broken = [p.message for p in catalog.problems if p.code == "broken-link"]
    assert len(broken) == 1 and "0009-gone.html" in broken[0]
