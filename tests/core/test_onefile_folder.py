"""Round 22o-2: a log kept in one file inside an ADR folder, beside no record, is cut too."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _entry(day: str, title: str, status: str = "Accepted") -> str:
    return f"## {day} - {title}\n- Status: {status}\n- Context: Why.\n- Decision: What.\n"


# The shape of dorianagaesse/nexus_dash's "adr/" before its detailed records: a guide, a
# template, and "decisions.md" whose entries are dated sections below a fenced template.
NEXUS_LOG = (
    "# Architecture Decisions (Working Log)\n\nUse this file for concise decisions only.\n\n"
    "## Entry Template\n\n```md\n## YYYY-MM-DD - <short decision title>\n- Status: Accepted\n"
    "```\n\n## Active Decisions\n\n"
    + _entry("2026-08-27", "Keep shared Preview schema forward-only")
    + "\n"
    + _entry("2026-08-06", "Model Calendar accounts, sources, and preferences separately")
    + "\n"
    + _entry("2026-07-27", "Promote meeting todos", "Superseded in part by the 2026-07-30 one.")
)
NEXUS = {
    "README.md": "# NexusDash\n",
    "adr/README.md": "# ADR Directory Guide\n\n- `adr/decisions.md`: the log.\n",
    "adr/TEMPLATE.md": "# ADR: <title>\n\n## Status\n\nProposed | Accepted\n",
    "adr/decisions.md": NEXUS_LOG,
}


def test_a_log_file_alone_in_an_adr_folder_lists_its_entries(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(NEXUS), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("adr",)
    assert catalog.discovery.logs == ("adr/decisions.md",)
    assert [(d.title, str(d.date)) for d in catalog] == [
        ("Keep shared Preview schema forward-only", "2026-08-27"),
        ("Model Calendar accounts, sources, and preferences separately", "2026-08-06"),
        ("Promote meeting todos", "2026-07-27"),
    ]  # in the file's order: the entries are unnumbered
    assert {d.path for d in catalog} == {"adr/decisions.md"}
    assert {d.part for d in catalog} == {
        "2026-08-27---keep-shared-preview-schema-forward-only",
        "2026-08-06---model-calendar-accounts-sources-and-preferences-separately",
        "2026-07-27---promote-meeting-todos",
    }


def _index(*titles: str) -> str:
    rows = "".join(
        f"## {n}. {t}\n\nSee [ADR-{n}](000{n}-x.md).\n\n" for n, t in enumerate(titles, 1)
    )
    return f"# Decisions\n\n{rows}"


def test_an_index_of_the_records_beside_it_stays_one_document(make_repo: RepoFactory) -> None:
    files = {
        "docs/adr/0001-use-postgresql.md": "# 1. Use PostgreSQL\n\nStatus: Accepted\n",
        "docs/adr/0002-use-redis.md": "# 2. Use Redis\n\nStatus: Accepted\n",
        "docs/adr/decisions.md": _index("Use PostgreSQL", "Use Redis"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.logs == ()
    assert all(not d.part for d in catalog)
    numbered = sorted(d.path for d in catalog if d.number is not None)
    assert numbered == ["docs/adr/0001-use-postgresql.md", "docs/adr/0002-use-redis.md"]


def test_a_log_file_beside_records_below_its_folder_stays_whole(make_repo: RepoFactory) -> None:
    files = {**NEXUS, "adr/accepted/0001-use-postgresql.md": "# 1. Use PostgreSQL\n\nAccepted\n"}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.logs == ()
    assert all(not d.part for d in catalog)


def test_a_readme_of_numbered_sections_alone_in_its_folder_is_no_log(
    make_repo: RepoFactory,
) -> None:
    files = {"docs/adr/README.md": _index("Use PostgreSQL", "Use Redis"), "README.md": "# x\n"}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.logs == ()
    assert all(not d.part for d in catalog)
