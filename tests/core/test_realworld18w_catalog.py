"""Round 18 (whole logs): naming a record of a log named by dates."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.errors import NotFoundError
from adr_tui.core.settings import Settings


def _log4brains(title: str, status: str, date: str) -> str:
    fields = f"- Status: {status}\n- Date: {date}\n"
    return f"# {title}\n\n{fields}\n## Context and Problem Statement\n\nx.\n"


# from thomvaill/log4brains docs/adr/: records named by the day they were written, two of
# them on 2020-10-26 (one in the core package's own log).
LOG4BRAINS = {
    "docs/adr/20200926-use-the-adr-number-as-its-unique-id.md": _log4brains(
        "Use the ADR number as its unique ID",
        "superseded by [20201016-use-the-adr-slug-as-its-unique-id]"
        "(20201016-use-the-adr-slug-as-its-unique-id.md)",
        "2020-09-26",
    ),
    "docs/adr/20201016-use-the-adr-slug-as-its-unique-id.md": _log4brains(
        "Use the ADR slug as its unique ID", "accepted", "2020-10-16"
    ),
    "docs/adr/20201026-use-mdx-to-enhance-adr-markdown-body.md": _log4brains(
        "Use MDX to enhance ADR markdown body", "accepted", "2020-10-26"
    ),
    "docs/adr/20201103-use-lunr-for-search.md": _log4brains(
        "Use Lunr for search", "accepted", "2020-11-03"
    ),
    "docs/adr/index.md": "# Architecture knowledge base\n",
    "docs/adr/template.md": _log4brains("[short title]", "[draft | proposed]", "[YYYY-MM-DD]"),
}


def test_a_dated_record_is_found_by_its_day(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(LOG4BRAINS), Settings(use_cache=False))
    assert catalog.find("20200926").title == "Use the ADR number as its unique ID"
    with pytest.raises(NotFoundError, match="no ADR named '20200927'"):
        catalog.find("20200927")


def test_a_day_of_two_records_names_both(make_repo: RepoFactory) -> None:
    files = dict(LOG4BRAINS)
    files["docs/adr/20201026-the-core-api-enhances-the-markdown-body.md"] = _log4brains(
        "The core API is responsible for enhancing the ADR markdown body with MDX",
        "accepted",
        "2020-10-26",
    )
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    with pytest.raises(NotFoundError, match="ambiguous") as raised:
        catalog.find("20201026")
    assert "use-mdx" in str(raised.value) and "core-api" in str(raised.value)


def _versioned(ident: str, title: str) -> str:
    front = f"---\nid: {ident}\nstatus: Proposed\ndate: 2026-03-30\n---\n"
    return f"{front}\n# {title}\n\n## Intent\n\nx.\n"


# from tvproductions/gzkit docs/design/adr/: decisions numbered as versions, each in its folder.
GZKIT = {
    f"docs/design/adr/{tier}/{ident}/{ident}.md": _versioned(ident, title)
    for tier, ident, title in (
        ("foundation", "ADR-0.0.1-canonical-govzero-parity", "Canonical GovZero Parity"),
        ("foundation", "ADR-0.0.10-storage-tiers-simplicity-profile", "Storage Tiers"),
        ("adr-0.1.x", "ADR-0.1.0-enforced-governance-foundation", "Enforced Governance"),
    )
}


def test_a_record_numbered_as_a_version_is_found_by_its_version(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(GZKIT), Settings(use_cache=False))
    assert catalog.find("0.1.0").path.endswith("ADR-0.1.0-enforced-governance-foundation.md")
    assert catalog.find("0.0.1").path.endswith("ADR-0.0.1-canonical-govzero-parity.md")
    assert catalog.find("ADR-0.0.10").path.endswith(
        "ADR-0.0.10-storage-tiers-simplicity-profile.md"
    )
