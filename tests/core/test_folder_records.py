"""Records kept as their folder's page ("0001-use-x/README.md") are named by their folder."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

PAGE = "# Run the pipeline on merge\n\nStatus: Accepted\n\n## Context\n\nText.\n"
NUMBERED = "# Use X\n\nStatus: Accepted\n\n## Context\n\nText.\n"


def test_a_dated_folder_page_is_labelled_and_found_by_its_folder(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    """Not "index" (what every such page is called): the folder's name, and its words."""
    repo = make_repo(
        {
            "docs/adr/20240524-pipeline/index.md": PAGE,
            "docs/adr/0002-use-x/README.md": NUMBERED,
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    by_path = {d.path: d for d in catalog.decisions}
    assert by_path["docs/adr/20240524-pipeline/index.md"].label == "20240524-pipeline"
    assert by_path["docs/adr/0002-use-x/README.md"].label == "ADR-0002"
    assert catalog.find("pipeline").path == "docs/adr/20240524-pipeline/index.md"
    assert catalog.find("use-x").path == "docs/adr/0002-use-x/README.md"


def test_a_numbered_assets_folders_page_beside_its_record_is_no_second_record(
    make_repo: RepoFactory,
) -> None:
    """Review 7: '0003-assets/README.md' beside '0003-use-z.md' made a duplicate ADR-0003."""
    repo = make_repo(
        {
            "docs/adr/0003-use-z.md": "# 3. Use Z\n\nStatus: Accepted\n",
            "docs/adr/0003-assets/README.md": "# Pictures of ADR 3\n\nDiagrams.\n",
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    numbers = {d.path: d.number for d in catalog.decisions}
    assert numbers.get("docs/adr/0003-use-z.md") == 3
    # the annex of record 3, as "0004-evidence/findings.md" beside record 4 (round 22w);
    # listed as an unnumbered record until then
    assert "docs/adr/0003-assets/README.md" not in numbers
    assert not [p for p in catalog.problems if p.code == "duplicate-number"]


# from fluxcd/flux2 rfcs/NNNN-in-cluster-http-auth/README.md: a draft RFC's folder waits for
# its number. Its page was named by its folder (round 18b) but discovery's own copy of the
# folder rule asked for a digit, so the draft was never listed.
FLUX_DRAFT = (
    "# RFC-NNNN In-cluster HTTP authentication\n\n**Status:** provisional\n\n"
    "**Creation date:** 2025-04-01\n\n## Summary\n\nText.\n"
)


def test_a_draft_folder_waiting_for_its_number_is_listed_unnumbered(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo(
        {
            "rfcs/0001-use-x/README.md": NUMBERED,
            "rfcs/NNNN-in-cluster-http-auth/README.md": FLUX_DRAFT,
        }
    )
    catalog = load_catalog(repo, Settings(adr_dirs=("rfcs",), use_cache=False))
    by_path = {d.path: d for d in catalog.decisions}
    draft = by_path["rfcs/NNNN-in-cluster-http-auth/README.md"]
    assert (draft.number, draft.label) == (None, "NNNN-in-cluster-http-auth")
    assert by_path["rfcs/0001-use-x/README.md"].number == 1
