"""Round 18 (whole logs): which folders and files a real log's layout makes its records."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _table(title: str, status: str) -> str:
    return (
        f"# {title}\n\n|Metadata|Value|\n|--------|-----|\n|Date    |2023-02-10|\n"
        f"|Author  |@jnmoyne|\n|Status  |{status}|\n|Tags    |jetstream, client, server|\n\n"
        "## Context and Problem Statement\n\nx.\n"
    )


# from nats-io/nats-architecture-and-design adr/: records named ADR-N, a draft named
# "ADR-XX.md" until it is numbered, and a proposal named by its subject.
NATS = {
    "adr/ADR-1.md": _table("JetStream JSON API Design", "Partially Implemented"),
    "adr/ADR-8.md": _table("JetStream based Key-Value Stores", "Implemented"),
    "adr/ADR-30.md": _table("Subject Transform", "Implemented"),
    "adr/ADR-XX.md": _table("Subject Mapping Transforms in Streams", "`Partially Implemented`"),
    "adr/ADR-certstore.md": _table("Certificate Store", "`Proposed`"),
    "adr/images/stream-transform.png": "PNG",
    "adr-template.md": _table("Title", "`Approved` `Partially Implemented`"),
}


def test_a_draft_named_adr_xx_is_a_record_not_a_page(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(NATS), Settings(use_cache=False))
    assert [d.path for d in catalog] == [
        "adr/ADR-1.md",
        "adr/ADR-8.md",
        "adr/ADR-30.md",
        "adr/ADR-XX.md",
        "adr/ADR-certstore.md",
    ]


def test_a_page_named_in_capitals_beside_numbered_records_is_still_no_record(
    make_repo: RepoFactory,
) -> None:
    files = dict(NATS, **{"adr/ADR_LOG.md": "# ADR log\n\nEvery record.\n"})
    paths = [d.path for d in load_catalog(make_repo(files), Settings(use_cache=False))]
    assert "adr/ADR_LOG.md" not in paths and "adr/ADR-XX.md" in paths


def _comet(number: str, title: str, status: str) -> str:
    return (
        f"# ADR {number}: {title}\n\n## Changelog\n\n- 2023-02-28: Renumber\n\n"
        f"## Status\n\n{status}\n\n## Context\n\nx.\n"
    )


# from cometbft/cometbft docs/architecture/: CometBFT numbers its records from 100 beside the
# front page, and keeps Tendermint Core's older records in tendermint-core/.
COMET = {
    "docs/architecture/README.md": (
        "# Architecture Decision Records (ADR)\n\nFor historical ADRs relevant to Tendermint "
        "Core as well, please see [this list](./tendermint-core/).\n\n"
        "- [ADR-101: Data companion pull API](./adr-101-data-companion-pull-api.md)\n"
    ),
    "docs/architecture/adr-template.md": _comet("{ADR-NUMBER}", "{TITLE}", "{Proposed}"),
    "docs/architecture/adr-100-data-companion-push-api.md": _comet(
        "100", "Data Companion Push API", "Rejected"
    ),
    "docs/architecture/adr-101-data-companion-pull-api.md": _comet(
        "101", "Data Companion Pull API", "Accepted"
    ),
    "docs/architecture/tendermint-core/README.md": "# Tendermint Core ADRs\n\nFrozen.\n",
    "docs/architecture/tendermint-core/adr-006-trust-metric.md": _comet(
        "006", "Trust Metric Design", "Accepted"
    ),
    "docs/architecture/tendermint-core/adr-007-trust-metric-usage.md": _comet(
        "007", "Trust Metric Usage Guide", "Proposed"
    ),
    "docs/architecture/tendermint-core/adr-035-documentation.md": _comet(
        "035", "Documentation", "Deprecated"
    ),
    "docs/app-dev/abci-cli.md": "# Using ABCI-CLI\n",
}


def test_records_beside_a_found_folder_of_older_records_are_listed(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(COMET), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/architecture",)
    assert [d.number for d in catalog] == [6, 7, 35, 100, 101]
    assert not catalog.warnings
    # a parent holding no file named as an ADR is not taken in
    older = {k: v for k, v in COMET.items() if "/adr-10" not in k}
    catalog = load_catalog(make_repo(older), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/architecture/tendermint-core",)
    # nor one whose other documents are no records (a guide beside an ADR-named file)
    guides = dict(COMET, **{"docs/architecture/upgrading.md": "# Upgrading\n\nSteps.\n"})
    catalog = load_catalog(make_repo(guides), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/architecture/tendermint-core",)


def _rfc(number: str, title: str) -> str:
    return (
        f"# RFC-{number} {title}\n\n**Status:** implemented\n\n**Creation date:** 2022-03-31"
        "\n\n## Summary\n\nx.\n"
    )


# from fluxcd/flux2 rfcs/: each RFC is the README of a numbered folder; RFC-0000 is the
# template, and rfcs/README.md describes the process.
FLUX = {
    "README.md": "# Flux version 2\n",
    "rfcs/README.md": "# Flux RFCs\n\nUse [RFC-0000](RFC-0000/README.md) as template.\n",
    "rfcs/RFC-0000/README.md": _rfc("NNNN", "Title"),
    "rfcs/0001-authorization/README.md": _rfc("0001", "Flux Authorization"),
    "rfcs/0002-helm-oci/README.md": _rfc("0002", "Flux OCI support for Helm"),
    "rfcs/0003-kubernetes-oci/README.md": _rfc("0003", "Flux OCI support for Kubernetes"),
    "rfcs/0006-cdevents/README.md": _rfc("0006", "CDEvents Receiver"),
    "rfcs/0006-cdevents/cdevents-flux-tekton.png": "PNG",
}


def test_a_records_folder_of_numbered_folder_pages_is_found(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(FLUX), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("rfcs",)
    assert [d.number for d in catalog] == [1, 2, 3, 6]
    # the same folders in a folder not named for records are a guide's chapters
    guide = {k.replace("rfcs/", "guide/"): v for k, v in FLUX.items()}
    assert list(load_catalog(make_repo(guide), Settings(use_cache=False))) == []


# from celestiaorg/celestia-app docs/architecture/: "adr-template copy.md" beside the template.
CELESTIA = {
    "docs/architecture/adr-template.md": _comet("{ADR-NUMBER}", "{TITLE}", "{Proposed}"),
    "docs/architecture/adr-template copy.md": _comet("{ADR-NUMBER}", "{TITLE}", "{Proposed}"),
    "docs/architecture/adr-001-abci++-adoption.md": _comet("001", "ABCI++ Adoption", "Accepted"),
    "docs/architecture/adr-002-qgb-valset.md": _comet("002", "QGB ValSet", "Proposed"),
    "docs/architecture/adr-003-qgb-data-commitments.md": _comet("003", "QGB Data", "Proposed"),
}


def test_a_copy_of_the_template_is_reported_as_one(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(CELESTIA), Settings(use_cache=False))
    assert [d.number for d in catalog] == [1, 2, 3]
    assert [(p.path, p.message) for p in catalog.problems] == [
        (
            "docs/architecture/adr-template copy.md",
            "a copy of the template adr-template.md, not listed: delete it",
        )
    ]


def _camunda(title: str, status: str = "Accepted") -> str:
    return (
        f"# {title}\n\n**DRI**: Carlo Sana\n\n**Status**: {status}\n\n**Purpose**: x.\n\n"
        "## Context\n\nx.\n"
    )


# from camunda/camunda docs/adr/: monorepo-wide records, and a log per domain below it
# ("Create the domain directory when the first ADR for that domain is written").
CAMUNDA = {
    "docs/adr/README.md": "# Architecture Decision Records\n\nDomain: docs/adr/<domain>/\n",
    "docs/adr/0001-namespace-diagnostics-collection.md": _camunda("Namespace diagnostics"),
    "docs/adr/storage/001-remove-numeric-key-from-identity-entity-filters.md": _camunda(
        "Remove numeric key from identity entity filters"
    ),
    "docs/adr/storage/002-per-index-shard-configuration.md": _camunda("Per-index shards"),
    "docs/adr/security/001-endpoint-required-permission-mapping.md": _camunda("Permissions"),
    "docs/adr/security/002-tenant-access-provider-ownership-and-seam.md": _camunda("Seam"),
    "docs/adr/gradle/001-gradle-experimental-ci-integration.md": _camunda(
        "Experimental Gradle build and CI integration", "Proposed"
    ),
    "docs/adr/secrets/001-central-secret-resolution-architecture.md": _camunda("Secrets"),
}


def test_a_domain_log_of_one_record_is_a_log_like_its_siblings(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(CAMUNDA), Settings(use_cache=False))
    assert set(catalog.discovery.adr_dirs) == {
        "docs/adr",
        "docs/adr/storage",
        "docs/adr/security",
        "docs/adr/gradle",
        "docs/adr/secrets",
    }
    assert not catalog.warnings
    # without sibling logs, a lone folder's record 1 is still a second record 1 of the log
    lone = {k: v for k, v in CAMUNDA.items() if "/storage/" not in k and "/security/" not in k}
    catalog = load_catalog(make_repo(lone), Settings(use_cache=False))
    assert {p.code for p in catalog.warnings} == {"duplicate-number"}


def _gzkit(ident: str, title: str) -> str:
    return (
        f"---\nid: {ident}\nstatus: Proposed\nlane: lite\nkind: foundation\ndate: 2026-03-30\n"
        f"---\n\n# {title}\n\n## Intent\n\nx.\n\n## Decision\n\nDecided.\n"
    )


def _brief(ident: str, parent: str) -> str:
    return (
        f"---\nid: {ident}\nparent: {parent}\nitem: 1\nlane: Lite\nstatus: Draft\n---\n\n"
        f"# {ident}: brief\n\n## Objective\n\nx.\n"
    )


# from tvproductions/gzkit docs/design/adr/: a folder per decision holding the decision (named
# as its folder), its work items, audit and closeout form; agent instructions beside the log.
TIER = "docs/design/adr/foundation"
GZ1 = "ADR-0.0.1-canonical-govzero-parity"
GZ10 = "ADR-0.0.10-storage-tiers-simplicity-profile"
GZKIT = {
    "docs/design/adr/README.md": "# Architecture Decision Records\n\nTiers: foundation/, pool/.\n",
    "docs/design/adr/AGENTS.md": "# Agent instructions for ADRs\n\nUse `gz adr new`.\n",
    "docs/design/adr/CLAUDE.md": "# Claude instructions\n\nSee AGENTS.md.\n",
    f"{TIER}/{GZ1}/{GZ1}.md": _gzkit(GZ1, "ADR-0.0.1 — Canonical GovZero Parity"),
    f"{TIER}/{GZ1}/obpis/OBPI-0.0.1-01-designate-canonical.md": _brief("OBPI-0.0.1-01", GZ1),
    f"{TIER}/{GZ10}/{GZ10}.md": _gzkit(GZ10, "ADR-0.0.10 — Storage Tiers"),
    f"{TIER}/{GZ10}/ADR-CLOSEOUT-FORM.md": "# ADR Closeout Form\n\n| Gate | Status |\n",
    f"{TIER}/{GZ10}/EVALUATION_SCORECARD.md": "# Evaluation Scorecard\n\nClarity 4.\n",
    f"{TIER}/{GZ10}/audit/AUDIT.md": "# Audit\n\nAll gates green.\n",
    f"{TIER}/{GZ10}/obpis/OBPI-0.0.10-01-three-tier-model.md": _brief("OBPI-0.0.10-01", GZ10),
    f"{TIER}/{GZ10}/obpis/OBPI-0.0.10-02-identity-surfaces.md": _brief("OBPI-0.0.10-02", GZ10),
    "docs/design/adr/pool/ADR-pool.storage-simplicity-profile.md": _gzkit(
        "ADR-pool.storage-simplicity-profile", "ADR-pool: Storage Simplicity Profile"
    ),
}


def test_a_folder_kept_for_one_decision_lists_the_decision_alone(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(GZKIT), Settings(use_cache=False))
    assert {d.path for d in catalog} == {
        f"{TIER}/{GZ1}/{GZ1}.md",
        f"{TIER}/{GZ10}/{GZ10}.md",
        "docs/design/adr/pool/ADR-pool.storage-simplicity-profile.md",
    }


def test_other_pages_of_a_numbered_folders_record_are_not_records(
    make_repo: RepoFactory,
) -> None:
    files = dict(FLUX, **{"rfcs/0006-cdevents/appendix-broker.md": "# Broker appendix\n\nx.\n"})
    paths = [d.path for d in load_catalog(make_repo(files), Settings(use_cache=False))]
    assert "rfcs/0006-cdevents/README.md" in paths
    assert "rfcs/0006-cdevents/appendix-broker.md" not in paths
