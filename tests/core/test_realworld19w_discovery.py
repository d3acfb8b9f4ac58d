"""Round 19 (whole logs): which folders of a large code base discovery makes ADR logs."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _rst(title: str, status: str) -> str:
    return (
        f"{title}\n{'#' * len(title)}\n\nStatus\n******\n\n{status}\n\n"
        "Context\n*******\n\nx.\n\nDecision\n********\n\nWe will.\n"
    )


# from openedx/edx-platform: a log per Django app, beside the platform's own docs/decisions.
EDX = {
    "docs/decisions/0001-courses-in-lms.rst": _rst("Courses in LMS", "Accepted"),
    "docs/decisions/index.rst": "# edx-platform Technical Decisions\n\n.. toctree::\n   0*\n",
    "lms/djangoapps/grades/docs/decisions/0005-grade-freeze.rst": _rst(
        "Freezing Changes to Subsection and Course Grades", "Accepted (circa Summer 2018)"
    ),
    "openedx/core/djangoapps/oauth_dispatch/docs/decisions/0008-use-asymmetric-jwts.rst": _rst(
        "8. Use Asymmetric JWTs", "Accepted"
    ),
    "openedx/core/djangoapps/content/learning_sequences/docs/decisions/0001-purpose-of-app.rst": (
        _rst("1. Purpose of this App", "Accepted")
    ),
    "openedx/core/djangoapps/oauth_dispatch/docs/how_tos/README.rst": "How-tos\n=======\n",
}


def test_a_log_kept_per_app_deep_inside_a_folder_of_apps_is_found(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(EDX), Settings(use_cache=False))
    assert sorted(d.path for d in catalog) == [
        "docs/decisions/0001-courses-in-lms.rst",
        "lms/djangoapps/grades/docs/decisions/0005-grade-freeze.rst",
        "openedx/core/djangoapps/content/learning_sequences/docs/decisions/0001-purpose-of-app.rst",
        "openedx/core/djangoapps/oauth_dispatch/docs/decisions/0008-use-asymmetric-jwts.rst",
    ]


def test_a_deep_package_log_is_found_under_any_common_name(make_repo: RepoFactory) -> None:
    files = dict(EDX)
    deep = "openedx/core/djangoapps/user_authn/docs/architecture/decisions/0001-x.rst"
    files[deep] = _rst("1. X", "Accepted")
    paths = [d.path for d in load_catalog(make_repo(files), Settings(use_cache=False))]
    assert deep in paths and len(paths) == 5


def test_the_deeper_search_stays_inside_folders_of_packages(make_repo: RepoFactory) -> None:
    files = dict(EDX)
    # Five levels down, but under no folder of packages: a code base's leaves are not listed.
    files["src/main/java/org/example/docs/decisions/0001-x.md"] = "# 1. X\n\nStatus: Accepted\n"
    paths = [d.path for d in load_catalog(make_repo(files), Settings(use_cache=False))]
    assert "src/main/java/org/example/docs/decisions/0001-x.md" not in paths
    assert len(paths) == 4


def test_a_folder_of_components_inside_an_app_is_not_searched(make_repo: RepoFactory) -> None:
    # Review 9 (S3): "apps/admin/src/components" named a folder of packages three levels
    # below "apps", and every component's folders were listed (900 listings for 3 apps).
    files = dict(EDX)
    for app in ("admin", "shop"):
        for name in ("Button", "Card", "Menu"):
            files[f"apps/{app}/src/components/{name}/index.ts"] = "export {}\n"
    files["apps/admin/src/components/Card/docs/decisions/0001-x.md"] = "# 1. X\n\nStatus: Ok\n"
    paths = [d.path for d in load_catalog(make_repo(files), Settings(use_cache=False))]
    assert len(paths) == 4 and not any(p.startswith("apps/") for p in paths)


def _proposal(title: str, status: str, menu: str) -> str:
    return (
        f"---\ntype: proposal\ntitle: {title}\nstatus: {status}\nowner: bwplotka\nmenu: {menu}\n"
        f"---\n\n## Summary\n\nThis proposal describes {title}.\n"
    )


# from thanos-io/thanos docs/: proposals named by the month (or day) they were written,
# moved from proposals-accepted to proposals-done once implemented; Hugo's _index.md beside.
THANOS = {
    "docs/proposals-accepted/_index.md": "---\ntitle: 'Accepted Proposals:'\n---\n\nList.\n",
    "docs/proposals-accepted/202101-endpoint-discovery.md": _proposal(
        "Endpoint Discovery", "accepted", "proposals-accepted"
    ),
    "docs/proposals-accepted/202107-planner-component.md": _proposal(
        "Planner Component", "accepted", "proposals-accepted"
    ),
    "docs/proposals-accepted/20231114-split-store-gateway.md": _proposal(
        "Split store gateway", "accepted", "proposals-accepted"
    ),
    "docs/proposals-done/_index.md": "---\ntitle: 'Done Proposals:'\n---\n\nList.\n",
    "docs/proposals-done/201809-gossip-removal.md": _proposal(
        "Gossip removal", "complete", "proposals-done"
    ),
    "docs/proposals-done/202005-query-logging.md": _proposal(
        "Query Logging for Thanos", "approved", "proposals-done"
    ),
    "docs/proposals-done/20221129-avoid-global-sort.md": _proposal(
        "Avoid Global Sort on Querier Select", "accepted", "proposals-done"
    ),
    "docs/components/query.md": "---\ntitle: Querier\ntype: docs\n---\n\n# Querier\n",
}


def test_proposals_named_by_their_month_make_a_log(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(THANOS), Settings(use_cache=False))
    assert sorted(d.path for d in catalog) == sorted(
        p for p in THANOS if "/20" in p and p.startswith("docs/proposals-")
    )
    assert {d.title for d in catalog} >= {"Query Logging for Thanos", "Split store gateway"}


def _notes(title: str) -> str:
    return f"# {title}\n\nAttendees: Ana, Raj.\n\n## Notes\n\n- We talked.\n"


# Review 9 (M4): meeting notes and release notes are named by their day or month as thanos'
# proposals are; outside a folder named for records they are no log.
@pytest.mark.parametrize(
    "files",
    [
        {
            f"docs/meetings/202401{day}-weekly-sync.md": _notes("Weekly sync")
            for day in ("05", "12", "19")
        },
        {
            f"docs/releases/20240{m}-release-notes.md": _notes(f"Release 20240{m}")
            for m in (1, 2, 3)
        },
    ],
    ids=["meetings", "releases"],
)
def test_documents_named_by_their_day_elsewhere_are_no_log(
    make_repo: RepoFactory, files: dict[str, str]
) -> None:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [d.path for d in catalog] == []


def test_a_log_kept_a_folder_a_year_names_its_records_by_day(make_repo: RepoFactory) -> None:
    # Review 9b (S7): a log split by year ("docs/architecture/2024/20240105-use-x.md") was
    # no longer found once day-named files counted only in folders named for records.
    files = {
        f"docs/architecture/2024/2024{day}-use-{name}.md": _proposal(name, "accepted", "2024")
        for day, name in (("0105", "x"), ("0212", "y"), ("0315", "z"))
    }
    assert len(load_catalog(make_repo(files), Settings(use_cache=False))) == 3
