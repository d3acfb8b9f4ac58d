"""``adr-tui list``, ``show`` and ``history`` on reStructuredText and AsciiDoc logs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.test_adrnames_formats import (
    ADOC_MOVED,
    ADOC_MOVED_MD,
    ADOC_PGWIRE,
    RST_OPTIONAL,
    RST_RECORD,
    asciidoc_log,
    sphinx_log,
)

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def rst(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sphinx_log(tmp_path_factory.mktemp("rst") / "repo")


@pytest.fixture(scope="module")
def adoc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return asciidoc_log(tmp_path_factory.mktemp("adoc") / "repo")


def test_list_json_of_a_sphinx_tree_has_only_the_decisions(rst: Path, capsys: Capture) -> None:
    assert main(["list", str(rst), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["path"], r["number"], r["status"], r["date"]) for r in rows] == [
        (RST_RECORD, 1, "accepted", "2022-06-08"),
        (RST_OPTIONAL, 7, "accepted", None),
    ]


def test_list_text_of_an_asciidoc_log(adoc: Path, capsys: Capture) -> None:
    assert main(["list", str(adoc)]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]  # titles are cut to the column
    assert [row.split()[:2] for row in rows] == [
        ["0002", "accepted"],
        ["0003", "accepted"],
        ["0040", "proposed"],
    ]
    assert "Core2/PGWire" in rows[2] and "Use Vale" in rows[1]


def test_show_an_asciidoc_adr(adoc: Path, capsys: Capture) -> None:
    assert main(["show", "40", "-C", str(adoc), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["path"], data["status"], data["date"]) == (ADOC_PGWIRE, "proposed", "2022-08-01")
    assert "SET TRANSACTION READ WRITE" in data["body"]
    assert main(["show", "40", "-C", str(adoc)]) == 0
    out = capsys.readouterr().out
    assert "Core2/PGWire transaction behaviour" in out and ADOC_PGWIRE in out


def test_show_an_rst_adr(rst: Path, capsys: Capture) -> None:
    assert main(["show", "1", "-C", str(rst)]) == 0
    out = capsys.readouterr().out
    assert "Record architectural decisions" in out
    assert RST_RECORD in out
    assert "2022-06-08" in out


def test_history_json_of_an_rst_adr(rst: Path, capsys: Capture) -> None:
    assert main(["history", "1", "-C", str(rst), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"] == RST_RECORD
    assert data["revision_count"] == 2
    assert [e["label"] for e in data["timeline"]] == ["proposed", "accepted"]


def test_history_text_follows_markdown_to_asciidoc(adoc: Path, capsys: Capture) -> None:
    assert main(["history", ADOC_MOVED, "-C", str(adoc)]) == 0
    out = capsys.readouterr().out
    assert "Revisions  3" in out
    assert ADOC_MOVED_MD in out
    assert "renamed" in out
