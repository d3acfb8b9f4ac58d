"""Real-world shapes, round 3: dates alone in inline code, changelogs newest-first.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision


# trivedisorabh/ferris docs/adr/010-atomic-design.md: the date in inline code, alone under
# the title, and the status in inline code with an emoji.
def test_date_in_inline_code_alone_under_the_title() -> None:
    text = "# Atomic Design\n\n`2021-07-09`\n\n## Status\n\n`✅ Accepted`\n\n## Context\n\nx\n"
    d = decision(text, "docs/adr/010-atomic-design.md")
    assert (d.date, d.status) == (dt.date(2021, 7, 9), Status.ACCEPTED)


# cosmos/gaia adr-001-interchain-accounts.md: a changelog written newest-edit-first; the
# record dates from its earliest entry ("init").
def test_changelog_date_is_its_earliest_entry() -> None:
    text = (
        "# ADR 001: Interchain Accounts\n\n## Changelog\n\n- 2022-02-04: added content\n"
        "- 2022-01-19: init\n- 2023-06-28: mark as rejected\n\n"
        "## Status\n\nREJECTED Not Implemented\n"
    )
    d = decision(text, "docs/adr/adr-001-interchain-accounts.md")
    assert (d.date, d.status) == (dt.date(2022, 1, 19), Status.REJECTED)
