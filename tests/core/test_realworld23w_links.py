"""Round 23 (whole logs): a site's link to a numbered record drops its number and is not stale."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

RECORDS = "docs/architecture-decisions/records/"
OLD = RECORDS + "008-production-data-in-staging.md"
NEW = RECORDS + "012-move-staging-to-pre-production.md"


def _record(slug: str, title: str, number: int, status: str, context: str) -> str:
    # LBHackney-IT/Data-Platform-Playbook, a Docusaurus site: front matter, then sections.
    return (
        f'---\nid: {slug}\ntitle: "{title}"\ndescription: ""\ntags: [adr]\n'
        f'number: "{number}"\ndate-issued: "2021-12-16"\nstatus: "{status}"\n---\n\n'
        f"## Context\n\n{context}\n"
    )


def _playbook(link: str) -> dict[str, str]:
    return {
        OLD: _record(
            "production-data-in-staging",
            "Production Data in Staging",
            8,
            "Superseded",
            "The Data Platform is currently broken up into three separate accounts.",
        ),
        NEW: _record(
            "move-staging-to-pre-production",
            "Move Staging to Pre-Production",
            12,
            "Accepted",
            "We discussed the topic of production data being held in a staging account which "
            "we have previously decided was a requirement of the successful operation of the "
            f"Data Platform see\n[ADR 008]({link})",
        ),
    }


def _problems(files: dict[str, str], make_repo: RepoFactory) -> list[tuple[str, str]]:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    return [(p.path, p.code) for p in catalog.problems]


def test_a_site_route_without_the_file_s_number_names_the_record(
    make_repo: RepoFactory,
) -> None:
    files = _playbook("/architecture-decisions/records/production-data-in-staging")
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    new = next(d for d in catalog.decisions if d.path == NEW)
    assert [r.target_id for r in new.relations] == [OLD.removesuffix(".md")]
    assert catalog.problems == ()


def test_a_route_to_another_name_or_a_file_without_the_number_is_still_stale(
    make_repo: RepoFactory,
) -> None:
    for link in (
        "/architecture-decisions/records/staging-data",
        "production-data-in-staging.md",  # a file's name: the file is gone
    ):
        assert _problems(_playbook(link), make_repo) == [(NEW, "stale-link")], link
