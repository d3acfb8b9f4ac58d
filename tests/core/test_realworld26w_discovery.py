"""Round 26 (whole logs): a link to the log under a common name; folders named on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _nygard(number: int, title: str) -> str:
    return f"# {number}. {title}\n\nDate: 2020-05-04\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n"


# from Princeton-CDH/cdh-ansible: "docs/adr" is a symbolic link to "../architecture-decisions";
# both names are common ADR folders, and every record was listed twice.
CDH = {
    "architecture-decisions/0001-use-adr.md": _nygard(1, "Use ADRs"),
    "architecture-decisions/0002-staging-environment.md": _nygard(2, "Staging environment"),
    "architecture-decisions/0003-inventory-directory.md": _nygard(3, "Inventory directory"),
    "architecture-decisions/index.md": "# Architecture Decisions\n",
    "README.md": "# cdh-ansible\n",
}


def test_a_link_to_the_log_under_a_common_name_lists_each_record_once(
    make_repo: RepoFactory,
) -> None:
    repo = make_repo(CDH)
    (repo / "docs").mkdir()
    (repo / "docs/adr").symlink_to("../architecture-decisions")
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("architecture-decisions",)
    assert [d.path for d in catalog.decisions] == [
        "architecture-decisions/0001-use-adr.md",
        "architecture-decisions/0002-staging-environment.md",
        "architecture-decisions/0003-inventory-directory.md",
    ]
    assert catalog.problems == ()


# from opendatahub-io/notebooks: "docs/adr" links to "architecture/decisions" beside it.
def test_a_link_beside_the_log_in_one_folder_is_dropped_too(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {
            "docs/architecture/decisions/0001-record-architecture-decisions.md": _nygard(
                1, "Record architecture decisions"
            ),
            "docs/architecture/decisions/0002-implement-konflux-build-pipeline.md": _nygard(
                2, "Implement Konflux build pipeline"
            ),
        }
    )
    (repo / "docs/adr").symlink_to("architecture/decisions")
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/architecture/decisions",)
    assert [d.number for d in catalog.decisions] == [1, 2]


def test_a_link_to_a_log_found_under_no_other_name_is_read(make_repo: RepoFactory) -> None:
    # the linked folder's name is no common one: the link is the only way to the log
    repo = make_repo({**CDH, "design/records/0001-use-go.md": _nygard(1, "Use Go")})
    (repo / "docs").mkdir()
    (repo / "docs/adr").symlink_to("../design/records")
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("architecture-decisions", "docs/adr")
    assert sorted(d.path for d in catalog.decisions)[-1] == "docs/adr/0001-use-go.md"
    assert len(catalog.decisions) == 4


def _named(repo: Path, folder: str) -> tuple[tuple[str, ...], list[str]]:
    catalog = load_catalog(repo, Settings(use_cache=False, adr_dirs=(folder,)))
    return catalog.discovery.adr_dirs, [p.message for p in catalog.problems]


def test_a_folder_named_by_its_path_on_disk_is_read(make_repo: RepoFactory) -> None:
    # a shell completes "--adr-dir $PWD/architecture-decisions": it was said not to exist
    repo = make_repo(CDH)
    assert _named(repo, str(repo / "architecture-decisions")) == (("architecture-decisions",), [])
    assert _named(repo, f"{repo}/architecture-decisions/") == (("architecture-decisions",), [])


def test_a_folder_named_from_home_is_read(
    make_repo: RepoFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "--adr-dir '~/cdh/architecture-decisions'" quoted, or a script's variable: no shell expands it
    repo = make_repo(CDH)
    monkeypatch.setenv("HOME", str(repo.parent))
    named = f"~/{repo.name}/architecture-decisions"
    assert _named(repo, named) == (("architecture-decisions",), [])


def test_a_folder_outside_the_repository_is_said_to_be_outside(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo(CDH)
    (tmp_path / "shared/adr").mkdir(parents=True)
    outside = f"is outside the repository ({repo.resolve()})"
    assert _named(repo, "../shared/adr") == ((), [f"ADR folder '../shared/adr' {outside}"])
    given = str(tmp_path / "shared/adr")
    assert _named(repo, given) == ((), [f"ADR folder {given!r} {outside}"])
    assert _named(repo, "docs/decisions") == ((), ["ADR folder 'docs/decisions' does not exist"])


# from runceel/SkimDownForWindows: the log is ".github/adr" (beside Copilot's instructions and
# skills); the search passed over hidden folders and listed the numbered user manual
# ("manual/01-getting-started.md" … and its Japanese copy) as ADRs instead.
SKIMDOWN = {
    ".github/adr/0001-record-architecture-decisions.md": _nygard(
        1, "Record architecture decisions"
    ),
    ".github/adr/0002-clean-architecture-layered-projects.md": _nygard(2, "Clean architecture"),
    ".github/adr/README.md": "# Architecture Decision Records\n",
    ".github/adr/template.md": "# NNNN. Title\n\n## Status\n\nProposed\n",
    ".github/copilot-instructions.md": "# Copilot instructions\n",
    ".github/skills/docs/SKILL.md": "# Docs\n",
    "manual/01-getting-started.md": "# Getting started\n",
    "manual/02-opening-content.md": "# Opening content\n",
    "manual/03-folder-view-and-navigation.md": "# Folder view\n",
    "manual/ja/01-getting-started.md": "# はじめに\n",
    "docs/architecture.md": "# Architecture\n",
}


def test_a_log_in_a_hidden_folder_is_found_when_no_other_is(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(SKIMDOWN), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == (".github/adr",)
    assert [(d.number, d.title) for d in catalog.decisions] == [
        (1, "Record architecture decisions"),
        (2, "Clean architecture"),
    ]
    assert catalog.problems == ()


def test_a_hidden_folder_s_log_gives_way_to_one_found_by_its_name(
    make_repo: RepoFactory,
) -> None:
    # from Mathews-Tom/transduce (".docs/adr"): beside a "docs/adr" of records, a hidden
    # copy or a tool's folder is not read
    files = {
        ".docs/adr/0001-record-architecture-decisions.md": _nygard(1, "Record"),
        "docs/adr/0001-use-toml-manifests.md": _nygard(1, "Use TOML manifests"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adr",)


def test_a_hidden_folder_of_unnumbered_pages_is_no_log(make_repo: RepoFactory) -> None:
    # an agent's skill about writing ADRs, kept in ".claude/adr": guidance, no records
    files = {".claude/adr/how-we-write-adrs.md": "# How we write ADRs\n", "README.md": "# X\n"}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ()


def test_a_numbered_user_manual_is_no_log(make_repo: RepoFactory) -> None:
    # SkimDown's manual alone: its chapters and their translation were listed as ADRs 1-3
    files = {k: v for k, v in SKIMDOWN.items() if not k.startswith(".github/adr/")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert (catalog.discovery.adr_dirs, catalog.decisions) == ((), ())


def _pocket(number: int, slug: str) -> str:
    return f"# ADR-{number:03d}: {slug.replace('-', ' ').title()}\n\n## Status\n\nAccepted\n"


# from josedab/pocket: the Docusaurus site's "website/docs/adr" holds all twelve records,
# "docs/adr" the first ones; both were read, and seven records were listed twice.
POCKET_NAMES = [
    (1, "local-first-architecture"),
    (2, "rxjs-for-reactivity"),
    (3, "pluggable-storage-adapters"),
    (11, "bundle-size-constraints"),
    (12, "umbrella-package-pattern"),
]


def test_a_documentation_site_s_copy_of_the_log_lists_each_record_once(
    make_repo: RepoFactory,
) -> None:
    site = {f"website/docs/adr/adr-{n:03d}-{s}.md": _pocket(n, s) for n, s in POCKET_NAMES}
    older = {f"docs/adr/adr-{n:03d}-{s}.md": _pocket(n, s) for n, s in POCKET_NAMES[:3]}
    files = {**site, **older, "docs/adr/README.md": "# ADRs\n", "website/docs/intro.md": "# Hi\n"}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("website/docs/adr",)
    assert [d.number for d in catalog.decisions] == [1, 2, 3, 11, 12]


def test_two_logs_named_alike_outside_a_site_are_both_read(make_repo: RepoFactory) -> None:
    # two services' logs started from one template: no copy of each other
    files = {
        f"services/{service}/docs/adr/adr-{n:03d}-{s}.md": _pocket(n, s)
        for service in ("api", "web")
        for n, s in POCKET_NAMES[:2]
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert len(catalog.decisions) == 4


# from bomctl/bomctl docs/architecture (its .adr-dir): ADR 9 drafted in a folder of its own
# beside the investigations it weighed, and written as record 10 above once renumbered.
BOMCTL = {
    ".adr-dir": "docs/architecture",
    "docs/architecture/0008-storing-and-retrieving-without-modification.md": _nygard(8, "Store"),
    "docs/architecture/0009-sbom-link-feature.md": _nygard(9, "SBOM link feature"),
    "docs/architecture/0010-use-standard-for-url-structure.md": _nygard(10, "Use a URL standard"),
    "docs/architecture/009-use-standard-for-url-structure/0009-supporting-packageurl.md": (
        "# Investigation of using PackageURL\n\n## Description\n\nPackage URL.\n"
    ),
    "docs/architecture/009-use-standard-for-url-structure/0009-supporting-standard-url.md": (
        "# Investigation of using standard URL\n"
    ),
    "docs/architecture/009-use-standard-for-url-structure/0009-use-standard-for-url-structure.md": (
        _nygard(9, "Use a URL standard")
    ),
    "docs/architecture/templates/template.md": "# NUMBER. TITLE\n\n## Status\n\nSTATUS\n",
}


def test_a_folder_of_pages_numbered_as_its_record_holds_no_records(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(BOMCTL), Settings(use_cache=False))
    assert [d.number for d in catalog.decisions] == [8, 9, 10]
    assert catalog.problems == ()  # four ADR 9s, two with no status


def test_a_numbered_folder_with_one_record_numbered_alike_is_still_a_log(
    make_repo: RepoFactory,
) -> None:
    files = {
        "docs/adr/0001-use-x.md": _nygard(1, "Use X"),
        "docs/adr/0001-frontend/0001-use-react.md": _nygard(1, "Use React"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert len(catalog.decisions) == 2
