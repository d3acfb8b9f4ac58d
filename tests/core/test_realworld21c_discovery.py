"""Round 21c: a log in a numbered chapter folder, deep in a Maven site, or in one state folder."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_realworld21w_discovery import _lbh

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# from behike56/be-external-api-py docs/1_ADR/0001-record-architecture-decisions.md
ONE = (
    "# 1. Record architecture decisions\n\nDate: 2024-12-15\n\n## Status\n\nAccepted\n\n"
    "## Context\n\nWe need to record the architectural decisions made on this project.\n"
)
# from behike56/be-external-api-py: numbered chapters of the docs, the log among them.
CHAPTERS = {
    "docs/0_ARCHITECTURE/設計指針.md": "# 設計指針\n",
    # from behike56/be-external-api-py docs/1_ADR/0-ADRの書き方.md ("how to write an ADR")
    "docs/1_ADR/0-ADRの書き方.md": "# ADRの書き方\n\nadr-tools を使って ADR を作成する。\n",
    "docs/1_ADR/0001-record-architecture-decisions.md": ONE,
    "docs/1_ADR/0002-secound-record.md": "# 2. secound-record\n\nDate: 2024-12-15\n\n"
    "## Status\n\nAccepted\n",
    "docs/2_ENVIRONMENT/20_開発環境について.md": "# 開発環境について\n",
    "docs/2_ENVIRONMENT/21_DevContainerによる開発.md": "# DevContainerによる開発\n",
    "docs/2_ENVIRONMENT/22_開発用DBの操作.md": "# 開発用DBの操作\n",
    "docs/3_UNIT_TEST/30_UNIT_TEST.md": "# UNIT TEST\n",
}


def test_a_chapter_folder_named_for_the_log_is_the_log(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(CHAPTERS), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/1_ADR",)
    assert [d.number for d in catalog] == [1, 2]


def test_a_guide_to_writing_records_is_none_of_them(make_repo: RepoFactory) -> None:
    files = {k: v for k, v in CHAPTERS.items() if k.startswith("docs/1_ADR/")}
    files["docs/1_ADR/0000-how-to-write-an-adr.md"] = "# How to write an ADR\n"
    files["docs/1_ADR/0003-how-to-write-an-adr.md"] = "# 3. How to write an ADR\n"
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [d.number for d in catalog] == [1, 2, 3]


# from setmy-info/setmy-info.github.io src/site/markdown/it/architecture/decisions/
# adr-0040-mqtt-topic-name-conventions.md
FORTY = (
    "# Architecture Decision Record (ADR)\n\nADR-0040: MQTT topic name conventions Ultra-light "
    "Architecture Decision Record (ADR)\n\n## 1. Status:\n\n**Accepted**\n\n## 2. Context\n\n"
    "setmy.info already has MQTT transport requirements in `adr-0028-mqtt-requirements.md`.\n"
)
SITE = "src/site/markdown/it/architecture"


def test_a_log_in_a_maven_site_s_section_is_found(make_repo: RepoFactory) -> None:
    files = {
        f"{SITE}/decisions/adr-0040-mqtt-topic-name-conventions.md": FORTY,
        f"{SITE}/decisions/index.md": "# Decisions\n",
        f"{SITE}/index.md": "# Architecture\n",
        "src/site/markdown/index.md": "# setmy.info\n",
        "src/site/site.xml": "<project/>\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == (f"{SITE}/decisions",)
    assert [d.number for d in catalog] == [40]


# from LBHackney-IT/lbh-adrs at its first commit: one team's records, all still proposed.
FIRST = {
    "README.md": "Architecture Design Records (ADRs) - HackIT how to guide\n",
    "Template.md": _lbh("<*ADR TITLE HERE*>", "DRAFT | PROPOSED | ACCEPTED | REFUSED"),
    "Platform/Proposed/Backend Tech Stack.md": _lbh("Backend Tech Stack", "PROPOSED"),
    "Platform/Proposed/Frontend-Tech-Stack.md": _lbh("Frontend Tech Stack", "PROPOSED"),
}


def test_one_state_folder_whose_records_state_it_is_a_log(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(FIRST), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("Platform",)
    assert sorted(d.title for d in catalog) == ["Backend Tech Stack", "Frontend Tech Stack"]


def test_at_the_root_one_state_folder_is_the_log(make_repo: RepoFactory) -> None:
    files = {k.partition("/")[2]: v for k, v in FIRST.items() if k.startswith("Platform/")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("Proposed",)


def test_one_state_folder_of_other_documents_is_no_log(make_repo: RepoFactory) -> None:
    files = {
        "tests/approved/render-title.md": "# Render title\n\nExpected output.\n",
        "tests/approved/render-body.md": "# Render body\n\nStatus: ok, approved by hand.\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ()


def test_an_unreadable_record_in_one_state_folder_is_skipped_not_fatal(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("Status: Proposed\n", encoding="utf-8")
    repo = make_repo({k: v for k, v in FIRST.items() if not k.startswith("Platform/")})
    (repo / "Platform" / "Proposed").mkdir(parents=True)
    (repo / "Platform" / "Proposed" / "Backend.md").symlink_to(outside)
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ()
