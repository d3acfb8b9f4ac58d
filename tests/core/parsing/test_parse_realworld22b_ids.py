"""Round 22b: record ids with an area code ("ADR-MB-003", "ADR-API-004"): numbered where a
folder's records share one code, unnumbered (the id kept) where codes mix."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.parsing.codes import CODED_KEY
from adr_tui.core.settings import Settings

from .helpers import decision


def _nygard(heading: str) -> str:
    return f"# {heading}\n\n## Status\n\nAccepted\n\n## Context\n\nx.\n"


# from opf/mijn-bureau-infra adr/: every record of the folder is "ADR-MB-nnn".
MIJN_BUREAU = {
    "adr/adr-mb-003.md": _nygard("ADR-MB-003: System Provisioning"),
    "adr/adr-mb-006.md": _nygard("ADR-MB-006: Datastores"),
}


def test_a_coded_file_name_and_heading_number_the_record() -> None:
    d = decision(MIJN_BUREAU["adr/adr-mb-006.md"], "adr/adr-mb-006.md")
    assert (d.number, d.title) == (6, "Datastores")
    assert (CODED_KEY, "ADR-MB-006") in d.extra


def test_a_coded_heading_alone_numbers_the_record() -> None:
    # ADR-API-004's shape: "# ADR-API-004: Ideal Endpoint Structure and Response Envelope"
    text = "# ADR-API-004: Ideal Endpoint Structure\n\n**Status:** Accepted\n"
    d = decision(text, "docs/adr/endpoint-structure.md")
    assert (d.number, d.title) == (4, "Ideal Endpoint Structure")
    assert (CODED_KEY, "ADR-API-004") in d.extra


def test_a_series_and_a_year_are_no_code() -> None:
    assert decision(_nygard("ADR-D34: Rerank"), "docs/adr/rerank.md").number is None
    year = decision(_nygard("ADR-2024-001: Migration"), "docs/adr/migration.md")
    assert (year.number, year.extra) == (None, ())


def test_one_code_in_a_folder_keeps_the_numbers(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(MIJN_BUREAU), Settings(use_cache=False))
    assert [(d.number, d.title) for d in catalog] == [
        (3, "System Provisioning"),
        (6, "Datastores"),
    ]


# Two areas numbered apart in one folder, as "ADR-FE-005" and "ADR-API-004" logs are each
# numbered from 1: both "1" would be false duplicates.
MIXED = {
    "docs/adr/adr-fe-001.md": _nygard("ADR-FE-001: Vanilla CSS"),
    "docs/adr/endpoints.md": _nygard("ADR-API-001: Response Envelope"),
    "docs/adr/adr-api-002.md": _nygard("ADR-API-002: Audit Log Design"),
}


def test_mixed_codes_in_a_folder_number_no_record(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(MIXED), Settings(use_cache=False))
    got = sorted((d.label, d.number, d.title) for d in catalog)
    assert got == [
        ("adr-api-002", None, "Audit Log Design"),  # its file name shows the id
        ("adr-fe-001", None, "Vanilla CSS"),
        ("endpoints", None, "ADR-API-001: Response Envelope"),  # its title keeps it
    ]


def test_an_uncoded_number_beside_coded_ones_mixes(make_repo: RepoFactory) -> None:
    files = {**MIJN_BUREAU, "adr/0003-use-x.md": _nygard("3. Use X")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted((d.label, d.number) for d in catalog) == [
        ("ADR-0003", 3),
        ("adr-mb-003", None),
        ("adr-mb-006", None),
    ]


def test_codes_in_different_folders_do_not_mix(make_repo: RepoFactory) -> None:
    files = {
        "web/adr/adr-fe-001.md": _nygard("ADR-FE-001: Vanilla CSS"),
        "api/adr/adr-api-001.md": _nygard("ADR-API-001: Response Envelope"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted(d.number for d in catalog if d.number is not None) == [1, 1]
