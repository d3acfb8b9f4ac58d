"""Round 24 (whole logs): a folder named for its records' acronym ("rdr") is a log."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _rdr(title: str, record_id: str, status: str, date: str, outcome: str = "") -> str:
    # rufus-lang/rufus doc/rdr: "Rufus decision records", a subset of MADR with an ID line.
    return (
        f"# {title}\n\n* ID: {record_id}\n* Status: {status}\n"
        f"* Deciders: Jamu Kakar <[jkakar@kakar.ca](mailto:jkakar@kakar.ca)>\n* Date: {date}\n\n"
        f"## Context and problem statement\n\nWhat should Rufus do?\n\n"
        f"## Decision outcome\n\nChosen option: the first.{outcome}\n"
    )


RUFUS = {
    "README.md": "# Rufus\n",
    "doc/spec.md": "# The Rufus programming language specification\n",
    "doc/organizing-code.md": "# Organizing code\n",
    "doc/rdr/0000-rufus-decision-records.md": _rdr(
        "Rufus decision records",
        "RDR-0000",
        "Accepted",
        "March 24, 2019",
        " See [RDR-0001](0001-template.md) for a template.",
    ),
    "doc/rdr/0001-template.md": (
        "[Copy this template to a file called `nnnn-<title>.md`.]\n\n# Short decision title\n\n"
        "* ID: RDR-_nnnn_\n* Status: [Drafting | Proposed | Accepted]\n"
    ),
    "doc/rdr/0002-exported-names.md": _rdr(
        "Exported names", "RDR-0002", "Accepted", "April 14, 2019"
    ),
    "doc/rdr/nnnn-exported-identifiers.md": _rdr(
        "Exported identifiers", "RDR-nnnn", "Drafting", "April 20, 2019"
    ),
}


def test_rufus_decision_records_are_found_and_the_template_linked_is_no_record(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(RUFUS), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("doc/rdr",)
    assert [(d.number, d.title, d.status.value) for d in catalog.decisions] == [
        (0, "Rufus decision records", "accepted"),
        (2, "Exported names", "accepted"),
        (None, "Exported identifiers", "draft"),
    ]
    # "See [RDR-0001](0001-template.md)" links the template: no broken link to record 1.
    assert catalog.problems == ()
    assert catalog.decisions[0].relations == ()


def test_a_folder_so_named_whose_files_do_not_say_so_is_no_log(make_repo: RepoFactory) -> None:
    # "hdr", "sdr" name other things (images, radios): their notes name no "HDR-0001".
    files = {
        "docs/hdr/tone-mapping.md": "# Tone mapping\n\nHow HDR-10 frames are mapped.\n",
        "docs/hdr/0001-notes.md": "# Notes\n\nThe panel peaks at 1000 nits in HDR-10 mode.\n",
    }
    assert load_catalog(make_repo(files), Settings(use_cache=False)).decisions == ()
