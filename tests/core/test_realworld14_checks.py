"""Round 14: log problems of whole real logs that check did not report."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

DONA = "docs/adr/donaciones-service"
CATEGORIES = "20260613-categorizacion-de-bienes.md"


def _madr(status: str) -> str:
    return (
        f"# Categorización de bienes\n\n- Status: {status}\n- Date: 2026-06-13\n\n"
        "## Contexto y Problema\n\nLas donaciones necesitan una categoría.\n"
    )


# from tsorren/DonaTrack-TP-DDS: a dated record moved into its log4brains package, the old
# copy (still proposed) left in the project's log.
def test_a_dated_record_left_in_two_folders_is_reported(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {
            ".log4brains.yml": (
                f"project:\n  name: DonaTrack\n  adrFolder: ./docs/adr\n  packages:\n"
                f"    - name: donaciones\n      adrFolder: {DONA}\n"
            ),
            f"docs/adr/{CATEGORIES}": _madr("proposed"),
            f"{DONA}/{CATEGORIES}": _madr("accepted"),
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert [(p.path, p.message) for p in catalog.problems if p.code == "same-record"] == [
        (
            f"docs/adr/{CATEGORIES}",
            f"proposed here, and the same record is in {DONA}/{CATEGORIES} (accepted): keep one",
        ),
        (
            f"{DONA}/{CATEGORIES}",
            f"accepted here, and the same record is in docs/adr/{CATEGORIES} (proposed): keep one",
        ),
    ]


def test_numbered_logs_each_starting_with_the_same_record_hold_no_copy(
    make_repo: RepoFactory,
) -> None:
    first = "# 1. Record architecture decisions\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n"
    repo = make_repo(
        {
            "services/a/docs/adr/0001-record-architecture-decisions.md": first,
            "services/b/docs/adr/0001-record-architecture-decisions.md": first,
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert len(catalog) == 2
    assert [p for p in catalog.problems if p.code == "same-record"] == []
