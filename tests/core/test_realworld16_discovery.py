"""Round 16: which files are records, and what a log as a whole says of them."""

from __future__ import annotations

import datetime as dt

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# from 1Money-Co/emerald docs/km/: one ADR beside the notes and pages of its topic, in no
# ADR folder; nothing else in the repository is a record.
EMERALD = {
    "docs/km/adr-0002-mainnet-validator-key-management.md": (
        "---\nadr: 0002\ntitle: Mainnet Validator Key Management\nstatus: Proposed\n"
        "date: 2026-04-20\nauthors: []\nsupersedes: []\nsuperseded_by: []\n---\n\n"
        "## Context\n\nEach Emerald validator node requires a secp256k1 private key.\n"
    ),
    "docs/km/2026-04-19-mainnet-key-management.md": "# Mainnet key management\n\nNotes.\n",
    "docs/km/key-management.md": "# Key management\n\nHow keys are handled.\n",
    "docs/superpowers/specs/2026-08-28-proposal-restream-design.md": "# Restream\n\nDraft.\n",
    "README.md": "# Emerald\n",
}


def test_a_file_named_as_an_adr_among_documents_is_the_record(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(EMERALD), Settings(use_cache=False))
    found = [(d.path, d.number, d.title) for d in catalog]
    assert found == [
        (
            "docs/km/adr-0002-mainnet-validator-key-management.md",
            2,
            "Mainnet Validator Key Management",
        )
    ]


def test_documents_without_a_name_saying_adr_are_no_log(make_repo: RepoFactory) -> None:
    files = {k: v for k, v in EMERALD.items() if "adr-0002" not in k}
    assert list(load_catalog(make_repo(files), Settings(use_cache=False))) == []


def test_a_folder_of_numbered_records_is_found_before_a_lone_named_file(
    make_repo: RepoFactory,
) -> None:
    files = dict(EMERALD)
    for n in (1, 2, 3):
        files[f"design/records/00{n}-choice-{n}.md"] = (
            f"# {n}. Choice {n}\n\n## Status\n\nAccepted\n"
        )
    paths = [d.path for d in load_catalog(make_repo(files), Settings(use_cache=False))]
    assert paths == [f"design/records/00{n}-choice-{n}.md" for n in (1, 2, 3)]


def _nygard(title: str) -> str:
    return f"# {title}\n## Status\nAccepted\n\nDate: 2023-10-20\n\n**Context:** x.\n"


# from francarbajal17/VUS-structurizr decisions/: the API's records in a folder of their own,
# numbered as the log beside them is.
VUS = {
    "decisions/0001-framework-frontend.md": _nygard("ADR 0001 - Elección del framework frontend"),
    "decisions/0002-framework-backend.md": _nygard("ADR 0002 - Elección del framework backend"),
    "decisions/0003-database.md": _nygard("ADR 0003 - Elección de la base de datos"),
    "decisions/api-adrs/0002-mongodb-mongoose.md": _nygard("ADR: Uso de MongoDB con Mongoose"),
}


def test_a_folder_named_for_records_inside_a_log_keeps_its_own(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(VUS), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("decisions", "decisions/api-adrs")
    assert [p.code for p in catalog.problems] == []


def test_a_folder_of_another_name_inside_a_log_continues_it(make_repo: RepoFactory) -> None:
    files = {k.replace("api-adrs", "archive"): v for k, v in VUS.items()}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [p.code for p in catalog.problems] == ["duplicate-number", "duplicate-number"]


def _gitbook(number: int, date: str) -> str:
    """A page of osinfra-io/gitbook-docs' log: its one-line metadata table, the date in it."""
    return (
        f"---\ndescription: Decision {number}\n---\n\n# ADR-000{number}\n\n"
        '<table><thead><tr><th data-type="select">Status</th><th>Date (Last modified)</th>'
        "</tr></thead><tbody><tr><td>Accepted</td>"
        f"<td>{date}</td></tr></tbody></table>\n\n## Context and Problem Statement\n\nx\n"
    )


# from osinfra-io/gitbook-docs fundamentals/architecture-decision-records/ (round 15 left
# it): GitBook writes US dates, "7/22/2023"; a page of the log dated "7/05/2023" means 5 July.
GITBOOK = "fundamentals/architecture-decision-records"


def test_a_log_whose_dates_put_the_month_first_reads_its_ambiguous_ones_so(
    make_repo: RepoFactory,
) -> None:
    files = {f"{GITBOOK}/adr-0002.md": _gitbook(2, "7/22/2023")}
    files[f"{GITBOOK}/adr-0003.md"] = _gitbook(3, "7/05/2023")
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [(d.number, d.date) for d in catalog] == [
        (2, dt.date(2023, 7, 22)),
        (3, dt.date(2023, 7, 5)),
    ]
    assert [p.code for p in catalog.problems] == ["date-order"]  # which says why (round 18b)


def test_a_log_that_writes_dates_both_ways_keeps_the_day_first(make_repo: RepoFactory) -> None:
    files = {
        f"{GITBOOK}/adr-000{n}.md": _gitbook(n, d) for n, d in ((2, "7/22/2023"), (4, "22/7/2023"))
    }
    files[f"{GITBOOK}/adr-0003.md"] = _gitbook(3, "7/05/2023")
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [d.date for d in catalog if d.number == 3] == [dt.date(2023, 5, 7)]


# from tonio689/Sistema-de-Control-Escolar docs/adr/: every record dated "03/11/2025" (the
# template says dd/mm/aaaa); nothing in the log tells the order, so the note says how it is read.
def test_a_log_whose_dates_never_tell_the_order_is_noted(make_repo: RepoFactory) -> None:
    record = "\n# ADR-0001: Elección\n\n**Fecha:** 03/11/2025  \n**Estado:** Propuesto  \n"
    catalog = load_catalog(make_repo({"docs/adr/0001-x.md": record}), Settings(use_cache=False))
    assert [d.date for d in catalog] == [dt.date(2025, 11, 3)]
    assert [(p.code, p.severity, p.path) for p in catalog.problems] == [
        ("date-order", "info", "docs/adr")
    ]


# adr-tools' own template copied as the next record and never filled in (round 15 asked:
# should such a stub be reported?). It is a note, and the log's template is none.
STUB = "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nThe issue.\n"


def test_a_numbered_file_left_as_the_template_is_noted(make_repo: RepoFactory) -> None:
    files = {
        "docs/adr/0001-use-x.md": "# 1. Use X\n\n## Status\n\nAccepted\n",
        "docs/adr/0002-new-decision.md": STUB,
        "docs/adr/template.md": STUB,
        "docs/adr/0000-adr-template.md": STUB,
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [d.number for d in catalog] == [1]
    assert [(p.path, p.code, p.severity) for p in catalog.problems] == [
        ("docs/adr/0002-new-decision.md", "unfilled-template", "info")
    ]
