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


def _proposal(stem: str, status: str) -> str:
    # CMSgov/beneficiary-fhir-data rfcs/: "# RFC Proposal", then the proposal's id and status.
    return (
        f"# RFC Proposal\n\n* RFC Proposal ID: `{stem}`\n* Start Date: 2020-05-01\n\n"
        f"## Status\n\n* Status: {status}\n\n## Motivation\n\nWhy.\n"
    )


def test_a_folder_numbered_from_1_in_a_log_whose_drafts_are_0000_is_its_own_log(
    make_repo: RepoFactory,
) -> None:
    # rfcs/ names proposals 0000 until accepted ("don't assign an RFC number yet") and numbers
    # the rest from 1; rfcs/BFDv2 numbers its two parts from 1 too. Read as one log starting
    # at 0, BFDv2's 0001s were duplicates of rfcs/0001 as well as of each other.
    stems = [
        "0000-jboss-replacement",
        "0001-beneficiary-fhir-server-rfc-process-v1",
        "0002-monorepo",
        "0003-coverage-identifier-search",
        "BFDv2/0001-bfd-v2-coverage",
        "BFDv2/0001-bfd-v2-patient",
    ]
    files = {f"rfcs/{stem}.md": _proposal(stem, "Approved") for stem in stems}
    files["rfcs/0000-jboss-replacement.md"] = _proposal("0000-jboss-replacement", "Proposed")
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("rfcs", "rfcs/BFDv2")
    duplicates = {p.path for p in catalog.problems if p.code == "duplicate-number"}
    assert duplicates == {"rfcs/BFDv2/0001-bfd-v2-coverage.md", "rfcs/BFDv2/0001-bfd-v2-patient.md"}
