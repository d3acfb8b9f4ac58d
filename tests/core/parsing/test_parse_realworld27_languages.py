"""Round 27: records written in other languages (trimmed excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision

# edugolo/coolbx-os docs/adr/0001-aparte-repo.md: Dutch, whose template offers
# "Voorgesteld | Aanvaard | Vervangen door ADR-XXXX | Verworpen"
COOLBX_0001 = (
    "# ADR-0001: Aparte repo, los van de Focus-monorepo\n\n"
    "- **Status:** Aanvaard\n"
    "- **Datum:** 2026-06-23\n"
    "- **Beslissers:** Johan, Claude\n\n"
    "## Context\n"
    "Coolbx OS en Coolbx Focus (pnpm/vite) delen geen toolchain.\n"
)


def test_dutch_aanvaard_is_accepted() -> None:
    d = decision(COOLBX_0001, "docs/adr/0001-aparte-repo.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Aanvaard")
    assert (d.date, d.deciders) == (dt.date(2026, 6, 23), ("Johan", "Claude"))
