"""Round 22 (whole logs): a log kept in text files, then rewritten for adr-tools."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, BOB, build, commit, write

from adr_tui.core.adrnames import is_adr_name, is_adr_path
from adr_tui.core.catalog import load_catalog
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Delete, Rename


def _text(title: str) -> str:
    # from cloud-carbon-footprint/cloud-carbon-footprint .adr/adr_1_chart_library.txt
    return (
        f"Title — {title}\nDecision — ApexCharts was chosen\nContext — We need a chart "
        "library for data visualization.\nConsequences — It does not offer a geomap chart."
    )


def _nygard(number: int, title: str) -> str:
    # from cloud-carbon-footprint/cloud-carbon-footprint .adr/0001-chart_library.md
    return (
        f"# {number}. {title}\n\nDate: 2020-08-27\n\n## Status\n\nAccepted\n\n## Decision \n\n"
        "ApexCharts was chosen\n\n## Context \n\nWe need a chart library for data "
        "visualization. ApexCharts provides a wide amount of charts.\n"
    )


CHART = ".adr/0001-chart_library.md"
PACKAGES = ".adr/0015-extract_app_and_common_packages.md"


def _ccf(dest: Path) -> Path:
    # from cloud-carbon-footprint/cloud-carbon-footprint: "adr_{number}_{shortTitle}" text
    # files from 2020, two of them numbered 14; in 2022 "ADR Mangement with adr-tools"
    # renamed each to Markdown, renumbering the second 14, and rewrote it in adr-tools' form.
    return build(
        dest,
        commit(
            ADA,
            "2020-08-27T10:00:00+00:00",
            "adr 1",
            write(".adr/adr_1_chart_library.txt", _text("Chart library")),
            write(".adr/adr_template.txt", "TEMPLATE:\nFilename: adr_{number}_{shortTitle}\n"),
            write(".adr/notes.txt", "Ask about the geomap.\n"),
        ),
        commit(
            BOB,
            "2021-06-01T10:00:00+00:00",
            "adr 14",
            write(".adr/adr_14_google_cloud_cache_file.txt", _text("Google cloud cache file")),
            write(".adr/adr_14_extract_app_and_common_packages.txt", _text("Extract packages")),
        ),
        commit(
            ADA,
            "2022-08-24T10:00:00+00:00",
            "Migrate ADRs to adr-tools",
            write(".adr-dir", ".adr\n"),
            Delete(".adr/adr_template.txt"),
            Rename(".adr/adr_1_chart_library.txt", CHART),
            write(CHART, _nygard(1, "Chart library")),
            Rename(
                ".adr/adr_14_google_cloud_cache_file.txt", ".adr/0014-google_cloud_cache_file.md"
            ),
            write(".adr/0014-google_cloud_cache_file.md", _nygard(14, "Google cloud cache file")),
            Rename(".adr/adr_14_extract_app_and_common_packages.txt", PACKAGES),
            write(PACKAGES, _nygard(15, "Extract app and common packages")),
        ),
    )


def test_a_record_s_history_starts_in_its_text_file(tmp_path: Path) -> None:
    repo = _ccf(tmp_path / "repo")
    assert [d.path for d in load_catalog(repo, Settings(use_cache=False))] == [
        CHART,
        ".adr/0014-google_cloud_cache_file.md",
        PACKAGES,
    ]
    with load_history(repo, Settings(use_cache=False)) as history:
        chart = history.for_decision(CHART)
        packages = history.for_decision(PACKAGES)
    # it started at the rewrite to Markdown, in 2022
    assert [(r.kind, r.path) for r in chart.revisions] == [
        (ChangeKind.ADDED, ".adr/adr_1_chart_library.txt"),
        (ChangeKind.RENAMED, CHART),
    ]
    assert [r.path for r in packages.revisions] == [
        ".adr/adr_14_extract_app_and_common_packages.txt",
        PACKAGES,
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("adr_1_chart_library.txt", True),
        ("ADR-0007-use-x.TXT", True),
        ("adr12.txt", True),
        ("adr_template.txt", False),
        ("0001-notes.txt", False),
        ("requirements.txt", False),
        ("adr_1_x.rst.txt", False),  # Sphinx's copy of a source
        ("adr-notes.txt", False),
    ],
)
def test_a_text_file_is_a_record_s_when_named_adr_and_its_number(name: str, expected: bool) -> None:
    assert is_adr_name(name) is expected
    for folder in ("", ".adr/", "docs/a.txt/"):
        assert is_adr_path(f"{folder}{name}".encode()) is expected
