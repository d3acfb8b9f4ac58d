"""reStructuredText and AsciiDoc ADRs have a history: gitlog follows the shared name rule."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.core.test_adrnames_formats import (
    ADOC_MOVED,
    ADOC_MOVED_MD,
    ADOC_PGWIRE,
    RST_OPTIONAL,
    RST_RECORD,
    asciidoc_log,
    sphinx_log,
)
from tests.helpers_git import history_index_path

from adr_tui.core import cachefile, historycache
from adr_tui.core.catalog import load_catalog
from adr_tui.core.discovery import discover
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.core.sources import WorktreeSource

NO_CACHE = Settings(use_cache=False)


@pytest.fixture(scope="module")
def rst_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sphinx_log(tmp_path_factory.mktemp("rst") / "repo")


@pytest.fixture(scope="module")
def adoc_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return asciidoc_log(tmp_path_factory.mktemp("adoc") / "repo")


def test_rst_adr_has_its_revisions_and_timeline(rst_repo: Path) -> None:
    with load_history(rst_repo, NO_CACHE) as history:
        lineage = history.for_decision(RST_RECORD)
    assert [r.kind for r in lineage.revisions] == [ChangeKind.ADDED, ChangeKind.MODIFIED]
    assert [r.subject for r in lineage.revisions] == [
        "Propose recording decisions",
        "Accept recording decisions",
    ]
    assert [(e.event, e.status) for e in lineage.timeline] == [
        ("created", Status.PROPOSED),
        ("status", Status.ACCEPTED),
    ]
    assert str(lineage.created) == "2022-06-08 09:00:00+02:00"


def test_markdown_renamed_to_asciidoc_keeps_one_lineage(adoc_repo: Path) -> None:
    with load_history(adoc_repo, NO_CACHE) as history:
        assert ADOC_MOVED_MD not in history.paths()
        lineage = history.for_decision(ADOC_MOVED)
    assert lineage.paths == (ADOC_MOVED_MD, ADOC_MOVED)
    assert [r.kind for r in lineage.revisions] == [
        ChangeKind.ADDED,
        ChangeKind.RENAMED,
        ChangeKind.MODIFIED,
    ]
    assert [e.status for e in lineage.timeline] == [Status.PROPOSED, Status.ACCEPTED]


@pytest.mark.parametrize("make", [sphinx_log, asciidoc_log])
def test_every_listed_rst_or_adoc_file_has_a_history(
    make: Callable[[Path], Path], tmp_path: Path
) -> None:
    repo = make(tmp_path / "repo")
    listed = discover(WorktreeSource(repo), root=repo).files
    assert listed and all(path.endswith((".rst", ".adoc")) for path in listed)
    with load_history(repo, NO_CACHE) as history:
        for path in listed:
            summary = history.summary(path)
            assert summary is not None and summary.revision_count >= 1


def test_at_an_earlier_commit_reads_the_rst_tree(rst_repo: Path) -> None:
    """--at reads the commit's tree (TreeSource), .rst files in its bulk prefetch."""
    catalog = load_catalog(rst_repo, Settings(at="2022-06-09", use_cache=False))
    assert [(d.path, d.status) for d in catalog.decisions] == [
        (RST_RECORD, Status.PROPOSED),
        (RST_OPTIONAL, Status.ACCEPTED),
    ]


def test_at_before_the_rename_lists_the_markdown_file(adoc_repo: Path) -> None:
    catalog = load_catalog(adoc_repo, Settings(at="2021-06-01", use_cache=False))
    assert [d.path for d in catalog.decisions] == [ADOC_MOVED_MD]
    later = load_catalog(adoc_repo, Settings(at="2022-08-02", use_cache=False))
    assert ADOC_PGWIRE in [d.path for d in later.decisions]


def test_a_markdown_only_cache_is_rebuilt(adoc_repo: Path, tmp_path: Path) -> None:
    """A cache written before .adoc was followed (format 2) holds no AsciiDoc trace."""
    settings = Settings(cache_dir=tmp_path / "cache")
    with load_history(adoc_repo, settings):
        pass
    index_path = history_index_path(adoc_repo, settings)
    payload = cachefile.read_payload(index_path, "index")
    assert isinstance(payload, dict) and payload["format"] == historycache.INDEX_FORMAT >= 3
    payload["format"] = 2
    payload["traces"] = [row for row in payload["traces"] if not row[0].endswith(".adoc")]
    assert cachefile.write_payload(index_path, "index", payload) is not None
    with load_history(adoc_repo, settings) as history:
        summary = history.summary(ADOC_PGWIRE)
        assert summary is not None and summary.revision_count == 1
