"""Round 24 (whole logs): decisions that supersede one another in a circle are one problem."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

LOG = "doc/adr/"


def _nygard(number: int, title: str, status: str, lines: str = "") -> str:
    # adr-tools' layout: the links below the status line ("Supercedes [1. X](0001-x.md)").
    return (
        f"# {number}. {title}\n\nDate: 2024-01-0{number}\n\n## Status\n\n{status}\n\n"
        f"{lines}## Context\n\nWe need to decide.\n"
    )


def _problems(files: dict[str, str], make_repo: RepoFactory) -> list[tuple[str, str, str]]:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    return [(p.path, p.code, p.message) for p in catalog.problems]


def test_two_records_that_supersede_each_other_are_one_cycle(make_repo: RepoFactory) -> None:
    # The leftover of session 11 (no repository at hand keeps one today): "adr new -s" run
    # the wrong way round leaves each record saying it supersedes the other. Each side read
    # alone was a one-sided link and a stale status: four problems for one fault.
    files = {
        LOG + "0001-use-rest.md": _nygard(
            1, "Use REST", "Accepted", "Supercedes [2. Use gRPC](0002-use-grpc.md)\n\n"
        ),
        LOG + "0002-use-grpc.md": _nygard(
            2, "Use gRPC", "Accepted", "Supercedes [1. Use REST](0001-use-rest.md)\n\n"
        ),
    }
    assert _problems(files, make_repo) == [
        (
            LOG + "0001-use-rest.md",
            "supersession-cycle",
            "ADR-0001 and ADR-0002 supersede each other: neither is in force",
        )
    ]


def test_a_circle_stated_on_both_sides_is_reported_too(make_repo: RepoFactory) -> None:
    # Every link stated at both ends: no one-sided link, no stale status, and nothing was said.
    def record(number: int, after: int, before: int) -> str:
        return _nygard(
            number,
            f"R{number}",
            f"Superseded by [{after}. R{after}](000{after}-r{after}.md)",
            f"Supersedes [{before}. R{before}](000{before}-r{before}.md)\n\n",
        )

    files = {
        LOG + "0003-r3.md": record(3, 4, 5),
        LOG + "0004-r4.md": record(4, 5, 3),
        LOG + "0005-r5.md": record(5, 3, 4),
    }
    assert _problems(files, make_repo) == [
        (
            LOG + "0003-r3.md",
            "supersession-cycle",
            "ADR-0003 → ADR-0004 → ADR-0005 → ADR-0003 supersede one another in a circle:"
            " none is in force",
        )
    ]


def test_a_chain_that_ends_still_reports_its_stale_status(make_repo: RepoFactory) -> None:
    files = {
        LOG + "0001-use-rest.md": _nygard(1, "Use REST", "Accepted"),
        LOG + "0002-use-grpc.md": _nygard(
            2, "Use gRPC", "Accepted", "Supercedes [1. Use REST](0001-use-rest.md)\n\n"
        ),
    }
    # not its one-sided link too: the status naming ADR 2 mends both (round 27w)
    assert [code for _, code, _ in _problems(files, make_repo)] == ["stale-status"]


def _rfc(feature: str, state: str) -> str:
    # Altinn/altinn-platform rfcs/: Rust's RFC header, then "# Summary"; no title heading.
    return (
        f"- Feature Name: {feature}\n- Start Date: 2025-11-19\n- Product/Category: Platform\n"
        f"- State: **{state}** (possible states are: **REVIEW**, **ACCEPTED** and **REJECTED**)"
        f"\n\n# Summary\n[summary]: #summary\nWhat {feature} is.\n\n# Motivation\n\nWhy.\n"
    )


ALTINN = {
    "rfcs/README.md": "# Altinn Platform RFCs\n",
    "rfcs/0000-azure-management-groups.md": _rfc("azure_management_groups", "REVIEW"),
    "rfcs/0000-pull-based-cd.md": _rfc("pull_based_cd", "REVIEW"),
    "rfcs/0000-self-hosted-github-runners.md": _rfc("self_hosted_github_runners", "REVIEW"),
    "rfcs/0008-release-please.md": _rfc("release_please", "ACCEPTED"),
    "rfcs/0009-self-service-key-vault.md": _rfc("self_service_key_vault", "ACCEPTED"),
}


def test_rfcs_awaiting_their_number_and_their_title_convention_are_no_faults(
    make_repo: RepoFactory,
) -> None:
    # Three drafts named 0000 until accepted were three "duplicates" of number 0, and five
    # records without a title heading were five warnings of the log's one convention.
    assert _problems(ALTINN, make_repo) == [
        (
            "rfcs",
            "no-title",
            "none of the 5 records has a title heading: titled by their file names",
        )
    ]


def test_records_decided_at_0000_and_a_record_alone_untitled_are_still_reported(
    make_repo: RepoFactory,
) -> None:
    files = {
        **ALTINN,
        "rfcs/0000-pull-based-cd.md": _rfc("pull_based_cd", "ACCEPTED"),
        "rfcs/0000-self-hosted-github-runners.md": _rfc("self_hosted_github_runners", "ACCEPTED"),
    }
    assert [code for _, code, _ in _problems(files, make_repo)].count("duplicate-number") == 2
    titled = {
        "rfcs/0001-a.md": "# A\n\n## Status\n\nAccepted\n",
        "rfcs/0002-b.md": "# B\n\n## Status\n\nAccepted\n",
        "rfcs/0008-release-please.md": ALTINN["rfcs/0008-release-please.md"],
    }
    assert _problems(titled, make_repo) == [
        (
            "rfcs/0008-release-please.md",
            "parse-warning",
            "no title heading; title made from the file name",
        )
    ]
