"""Real-world fallback dates (QA pass): dated file names and changelog entries."""

from __future__ import annotations

import datetime as dt

import pytest

from adr_tui.core.parsing.dates import parse_date
from adr_tui.core.parsing.numbers import date_from_name

from .helpers import decision

BARE = "# Use queues\n\n## Status\n\nProposed\n"


@pytest.mark.parametrize(
    ("path", "date"),
    [
        ("docs/adr/2021-03-04_012-use-queues.md", dt.date(2021, 3, 4)),
        ("docs/adr/20200101-use-queues.md", dt.date(2020, 1, 1)),
        ("docs/adr/0012-use-queues.md", None),
        ("docs/proposals/202105-use-queues.md", None),
        ("docs/adr/2024-13-45-use-queues.md", None),
    ],
)
def test_date_from_name(path: str, date: dt.date | None) -> None:
    assert date_from_name(path) == date


def test_file_name_date_when_the_document_has_none() -> None:
    assert decision(BARE, "docs/adr/2021-03-04_012-use-queues.md").date == dt.date(2021, 3, 4)


def test_stated_date_beats_the_file_name() -> None:
    text = "# Use queues\n\nDate: 2021-05-06\n\n## Status\n\nProposed\n"
    d = decision(text, "docs/adr/2021-03-04_012-use-queues.md")
    assert d.date == dt.date(2021, 5, 6)


def test_first_dated_changelog_entry_is_the_last_resort() -> None:
    text = (
        "# ADR 7: Use queues\n\n## Changelog\n\n- Notes on scope\n- 2020 Feb 03: Initial draft\n"
        "- 2020 Mar 09: Accepted\n\n## Status\n\nProposed\n"
    )
    assert decision(text, "docs/adr/adr-007-use-queues.md").date == dt.date(2020, 2, 3)


def test_changelog_with_linked_state_and_iso_date() -> None:
    text = "# Use queues\n\n## Change Log\n\n- [proposed](https://example.org/pr/1) (2022-09-13)\n"
    assert decision(text, "docs/adr/use-queues.md").date == dt.date(2022, 9, 13)


def test_changelog_inside_a_comment_is_ignored() -> None:
    text = "# Use queues\n\n## Change Log\n<!--\n- [accepted](x) (2022-04-01)\n-->\n"
    assert decision(text, "docs/adr/use-queues.md").date is None


def test_year_first_month_name() -> None:
    assert parse_date("2019 Sep 04: Initial draft") == dt.date(2019, 9, 4)
    assert parse_date("2019 in 12 steps") is None


@pytest.mark.parametrize(
    "text",
    [
        "# 1. Registrar decisões\n\nData: 2022-02-19\n\n## Contexto\n\nx\n",
        "# ADR 0003 — Keycloak\n\n- **Status:** Aceito\n- **Data:** 2022-02-19\n",
        "# 1. Adopción\n\n* **Estado:** Aceptado\n* **Fecha:** 2022-02-19\n",
        "# ADR: Dev-Echo\n\nDatum: 2022-02-19\nStatus: Accepted\nOwner: Platform\n",
        "# ADR 0004: Schema\n\n## Status\n\nAngenommen\n\n## Datum\n\n2022-02-19\n",
    ],
)
def test_date_keys_in_other_languages(text: str) -> None:
    assert decision(text).date == dt.date(2022, 2, 19)


def test_an_english_data_line_is_not_a_date() -> None:
    d = decision("# Use queues\n\n- Status: Accepted\n- Data: customer orders\n")
    assert d.date is None
    assert not any("date" in w for w in d.warnings)


# A date alone on its own line under the title, with no "Date:" key (DFE-style adr-tools
# copies, "ADR 5: …" logs written by hand).
@pytest.mark.parametrize("line", ["27 July 2022", "July 27, 2022", "*2022-07-27*"])
def test_a_date_alone_under_the_title_dates_the_record(line: str) -> None:
    text = f"# Create an auth server\n\n{line}\n\n## Status\n\nAccepted\n"
    assert decision(text).date == dt.date(2022, 7, 27)


def test_prose_that_mentions_a_date_is_not_the_date() -> None:
    text = "# Create an auth server\n\nWe met on 27 July 2022 to decide.\n\n## Status\n\nAccepted\n"
    assert decision(text).date is None


def test_a_timestamp_prefix_dates_the_record() -> None:
    assert date_from_name("docs/decisions/20240516132303-use-madr.md") == dt.date(2024, 5, 16)
    assert date_from_name("docs/decisions/20240516992303-use-madr.md") is None  # hour 99
