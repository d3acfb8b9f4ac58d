"""ADR files committed without a suffix ("0006-use-servicebus") have a history like any other."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import ADA, BOB, GRACE, build, commit, history_index_path, write

from adr_tui.core import cachefile, historycache
from adr_tui.core.adrnames import is_adr_name, is_adr_path
from adr_tui.core.discovery import discover, is_candidate
from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.core.sources import WorktreeSource
from adr_tui.demo.builder import Edit, Rename

NO_CACHE = Settings(use_cache=False)
BARE = "docs/adr/0006-use-servicebus"
DATED = "docs/adr/20240604-hdkey-separation"
NOT_ADRS = ("docs/adr/Makefile", "docs/adr/LICENSE", "docs/adr/0007-notes.txt")


def nygard(title: str, status: str) -> str:
    """An adr-tools record, the shape suffixless files usually have."""
    return f"# 6. {title}\n\nDate: 2024-01-02\n\n## Status\n\n{status}\n\n## Context\n\nWhy.\n"


def _suffixless_repo(dest: Path) -> Path:
    """Three commits to BARE (added, accepted, edited); non-ADR files beside it change too."""
    return build(
        dest,
        commit(
            GRACE,
            "2024-01-02T09:00:00+01:00",
            "Propose Service Bus",
            write(BARE, nygard("Use Service Bus", "Proposed")),
            write(DATED, nygard("HD key separation", "Accepted")),
            *(write(path, "first\n") for path in NOT_ADRS),
        ),
        commit(
            BOB,
            "2024-01-09T16:00:00-05:00",
            "Accept Service Bus",
            Edit(BARE, (("Proposed", "Accepted"),)),
            *(write(path, "second\n") for path in NOT_ADRS),
        ),
        commit(
            ADA,
            "2024-02-01T10:00:00+00:00",
            "More context",
            Edit(BARE, (("Why.", "Why, and what it costs."),)),
            *(write(path, "third\n") for path in NOT_ADRS),
        ),
    )


@pytest.fixture(scope="module")
def suffixless(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _suffixless_repo(tmp_path_factory.mktemp("suffixless") / "repo")


def test_suffixless_adr_has_its_revisions_and_timeline(suffixless: Path) -> None:
    with load_history(suffixless, NO_CACHE) as history:
        lineage = history.for_decision(BARE)
    assert [r.kind for r in lineage.revisions] == [
        ChangeKind.ADDED,
        ChangeKind.MODIFIED,
        ChangeKind.MODIFIED,
    ]
    assert [r.subject for r in lineage.revisions] == [
        "Propose Service Bus",
        "Accept Service Bus",
        "More context",
    ]
    assert [r.author_name for r in lineage.revisions] == ["Grace Lee", "Bob Smith", "Ada Lovelace"]
    assert [(e.event, e.status) for e in lineage.timeline] == [
        ("created", Status.PROPOSED),
        ("status", Status.ACCEPTED),
    ]
    assert lineage.timeline[1].revision.subject == "Accept Service Bus"
    assert str(lineage.created) == "2024-01-02 09:00:00+01:00"


def test_non_adr_files_in_the_adr_folder_are_not_traced(suffixless: Path) -> None:
    with load_history(suffixless, NO_CACHE) as history:
        traced = set(history.paths()) | set(history.deleted_paths())
        lineages = history.lineages()
    assert traced == {BARE, DATED}
    changed = {r.path for lineage in lineages for r in lineage.revisions}
    assert changed.isdisjoint(NOT_ADRS)  # no revision of Makefile, LICENSE or notes.txt


def test_every_file_discovery_lists_has_a_history(suffixless: Path) -> None:
    listed = discover(WorktreeSource(suffixless), root=suffixless).files
    assert listed == (BARE, DATED)
    with load_history(suffixless, NO_CACHE) as history:
        assert set(listed) <= set(history.paths())
        assert history.summary(DATED) is not None
        assert history.summary(BARE) is not None


@pytest.mark.parametrize(("before", "after"), [(BARE, f"{BARE}.md"), (f"{BARE}.md", BARE)])
def test_rename_between_suffixless_and_markdown_keeps_one_lineage(
    tmp_path: Path, before: str, after: str
) -> None:
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-02T10:00:00+00:00", "Add", write(before, nygard("Bus", "Proposed"))),
        commit(BOB, "2024-01-03T10:00:00+00:00", "Name it", Rename(before, after)),
        commit(
            ADA, "2024-01-04T10:00:00+00:00", "Accept", Edit(after, (("Proposed", "Accepted"),))
        ),
    )
    with load_history(repo, NO_CACHE) as history:
        assert history.paths() == (after,)
        assert history.deleted_paths() == ()
        lineage = history.for_decision(after)
    assert lineage.paths == (before, after)
    assert [r.kind for r in lineage.revisions] == [
        ChangeKind.ADDED,
        ChangeKind.RENAMED,
        ChangeKind.MODIFIED,
    ]
    assert lineage.revisions[1].old_path == before
    assert [e.status for e in lineage.timeline] == [Status.PROPOSED, Status.ACCEPTED]


def test_rename_to_a_non_adr_name_is_a_delete(tmp_path: Path) -> None:
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-02T10:00:00+00:00", "Add", write(BARE, nygard("Bus", "Proposed"))),
        commit(BOB, "2024-01-03T10:00:00+00:00", "Archive", Rename(BARE, "docs/adr/LICENSE")),
    )
    with load_history(repo, NO_CACHE) as history:
        assert history.paths() == ()
        gone = history.for_decision(BARE)
    assert gone.deleted
    assert [r.kind for r in gone.revisions] == [ChangeKind.ADDED, ChangeKind.DELETED]


def test_an_older_cache_format_is_rebuilt(suffixless: Path, tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "cache")
    with load_history(suffixless, settings):
        pass
    index_path = history_index_path(suffixless, settings)
    payload = cachefile.read_payload(index_path, "index")
    assert isinstance(payload, dict) and payload.pop("format") == historycache.INDEX_FORMAT
    # What a Markdown-only cache held: no lineage for the suffixless files.
    payload["traces"] = [row for row in payload["traces"] if row[0] not in (BARE, DATED)]
    assert cachefile.write_payload(index_path, "index", payload) is not None
    with load_history(suffixless, settings) as history:
        summary = history.summary(BARE)
        assert summary is not None and summary.revision_count == 3
    rebuilt = cachefile.read_payload(index_path, "index")
    assert isinstance(rebuilt, dict) and rebuilt["format"] == historycache.INDEX_FORMAT


NAMES = [
    "0006-use-servicebus",
    "20240604-hdkey-separation",
    "2024-06-04-hdkey",
    "adr-12-use-x",
    "ADR_0012_Use_X",
    "0001-a.md",
    "0001-a.MDX",
    "README.md",
    ".md",
    "0001-notes.txt",
    "0001-diagram.png",
    "Makefile",
    "LICENSE",
    "Dockerfile",
    "0001",
    "0001-",
    "0001-123",
    "0001- spaced",
    "0001-x\u00a0y",
    "0001-\u00a0y",
    "\u0660\u0660\u0660\u0666-arabic-digits",
    "0001-\u212aelvin",
    "0001-\u0130stanbul",
    "0001-caf\u00e9",
    "0001-x\n",
    "0001-x.Md",
    "0001-x.md.txt",
    "0001-x.markdown",
    "bin-tool",
    "Adr_5_x",
]


@pytest.mark.parametrize("name", NAMES)
def test_history_and_discovery_share_one_name_rule(name: str) -> None:
    for folder in ("", "docs/adr/", "docs.md/sub.x/"):
        assert is_adr_path(f"{folder}{name}".encode()) is is_adr_name(name)
    if is_candidate(f"docs/adr/{name}"):
        assert is_adr_name(name)  # whatever discovery lists, the history follows


def test_undecodable_names_agree_as_git_decodes_them() -> None:
    raw = b"docs/adr/0006-caf\xe9-latin1"
    name = raw.rpartition(b"/")[2].decode("utf-8", "surrogateescape")
    assert is_adr_path(raw) is is_adr_name(name) is True
