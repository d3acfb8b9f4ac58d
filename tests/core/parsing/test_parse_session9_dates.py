"""Session 9's real-log rounds: dates written in an order of their own."""

from __future__ import annotations

import datetime as dt

from tests.core.parsing.helpers import decision

# from Sylius/Sylius adr/2024_08_29_message_buses_unification.md
SYLIUS = (
    "# Unification of base message buses in sylius\n\n"
    "* Status: accepted\n* Date: 2024-29-08\n\n"
    "## Context and Problem Statement\n\nDue to historical reasons, we had duplications.\n"
)


def test_a_year_first_date_with_the_day_before_the_month_reads_as_the_only_day_it_can_be() -> None:
    d = decision(SYLIUS, "adr/2024_08_29_message_buses_unification.md")
    assert d.date == dt.date(2024, 8, 29)
    assert d.warnings == ()


def test_a_year_first_date_that_fits_no_order_stays_unreadable() -> None:
    d = decision(SYLIUS.replace("2024-29-08", "2024-29-31"), "adr/x.md")
    assert d.date is None
    assert any("unreadable date" in w for w in d.warnings)
