"""Round 27 (whole logs): one fact of a supersession is one problem."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

LOG = "guides/architecture/decisions"
OLD = f"{LOG}/0003-for-config-prefer-prefix-over-nesting-and-don-t-hide-defaults-in-code.md"
NEW = f"{LOG}/0004-use-rig-config-for-global-configuration.md"


def _nygard(number: int, title: str, status: str) -> str:
    return (
        f"# {number}. {title}\n\nDate: 28/11/2017\n\n## Status\n\n{status}\n\n"
        f"## Context\n\nWhy {title}.\n\n## Decision\n\nWe do.\n"
    )


# from Accenture/reactive-interaction-gateway: '.adr-dir' names guides/architecture/decisions;
# ADR 4 "Supercedes [3. …]", and ADR 3 says "Superceded by [4. …]" (here: still "Accepted").
def _rig(old_status: str) -> dict[str, str]:
    return {
        ".adr-dir": f"{LOG}\n",
        "guides/configuration.md": "# Configuration\n",
        "guides/operator-guide.md": "# Operator guide\n",
        OLD: _nygard(3, "For config, prefer prefix over nesting", old_status),
        NEW: _nygard(
            4,
            "Use Rig.Config for global configuration",
            "Accepted\n\nSupercedes [3. For config, prefer prefix over nesting]"
            "(0003-for-config-prefer-prefix-over-nesting-and-don-t-hide-defaults-in-code.md)",
        ),
    }


def _problems(files: dict[str, str], make_repo: RepoFactory) -> list[tuple[str, str, str]]:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    return [(p.path, p.code, p.message) for p in catalog.problems]


def test_a_record_left_in_force_under_its_successor_is_told_once(make_repo: RepoFactory) -> None:
    assert _problems(_rig("Accepted"), make_repo) == [
        (OLD, "stale-status", "superseded by ADR-0004 but its status is accepted")
    ]


def test_a_record_out_of_force_that_names_no_successor_keeps_its_one_sided_link(
    make_repo: RepoFactory,
) -> None:
    assert _problems(_rig("Deprecated"), make_repo) == [
        (
            OLD,
            "one-sided-link",
            "ADR-0004 says it supersedes this ADR, but this ADR does not say so",
        )
    ]


def test_the_log_as_kept_has_no_problem(make_repo: RepoFactory) -> None:
    status = (
        "Superceded by [4. Use Rig.Config for global configuration](" + NEW.rpartition("/")[2] + ")"
    )
    assert _problems(_rig(status), make_repo) == []
