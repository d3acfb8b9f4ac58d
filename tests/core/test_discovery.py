from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.discovery import COMMON_DIRS, discover, is_candidate
from adr_tui.core.settings import Settings
from adr_tui.core.sources import WorktreeSource

ADR = "# 1. Use things\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n"


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("folder", COMMON_DIRS)
def test_each_common_folder_is_found(tmp_path: Path, folder: str) -> None:
    _write(tmp_path, {f"{folder}/0001-use-things.md": ADR})
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.adr_dirs == (folder,)
    assert found.files == (f"{folder}/0001-use-things.md",)
    assert found.how == "common"


def test_adr_dir_file_is_searched_upward_from_where_the_user_stands(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "services/api/.adr-dir": "records\n",
            "services/api/records/0001-a.md": ADR,
            "services/api/src/main.py": "",
            "docs/adr/0001-root.md": ADR,
        },
    )
    start = tmp_path / "services/api/src"
    found = discover(WorktreeSource(tmp_path), root=tmp_path, start=start)
    assert found.adr_dirs == ("services/api/records",)
    assert found.how == "config"


def test_adr_dir_file_cannot_escape_the_repository(tmp_path: Path) -> None:
    _write(tmp_path, {".adr-dir": "../../etc\n", "docs/adr/0001-a.md": ADR})
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.adr_dirs == ("docs/adr",)


def test_log4brains_project_and_packages(tmp_path: Path) -> None:
    config = (
        "project:\n  name: x\n  adrFolder: ./docs/adr\n  packages:\n"
        "    - name: pay\n      adrFolder: ./packages/pay/adr\n"
    )
    _write(
        tmp_path,
        {
            ".log4brains.yml": config,
            "docs/adr/20200101-first.md": ADR,
            "packages/pay/adr/20200102-second.md": ADR,
        },
    )
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.adr_dirs == ("docs/adr", "packages/pay/adr")
    assert len(found.files) == 2


def test_explicit_dirs_win_and_missing_ones_are_reported(tmp_path: Path) -> None:
    _write(tmp_path, {"docs/adr/0001-a.md": ADR, "notes/records/0002-b.md": ADR})
    found = discover(WorktreeSource(tmp_path), explicit_dirs=("notes/records", "nowhere"))
    assert found.adr_dirs == ("notes/records",)
    assert [p.code for p in found.problems] == ["missing-dir"]


def test_repo_config_table_names_the_folders(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "pyproject.toml": '[tool.adr-tui]\nadr-dirs = ["design/records"]\n',
            "design/records/0001-a.md": ADR,
            "docs/adr/0009-other.md": ADR,
        },
    )
    catalog = load_catalog(tmp_path, Settings())
    assert [d.path for d in catalog.decisions] == ["design/records/0001-a.md"]


def test_dedicated_config_file_beats_pyproject(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            ".adr-tui.toml": 'adr-dirs = "a"\nexclude = ["a/0002-*"]\n',
            "pyproject.toml": '[tool.adr-tui]\nadr-dirs = ["b"]\n',
            "a/0001-x.md": ADR,
            "a/0002-y.md": ADR,
            "b/0003-z.md": ADR,
        },
    )
    catalog = load_catalog(tmp_path, Settings())
    assert [d.path for d in catalog.decisions] == ["a/0001-x.md"]


def test_monorepo_folders_are_all_found(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "docs/adr/0001-a.md": ADR,
            "services/billing/docs/adr/0001-b.md": ADR,
            "services/search/doc/adr/0001-c.md": ADR,
        },
    )
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.adr_dirs == (
        "docs/adr",
        "services/billing/docs/adr",
        "services/search/doc/adr",
    )


def test_root_adr_files_when_no_folder_exists(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {"adr-001-first.md": ADR, "0002-second.md": ADR, "README.md": "# hi", "notes.md": "x"},
    )
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.how == "root"
    assert found.files == ("0002-second.md", "adr-001-first.md")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("docs/adr/0001-a.md", True),
        ("docs/adr/0001-a.mdx", True),
        ("docs/adr/security/0001-a.md", True),
        ("docs/adr/README.md", False),
        ("docs/adr/index.md", False),
        ("docs/adr/index.mdx", False),
        ("docs/adr/template.md", False),
        ("docs/adr/adr-template.md", False),
        ("docs/adr/0000-adr-template.md", False),
        ("docs/adr/templates/0001-a.md", False),
        ("docs/adr/0001-diagram.png", False),
        ("docs/adr/0001-notes.txt", False),
    ],
)
def test_candidate_names(name: str, expected: bool) -> None:
    assert is_candidate(name) is expected


def test_subfolders_spaces_and_odd_names(tmp_path: Path) -> None:
    names = [
        "docs/adr/0001 with space.md",
        "docs/adr/0002-#hash:colon.md",
        "docs/adr/cat/0003-café.md",
    ]
    _write(tmp_path, dict.fromkeys(names, ADR))
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert set(found.files) == set(names)


