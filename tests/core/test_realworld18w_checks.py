"""Round 18 (whole logs): what ``check`` says of a log caught halfway through a change."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _markdown(number: int, title: str) -> str:
    return f"# {number}. {title}\n\nDate: 2019-10-16\n\n## Status\n\nAccepted\n\n## Context\n\nx.\n"


def _rst(number: int, title: str) -> str:
    heading = f"{number}: {title}"
    return (
        f"{heading}\n{'=' * len(heading)}\n\nDate: 2019-10-16\n\nStatus\n------\n\nAccepted\n\n"
        "Context\n-------\n\nx.\n"
    )


# from dimagi/commcare-hq docs/decisions/: each record's reStructuredText was added beside its
# Markdown before the Markdown went; and two records that really share a number.
HALFWAY = {
    "docs/decisions/0003-remove-warehouse-database.md": _markdown(3, "Remove warehouse database"),
    "docs/decisions/0003-remove-warehouse-database.rst": _rst(3, "Remove warehouse database"),
    "docs/decisions/0004-use-celery-beat.md": _markdown(4, "Use celery beat"),
    "docs/decisions/0004-drop-couch-views.md": _markdown(4, "Drop couch views"),
    "docs/decisions/0005-one-more.md": _markdown(5, "One more"),
}


def test_one_record_in_two_markups_is_reported_as_one_record(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(HALFWAY), Settings(use_cache=False))
    found = [(p.path.rpartition("/")[2], p.code, p.message) for p in catalog.warnings]
    assert found == [
        (
            "0003-remove-warehouse-database.md",
            "same-record",
            "the same record is also written as 0003-remove-warehouse-database.rst: keep one",
        ),
        (
            "0003-remove-warehouse-database.rst",
            "same-record",
            "the same record is also written as 0003-remove-warehouse-database.md: keep one",
        ),
        (
            "0004-drop-couch-views.md",
            "duplicate-number",
            "number 4 is used by 2 files: docs/decisions/0004-drop-couch-views.md, "
            "docs/decisions/0004-use-celery-beat.md",
        ),
        (
            "0004-use-celery-beat.md",
            "duplicate-number",
            "number 4 is used by 2 files: docs/decisions/0004-drop-couch-views.md, "
            "docs/decisions/0004-use-celery-beat.md",
        ),
    ]
