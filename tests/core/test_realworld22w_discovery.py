"""Round 22 (whole logs): a folder a record keeps its evidence in, beside the record."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _cci(date: str, status: str, title: str, body: str = "") -> str:
    # from SFDO-Tooling/CumulusCI docs/adrs/0003-switch-to-sf-cli-in-cumulusci.md
    return (
        f'---\ndate: {date}\nstatus: {status}\nauthor: "@jstvz"\n---\n\n# {title}\n\n'
        f"## Context and Problem Statement\n\nSalesforce has deprecated SFDX.\n{body}"
    )


EVIDENCE = (
    # from SFDO-Tooling/CumulusCI docs/adrs/0004-robot-framework-selenium-vs-playwright.md
    "\nSelenium 3 (pinned at [`pyproject.toml:54`](../../pyproject.toml)).\n\n"
    "Two scripts ([`measure_nesting.py`](0004-evidence/measure_nesting.py), "
    "[`verify_shadow_dom.py`](0004-evidence/verify_shadow_dom.py)). All scripts and findings "
    "live under [`docs/adrs/0004-evidence/`](0004-evidence/) for reproduction.\n"
)
# from SFDO-Tooling/CumulusCI: the log names itself in .adr-dir; record 4 keeps the scripts
# and findings of its proof of concept in a folder named by its number.
CCI = {
    ".adr-dir": "docs/adrs\n",
    "pyproject.toml": "[project]\nname = 'cumulusci'\n",
    "docs/adrs/0002-remove-robot-lint-task-from-cumulusci.md": _cci(
        "2023-10-01", "Accepted", "ADR 2: Remove robot_lint task from CumulusCI"
    ),
    "docs/adrs/0003-switch-to-sf-cli-in-cumulusci.md": _cci(
        "2023-12-04", "Accepted", "ADR 3: Switching to SF CLI in CumulusCI"
    ),
    "docs/adrs/0004-robot-framework-selenium-vs-playwright.md": _cci(
        "2026-04-27",
        "Proposed",
        "4. Robot Framework: Selenium Locator Maintenance vs Playwright Migration",
        EVIDENCE,
    ),
    "docs/adrs/0004-evidence/findings.md": "# PoC findings\n\nRaw measurements.\n",
    "docs/adrs/0004-evidence/measure_nesting.py": "print('depth')\n",
    "docs/adrs/0004-evidence/verify_shadow_dom.py": "print('hosts')\n",
}


def test_a_record_s_evidence_folder_holds_no_record(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(CCI), Settings(use_cache=False))
    assert [d.number for d in catalog] == [2, 3, 4]  # findings.md was a record of no status
    assert catalog.problems == ()  # and the link to the folder was ADR 4's own, stale


def test_an_annex_is_a_folder_named_by_a_record_s_number_and_words(
    make_repo: RepoFactory,
) -> None:
    files = {
        "docs/adr/0001-use-x.md": "# 1. Use X\n\n## Status\n\nAccepted\n",
        "docs/adr/0001-notes/benchmark.md": "# Benchmark\n",
        # no record 2: a folder of records numbered 2, not an annex
        "docs/adr/0002-frontend/0001-use-react.md": "# 1. Use React\n\n## Status\n\nAccepted\n",
        # beside record 1, a folder numbered 1 that numbers records of its own: a log
        "docs/adr/01-platform/0001-use-k8s.md": "# 1. Use K8s\n\n## Status\n\nAccepted\n",
        "docs/adr/01-platform/0002-use-helm.md": "# 2. Use Helm\n\n## Status\n\nAccepted\n",
        # a year's folder beside a record numbered as the year
        "docs/adr/2023/0003-use-z.md": "# 3. Use Z\n\n## Status\n\nAccepted\n",
        "docs/adr/2023-use-y.md": "# 2023. Use Y\n\n## Status\n\nAccepted\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted(d.path for d in catalog) == [
        "docs/adr/0001-use-x.md",
        "docs/adr/0002-frontend/0001-use-react.md",
        "docs/adr/01-platform/0001-use-k8s.md",
        "docs/adr/01-platform/0002-use-helm.md",
        "docs/adr/2023-use-y.md",
        "docs/adr/2023/0003-use-z.md",
    ]


def test_a_record_s_link_to_its_own_old_name_is_still_stale(make_repo: RepoFactory) -> None:
    files = {
        "docs/adr/0001-use-x.md": "# 1. Use X\n\n## Status\n\nAccepted\n",
        "docs/adr/0002-use-y.md": "# 2. Use Y\n\n## Status\n\nAccepted\n\n"
        "Amends [ADR-0002](0002-use-y-and-z.md).\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [p.code for p in catalog.problems] == ["stale-link"]


def _sage(title: str, status: str) -> str:
    # from Sage-Bionetworks/sage-monorepo docs/rfcs/0001-bixarena-leaderboard-snapshot-automation.md
    return f"---\ntitle: {title}\nstatus: {status}\n---\n\n# {title}\n\n## Summary\n\nText.\n"


# from Sage-Bionetworks/sage-monorepo: ADRs in docs/adr, the RFCs they came from in docs/rfcs
# (each log numbered from 0001, with its README and template), plans in docs/architecture.
SAGE = {
    "docs/adr/README.md": "# Architecture Decision Records (ADRs)\n",
    "docs/adr/template.md": "# NNNN: Title\n\n- **Status**: proposed | accepted\n",
    "docs/adr/0001-use-ecs-fargate-for-leaderboard-snapshot.md": _sage("Use ECS", "accepted"),
    "docs/adr/0002-defer-sns-slack-and-admin-api-for-leaderboard-automation.md": _sage(
        "Defer SNS", "accepted"
    ),
    "docs/rfcs/.pages": "title: RFCs\nnav:\n  - README.md\n  - ...\n",
    "docs/rfcs/README.md": "# Requests for Comments (RFCs)\n",
    "docs/rfcs/template.md": "---\ntitle: RFC Title\nstatus: draft\n---\n\n# RFC Title\n",
    "docs/rfcs/0001-bixarena-leaderboard-snapshot-automation.md": _sage("Snapshots", "proposed"),
    "docs/rfcs/0002-bixarena-quest-post-management-api.md": _sage("Quest posts", "proposed"),
    "docs/architecture/README.md": "# Architecture\n",
    "docs/architecture/bixarena-leaderboard-snapshot-automation-plan.md": "# The plan\n",
}


def test_a_folder_of_rfcs_beside_the_adrs_is_a_log_too(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(SAGE), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adr", "docs/rfcs")
    assert len(catalog.decisions) == 4
    assert catalog.problems == ()  # each log numbers from 0001: no duplicate


def test_beside_a_log_only_a_folder_named_for_records_that_numbers_them_is_one(
    make_repo: RepoFactory,
) -> None:
    files = {k: v for k, v in SAGE.items() if not k.startswith("docs/rfcs/0")}
    files["docs/guides/01-setup.md"] = "# Setup\n"  # numbered chapters, not records
    files["docs/proposals/leaderboard.md"] = "# Leaderboard\n"  # no number
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adr",)
    assert len(catalog.decisions) == 2


def _pca(title: str, date: str) -> str:
    # from pcah/python-clean-architecture docs/adl/001-entity-and-the-source-of-its-id.md
    return f"# {title}\n\n* Status: accepted\n* Date: {date}\n\n## Context\n\nX.\n"


def test_an_architecture_decision_log_named_adl_is_found(make_repo: RepoFactory) -> None:
    # from pcah/python-clean-architecture: two records in docs/adl, too few to be found by
    # their numbers ("An architecture decision log (ADL) is the collection of all ADRs")
    files = {
        "docs/adl/README.md": "# Architecture Decision Log\n\n### The List\n",
        "docs/adl/000-architectural-decision-log-introduced.md": _pca(
            "Architectural Decision Log Introduced", "2020-03-15"
        ),
        "docs/adl/001-entity-and-the-source-of-its-id.md": _pca(
            "Entity and the Source of Its Id", "2020-03-16"
        ),
        # openEHR's Archetype Definition Language, elsewhere: no log
        "spec/adl/0001-syntax.md": "# ADL 2 syntax\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adl",)
    assert [d.number for d in catalog] == [0, 1]


def _timetable(title: str, date: str) -> str:
    # from tentaShiratori/timetable docs/tech-decisions/notification.md
    return f"# {title}\n\n- 日付: {date}\n- 状態: 採用\n\n## 結論\n\n予定の 10 分前に通知を出す。\n"


# from tentaShiratori/timetable: "技術選定記録" (technology decision records), a file a topic,
# no numbers; beside them the spec and an investigation, which are no records
TIMETABLE = {
    "docs/spec.md": "# 仕様\n",
    "docs/invest/notification.md": "# 調査\n",
    "docs/tech-decisions/README.md": "# 技術選定記録\n\n実装に入る前の比較・判断を残す場所。\n",
    "docs/tech-decisions/android-jdk.md": _timetable("Android の JDK", "2026-08-01"),
    "docs/tech-decisions/notification.md": _timetable("予定のリマインド通知", "2026-08-26"),
    "docs/tech-decisions/widget-testing.md": _timetable("ウィジェットのテスト", "2026-08-20"),
}


def test_a_folder_named_for_decisions_keeps_unnumbered_records(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(TIMETABLE), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/tech-decisions",)
    assert len(catalog.decisions) == 3  # no ADR was found


def test_a_numbered_log_elsewhere_wins_over_a_folder_named_for_decisions(
    make_repo: RepoFactory,
) -> None:
    files = dict(TIMETABLE)
    files.update({f"notes/arch/{n:04d}-x{n}.md": f"# {n}. X{n}\n" for n in (1, 2, 3)})
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("notes/arch",)


def test_decision_records_kept_by_topic_in_folders_are_found(make_repo: RepoFactory) -> None:
    # from zingolabs/zaino docs/decision_records/release/pipeline.md ('# Zaino Release
    # Pipeline', '## Status', 'Supersedes zingolabs ADR 003'): records by topic, some in a
    # folder a subject, none numbered
    def record(title: str) -> str:
        return f"# {title}\n\n## Status\n\nAuthoritative statement of the policy.\n"

    files = {
        "docs/decision_records/README.md": "# Decision records\n",
        "docs/decision_records/gettxoutsetinfo-native-index.md": record("Native index"),
        "docs/decision_records/finalised_state/append_only_design.md": record("Append only"),
        "docs/decision_records/release/changeset-format.md": record("Changeset format"),
        "docs/decision_records/release/pipeline.md": record("Zaino Release Pipeline"),
        "docs/rpc_api.md": "# RPC API\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/decision_records",)
    assert len(catalog.decisions) == 4