def test_symlink_outside_repo_is_reported_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    _write(outside, {"secret.md": "# Secret\n"})
    repo = _write(tmp_path / "repo", {"docs/adr/0001-a.md": ADR})
    os.symlink(outside / "secret.md", repo / "docs/adr/0002-link.md")
    os.symlink(outside, repo / "docs/adr/linked-folder")
    catalog = load_catalog(repo, Settings())
    assert [d.path for d in catalog.decisions] == ["docs/adr/0001-a.md"]
    assert any(
        p.code == "unreadable" and p.path == "docs/adr/0002-link.md" for p in catalog.problems
    )


def test_discovery_from_inside_a_git_repository(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/decisions/0001-a.md": ADR, "src/app/main.py": "print()\n"})
    catalog = load_catalog(repo / "src" / "app", Settings())
    assert catalog.root == repo.resolve()
    assert catalog.is_git
    assert [d.path for d in catalog.decisions] == ["docs/decisions/0001-a.md"]


def test_unlisted_folder_with_numbered_adrs_is_found(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "docs/architecture/adr-001-a.md": ADR,
            "docs/architecture/adr-002-b.md": ADR,
            "docs/architecture/adr-003-c.md": ADR,
            "docs/architecture/overview.md": "# Overview\n",
            "docs/guide/0001-intro.md": "# Intro\n",
        },
    )
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.adr_dirs == ("docs/architecture",)
    assert "docs/architecture/adr-002-b.md" in found.files


@pytest.mark.parametrize("folder", ["docs/architecture-decisions", "architecture-decision-log"])
def test_more_folder_names_seen_in_real_repositories(tmp_path: Path, folder: str) -> None:
    _write(tmp_path, {f"{folder}/adr001-first.md": ADR})
    assert discover(WorktreeSource(tmp_path), root=tmp_path).adr_dirs == (folder,)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("0000-TEMPLATE.md", False),
        ("adr000-template.md", False),
        ("adr-template-bare-minimal.md", False),
        ("0039-use-apache-velocity-as-template-engine.md", True),
        ("0001-templates-for-emails.md", True),
    ],
)
def test_template_names_versus_adrs_about_templates(name: str, expected: bool) -> None:
    assert is_candidate(f"docs/adr/{name}") is expected


def test_approval_companion_files_are_not_decisions(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "docs/adr/0001-use-conventions.md": ADR,
            "docs/adr/0001D-use-conventions.md": "# Decision Approval Record\n",
            "docs/adr/0002A-alone.md": ADR,
        },
    )
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.files == ("docs/adr/0001-use-conventions.md", "docs/adr/0002A-alone.md")


def test_unlisted_folder_of_adr_n_files_is_found(tmp_path: Path) -> None:
    # "docs/arch/adr-5.md": a number and no slug (zooniverse-style logs).
    files = {f"docs/arch/adr-{n}.md": ADR for n in (1, 5, 25)}
    _write(tmp_path, {**files, "docs/arch/README.md": "# Index\n", "docs/guide/1.md": "# One\n"})
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.adr_dirs == ("docs/arch",)
    assert found.files == tuple(sorted(files))


@pytest.mark.parametrize("name", ["index.en.md", "README.es.md", "index.pt-BR.md", "readme.de.mdx"])
def test_translated_index_and_readme_are_not_decisions(name: str) -> None:
    assert not is_candidate(f"docs/adr/{name}")


def test_translations_beside_the_decision_are_not_separate_decisions(tmp_path: Path) -> None:
    # MkDocs i18n ("x.en.md") and suffix ("x-de.md") translations of one record.
    names = {
        "docs/adr/0001-use-things.md": ADR,
        "docs/adr/0001-use-things.en.md": ADR,
        "docs/adr/0002-modular.md": ADR,
        "docs/adr/0002-modular-de.md": ADR,
        "docs/adr/0003-keycloak-de.md": ADR,  # no original beside it: kept
        "docs/adr/0004-registrar.es.md": ADR,  # idem
        "docs/adr/0005-use-ui.md": ADR,  # not a translation: "ui" is no language
    }
    _write(tmp_path, names)
    found = discover(WorktreeSource(tmp_path), root=tmp_path)
    assert found.files == (
        "docs/adr/0001-use-things.md",
        "docs/adr/0002-modular.md",
        "docs/adr/0003-keycloak-de.md",
        "docs/adr/0004-registrar.es.md",
        "docs/adr/0005-use-ui.md",
    )


def test_numbered_files_without_a_suffix_are_decisions(tmp_path: Path) -> None:
    # "0006-use-servicebus" and "20240604-hdkey-separation" were committed without ".md".
    names = [
        "docs/adr/0005-use-dotnet.md",
        "docs/adr/0006-use-servicebus",
        "docs/adr/20240604-hdkey-separation",
    ]
    _write(tmp_path, {**dict.fromkeys(names, ADR), "docs/adr/Makefile": "all:\n"})
    assert discover(WorktreeSource(tmp_path), root=tmp_path).files == tuple(sorted(names))
