"""Round 15: records kept as their folder's page, and the links between them."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _nygard(title: str, status: str) -> str:
    return f"# {title}\n\n## Status\n\n{status}\n\n## Context\n\nWe want the easiest way.\n"


# Constructed after pipe-cd/tutorial (adr/yyyymmdd-<title>/index.md, its README's layout):
# records as folders, numbered, linked by their folders as a site serves them.
FOLDERS = {
    "docs/adr/0001-use-x/README.md": _nygard("Use X", "Accepted"),
    "docs/adr/0002-use-y/index.md": _nygard("Use Y", "Superseded by [Use Z](../0003-use-z.md)"),
    "docs/adr/0003-use-z.md": _nygard("Use Z", "Accepted\n\nSupersedes [Use Y](../0002-use-y/)"),
}


def test_a_link_to_a_records_folder_finds_its_page(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(FOLDERS), Settings(use_cache=False))
    newer = catalog.get("docs/adr/0003-use-z")
    assert newer is not None
    assert [(r.ref.number, r.target_id) for r in newer.supersedes] == [
        (2, "docs/adr/0002-use-y/index")
    ]
    assert [d.number for d in catalog] == [1, 2, 3]
    assert catalog.problems == ()  # no stale link: the folder names the record


def test_records_kept_as_folders_are_one_log(make_repo: RepoFactory) -> None:
    files = {**FOLDERS, "docs/adr/0001-use-w/README.md": _nygard("Use W", "Proposed")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    clashes = sorted(p.path for p in catalog.problems if p.code == "duplicate-number")
    assert clashes == ["docs/adr/0001-use-w/README.md", "docs/adr/0001-use-x/README.md"]


def test_a_link_to_a_folder_that_holds_no_record_is_broken(make_repo: RepoFactory) -> None:
    files = {**FOLDERS, "docs/adr/0004-use-v.md": _nygard("Use V", "Supersedes [W](../0009-w/)")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    broken = [p.message for p in catalog.problems if p.code == "broken-link"]
    assert broken == ["supersedes 'W' (../0009-w) names no ADR here"]
