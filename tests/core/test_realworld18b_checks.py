"""Round 18b: a date read month first because of another file's says so, and names that file."""

from __future__ import annotations

import datetime as dt

from tests.conftest import RepoFactory
from tests.core.test_realworld16_discovery import GITBOOK, _gitbook

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# from osinfra-io/gitbook-docs: GitBook writes US dates in a one-line metadata table
# ("7/22/2023"), so "7/05/2023" beside it is 5 July (round 16's pages, reused).


def test_a_date_read_month_first_names_the_file_whose_date_set_the_order(
    make_repo: RepoFactory,
) -> None:
    files = {f"{GITBOOK}/adr-0002.md": _gitbook(2, "12/31/2024")}
    files[f"{GITBOOK}/adr-0003.md"] = _gitbook(3, "03/04/2024")
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [d.date for d in catalog if d.number == 3] == [dt.date(2024, 3, 4)]
    notes = [(p.path, p.code, p.severity, p.message) for p in catalog.problems]
    assert notes == [
        (
            GITBOOK,  # one note for the log, however many of its dates were read so
            "date-order",
            "info",
            f"the date '03/04/2024' of {GITBOOK}/adr-0003.md is read month first (2024-03-04), "
            f"as {GITBOOK}/adr-0002.md writes '12/31/2024', which can only be month first",
        )
    ]


def test_many_dates_read_month_first_make_one_note_that_counts_them(
    make_repo: RepoFactory,
) -> None:
    files = {f"{GITBOOK}/adr-0002.md": _gitbook(2, "12/31/2024")}
    for n, date in ((3, "03/04/2024"), (4, "05/06/2024"), (5, "07/08/2024")):
        files[f"{GITBOOK}/adr-000{n}.md"] = _gitbook(n, date)
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [d.date for d in catalog if d.number == 5] == [dt.date(2024, 7, 8)]
    [note] = [p.message for p in catalog.problems if p.code == "date-order"]
    assert f"'03/04/2024' of {GITBOOK}/adr-0003.md and 2 more is read month first" in note


def test_a_log_whose_dates_are_all_month_first_has_nothing_to_explain(
    make_repo: RepoFactory,
) -> None:
    files = {
        f"{GITBOOK}/adr-000{n}.md": _gitbook(n, d) for n, d in ((2, "12/31/2024"), (3, "7/22/2023"))
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [p.code for p in catalog.problems] == []
