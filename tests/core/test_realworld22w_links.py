"""Round 22 (whole logs): a link to a record of another log kept beside this one."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _sage_adr(number: int, title: str) -> str:
    # from Sage-Bionetworks/sage-monorepo docs/adr/0001-use-ecs-fargate-for-leaderboard-snapshot.md
    return (
        f"# {number:04d}: {title}\n\n- **Status**: accepted\n- **Date**: 2026-03-06\n"
        "- **Tags**: infrastructure, bixarena, leaderboard\n\n## Context\n\nRFC-0001 proposed "
        "using AWS Lambda.\n\n## Related Decisions\n\n- [RFC-0001](../rfcs/0001-bixarena-"
        "leaderboard-snapshot-automation.md): Source RFC proposing Lambda-based automation\n"
        "- [Architecture Plan](../architecture/bixarena-leaderboard-snapshot-automation-plan.md)"
        ": Full implementation details\n"
    )


def _sage_rfc(title: str) -> str:
    # from Sage-Bionetworks/sage-monorepo docs/rfcs/0001-bixarena-leaderboard-snapshot-automation.md
    return (
        f"---\ntitle: {title}\ndate: 2026-01-09\nstatus: proposed\n---\n\n# {title}\n\n"
        "## Summary\n\nAutomate the daily generation of leaderboard snapshots.\n"
    )


# from Sage-Bionetworks/sage-monorepo: ADRs in docs/adr, the RFCs they came from in docs/rfcs,
# each numbered from 0001; the ADRs' words ("leaderboard snapshot") are the RFC's.
SAGE = {
    "docs/adr/README.md": "# Architecture Decision Records\n\nSee [RFCs](../rfcs/README.md).\n",
    "docs/adr/template.md": "# NNNN: Title\n\n- **Status**: proposed | accepted\n",
    "docs/adr/0001-use-ecs-fargate-for-leaderboard-snapshot.md": _sage_adr(
        1, "Use ECS Scheduled Fargate Task for Leaderboard Snapshot Generation"
    ),
    "docs/adr/0002-defer-sns-slack-and-admin-api-for-leaderboard-automation.md": _sage_adr(
        2, "Defer SNS/Slack Notifications and Admin API for Leaderboard Automation"
    ),
    "docs/rfcs/README.md": "# Requests for Comments (RFCs)\n",
    "docs/rfcs/template.md": "---\ntitle: RFC Title\nstatus: draft\n---\n\n# RFC Title\n",
    "docs/rfcs/0001-bixarena-leaderboard-snapshot-automation.md": _sage_rfc(
        "BixArena Leaderboard Snapshot Automation"
    ),
    "docs/architecture/bixarena-leaderboard-snapshot-automation-plan.md": "# The plan\n",
}
FARGATE = "docs/adr/0001-use-ecs-fargate-for-leaderboard-snapshot"
DEFER = "docs/adr/0002-defer-sns-slack-and-admin-api-for-leaderboard-automation"


def test_a_numbered_link_beside_the_log_names_no_record_of_it(make_repo: RepoFactory) -> None:
    # the RFCs' folder is a log of its own (test_realworld22w_discovery): not read here
    settings = Settings(adr_dirs=("docs/adr",), use_cache=False)
    catalog = load_catalog(make_repo(SAGE), settings)
    assert [d.id for d in catalog] == [FARGATE, DEFER]
    # RFC-0001 is no ADR 0001: the Fargate record related to itself, and Defer to it
    assert [r.target_id for d in catalog for r in d.relations] == []
    assert [p.code for p in catalog.problems if p.code.endswith("-link")] == []


def test_the_other_log_read_too_resolves_the_link_to_its_record(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(SAGE), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/adr", "docs/rfcs")
    fargate = catalog.get(FARGATE)
    assert fargate is not None
    rfc = "docs/rfcs/0001-bixarena-leaderboard-snapshot-automation"
    assert [r.target_id for r in fargate.relations if r.stated] == [rfc]
    assert [p.code for p in catalog.problems if p.code.endswith("-link")] == []


def test_a_numbered_link_into_the_log_s_folder_still_finds_its_renamed_record(
    make_repo: RepoFactory,
) -> None:
    files = dict(SAGE)
    # ADR 2 links ADR 1 by the name it had before: its record, stale, as before
    files["docs/adr/0002-defer-sns-slack-and-admin-api-for-leaderboard-automation.md"] = (
        "# 0002: Defer\n\n- **Status**: accepted\n\n## Related Decisions\n\n"
        "- [ADR-0001](0001-use-fargate-for-leaderboard-snapshot.md): the first\n"
    )
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    defer = catalog.get(DEFER)
    assert defer is not None
    assert [r.target_id for r in defer.relations if r.stated] == [FARGATE]
    assert [p.code for p in catalog.problems if p.path.endswith("automation.md")] == ["stale-link"]


def test_a_docs_site_s_route_to_a_record_still_names_it(make_repo: RepoFactory) -> None:
    # a Docusaurus log (as LumixTech/documentation keeps its docs/adr, with _category_.json)
    # whose site lies in "website/": a link by the site's route, "/docs/adr/0001-mono-repo",
    # names no path of the repository, but no other log's record either (the rule above)
    folder = "website/docs/adr"
    files = {
        f"{folder}/_category_.json": '{"label": "ADRs"}\n',
        f"{folder}/0001-mono-repo.md": "# ADR-0001: Mono repo\n\n**Status:** Accepted\n",
        f"{folder}/0002-grpc.md": "# ADR-0002: gRPC\n\n**Status:** Accepted\n\n"
        "Supersedes [ADR-0001](/docs/adr/0001-mono-repo).\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    grpc = catalog.get(f"{folder}/0002-grpc")
    assert grpc is not None
    assert [r.target_id for r in grpc.supersedes] == [f"{folder}/0001-mono-repo"]


def test_a_link_to_a_numbered_plan_beside_the_log_is_no_broken_record(
    make_repo: RepoFactory,
) -> None:
    # from SwiftScream/diorama: decisions in docs/design-decisions link the numbered plan that
    # produced them, "[design decision process](../plans/001-design-decision-process.md)":
    # each such link was a broken link to ADR 1
    def decision(number: int, title: str) -> str:
        return (
            f"# Decision {number}: {title}\n\n- Status: Accepted\n\n## Context\n\nSee the "
            "[design decision process](../plans/001-design-decision-process.md).\n"
        )

    files = {
        "docs/design-decisions/01-common-abstraction.md": decision(1, "Common abstraction"),
        "docs/design-decisions/02-shared-semantics.md": decision(2, "Shared semantics"),
        "docs/design-decisions/03-recorded-behaviors.md": decision(3, "Recorded behaviors"),
        "docs/plans/001-design-decision-process.md": "# Design decision process\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert len(catalog.decisions) == 3
    assert catalog.problems == ()
