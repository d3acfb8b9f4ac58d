"""Round 24: a record id with its code before "ADR" ("FP-ADR-001", "ARC-ADR-020") numbers the
record as "ADR-MB-003" does (round 22b): kept as its coded id, the numbers dropped where a
folder's codes mix (trimmed excerpts; the search index names none of their repositories)."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Status
from adr_tui.core.parsing.codes import CODED_KEY
from adr_tui.core.settings import Settings

from .helpers import decision

# a payments project's log: its code, then ADR
FOUNDRY = (
    "# FP-ADR-001: External-first execution in two phases\n\n- Status: Accepted\n"
    "- Decision date: 2026-07-23\n- Owners: Foundry Pay architecture\n\n## Context\n\nx\n"
)
# a fleet's hub: the id in a table as well as the heading
HUB = (
    "# ARC-ADR-020 — Self-Hosted CI Runner Trust & Isolation Policy\n\n| Field | Value |\n"
    "|---|---|\n| ID | ARC-ADR-020 |\n| Status | Proposed |\n| Date | 2026-05-25 |\n\n"
    "## Context and Problem Statement\n\nx\n"
)


def test_the_code_before_adr_numbers_the_record() -> None:
    d = decision(FOUNDRY, "docs/adr/fp-adr-001-external-first.md")
    assert (d.number, d.title, d.status) == (
        1,
        "External-first execution in two phases",
        Status.ACCEPTED,
    )
    assert (CODED_KEY, "FP-ADR-001") in d.extra
    hub = decision(HUB, "docs/adr/self-hosted-ci-runner-trust.md")
    assert (hub.number, hub.title) == (20, "Self-Hosted CI Runner Trust & Isolation Policy")


def test_other_titles_are_no_coded_ids() -> None:
    for heading in ("Use Postgres", "Cadre-adr-ish notes", "Roadr-adr 5"):
        d = decision(f"# {heading}\n\nStatus: Accepted\n", "docs/adr/note.md")
        assert (d.number, d.title, [k for k, _ in d.extra]) == (None, heading, [])


def test_two_codes_in_a_folder_number_no_record(make_repo: RepoFactory) -> None:
    files = {
        "docs/adr/fp-adr-001-external-first.md": FOUNDRY,
        "docs/adr/runner-trust.md": HUB.replace("ARC-ADR-020", "ARC-ADR-001"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted((d.number, d.title) for d in catalog) == [
        (None, "ARC-ADR-001: Self-Hosted CI Runner Trust & Isolation Policy"),
        (None, "External-first execution in two phases"),  # its file name shows the id
    ]


def test_a_coded_id_in_a_relation_names_its_record_s_number() -> None:
    # the ids of opf/mijn-bureau-infra (round 22b) and of the payments log above, as a record
    # of each would name another: bare, beside a link, after a relation's verb
    mijn = (
        "# ADR-MB-006: Datastores\n\n- Status: Accepted\n"
        "- Related: ADR-MB-003, [ADR-MB-004](adr-mb-004.md)\n- Supersedes: ADR-MB-002\n"
    )
    got = [
        (r.kind.value, r.ref.raw, r.ref.number)
        for r in decision(mijn, "adr/adr-mb-006.md").relations
    ]
    assert sorted(got) == [
        ("relates-to", "ADR-MB-003", 3),
        ("relates-to", "ADR-MB-004", 4),
        ("supersedes", "ADR-MB-002", 2),
    ]
    foundry = FOUNDRY.replace("- Owners:", "- Supersedes: FP-ADR-000\n- Owners:")
    d = decision(foundry, "docs/adr/fp-adr-001-external-first.md")
    assert [(r.ref.raw, r.ref.number) for r in d.relations] == [("FP-ADR-000", 0)]


def test_a_repository_s_name_before_adr_is_no_code() -> None:
    # "hub-adr-0009": the hub repository's ADR 9 (round 20), in lower case as a repository's
    # name is written; a project's code is in capitals
    d = decision("# 7. X\n\n- Status: Accepted\n- Related: hub-adr-0009\n", "adr/0007-x.md")
    assert [r.ref.number for r in d.relations] == [None]


def test_a_numbered_file_counts_in_the_log_whatever_its_heading_s_code(
    make_repo: RepoFactory,
) -> None:
    # review 12's probe: plain ADR-000N records beside ones headed "PLAT-ADR-003" and
    # "SEC-ADR-004", each file numbered in the log's sequence
    files = {
        "docs/adr/0001-alpha.md": "# ADR-0001: Alpha\n\nStatus: Accepted\n",
        "docs/adr/0003-gamma.md": "# PLAT-ADR-003: Gamma\n\nStatus: Accepted\n",
        "docs/adr/0004-delta.md": "# SEC-ADR-004: Delta\n\nStatus: Accepted\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted((d.number, d.title) for d in catalog) == [
        (1, "Alpha"),
        (3, "Gamma"),
        (4, "Delta"),
    ]
