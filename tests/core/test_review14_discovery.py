"""Review 14, discovery: copies by contents, hidden logs last, chapter folders, month-day names."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings


def _nygard(number: int, title: str) -> str:
    return f"# {number}. {title}\n\nDate: 2020-05-04\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n"


def _load(make_repo: RepoFactory, files: dict[str, str]) -> Catalog:
    return load_catalog(make_repo(files), Settings(use_cache=False))


FIRST = "0001-record-architecture-decisions.md"


def test_a_web_app_s_log_named_as_another_s_is_read(make_repo: RepoFactory) -> None:
    # "www" is a site's folder name too, and the web app's two file names are the API's
    files = {
        f"apps/www/docs/adr/{FIRST}": _nygard(1, "Record architecture decisions"),
        "apps/www/docs/adr/0002-use-nextjs.md": _nygard(2, "Use Next.js"),
        f"apps/api/docs/adr/{FIRST}": _nygard(1, "Record architecture decisions"),
        "apps/api/docs/adr/0002-use-nextjs.md": _nygard(2, "Use Postgres"),
        "apps/api/docs/adr/0003-use-kafka.md": _nygard(3, "Use Kafka"),
    }
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("apps/api/docs/adr", "apps/www/docs/adr")
    assert [d.title for d in catalog.decisions if d.path.startswith("apps/www/")] == [
        "Record architecture decisions",
        "Use Next.js",
    ]
    assert [p.code for p in catalog.problems] == []


def test_a_site_s_log_of_other_contents_is_read(make_repo: RepoFactory) -> None:
    files = {
        "site/docs/adr/0002-use-astro.md": _nygard(2, "Use Astro"),
        "docs/adr/0002-use-astro.md": _nygard(2, "Use Astro for the docs"),
        "docs/adr/0003-use-pg.md": _nygard(3, "Use pg"),
    }
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("docs/adr", "site/docs/adr")
    assert "Use Astro" in [d.title for d in catalog.decisions]


def test_a_site_s_copy_of_the_log_is_noted_when_dropped(make_repo: RepoFactory) -> None:
    log = {f"000{n}-decision-{n}.md": _nygard(n, f"Decision {n}") for n in (1, 2, 3)}
    files = {f"website/docs/adr/{name}": text for name, text in log.items()}
    files |= {f"docs/adr/{name}": text for name, text in log.items() if "0003" not in name}
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("website/docs/adr",)
    assert [d.number for d in catalog.decisions] == [1, 2, 3]
    assert [(p.path, p.code, p.severity) for p in catalog.problems] == [
        ("docs/adr", "copied-log", "info")
    ]
    assert "website/docs/adr" in catalog.problems[0].message


def test_a_copy_differing_in_one_record_is_a_log_of_its_own(make_repo: RepoFactory) -> None:
    log = {f"000{n}-decision-{n}.md": _nygard(n, f"Decision {n}") for n in (1, 2, 3)}
    files = {f"website/docs/adr/{name}": text for name, text in log.items()}
    files |= {"docs/adr/0001-decision-1.md": log["0001-decision-1.md"]}
    files |= {"docs/adr/0002-decision-2.md": _nygard(2, "Decision 2, revised")}
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("docs/adr", "website/docs/adr")
    assert "Decision 2, revised" in [d.title for d in catalog.decisions]


def test_a_hidden_folder_s_record_gives_way_to_a_numbered_log(make_repo: RepoFactory) -> None:
    files = {".github/adr/0001-use-actions.md": _nygard(1, "Use GitHub Actions")}
    files |= {f"design/000{n}-choice-{n}.md": _nygard(n, f"Choice {n}") for n in (1, 2, 3)}
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("design",)
    assert [d.title for d in catalog.decisions] == ["Choice 1", "Choice 2", "Choice 3"]


def test_hidden_decisions_give_way_to_an_architecture_log(make_repo: RepoFactory) -> None:
    files = {".github/decisions/0001-ci.md": _nygard(1, "CI")}
    files |= {f"architecture/000{n}-a{n}.md": _nygard(n, f"A {n}") for n in (1, 2, 3)}
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("architecture",)


def test_records_in_a_guides_folder_are_a_log(make_repo: RepoFactory) -> None:
    files = {f"guides/architecture/000{n}-d{n}.md": _nygard(n, f"D {n}") for n in (1, 2, 3)}
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("guides/architecture",)
    assert [d.number for d in catalog.decisions] == [1, 2, 3]


def test_a_tutorials_folder_titled_as_a_log_is_one(make_repo: RepoFactory) -> None:
    files = {f"tutorials/000{n}-decision-{n}.md": f"# Decision {n}\n\nX.\n" for n in (1, 2, 3)}
    files["tutorials/README.md"] = "# Architecture Decision Records\n"
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("tutorials",)
    assert [d.number for d in catalog.decisions] == [1, 2, 3]


def test_a_guide_s_numbered_chapters_are_still_no_log(make_repo: RepoFactory) -> None:
    # chapters that state no status, one of them about status codes
    files = {
        "guides/01-setup.md": "# Setup\n\nInstall it.\n",
        "guides/02-errors.md": "# Errors\n\n## Status codes\n\n404.\n",
        "guides/03-usage.md": "# Usage\n\nRun it.\n",
    }
    catalog = _load(make_repo, files)
    assert (catalog.discovery.adr_dirs, catalog.decisions) == ((), ())


def test_a_heading_confirming_a_month_day_name_keeps_its_number(make_repo: RepoFactory) -> None:
    files = {
        "docs/adr/1-2-use-kafka.md": _nygard(1, "Use kafka"),
        "docs/adr/2-1-use-pg.md": _nygard(2, "Use pg"),
        "docs/adr/3-1-use-x.md": _nygard(3, "Use x"),
    }
    catalog = _load(make_repo, files)
    assert [(d.number, d.title) for d in catalog.decisions] == [
        (1, "Use kafka"),
        (2, "Use pg"),
        (3, "Use x"),
    ]


def test_month_day_names_under_plain_headings_number_nothing(make_repo: RepoFactory) -> None:
    files = {
        "docs/adr/11-8-backend-config.md": "# Backend config\n\n## Status\n\nAccepted\n",
        "docs/adr/11-9-sql-builder.md": "# 11-9 SQL builder\n\n## Status\n\nAccepted\n",
    }
    catalog = _load(make_repo, files)
    assert [d.number for d in catalog.decisions] == [None, None]
