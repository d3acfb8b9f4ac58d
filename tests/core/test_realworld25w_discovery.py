"""Round 25 (whole logs): a root ``.adr-dir`` names where new records go, not every log."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _nygard(number: int, title: str) -> str:
    return f"# {number}. {title}\n\nDate: 2025-09-17\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n"


# from DataDog/orchestrion: its .adr-dir names "internal/docs/adr", which holds ADR 1; ADR 2
# was written in the documentation site's "_docs/content/adr" beside the site's other pages.
ORCHESTRION = {
    ".adr-dir": "internal/docs/adr\n",
    "internal/docs/adr/0001-record-architecture-decisions.md": _nygard(
        1, "Record architecture decisions"
    ),
    "_docs/content/adr/0002-aspect-application-order.md": _nygard(2, "Aspect Application Order"),
    "_docs/content/_index.md": "---\ntitle: Orchestrion\n---\n",
    "_docs/content/docs/architecture.md": "# Architecture\n",
}


def test_a_log_that_goes_on_numbering_the_adr_dir_log_is_read_with_it(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(ORCHESTRION), Settings(use_cache=False))
    assert (catalog.discovery.how, catalog.discovery.adr_dirs) == (
        "config",
        ("internal/docs/adr", "_docs/content/adr"),
    )
    assert [(d.number, d.title) for d in catalog.decisions] == [
        (1, "Record architecture decisions"),
        (2, "Aspect Application Order"),
    ]
    assert catalog.problems == ()


def test_a_log_numbered_from_one_again_stays_out(make_repo: RepoFactory) -> None:
    # a package's own log beside the one the file chose: its ADR 1 is another ADR 1
    files = {
        **ORCHESTRION,
        "_docs/content/adr/0001-use-hugo.md": _nygard(1, "Use Hugo"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("internal/docs/adr",)
    assert [d.number for d in catalog.decisions] == [1]


def test_a_folder_of_unnumbered_pages_stays_out(make_repo: RepoFactory) -> None:
    files = {k: v for k, v in ORCHESTRION.items() if not k.startswith("_docs/content/adr/")}
    files["docs/decisions/README.md"] = "# Decisions\n\nSee internal/docs/adr.\n"
    files["docs/decisions/use-go.md"] = "# Use Go\n\nStatus: Accepted\n"
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("internal/docs/adr",)


def test_a_log_numbered_before_the_adr_dir_log_stays_out(make_repo: RepoFactory) -> None:
    # the file turned to a newer log ("docs/rec", from 9): the older one is not its sequel
    files = {
        ".adr-dir": "docs/rec\n",
        "docs/rec/0009-i.md": _nygard(9, "I"),
        "docs/adr/0001-a.md": _nygard(1, "A"),
        "docs/adr/0002-b.md": _nygard(2, "B"),
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("docs/rec",)


# from praktikantonelli/promethea: two records in a root folder "architecture", under a
# read-me page titled as the log; the folder is no common name and two numbered files
# were too few to make it a log.
PROMETHEA = {
    "architecture/README.md": (
        "# Architecture Decision Records (ADRs)\n\n## Overview\n\nThis directory contains the"
        " ADRs that have been created and applied to this project.\n"
    ),
    "architecture/0001-database.md": "# Database\n\n## Status\nAccepted\n\n## Context\nX.\n",
    "architecture/0002-hexagonal-components.md": (
        "# Hexagonal components\n\n## Status\nAccepted\n\n## Context\nX.\n"
    ),
    "architecture/Diagrams/hexagonal.drawio.svg": "<svg/>\n",
    "README.md": "# Promethea\n",
    "src/main.ts": "x\n",
}


def test_a_folder_under_a_page_titled_as_the_log_is_read_with_two_records(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(PROMETHEA), Settings(use_cache=False))
    assert catalog.discovery.adr_dirs == ("architecture",)
    assert [(d.number, d.title) for d in catalog.decisions] == [
        (1, "Database"),
        (2, "Hexagonal components"),
    ]


def test_two_numbered_chapters_under_another_title_are_no_log(make_repo: RepoFactory) -> None:
    files = {
        "architecture/README.md": "# Architecture overview\n\nSee the ADR folder for decisions.\n",
        "architecture/01-context.md": "# Context\n",
        "architecture/02-containers.md": "# Containers\n",
        "README.md": "# Promethea\n",
    }
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.decisions == ()


def _madr(title: str) -> str:
    return f"# {title}\n\n- Status: accepted\n\n## Context and Problem Statement\n\nX.\n"


# from launchdarkly/launchpad-ui: its ADRs ("adr-001-automated-a11y-tests.md", …) lie in
# "docs" beside the project's documentation; "tech-stack.md" was listed as an ADR.
LAUNCHPAD = {
    "docs/adr-001-automated-a11y-tests.md": _madr("Use Playwright component testing"),
    "docs/adr-002-string-unions-for-prop-types.md": _madr("Use string unions for prop types"),
    "docs/adr-003-package-builds.md": _madr("Package builds"),
    "docs/adr-004-component-tests.md": _madr("Use Cypress component testing"),
    "docs/adr-template.md": "# [short title of solved problem and solution]\n",
    "docs/ci.md": "# CI\n",
    "docs/tech-stack.md": "# Tech stack\n\nWe use React.\n",
    "docs/stories/contributing.mdx": "x\n",
}


def test_a_documentation_folder_s_pages_beside_adr_named_records_are_no_records(
    make_repo: RepoFactory,
) -> None:
    files = {**LAUNCHPAD, "docs/ADR-XX.md": _madr("Drop Cypress")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert [(d.number, d.path) for d in catalog.decisions] == [
        (1, "docs/adr-001-automated-a11y-tests.md"),
        (2, "docs/adr-002-string-unions-for-prop-types.md"),
        (3, "docs/adr-003-package-builds.md"),
        (4, "docs/adr-004-component-tests.md"),
        (None, "docs/ADR-XX.md"),
    ]
    assert catalog.problems == ()


def test_a_documentation_folder_numbering_records_otherwise_keeps_its_pages(
    make_repo: RepoFactory,
) -> None:
    # records numbered without the word ("0005-x.md") beside them: a log that names some
    # records as ADRs and some not, whose unnumbered pages may be drafts
    files = {**LAUNCHPAD, "docs/0005-styles.md": _madr("Styles")}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert "docs/tech-stack.md" in [d.path for d in catalog.decisions]
