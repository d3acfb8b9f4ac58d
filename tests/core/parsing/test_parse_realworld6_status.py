"""Statuses as a reader reads them, round 6 (minimal excerpts; each test names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, parse

# CMS-Enterprise/easi-app docs/adr/0004-using-typescript.md: the status chosen, and the
# template's comma-separated choices left behind it in brackets.
EASI_0004 = (
    "# Using Typescript\n\n"
    "- Status: Proposed [Proposed, Accepted, Rejected, Deprecated, Superseded, etc.]\n"
    "- Deciders: Mikena, Eady, Chris\n"
    "- Date: 2019-10-17\n\n"
    "Traditionally, Javascript has been the preferred language.\n"
)


def test_a_status_before_comma_choices_is_a_filled_record_not_a_template() -> None:
    d = decision(EASI_0004, "docs/adr/0004-using-typescript.md")
    assert (d.status, d.status_raw) == (Status.PROPOSED, "Proposed")
    assert (d.title, d.date) == ("Using Typescript", dt.date(2019, 10, 17))


def test_the_comma_choices_alone_still_make_a_template() -> None:
    text = EASI_0004.replace("Status: Proposed [", "Status: [").replace(
        "# Using Typescript", "# [short title of solved problem]"
    )
    assert parse(text, "docs/adr/0004-using-typescript.md").is_template
