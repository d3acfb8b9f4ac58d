"""Round 23 (whole logs): a record that says it is superseded has no stale status."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.core.supersession import effective_status


def _record(number: int, status_section: str) -> str:
    # apache/james-project src/adr (.adr-dir "src/adr"), trimmed to the header and status.
    return (
        f"# {number}. Distributed WorkQueue\n\nDate: 2019-10-02\n\n## Status\n\n"
        f"{status_section}\n\n## Context\n\nBy switching the task manager to a distributed "
        "implementation, we need to be able to run a `Task` on any node of the cluster.\n"
    )


OLD = "src/adr/0003-distributed-workqueue.md"
NEW = "src/adr/0016-distributed-workqueue.md"


def _james(old_status: str) -> dict[str, str]:
    return {
        ".adr-dir": "src/adr\n",
        OLD: _record(3, old_status),
        NEW: _record(
            16,
            "Accepted (lazy consensus)\n\n"
            "Supercedes [3. Distributed WorkQueue](0003-distributed-workqueue.md)",
        ),
    }


def _problems(files: dict[str, str], make_repo: RepoFactory) -> list[tuple[str, str]]:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    return sorted((p.path, p.code) for p in catalog.problems)


def test_a_status_section_that_adds_superseded_by_is_not_stale(make_repo: RepoFactory) -> None:
    files = _james(
        "Accepted (lazy consensus) & implemented\n\n"
        "Superceded by [16. Distributed WorkQueue](0016-distributed-workqueue.md)"
    )
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    by_id = {d.id: d for d in catalog.decisions}
    old = by_id[OLD.removesuffix(".md")]
    assert old.status is Status.ACCEPTED  # as the first line reads
    assert effective_status(old, by_id) is Status.SUPERSEDED
    assert [(p.path, p.code) for p in catalog.problems] == []


def test_a_record_that_never_heard_of_its_successor_is_still_stale(
    make_repo: RepoFactory,
) -> None:
    files = _james("Accepted (lazy consensus) & implemented")
    # its status alone is reported (round 27w): naming ADR 16 there mends the link too
    assert _problems(files, make_repo) == [(OLD, "stale-status")]
