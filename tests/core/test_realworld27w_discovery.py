"""Round 27 (whole logs): GOV.UK tech-docs sites keep their records as "x.html.md.erb"."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import RepoFactory
from tests.helpers_git import ADA, BOB, build, commit, write

from adr_tui.core.adrnames import is_adr_name, is_adr_path, stem_of
from adr_tui.core.catalog import load_catalog
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Rename


def _tech_docs(number: str, title: str, status: str = "Accepted") -> str:
    # the template's front matter, a Nygard record, and the site's partial of link targets
    return (
        f"---\ntitle: {number}. {title}\nweight: 2\nhide_in_navigation: true\n"
        f"parent: /decisions\nlast_reviewed_on: 2020-11-11\nreview_in: 7 weeks\n---\n\n"
        f"# {number}. {title}\n\nDate: 2020-11-11\n\n## Status\n\n{status}\n\n"
        f"## Context\n\nWhy {title}.\n\n## Decision\n\nWe do it.\n\n"
        "<%= partial 'partials/links' %>\n"
    )


def _page(title: str) -> str:
    return f"---\ntitle: {title}\nweight: 30\n---\n\n# {title}\n\nPages of the manual.\n"


CSC = "source/decisions/adrs"
# from DFE-Digital/childrens-social-care-architecture: "000-Record-Architecture-Decisions
# .html.md.erb" … "007-Integration-Approaches.html.md.erb" below the site's "Decisions" page;
# no record was found ("no file there is named as a record").
CSC_FILES = {
    "config.rb": "require 'govuk_tech_docs'\n",
    "source/index.html.md.erb": _page("Children's social care architecture"),
    "source/decisions/index.html.md.erb": _page("Decisions"),
    "source/partials/_links.erb": "[Lean]: https://example.org/lean\n",
    "source/layouts/custom.erb": "<%= yield %>\n",
    f"{CSC}/000-Record-Architecture-Decisions.html.md.erb": _tech_docs(
        "000", "Record Architecture Decisions"
    ),
    f"{CSC}/004-Use-Fake-Data.html.md.erb": _tech_docs("004", "Use Fake Data"),
    f"{CSC}/005-Monolith-First.html.md.erb": _tech_docs("005", "Monolith First", "Approved"),
}


def test_a_tech_docs_site_s_records_are_found(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(CSC_FILES), Settings(use_cache=False))
    assert [(d.number, d.title, d.status.value) for d in catalog.decisions] == [
        (0, "Record Architecture Decisions", "accepted"),
        (4, "Use Fake Data", "accepted"),
        (5, "Monolith First", "accepted"),
    ]
    assert catalog.problems == ()


CPD = "source/adr"
# from DFE-Digital/cpd-service-manual: its first record a tech-docs page, the next two
# Markdown, and a page of a section's decisions below the log ("early-careers-framework/
# index.html.md.erb"), which is the section's index as "index.md" would be, not a record.
CPD_FILES = {
    ".adr-dir": "source/adr\n",
    f"{CPD}/index.html.md.erb": _page("Architecture decision records"),
    f"{CPD}/early-careers-framework/index.html.md.erb": _page("Early careers framework"),
    f"{CPD}/0001-record-architecture-decisions.html.md.erb": _tech_docs(
        "1", "Record architecture decisions"
    ),
    f"{CPD}/0002-use-bearer-token-security-for-apis.md": (
        "# 2. Use bearer token security for APIs\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n"
    ),
}


def test_a_site_s_index_page_is_no_record_whatever_its_suffixes(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(CPD_FILES), Settings(use_cache=False))
    assert [d.path for d in catalog.decisions] == [
        f"{CPD}/0001-record-architecture-decisions.html.md.erb",
        f"{CPD}/0002-use-bearer-token-security-for-apis.md",
    ]
    assert catalog.problems == ()


SST = "source/decisions/adrs"
PIWIK = "use-piwik-pro-for-web-analytics.html.md.erb"


def test_a_tech_docs_record_s_history_follows_its_renumbering(tmp_path: Path) -> None:
    # from UKSpaceAgency/sst-beta-tech-docs: "003-use-piwik-pro-for-web-analytics.html.md.erb"
    # became 004 when "003-Use-cosmicjs-as-headless-cms" was kept at 3.
    repo = build(
        tmp_path / "repo",
        commit(
            ADA,
            "2023-03-01T10:00:00+00:00",
            "ADRs",
            write("source/decisions/index.html.md.erb", _page("Decisions")),
            write(f"{SST}/003-{PIWIK}", _tech_docs("003", "Use Piwik PRO for web analytics")),
        ),
        commit(
            BOB,
            "2023-04-01T10:00:00+00:00",
            "Renumber",
            Rename(f"{SST}/003-{PIWIK}", f"{SST}/004-{PIWIK}"),
            write(f"{SST}/004-{PIWIK}", _tech_docs("004", "Use Piwik PRO for web analytics")),
            write(
                f"{SST}/003-Use-cosmicjs-as-headless-cms.html.md.erb",
                _tech_docs("003", "Use cosmicjs as headless CMS"),
            ),
        ),
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert [d.number for d in catalog.decisions] == [3, 4]
    with load_history(repo, Settings(use_cache=False)) as history:
        piwik = history.for_decision(f"{SST}/004-{PIWIK}")
    assert [(r.kind, r.path) for r in piwik.revisions] == [
        (ChangeKind.ADDED, f"{SST}/003-{PIWIK}"),
        (ChangeKind.RENAMED, f"{SST}/004-{PIWIK}"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("005-Monolith-First.html.md.erb", True),
        ("0001-x.MD.ERB", True),
        ("0001-x.md.erb", True),
        ("custom.erb", False),  # a layout
        ("_links.erb", False),
        ("015-implement-RBAC.html.mb.erb", False),  # a slip of the keys: no Markdown suffix
        ("002-Use-i18nexus-for-String-Management.erb", False),
    ],
)
def test_markdown_with_embedded_ruby_is_a_record_s_suffix(name: str, expected: bool) -> None:
    assert is_adr_name(name) is expected
    for folder in ("", "source/adr/", "a.md/"):
        assert is_adr_path(f"{folder}{name}".encode()) is expected


@pytest.mark.parametrize(
    ("path", "stem"),
    [
        ("source/adr/0002-x.html.md", "0002-x"),
        ("source/adr/005-Monolith-First.html.md.erb", "005-Monolith-First"),
        ("source/adr/0003-y.md.erb", "0003-y"),
        ("docs/adr/0004-z.md", "0004-z"),
        ("docs/adr/0005-html.md", "0005-html"),
    ],
)
def test_a_site_page_s_record_is_named_as_the_page(path: str, stem: str) -> None:
    assert stem_of(path) == stem
