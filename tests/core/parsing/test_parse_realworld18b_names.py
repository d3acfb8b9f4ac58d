"""Round 18b: status words of RFC and release-planned logs, version ids, drafts not numbered yet."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory
from tests.core.parsing.helpers import decision

from adr_tui.core.adrnames import record_folder_name, stem_of
from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Reference, Status
from adr_tui.core.parsing.numbers import number_from_name
from adr_tui.core.parsing.relations import references
from adr_tui.core.settings import Settings

# from fluxcd/flux2 rfcs/0001-authorization/README.md: "implementable", the KEP word for a
# proposal its approvers cleared for implementation (the template lists provisional,
# implementable, implemented, deferred, rejected, withdrawn, replaced).
FLUX = (
    "# RFC-0001 Flux Authorization\n\n**Status:** implementable\n\n"
    "**Creation date:** 2021-05-04\n\n**Last update:** 2021-05-04\n\n## Summary\n\nText.\n"
)

# from tvproductions/gzkit docs/design/adr/foundation/ADR-0.0.10-storage-tiers-simplicity-profile/
# ADR-0.0.10-storage-tiers-simplicity-profile.md: "Validated" comes after "Completed"
GZKIT_VALIDATED = (
    "---\nid: ADR-0.0.10-storage-tiers-simplicity-profile\nstatus: Validated\nsemver: 0.0.10\n"
    "lane: lite\nkind: foundation\nparent: PRD-GZKIT-1.0.0\ndate: 2026-03-30\n---\n\n"
    "# ADR-0.0.10 — Storage Tiers and Simplicity Profile\n\n## Why foundation tier?\n\nText.\n"
)
GZKIT_VALIDATED_PATH = (
    "docs/design/adr/foundation/ADR-0.0.10-storage-tiers-simplicity-profile/"
    "ADR-0.0.10-storage-tiers-simplicity-profile.md"
)

# from tvproductions/gzkit docs/design/adr/pool/ADR-pool.storage-simplicity-profile.md: an idea
# kept in the pool until a release takes it up
GZKIT_POOL = (
    "---\nid: ADR-pool.storage-simplicity-profile\nstatus: Pool\n---\n\n"
    "# ADR-pool: Storage Simplicity Profile\n\n## Intent\n\nText.\n"
)


@pytest.mark.parametrize(
    ("text", "path", "status"),
    [
        (FLUX, "rfcs/0001-authorization/README.md", Status.ACCEPTED),
        (GZKIT_VALIDATED, GZKIT_VALIDATED_PATH, Status.ACCEPTED),
        (GZKIT_POOL, "docs/design/adr/pool/ADR-pool.storage-simplicity-profile.md", Status.DRAFT),
    ],
)
def test_status_words_of_rfc_and_release_planned_logs(text: str, path: str, status: Status) -> None:
    d = decision(text, path)
    assert d.status is status
    assert d.warnings == ()


# from tvproductions/gzkit docs/design/adr/adr-0.1.x/ADR-0.1.0-enforced-governance-foundation/
# ADR-0.1.0-enforced-governance-foundation.md: each record is named by the release it plans
GZKIT_RELEASE = (
    "---\nid: ADR-0.1.0-enforced-governance-foundation\nstatus: Proposed\nsemver: 0.1.0\n"
    "lane: lite\nkind: pre-release\nparent: PRD-GZKIT-1.0.0\ndate: 2026-01-22\n---\n\n"
    "# ADR-0.1.0 — Enforced Governance Foundation\n\n## Intent\n\nText.\n"
)
GZKIT_RELEASE_PATH = (
    "docs/design/adr/adr-0.1.x/ADR-0.1.0-enforced-governance-foundation/"
    "ADR-0.1.0-enforced-governance-foundation.md"
)


@pytest.mark.parametrize(
    ("text", "path", "title"),
    [
        (GZKIT_RELEASE, GZKIT_RELEASE_PATH, "Enforced Governance Foundation"),
        (GZKIT_VALIDATED, GZKIT_VALIDATED_PATH, "Storage Tiers and Simplicity Profile"),
    ],
)
def test_a_version_id_is_no_number_and_leaves_the_title(text: str, path: str, title: str) -> None:
    d = decision(text, path)
    assert (d.number, d.title) == (None, title)


def test_a_version_id_of_a_heading_alone_is_kept_as_the_records_id() -> None:
    d = decision("# ADR-0.1.0 — Enforced Governance Foundation\n\nText.\n", "docs/adr/x.md")
    assert (d.number, d.title) == (None, "Enforced Governance Foundation")
    assert ("id", "ADR-0.1.0") in d.extra


def test_front_matter_id_stays_the_records_id() -> None:
    d = decision(GZKIT_RELEASE, GZKIT_RELEASE_PATH)
    assert [value for key, value in d.extra if key == "id"] == [
        "ADR-0.1.0-enforced-governance-foundation"
    ]


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("ADR-0.1.0-enforced-governance-foundation.md", None),
        ("ADR-0.0.10-storage-tiers-simplicity-profile.md", None),
        ("0001.md", 1),
        ("0003.use-postgres.md", 3),
    ],
)
def test_a_version_in_a_file_name_is_no_number(name: str, number: int | None) -> None:
    assert number_from_name(name) == number


@pytest.mark.parametrize(
    ("path", "folder"),
    [
        # from fluxcd/flux2: RFCs merged before the sponsor gives them a number
        ("rfcs/NNNN-in-cluster-http-auth/README.md", "NNNN-in-cluster-http-auth"),
        ("rfcs/xxxx-cli-plugin-system/README.md", "xxxx-cli-plugin-system"),
        ("rfcs/XXXX-gating/README.md", "XXXX-gating"),
        ("rfcs/0006-cdevents/README.md", "0006-cdevents"),
        ("rfcs/RFC-0000/README.md", None),  # the template's own folder
        ("rfcs/kubernetes-oci/README.md", None),  # no number, none to come: no draft's folder
        ("docs/xxxx/README.md", None),
        ("docs/nexus-setup/README.md", None),
    ],
)
def test_a_draft_folder_numbered_by_placeholders_names_its_record(
    path: str, folder: str | None
) -> None:
    assert record_folder_name(path) == folder


# from fluxcd/flux2 rfcs/NNNN-in-cluster-http-auth/README.md
FLUX_DRAFT = (
    "# RFC-NNNN In-cluster HTTP authentication\n\n**Status:** provisional\n\n"
    "**Creation date:** 2025-04-01\n\n**Last update:** 2025-04-01\n\n## Summary\n\nText.\n"
)


def test_a_draft_folders_page_is_its_record_without_a_number() -> None:
    path = "rfcs/NNNN-in-cluster-http-auth/README.md"
    d = decision(FLUX_DRAFT, path)
    assert stem_of(path) == "NNNN-in-cluster-http-auth"
    assert (d.number, d.title, d.label) == (
        None,
        "RFC-NNNN In-cluster HTTP authentication",
        "NNNN-in-cluster-http-auth",
    )


# from tvproductions/gzkit ADR-0.0.10's "Rationale": "This ADR has zero dependencies and can be
# authored in parallel with ADR-0.0.9 (State Doctrine)."
def test_a_record_named_by_a_version_is_one_reference_without_a_number() -> None:
    assert references("authored in parallel with ADR-0.0.9 (State Doctrine), ADR-0.0.10") == [
        Reference("ADR-0.0.9", None),
        Reference("ADR-0.0.10", None),
    ]
    assert references("see ADR-1.2") == [Reference("ADR-1", 1)]  # no version: record 1


def _gzkit(version: str, slug: str, title: str, more: str = "") -> str:
    return (
        f"---\nid: ADR-{version}-{slug}\nstatus: Proposed\nsemver: {version}\n"
        f"date: 2026-03-30\n---\n\n# ADR-{version} — {title}\n\n{more}## Intent\n\nText.\n"
    )


def test_a_related_record_named_by_its_version_resolves(make_repo: RepoFactory) -> None:
    tier = "docs/design/adr/foundation"
    doctrine = f"{tier}/ADR-0.0.9-state-doctrine/ADR-0.0.9-state-doctrine"
    files = {
        f"{doctrine}.md": _gzkit("0.0.9", "state-doctrine", "State Doctrine"),
        f"{tier}/ADR-0.0.10-storage/ADR-0.0.10-storage.md": _gzkit(
            "0.0.10", "storage", "Storage Tiers", "**Related:** ADR-0.0.9\n\n"
        ),
        f"{tier}/ADR-0.0.11-persona/ADR-0.0.11-persona.md": _gzkit("0.0.11", "persona", "Persona"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    storage = next(d for d in catalog if d.title == "Storage Tiers")
    assert [(r.kind.value, r.target_id) for r in storage.relations] == [("relates-to", doctrine)]
    assert [d.number for d in catalog] == [None, None, None]
