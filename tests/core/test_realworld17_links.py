"""Round 17: a record that links the log's own records by forge pages written without '.md'."""

from __future__ import annotations

from tests.conftest import RepoFactory
from tests.helpers_git import git

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings

BLOB = (
    "https://github.com/ministryofjustice/offender-management-architecture-decisions"
    "/blob/master/decisions"
)


def _nygard(number: int, title: str, extra: str = "") -> str:
    head = f"# {number}. {title}\n\nDate: 2019-02-06\n\n## Status\n\nAccepted\n"
    return f"{head}{extra}\n## Context\n\nx\n"


# from ministryofjustice/offender-management-architecture-decisions decisions/0020: adr-tools'
# "Amends" lines link the amended records by their GitHub pages, the '.md' left off.
OFFENDER = {
    "decisions/0004-separate-api-and-user-facing-applications.md": _nygard(
        4, "Separate API and user facing applications"
    ),
    "decisions/0010-allocation-api-has-less-responsibility.md": _nygard(
        10, "Allocation API has less responsibility"
    ),
    "decisions/0020-unify-api-and-presentation-layer.md": _nygard(
        20,
        "Unify API and Presentation layers",
        "\nAmends [Separate API and user facing applications]"
        f"({BLOB}/0004-separate-api-and-user-facing-applications)\n\n"
        f"Amends [Allocation API has less responsibility]({BLOB}/0010-allocation-api-has-"
        "less-responsibility)\n",
    ),
}


def _load(make_repo: RepoFactory, files: dict[str, str]) -> Catalog:
    root = make_repo(files)
    remote = "https://github.com/ministryofjustice/offender-management-architecture-decisions.git"
    git(root, "remote", "add", "origin", remote)
    return load_catalog(root, Settings(use_cache=False))


def _relations(catalog: Catalog, path: str) -> list[tuple[str, str | None]]:
    (d,) = [d for d in catalog if d.path == path]
    return [(r.kind.value, r.target_id) for r in d.relations]


def test_a_forge_page_without_its_suffix_is_the_record_it_names(make_repo: RepoFactory) -> None:
    catalog = _load(make_repo, OFFENDER)
    assert _relations(catalog, "decisions/0020-unify-api-and-presentation-layer.md") == [
        ("amends", "decisions/0004-separate-api-and-user-facing-applications"),
        ("amends", "decisions/0010-allocation-api-has-less-responsibility"),
    ]
    assert _relations(catalog, "decisions/0004-separate-api-and-user-facing-applications.md") == [
        ("amended-by", "decisions/0020-unify-api-and-presentation-layer")
    ]
    assert [p for p in catalog.problems if p.code == "broken-link"] == []


def test_a_forge_page_of_no_record_of_the_log_is_broken(make_repo: RepoFactory) -> None:
    files = dict(OFFENDER)
    del files["decisions/0010-allocation-api-has-less-responsibility.md"]
    catalog = _load(make_repo, files)
    broken = [p.path for p in catalog.problems if p.code == "broken-link"]
    assert broken == ["decisions/0020-unify-api-and-presentation-layer.md"]
