"""Round 14: whole real logs whose folders discovery misread."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.errors import NotFoundError
from adr_tui.core.settings import Settings


def _nygard(number: int, title: str, status: str = "Accepted") -> str:
    return f"# {number}. {title}\n\nDate: 2020-02-01\n\n## Status\n\n{status}\n\n## Context\n\nX.\n"


# from DFE-Digital/publish-teacher-training: adr-tools' log moved from guides/adr to docs/adr.
# Constructed: its .adr-dir left naming the old folder, which keeps a README saying so.
MOVED = {
    ".adr-dir": "guides/adr\n",
    "guides/adr/README.md": (
        "# ADRs have moved\n\nThe decision log now lives in [docs/adr](../../docs/adr/index.md).\n"
    ),
    "docs/adr/index.md": "# Decisions\n\n- [1](0001-record-architecture-decisions.md)\n",
    "docs/adr/0001-record-architecture-decisions.md": _nygard(
        1, "Record architecture decisions in teacher-training-api"
    ),
    "docs/adr/0004-before-action-variables.md": _nygard(4, "Before action variables"),
    "docs/adr/0005-controller-structure.md": _nygard(5, "Controller structure"),
}


def test_an_adr_dir_naming_a_folder_without_adrs_is_reported_and_passed_over(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo(MOVED)
    for start in (repo, repo / "docs/adr"):
        catalog = load_catalog(start, Settings(use_cache=False))
        assert catalog.discovery.adr_dirs == ("docs/adr",)
        assert [d.number for d in catalog.decisions] == [1, 4, 5]
        assert [(p.path, p.code, p.message) for p in catalog.discovery.problems] == [
            (
                ".adr-dir",
                "stale-adr-dir",
                ".adr-dir names guides/adr, which holds no ADR; ADRs were looked for "
                "elsewhere: fix or delete it",
            )
        ]


def test_an_adr_dir_naming_a_missing_folder_is_reported(make_repo: RepoFactory) -> None:
    files = {k: v for k, v in MOVED.items() if not k.startswith("guides/")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adr",)
    assert [p.message for p in catalog.discovery.problems] == [
        ".adr-dir names guides/adr, which does not exist; ADRs were looked for elsewhere: "
        "fix or delete it"
    ]


def test_an_adr_dir_naming_the_log_is_followed_without_a_problem(make_repo: RepoFactory) -> None:
    files = {k: v for k, v in MOVED.items() if not k.startswith("guides/")}
    files[".adr-dir"] = "docs/adr\n"
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert (catalog.discovery.how, catalog.discovery.adr_dirs) == ("config", ("docs/adr",))
    assert catalog.discovery.problems == ()


def _cp30(number: int, title: str) -> str:
    return f"# ADR-{number:03d}: {title}\n\n**Status:** Proposed  \n**Date:** 2026-05-07  \n"


# from ministryofjustice/cloud-platform architecture-decision-record: the CP2 log ("NNN-x.md")
# holds the CP30 log ("cp30/ADR-NNN-x.md"), whose README says the two number independently.
CLOUD_PLATFORM = {
    "architecture-decision-record/002-Use-github-for-architecture-decision-record.md": _nygard(
        2, "Use GitHub for architecture decision record", "✅ Accepted"
    ),
    "architecture-decision-record/005-ECR-monitoring-and-alerting.md": _nygard(
        5, "Monitoring and Alerting of ECR Image counts", "✅ Accepted"
    ),
    "architecture-decision-record/017-Variable-Naming.md": _nygard(17, "Variable Naming"),
    "architecture-decision-record/cp30/README.md": (
        "# Container Platform 3.0 Architecture Decisions\n\nThe two logs use independent "
        "numbering.\n"
    ),
    "architecture-decision-record/cp30/ADR-002-argocd-gitops-fleet-management.md": _cp30(
        2, "GitOps Fleet Management — EKS Capability for Argo CD"
    ),
    "architecture-decision-record/cp30/ADR-005-observability-amp-amg-adot.md": _cp30(
        5, "Observability Stack — Metrics, Dashboards, and Alerting"
    ),
    "architecture-decision-record/cp30/ADR-017-logging-and-log-management.md": _cp30(
        17, "Logging and log management"
    ),
    "architecture-decision-record/cp30/ADR-017-opensearch-deployment-model.md": _cp30(
        17, "OpenSearch deployment model"
    ),
}


def test_a_folder_numbering_its_records_otherwise_is_a_log_of_its_own(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(CLOUD_PLATFORM), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == (
        "architecture-decision-record",
        "architecture-decision-record/cp30",
    )
    duplicates = [p.path for p in catalog.problems if p.code == "duplicate-number"]
    assert duplicates == [  # only CP30's own two records 17
        "architecture-decision-record/cp30/ADR-017-logging-and-log-management.md",
        "architecture-decision-record/cp30/ADR-017-opensearch-deployment-model.md",
    ]
    assert catalog.find("ADR-005").path.endswith("cp30/ADR-005-observability-amp-amg-adot.md")
    with pytest.raises(NotFoundError, match="ambiguous"):
        catalog.find("5")  # one in each log: the user names which


def test_a_folder_numbering_again_from_one_is_a_log_of_its_own(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {
            "docs/adr/0001-record-decisions.md": _nygard(1, "Record decisions"),
            "docs/adr/0002-use-kafka.md": _nygard(2, "Use Kafka"),
            "docs/adr/frontend/0001-use-react.md": _nygard(1, "Use React"),
            "docs/adr/frontend/0002-use-vite.md": _nygard(2, "Use Vite"),
            "docs/adr/archive/0003-use-rabbitmq.md": _nygard(3, "Use RabbitMQ"),
            "docs/adr/archive/0002-use-queues.md": _nygard(2, "Use queues"),
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adr", "docs/adr/frontend")
    duplicates = [p.path for p in catalog.problems if p.code == "duplicate-number"]
    # The archive continues the log's numbers: its 2 is one the log holds already.
    assert duplicates == ["docs/adr/0002-use-kafka.md", "docs/adr/archive/0002-use-queues.md"]


# from tsorren/DonaTrack-TP-DDS docs/adr: dated records beside a technical-debt register.
DEBT = (
    "# Registro de Deuda Técnica y Decisiones de Arquitectura\n\n## [Refactor] Automatización "
    "de Anonimización (DTI-01)\n\n**Prioridad:** Alta.\n"
)


def test_a_page_named_in_capitals_beside_dated_records_is_no_decision(
    make_repo: RepoFactory,
) -> None:
    madr = "# {}\n\n- Status: proposed\n- Date: 2026-06-13\n\n## Contexto y Problema\n\nX.\n"
    repo = make_repo(
        {
            "docs/adr/20260613-categorizacion-de-bienes.md": madr.format("Categorización"),
            "docs/adr/20260919-convencion-canonica.md": madr.format("Convención canónica"),
            "docs/adr/DEUDA_TECNICA.md": DEBT,
            # A log that numbers nothing keeps its records, whatever their case.
            "decisions/USE_KAFKA.md": madr.format("Use Kafka"),
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert [d.path for d in catalog.decisions] == [
        "decisions/USE_KAFKA.md",
        "docs/adr/20260613-categorizacion-de-bienes.md",
        "docs/adr/20260919-convencion-canonica.md",
    ]


def test_a_log4brains_package_folder_that_is_not_there_is_noted(make_repo: RepoFactory) -> None:
    # from tsorren/DonaTrack-TP-DDS .log4brains.yml: packages declared before their records.
    config = (
        "project:\n  name: DonaTrack\n  adrFolder: ./docs/adr\n  packages:\n"
        "    - name: donaciones\n      adrFolder: docs/adr/donaciones-service\n"
        "    - name: auth\n      path: auth-service\n      adrFolder: docs/adr/auth-service\n"
    )
    madr = "# Personas\n\n- Status: accepted\n- Date: 2026-05-21\n\n## Contexto\n\nX.\n"
    repo = make_repo(
        {".log4brains.yml": config, "docs/adr/donaciones-service/20260521-personas.md": madr}
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adr", "docs/adr/donaciones-service")
    assert [(p.path, p.code, p.severity, p.message) for p in catalog.discovery.problems] == [
        (
            ".log4brains.yml",
            "missing-dir",
            "info",
            "names docs/adr/auth-service, which does not exist",
        )
    ]
