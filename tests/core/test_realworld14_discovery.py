"""Round 14: whole real logs whose folders discovery misread."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
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
