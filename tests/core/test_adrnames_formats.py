"""reStructuredText and AsciiDoc ADR logs are found and read like Markdown ones.

The logs below are minimal excerpts of public repositories, each named beside its text.
``sphinx_log`` and ``asciidoc_log`` are shared with the history and CLI tests.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from tests.helpers_git import ADA, BOB, GRACE, build, commit, write

from adr_tui.core.adrnames import ADR_SUFFIXES, is_adr_name, is_adr_path
from adr_tui.core.catalog import load_catalog
from adr_tui.core.discovery import discover, is_candidate
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.core.sources import WorktreeSource
from adr_tui.demo.builder import Edit, Rename

NO_CACHE = Settings(use_cache=False)

# plutus (IntersectMBO/plutus doc/adr/0001-record-architecture-decisions.rst): adr-tools
# in reStructuredText, "=" and "-" underlines.
RST_RECORD = "docs/decisions/0001-record-architecture-decisions.rst"
RST_RECORD_TEXT = """ADR 1: Record architectural decisions
=======================================

Date: 2022-06-08

Status
------

Proposed

Context
-------

We are in search for a means to document our architectural and design decisions.
"""
# openedx/openedx-events docs/decisions/0007-optional-fields.rst (title renumbered here: the
# real file still says "6.").
RST_OPTIONAL = "docs/decisions/0007-optional-fields.rst"
RST_OPTIONAL_TEXT = """7. Optional fields
==================

Status
------

Provisional

Context
-------
The ``attrs`` documentation specifically defines the notion of optionality.

Decision
--------

- Top-level fields in event data definitions will not be optional.
"""
# Sphinx around the decisions, as in every openedx repository: conf.py, the toctree
# index.rst, the docs' own pages and _templates; none of them is a decision.
SPHINX_FILES = {
    "docs/conf.py": 'project = "openedx-events"\n',
    "docs/index.rst": "Open edX Events\n===============\n\n.. toctree::\n\n   decisions/index\n",
    "docs/0001-getting-started.rst": "Getting started\n===============\n\nInstall it.\n",
    "docs/how-tos/0002-add-an-event.rst": "Add an event\n============\n\nWrite it.\n",
    "docs/decisions/index.rst": "Decisions\n#########\n\n.. toctree::\n    :glob:\n\n    *\n",
    "docs/decisions/_templates/0000-layout.rst": "Layout\n======\n",
    "docs/decisions/README.rst": "Decisions\n=========\n\nOne file each.\n",
}

# xtdb/xtdb doc/adr/0040-pgwire-txs.adoc: adr-tools in AsciiDoc, "=" headings, a listing.
ADOC_PGWIRE = "doc/adr/0040-pgwire-txs.adoc"
ADOC_PGWIRE_TEXT = """= 40. Core2/PGWire transaction behaviour

Date: 2022-08-01

== Status

Proposed

== Context

We've implemented a PGWire adapter as an initial driver for Core2.

[source,clojure]
----
(jdbc/execute! conn ["SET TRANSACTION READ WRITE"])
----

== Decision

For ease of implementation, we will initially lean towards implementing option B.
"""
# DAG-OS/dagos docs/decisions/0002-use-vale-to-lint-documentation.adoc: MADR 2 bullets.
ADOC_VALE = "doc/adr/0003-use-vale-to-lint-documentation.adoc"
ADOC_VALE_TEXT = """= Use Vale to lint documentation

* Status: :accepted:
* Date: 2021-12-25

== Context and Problem Statement

Documentation is an integral part of any software project made for a group of people.

// optional
== Decision Drivers

