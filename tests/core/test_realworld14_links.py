"""Round 14: links between the records of whole real logs."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings


def _madr(title: str, body: str, status: str = "proposed") -> str:
    return (
        f"# {title}\n\n- Status: {status}\n- Date: 2026-10-07\n\n## Contexto y Problema\n\n{body}\n"
    )


def _related(catalog: Catalog, path: str) -> list[tuple[str | None, bool]]:
    d = catalog.get(path.rsplit(".", 1)[0])
    assert d is not None
    return [(r.target_id, r.stated) for r in d.relations if r.kind.value == "relates-to"]


DONA = "docs/adr/donaciones-service"
# from tsorren/DonaTrack-TP-DDS: log4brains packages of date-named records; 20261007 lists
# the four records it answers, one of them in the project's log one folder up.
DONATRACK = {
    ".log4brains.yml": (
        "project:\n  name: DonaTrack\n  adrFolder: ./docs/adr\n  packages:\n"
        f"    - name: donaciones\n      path: donaciones-service\n      adrFolder: {DONA}\n"
    ),
    "docs/adr/20260919-convencion-canonica-identificadores-y-contratos-amqp.md": _madr(
        "Convención canónica de identificadores", "x"
    ),
    f"{DONA}/20260521-personas.md": _madr("Personas", "x", "accepted"),
    f"{DONA}/20260702-alcance-operaciones-rest-entidad-beneficiaria.md": _madr(
        "Alcance de operaciones REST", "x", "rejected"
    ),
    f"{DONA}/20261007-identidad-compartida-de-roles-donante-y-entidad-beneficiaria.md": _madr(
        "Identidad compartida de los roles Donante y EntidadBeneficiaria",
        "Hoy no tienen datos propios.\n\n## Relación con otros ADRs\n\n"
        "* [`20260521-personas`](20260521-personas.md) (`accepted`): no se contradice.\n"
        "* [`20260702-alcance-operaciones-rest-entidad-beneficiaria`](20260702-alcance-"
        "operaciones-rest-entidad-beneficiaria.md) (`rejected`): evaluó y descartó un "
        "mecanismo de baja lógica propio.\n"
        "* [`20260919-convencion-canonica-identificadores-y-contratos-amqp`](../20260919-"
        "convencion-canonica-identificadores-y-contratos-amqp.md) (`proposed`): `donanteId` "
        "se mantiene.\n"
        "* Issue [#888](https://github.com/tsorren/DonaTrack-TP-DDS/issues/888) y [plan de "
        "implementación](../../entrega-4/donaciones/plan-implementacion-roles-donante-"
        "entidad.md) (hace de spec).\n",
    ),
}


def test_every_dated_record_a_dated_record_links_is_related(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(DONATRACK), Settings(use_cache=False))
    path = f"{DONA}/20261007-identidad-compartida-de-roles-donante-y-entidad-beneficiaria.md"
    assert _related(catalog, path) == [
        (f"{DONA}/20260521-personas", True),
        (f"{DONA}/20260702-alcance-operaciones-rest-entidad-beneficiaria", True),
        ("docs/adr/20260919-convencion-canonica-identificadores-y-contratos-amqp", True),
    ]
    assert [p for p in catalog.problems if p.code == "broken-link"] == []


# Constructed (the rw14 audit's scratch log "h"): a log that names its records by words.
WORDS = {
    "docs/adr/use-a.md": _madr(
        "A one", "See [b](use-b.md), [c](./use-c.md) and the [glossary](glossary.md)."
    ),
    "docs/adr/use-b.md": _madr("B one", "b"),
    "docs/adr/use-c.md": _madr("C one", "c"),
    "docs/adr/glossary.md": "# Glossary\n\nWords.\n",
}


def test_siblings_of_a_log_named_by_words_are_related(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(WORDS), Settings(use_cache=False))
    assert _related(catalog, "docs/adr/use-a.md") == [
        ("docs/adr/use-b", True),
        ("docs/adr/use-c", True),
    ]
    assert _related(catalog, "docs/adr/use-b.md") == [("docs/adr/use-a", False)]
    assert [p for p in catalog.problems if p.code == "broken-link"] == []  # the glossary: a page


GSP = "docs/architecture/adr"
# from alphagov/gsp docs/architecture/adr: ADR004's successor was renamed from
# ADR024-tenant-isolation.md to ADR024-soft-multitenancy.md; its link kept the old name.
GSP_LOG = {
    f"{GSP}/ADR004-tenant-isolation.md": (
        "# ADR004: Tenant Isolation\n\n## Status\n\nSuperceded by [ADR024 - Programme level "
        "tenant isolation](ADR024-tenant-isolation.md)\n\n## Context\n\nThe two main "
        "isolation models for Kubernetes are namespaces and multiple clusters.\n"
    ),
    f"{GSP}/ADR024-soft-multitenancy.md": (
        "# ADR024: Soft Multi-tenancy\n\n## Status\n\nAccepted\n\n## Context\n\n"
        "One cluster per programme is expensive.\n"
    ),
}


def test_a_link_to_a_renamed_record_finds_it_by_its_numbered_name_and_is_stale(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(GSP_LOG), Settings(use_cache=False))
    old = catalog.get(f"{GSP}/ADR004-tenant-isolation")
    new = catalog.get(f"{GSP}/ADR024-soft-multitenancy")
    assert old is not None and new is not None
    assert [r.target_id for r in old.superseded_by] == [new.id]
    assert [(r.target_id, r.stated) for r in new.supersedes] == [(old.id, False)]
    assert [(p.path, p.code, p.message) for p in catalog.problems if "link" in p.code] == [
        (
            old.path,
            "stale-link",
            f"superseded-by link 'ADR024-tenant-isolation.md' names no file: it is {new.path} now",
        ),
        (
            new.path,
            "one-sided-link",
            "ADR-0004 says it is superseded by this ADR, but this ADR does not say so",
        ),
    ]


def test_a_link_numbered_otherwise_or_elsewhere_stays_broken(make_repo: RepoFactory) -> None:
    files = dict(GSP_LOG)
    files[f"{GSP}/ADR004-tenant-isolation.md"] = files[f"{GSP}/ADR004-tenant-isolation.md"].replace(
        "(ADR024-tenant-isolation.md)", "(../ADR024-tenant-isolation.md)"
    )
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [p.code for p in catalog.problems if "link" in p.code] == ["broken-link"]


ADRS = "architecture-decision-record"
# from ministryofjustice/cloud-platform: 021 links the page the site renders from 012.
CLOUD = {
    f"{ADRS}/012-One-cluster-for-dev-staging-prod.md": (
        "# One cluster for dev/staging/prod\n\nDate: 01/06/2019\n\n## Status\n\nAccepted\n"
    ),
    f"{ADRS}/021-Multi-cluster.md": (
        "# 21. Multi-cluster\n\nDate: 2021-05-11\n\n## Status\n\n🤔 Proposed\n\n## Context\n\n"
        "Service teams' apps currently run on [one Kubernetes cluster](012-One-cluster-for-dev-"
        "staging-prod.html). That includes their dev/staging/prod environments.\n"
        "See the [runbooks](runbooks.html) and [ADR 99](099-not-written.html).\n"
    ),
}


def test_a_link_to_the_page_rendered_from_a_record_relates_it(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(CLOUD), Settings(use_cache=False))
    assert _related(catalog, f"{ADRS}/021-Multi-cluster.md") == [
        (f"{ADRS}/012-One-cluster-for-dev-staging-prod", True),
        (None, True),  # ADR 99: a record, missing
    ]
    # A page that renders no record of the log ('runbooks.html') is no broken link; one
    # numbered as a record ('[ADR 99](099-not-written.html)') is, as a .md link would be.
    broken = [p.message for p in catalog.problems if "link" in p.code]
    assert len(broken) == 1 and "099-not-written.html" in broken[0]
