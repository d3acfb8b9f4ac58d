"""Round 21 (whole logs): logs divided by state, enhancement proposals, a log in one file."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _lbh(title: str, status: str) -> str:
    # from LBHackney-IT/lbh-adrs Platform/Accepted/Backend-Tech-Stack.md
    return (
        f"### **Title:** {title}\n\n### **Date:** 30th March 2021\n\n## **Status**\n\n"
        f"{status}\n\n### **Context:**\n\nHackney has several backend applications.\n"
    )


# from LBHackney-IT/lbh-adrs: a log per team, each record moved to the folder of its state.
LBH = {
    "README.md": "Architecture Design Records (ADRs) - HackIT how to guide\n",
    "Template.md": _lbh("<*ADR TITLE HERE*>", "DRAFT | PROPOSED | ACCEPTED | REFUSED"),
    "Platform/Accepted/Backend-Tech-Stack.md": _lbh("Backend Tech Stack", "ACCEPTED"),
    "Platform/Proposed/Workflow-Processes.md": _lbh("Workflow Processes", "PROPOSED"),
    "Platform/Draft/Feature-Toggling.md": _lbh("Feature Toggling", "DRAFT"),
    "MTFH/Accepted/Integration-with-mmh.md": _lbh("Integration with MMH", "ACCEPTED"),
    "MTFH/Proposed/images/finance_accounts_data_flow.png": "PNG",
    # from LBHackney-IT/lbh-adrs DES/README.md
    "DES/README.md": "# Document Evidence Service\n\nHere we have provided links to "
    "architecture decision records for the three repositories.",
    "DES/Accepted/Documents-API.md": _lbh("Documents API", "ACCEPTED"),
}


def test_a_log_per_team_divided_into_folders_by_state_is_found(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(LBH), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("DES", "MTFH", "Platform")
    assert sorted(d.path for d in catalog) == [
        "DES/Accepted/Documents-API.md",
        "MTFH/Accepted/Integration-with-mmh.md",
        "Platform/Accepted/Backend-Tech-Stack.md",
        "Platform/Draft/Feature-Toggling.md",
        "Platform/Proposed/Workflow-Processes.md",
    ]


def test_state_folders_at_the_root_are_the_log(make_repo: RepoFactory) -> None:
    files = {k.partition("/")[2]: v for k, v in LBH.items() if k.startswith("Platform/")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("Accepted", "Draft", "Proposed")
    assert len(catalog.decisions) == 3


def test_a_blog_s_drafts_beside_its_archive_is_no_log(make_repo: RepoFactory) -> None:
    files = {
        "blog/drafts/on-testing.md": "# On testing\n\nSome words.\n",
        "blog/archive/hello-world.md": "# Hello world\n\nFirst post.\n",
        "blog/archive/second-post.md": "# Second post\n\nMore.\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == () and not catalog.decisions


def _jep(number: int, title: str, status: str) -> str:
    # from jenkinsci/jep jep/1/README.adoc
    return (
        f'= JEP-{number}: {title}\n:toc: preamble\n\n.Metadata\n[cols="2"]\n|===\n'
        f"| JEP\n| {number}\n\n| Title\n| {title}\n\n| Status\n| {status}\n\n"
        "| Type\n| Process\n\n| Created\n| 2017-09-12\n\n|===\n\n== Abstract\n\nA JEP.\n"
    )


def test_enhancement_proposals_kept_a_folder_a_number_are_found(make_repo: RepoFactory) -> None:
    files = {
        "README.adoc": "= Jenkins Enhancement Proposals\n",
        "jep/0000/README.adoc": _jep(0, "Title", "Not Submitted :information_source:"),
        "jep/1/README.adoc": _jep(1, "Jenkins Enhancement Proposal Format", "Active :smile:"),
        "jep/200/README.adoc": _jep(200, "Switch Remoting/XStream blacklist", "Final :lock:"),
        "jep/200/compatibility.adoc": "= Compatibility notes\n\nPlugins affected.\n",
        "jep/201/README.adoc": _jep(201, "Jenkins Configuration as Code", "Accepted :ok_hand:"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("jep",)
    assert sorted(d.path for d in catalog) == [
        "jep/1/README.adoc",
        "jep/200/README.adoc",
        "jep/201/README.adoc",
    ]


# from genebarker/shrikenet docs/decisions.md (the later entries replayed)
SHRIKENET = (
    "# Architecture Decisions\n\n## 1. Document Architecture Decisions\n\n**Context:** As this "
    "project grows, significant architecture decisions will be made.\n\n**Status:** Accepted\n\n"
    "## 2. Use Flask\n\n**Decision:** Use Flask.\n\n**Status:** Accepted\n"
)


def test_a_log_kept_in_one_file_is_read_a_decision_a_section(make_repo: RepoFactory) -> None:
    repo = make_repo({"README.md": "# shrikenet\n", "docs/decisions.md": SHRIKENET})
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert [d.id for d in catalog] == ["docs/decisions#1", "docs/decisions#2"]
    assert not catalog.problems  # round 22o: listed, not a note that it is not


def test_a_decisions_page_with_one_numbered_heading_is_no_note(make_repo: RepoFactory) -> None:
    repo = make_repo({"DECISIONS.md": "# Decisions\n\n## 1. Use Flask\n\nWe will.\n"})
    assert not load_catalog(repo, Settings(use_cache=False)).problems


def test_state_folders_elsewhere_do_not_hide_a_numbered_log(make_repo: RepoFactory) -> None:
    files = {
        "docs/architecture/0001-use-adrs.md": "# 1. Use ADRs\n\nStatus: Accepted\n",
        "docs/architecture/0002-use-kafka.md": "# 2. Use Kafka\n\nStatus: Accepted\n",
        "docs/architecture/0003-use-redis.md": "# 3. Use Redis\n\nStatus: Accepted\n",
        "Platform/Accepted/Backend-Tech-Stack.md": _lbh("Backend Tech Stack", "ACCEPTED"),
        "Platform/Proposed/Workflow-Processes.md": _lbh("Workflow Processes", "PROPOSED"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("Platform", "docs/architecture")
    assert len(catalog.decisions) == 5