* Tool maturity
"""
# xtdb/xtdb kept doc/adr/0002-data-model.md, then renamed it to 0002-data-model.adoc.
ADOC_MOVED_MD = "doc/adr/0002-data-model.md"
ADOC_MOVED = "doc/adr/0002-data-model.adoc"
MOVED_MD_TEXT = "# 2. Data model\n\nDate: 2021-05-04\n\n## Status\n\nProposed\n\n## Context\n\nX.\n"
MOVED_ADOC_TEXT = (
    "= 2. Data model\n\nDate: 2021-05-04\n\n== Status\n\nAccepted\n\n== Context\n\nX.\n"
)
ASCIIDOC_FILES = {
    "doc/adr/index.adoc": "= Decisions\n\n* xref:0040-pgwire-txs.adoc[]\n",  # DAG-OS/dagos
    "doc/adr/template.adoc": "= Title\n\n== Status\n\n",  # Rockncoder/randoeats
    "doc/adr/README.asciidoc": "= Decision log\n",
    "doc/guide/0001-install.adoc": "= Install\n",  # AsciiDoc docs outside the log
}


def sphinx_log(dest: Path) -> Path:
    """A Sphinx docs tree whose docs/decisions holds two .rst ADRs; 0001 is accepted later."""
    return build(
        dest,
        commit(
            GRACE,
            "2022-06-08T09:00:00+02:00",
            "Propose recording decisions",
            write(RST_RECORD, RST_RECORD_TEXT),
            write(RST_OPTIONAL, RST_OPTIONAL_TEXT),
            *(write(path, text) for path, text in SPHINX_FILES.items()),
        ),
        commit(
            BOB,
            "2022-06-10T16:00:00-04:00",
            "Accept recording decisions",
            Edit(RST_RECORD, (("\nProposed\n", "\nAccepted\n"),)),
            Edit("docs/index.rst", (("decisions/index", "decisions/index\n   how-tos"),)),
        ),
    )


def asciidoc_log(dest: Path) -> Path:
    """doc/adr in AsciiDoc; its 0002 began as Markdown and was renamed, then accepted."""
    return build(
        dest,
        commit(
            GRACE,
            "2021-05-04T10:00:00+00:00",
            "Data model",
            write(ADOC_MOVED_MD, MOVED_MD_TEXT),
            *(write(path, text) for path, text in ASCIIDOC_FILES.items()),
        ),
        commit(
            ADA, "2022-01-03T10:00:00+00:00", "ADRs in AsciiDoc", Rename(ADOC_MOVED_MD, ADOC_MOVED)
        ),
        commit(
            BOB,
            "2022-08-01T12:00:00+00:00",
            "Accept the data model; propose PGWire transactions",
            write(ADOC_MOVED, MOVED_ADOC_TEXT),
            write(ADOC_PGWIRE, ADOC_PGWIRE_TEXT),
            write(ADOC_VALE, ADOC_VALE_TEXT),
        ),
    )


@pytest.fixture(scope="module")
def rst_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sphinx_log(tmp_path_factory.mktemp("rst") / "repo")


@pytest.fixture(scope="module")
def adoc_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return asciidoc_log(tmp_path_factory.mktemp("adoc") / "repo")


NAMES = {
    "0001-record.rst": True,
    "0001-record.RST": True,
    "0040-pgwire-txs.adoc": True,
    "0040-pgwire-txs.AsciiDoc": True,
    "ADR_004.rst": True,
    "cdr002-distance.rst": True,
    "index.rst": True,  # a name the history follows; discovery drops it
    "conf.py": False,
    "0001-notes.txt": False,
    "layout.rst.txt": False,  # Sphinx's _sources copies
    "0001-x.rst.bak": False,
    "0001-x.ascii.doc": False,
    "0001-x.ad": False,
    ".rst": True,
    "0001-x.rs": False,
    "0001-x.adoc\n": False,
}


@pytest.mark.parametrize(("name", "expected"), NAMES.items())
def test_history_and_discovery_share_the_suffixes(name: str, expected: bool) -> None:
    assert is_adr_name(name) is expected
    for folder in ("", "docs/decisions/", "doc.rst/sub.adoc/"):
        assert is_adr_path(f"{folder}{name}".encode()) is expected


def test_no_other_character_lower_cases_into_a_suffix() -> None:
    """is_adr_path lower-cases bytes (ASCII only); is_adr_name lower-cases text: they agree."""
    letters = set("".join(ADR_SUFFIXES))
    turned = [
        hex(code)
        for code in range(0x80, sys.maxunicode + 1)
        if (low := chr(code).lower()).isascii() and letters & set(low)
    ]
    assert turned == []


@pytest.mark.parametrize(
    "rel",
    [
        "docs/decisions/index.rst",
        "docs/decisions/index.en.rst",
        "docs/decisions/README.adoc",
        "docs/decisions/_templates/0000-layout.rst",
        "docs/decisions/_static/0001-x.rst",
        "docs/decisions/_build/0001-x.rst",
        "docs/decisions/conf.py",
        "docs/decisions/template.adoc",
        "docs/decisions/adr-000-template.rst",  # charleskelley/comps
        "docs/decisions/ADR_template.rst",  # early-sign/EarlySign
        "docs/decisions/0001-x.rst.txt",
    ],
)
def test_sphinx_and_asciidoc_furniture_is_not_a_decision(rel: str) -> None:
    assert not is_candidate(rel)


def test_translation_beside_an_rst_decision_is_dropped(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(
            GRACE,
            "2024-01-02T10:00:00+00:00",
            "Add",
            write(RST_RECORD, RST_RECORD_TEXT),
            write(RST_RECORD.replace(".rst", ".fr.rst"), RST_RECORD_TEXT),
        ),
    )
    assert discover(WorktreeSource(repo), root=repo).files == (RST_RECORD,)


def test_rst_log_beside_sphinx_docs_lists_only_the_decisions(rst_repo: Path) -> None:
    found = discover(WorktreeSource(rst_repo), root=rst_repo)
    assert found.adr_dirs == ("docs/decisions",)
    assert found.files == (RST_RECORD, RST_OPTIONAL)


def test_rst_log_is_read(rst_repo: Path) -> None:
    catalog = load_catalog(rst_repo, NO_CACHE)
    got = [(d.path, d.number, d.title, d.status, d.date) for d in catalog.decisions]
    assert got == [
        (RST_RECORD, 1, "Record architectural decisions", Status.ACCEPTED, dt.date(2022, 6, 8)),
        (RST_OPTIONAL, 7, "Optional fields", Status.ACCEPTED, None),
    ]
    assert catalog.find("7").status_raw == "Provisional"


def test_asciidoc_log_is_read(adoc_repo: Path) -> None:
    catalog = load_catalog(adoc_repo, NO_CACHE)
    got = [(d.path, d.number, d.title, d.status, d.date) for d in catalog.decisions]
    assert got == [
        (ADOC_MOVED, 2, "Data model", Status.ACCEPTED, dt.date(2021, 5, 4)),
        (ADOC_VALE, 3, "Use Vale to lint documentation", Status.ACCEPTED, dt.date(2021, 12, 25)),
        (
            ADOC_PGWIRE,
            40,
            "Core2/PGWire transaction behaviour",
            Status.PROPOSED,
            dt.date(2022, 8, 1),
        ),
    ]


# early-sign/EarlySign docs/source/reference/ADR/ADR_004.rst: a Sphinx tree whose decisions
# sit in an upper-case "ADR" folder four levels down, named ADR_NNN.rst.
EARLYSIGN_004 = """.. ADR-004: ibis-framework as the foundation of ledger implementation
.. :Date: 2025-01-18

