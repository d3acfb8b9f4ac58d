"""Round 26 (whole logs): a log named by month and day numbers no record."""

from __future__ import annotations

from tests.conftest import RepoFactory
from tests.core.test_realworld21w_checks import PILLS

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


# from georgevs/pills ADR/ (round 21's copy): "9-30-model.md" was ADR 9 and the three
# November records three ADR 11s; "show 11" named three files.
def test_records_named_by_month_and_day_have_no_number(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(PILLS), Settings(use_cache=False))
    assert [(d.number, d.label) for d in catalog.decisions] == [
        (None, "11-8-backend-config"),
        (None, "11-8-development-environment"),
        (None, "9-30-model"),
        (None, "11-9-sql-builder"),
    ]
    assert catalog.find("9-30-model").title == "Model"
    assert not catalog.matches("11")