================================================================
ADR-004: ibis-framework as the foundation of ledger implementation
================================================================

**Status**: **`Accepted`** | `Proposed` | `Deprecated` | `Superseded`

Context
-------

EarlySign requires a backend-agnostic ledger system.
"""


@pytest.fixture
def earlysign_repo(tmp_path: Path) -> Path:
    folder = "docs/source/reference/ADR"
    return build(
        tmp_path / "repo",
        commit(
            GRACE,
            "2025-01-18T10:00:00+09:00",
            "ADRs",
            write(f"{folder}/ADR_004.rst", EARLYSIGN_004),
            write(f"{folder}/ADR_template.rst", "ADR-XXX: Title\n==============\n"),
            write("docs/source/reference/README.rst", "Reference\n---------\n"),
            write("docs/source/reference/schema.rst", "Schema\n======\n"),
            write("docs/source/_templates/autoapi/index.rst", "Index\n=====\n"),
            write("docs/source/conf.py", 'project = "earlysign"\n'),
        ),
    )


def test_upper_case_adr_folder_deep_in_a_sphinx_tree(earlysign_repo: Path) -> None:
    catalog = load_catalog(earlysign_repo, NO_CACHE)
    assert [(d.path, d.number, d.status, d.date) for d in catalog.decisions] == [
        (
            "docs/source/reference/ADR/ADR_004.rst",
            4,
            Status.ACCEPTED,
            dt.date(2025, 1, 18),
        )
    ]
    assert catalog.decisions[0].title == "ibis-framework as the foundation of ledger implementation"


def test_exact_spelling_wins_over_other_case(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(
            GRACE,
            "2024-01-02T10:00:00+00:00",
            "Add",
            write("docs/adr/0001-a.rst", "A\n=\n"),
            write("docs/ADR/0002-b.rst", "B\n=\n"),
            write("ADRs/0003-c.adoc", "= C\n"),
        ),
    )
    found = discover(WorktreeSource(repo), root=repo)
    assert found.adr_dirs == ("ADRs", "docs/adr")  # "docs/ADR" loses to "docs/adr"
    assert found.files == ("ADRs/0003-c.adoc", "docs/adr/0001-a.rst")


ARC42 = (
    "01_introduction_and_goals",
    "02_architecture_constraints",
    "03_system_scope_and_context",
    "04_solution_strategy",
    "05_building_block_view",
    "06_runtime_view",
    "07_deployment_view",
    "08_concepts",
    "09_architecture_decisions",
    "10_quality_requirements",
    "11_technical_risks",
    "12_glossary",
)


def test_arc42_chapters_are_not_an_adr_log(tmp_path: Path) -> None:
    """The arc42 template's docs/src (Arquisoft/wichat_0 and 100+ more) holds no decision."""
    chapters = (
        write(f"docs/src/{name}.adoc", "ifndef::imagesdir[]\n== Chapter\n") for name in ARC42
    )
    repo = build(tmp_path / "repo", commit(GRACE, "2024-01-02T10:00:00+00:00", "Docs", *chapters))
    found = discover(WorktreeSource(repo), root=repo)
    assert (found.adr_dirs, found.files) == ((), ())


def test_numbered_rst_files_make_an_unlisted_folder_a_log(tmp_path: Path) -> None:
    records = (write(f"design/notes/000{n}-choice-{n}.rst", RST_RECORD_TEXT) for n in (1, 2, 3))
    repo = build(tmp_path / "repo", commit(GRACE, "2024-01-02T10:00:00+00:00", "Add", *records))
    found = discover(WorktreeSource(repo), root=repo)
    assert found.adr_dirs == ("design/notes",)
    assert len(found.files) == 3
