"""The catalogue snapshot: an unchanged tree is read back whole, bodies from their files."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard

from adr_tui.core import cachefile
from adr_tui.core.catalog import Catalog, load_catalog, served_catalog
from adr_tui.core.model import DeferredSections, DeferredText
from adr_tui.core.settings import Settings
from adr_tui.core.snapshot import KIND as SNAPSHOT_KIND
from adr_tui.core.snapshot import SavedDecisions, Verdict


def snapshot_file(cache: Path) -> Path:
    (found,) = (cache / SNAPSHOT_KIND).glob("*.json")
    return found


Edit = Callable[[list[Any]], None]


def doctor(cache: Path, *edits: Edit) -> None:
    """Change the saved snapshot (re-verified), as a later load would find it."""
    path = snapshot_file(cache)
    payload = cachefile.read_payload(path, SNAPSHOT_KIND)
    assert isinstance(payload, list)
    for edit in edits:
        edit(payload)
    assert cachefile.write_payload(path, SNAPSHOT_KIND, payload)


def aged(payload: list[Any]) -> None:
    """The snapshot as if taken a minute after its files last changed (not racy)."""
    payload[0]["taken"] += 60 * 10**9


def retitled(payload: list[Any]) -> None:
    """Aged, and the first decision's title marked: a load that shows it read the snapshot."""
    aged(payload)
    payload[1][2] = "From the snapshot"


def edited_later(adr: Path, text: str) -> None:
    """Rewrite ``adr`` as an edit seconds later would: a write within the same file-system
    clock tick as the fixture's could keep its mtime, and ``aged`` switches the racy guard off."""
    adr.write_text(text)
    st = adr.stat()
    os.utime(adr, ns=(st.st_atime_ns, st.st_mtime_ns + 5 * 10**9))


@pytest.fixture
def two_adrs(make_repo: RepoFactory, tmp_path: Path) -> tuple[Path, Settings]:
    extra = "\nSuperseded by [2. B](0002-b.md)\n"
    repo = make_repo(
        {
            "docs/adr/0001-a.md": nygard(1, "A", "Superseded", extra),
            "docs/adr/0002-b.md": nygard(2, "B"),
        }
    )
    return repo, Settings(cache_dir=tmp_path / "cache")


def test_a_snapshot_is_the_catalogue_a_fresh_load_makes(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    fresh = load_catalog(repo, Settings(use_cache=False))
    assert load_catalog(repo, settings) == fresh  # saves the snapshot
    doctor(settings.cache_dir, aged)
    served = load_catalog(repo, settings)
    assert served == fresh
    assert [r.target_id for r in served.decisions[1].relations] == ["docs/adr/0001-a"]  # derived


def test_an_unchanged_tree_is_served_from_the_snapshot(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled)
    assert load_catalog(repo, settings).decisions[0].title == "From the snapshot"


@pytest.mark.parametrize(
    "change",
    [
        lambda adr: edited_later(adr, adr.read_text().replace("Text.", "Txet.")),  # same size
        lambda adr: (adr.parent / "0003-c.md").write_text(nygard(3, "C")),
        lambda adr: adr.unlink(),
        lambda adr: adr.chmod(0o600),
    ],
    ids=["edited", "added", "removed", "chmod"],
)
def test_any_change_to_the_files_means_a_fresh_load(
    two_adrs: tuple[Path, Settings], change: Callable[[Path], object]
) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled)
    change(repo / "docs/adr/0001-a.md")
    loaded = load_catalog(repo, settings)
    assert "From the snapshot" not in [d.title for d in loaded.decisions]
    assert loaded == load_catalog(repo, Settings(use_cache=False))


def test_a_racy_snapshot_is_not_trusted(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled, aged_back)
    assert load_catalog(repo, settings).decisions[0].title == "A"


def aged_back(payload: list[Any]) -> None:
    """Taken one second after the files changed: a change in the same tick could hide."""
    head = payload[0]
    looks = [os.lstat(Path(head["root"], rel)) for rel in head["files"]]
    newest = max(max(st.st_mtime_ns, st.st_ctime_ns) for st in looks)
    payload[0]["taken"] = newest + 10**9


def short_row(payload: list[Any]) -> None:
    """The first decision's row one field short (a snapshot of another version)."""
    del payload[1][-1]


def test_a_snapshot_of_another_shape_or_code_is_ignored(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    fresh = load_catalog(repo, Settings(use_cache=False))
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled, lambda payload: payload[0].update(code="old"))
    assert load_catalog(repo, settings) == fresh
    doctor(settings.cache_dir, aged, short_row)
    assert load_catalog(repo, settings) == fresh
    path = snapshot_file(settings.cache_dir)
    path.write_bytes(path.read_bytes()[:-10])  # damaged: fails its checksum
    assert load_catalog(repo, settings) == fresh


def test_a_linked_file_is_read_not_trusted(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    (repo / "docs/adr/0003-c.md").symlink_to("0002-b.md")
    load_catalog(repo, settings)
    assert not (settings.cache_dir / SNAPSHOT_KIND).exists()


# -- bodies stay in their files until asked for ------------------------------------


def served(repo: Path, settings: Settings) -> list[Any]:
    """Load twice (the first saves the snapshot), and return the served decisions."""
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged)
    return list(load_catalog(repo, settings).decisions)


def test_a_served_body_is_read_from_its_file_when_first_asked_for(
    two_adrs: tuple[Path, Settings],
) -> None:
    repo, settings = two_adrs
    first = served(repo, settings)[0]
    assert isinstance(first.body_source, DeferredText)
    assert repr(first.body_source) == "DeferredText(read)"  # nothing read yet
    assert first.body.startswith("# 1. A\n") and first.body.endswith("Text.\n")
    assert repr(first.body_source).startswith("DeferredText('# 1. A")  # read once, kept


def test_a_file_edited_after_the_load_shows_its_new_body(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    first = served(repo, settings)[0]
    adr = repo / "docs/adr/0001-a.md"
    adr.write_text(adr.read_text().replace("Text.", "Rewritten since."))
    assert first.body.endswith("Rewritten since.\n")


def test_a_file_removed_after_the_load_has_an_empty_body(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    first = served(repo, settings)[0]
    (repo / "docs/adr/0001-a.md").unlink()
    assert first.body == ""


def test_a_served_body_is_the_decoded_files_tail(make_repo: RepoFactory, tmp_path: Path) -> None:
    # CRLF line ends and front matter: the body is the tail of the decoded text, not of the bytes.
    front = "---\nstatus: accepted\ntitle: Use YAML\n---\r\n# Use YAML\r\n\r\nWhy.\r\n"
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A"), "docs/adr/0002-use-yaml.md": front})
    settings = Settings(cache_dir=tmp_path / "cache")
    fresh = load_catalog(repo, Settings(use_cache=False))
    decisions = served(repo, settings)
    assert [d.body for d in decisions] == [d.body for d in fresh.decisions]
    assert decisions[1].body == "# Use YAML\n\nWhy.\n"


def bad_body_mark(payload: list[Any]) -> None:
    """The first decision's body mark is text, not a length and a checksum."""
    aged(payload)
    payload[1][13] = "a body copied in"


def test_a_snapshot_whose_body_mark_is_wrong_is_ignored(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    fresh = load_catalog(repo, Settings(use_cache=False))
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled, bad_body_mark)
    loaded = load_catalog(repo, settings)
    assert loaded.decisions[0].title == "A"
    assert loaded == fresh


def test_a_body_whose_checksum_differs_is_parsed_again(two_adrs: tuple[Path, Settings]) -> None:
    # What a body that is not its file's tail (a template's example) comes to.
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged, lambda payload: payload[1][13].__setitem__(1, 12345))
    first = load_catalog(repo, settings).decisions[0]
    assert isinstance(first.body_source, DeferredText)
    assert first.body == load_catalog(repo, Settings(use_cache=False)).decisions[0].body


def test_a_file_made_a_pipe_after_the_load_has_an_empty_body_and_does_not_block(
    two_adrs: tuple[Path, Settings],
) -> None:
    repo, settings = two_adrs
    first = served(repo, settings)[0]
    adr = repo / "docs/adr/0001-a.md"
    adr.unlink()
    os.mkfifo(adr)  # opened without O_NONBLOCK, reading it would wait for a writer forever
    assert first.body == ""


def test_a_body_read_after_its_file_changed_is_never_kept_as_the_old_versions(
    two_adrs: tuple[Path, Settings],
) -> None:
    from adr_tui.core.search import SearchEngine

    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged)
    from_snapshot = load_catalog(repo, settings)
    adr = repo / "docs/adr/0001-a.md"
    original = adr.read_text()
    edited_later(adr, original.replace("Text.", "Banana."))
    first = from_snapshot.decisions[0]
    assert "Banana." in first.body and first.body_stale  # the file's text, flagged
    with SearchEngine.open(from_snapshot, settings) as engine:
        assert engine.search("banana").source == "scan"  # before the index: a scan
        assert (first.id, first.digest) not in engine._scan_cache._words
        engine.build()
        assert engine.search("banana").ids  # what the file says now
    edited_later(adr, original)  # back as it was when the snapshot was taken
    reloaded = load_catalog(repo, settings)
    assert reloaded.decisions[0].digest == first.digest
    with SearchEngine.open(reloaded, settings) as engine:
        assert engine.build().updated == 1  # not trusted as that version's words
        assert not engine.search("banana").ids


# -- headings stay JSON text until asked for --------------------------------------


def test_served_headings_are_made_when_first_asked_for(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    fresh = load_catalog(repo, Settings(use_cache=False)).decisions[0]
    first = served(repo, settings)[0]
    assert isinstance(first.sections, DeferredSections)
    assert first.sections == fresh.sections and hash(first.sections) == hash(fresh.sections)
    assert [s.title for s in first.sections] == ["1. A", "Status", "Context"]
    assert first.sections[1:] == fresh.sections[1:] and len(first.sections) == 3


def listed_headings(payload: list[Any]) -> None:
    """The first decision's headings as nested lists (the shape before they were text)."""
    aged(payload)
    payload[1][14] = [["1. A", 1, 0]]


def bad_headings(payload: list[Any]) -> None:
    """The first decision's headings as text that is not the list of triples written."""
    aged(payload)
    payload[1][14] = '{"not": "headings"}'


def test_headings_of_another_shape_are_not_believed(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    fresh = load_catalog(repo, Settings(use_cache=False))
    load_catalog(repo, settings)
    doctor(settings.cache_dir, listed_headings)
    assert load_catalog(repo, settings) == fresh  # the whole snapshot is ignored
    doctor(settings.cache_dir, bad_headings)
    assert load_catalog(repo, settings).decisions[0].sections == ()  # only show --json reads them


# -- discovery is skipped while nothing it looked at changed -------------------------


def marked(payload: list[Any]) -> None:
    """Aged, and the saved discovery marked: a load that shows it did not discover again."""
    aged(payload)
    payload[0]["how"] = "from the snapshot"


def test_an_unchanged_tree_is_not_searched_again(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, marked)
    assert load_catalog(repo, settings).discovery.how == "from the snapshot"


def later(path: Path) -> None:
    """Give ``path`` (a file or folder) times a few seconds on, as a later change would."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5 * 10**9))


def add_folder(repo: Path) -> None:
    (repo / "docs/decisions").mkdir()
    (repo / "docs/decisions/0007-g.md").write_text(nygard(7, "G"))


def add_marker(repo: Path) -> None:
    (repo / ".adr-dir").write_text("docs/adr\n")


def log4brains(repo: Path) -> None:
    (repo / ".log4brains.yml").write_text("project:\n  adrFolder: ./docs/adr\n")


@pytest.mark.parametrize(
    "change",
    [
        lambda repo: (repo / "docs/adr/0003-c.md").write_text(nygard(3, "C")),
        lambda repo: (repo / "docs/adr/0001-a.md").rename(repo / "docs/adr/0001-renamed.md"),
        lambda repo: (repo / "docs/adr/notes/0004-d.md").write_text(nygard(4, "D")),
        add_folder,
        add_marker,
        log4brains,
    ],
    ids=["file added", "file renamed", "in a sub-folder", "folder added", "marker", "log4brains"],
)
def test_a_change_discovery_would_see_means_searching_again(
    two_adrs: tuple[Path, Settings], change: Callable[[Path], object]
) -> None:
    repo, settings = two_adrs
    (repo / "docs/adr/notes").mkdir()  # a sub-folder is listed too
    load_catalog(repo, settings)
    doctor(settings.cache_dir, marked)
    change(repo)
    loaded = load_catalog(repo, settings)
    assert loaded.discovery.how != "from the snapshot"
    assert loaded == load_catalog(repo, Settings(use_cache=False))


def test_a_linked_config_file_is_watched_through_its_link(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo(
        {
            "docs/adr/0001-a.md": nygard(1, "A"),
            "docs/rec/0009-i.md": nygard(9, "I"),
            "config/l4b.yml": "project:\n  adrFolder: ./docs/adr\n",
        }
    )
    (repo / ".log4brains.yml").symlink_to("config/l4b.yml")
    settings = Settings(cache_dir=tmp_path / "cache")
    assert [d.path for d in load_catalog(repo, settings).decisions] == ["docs/adr/0001-a.md"]
    doctor(settings.cache_dir, marked)
    (repo / "config/l4b.yml").write_text("project:\n  adrFolder: ./docs/rec\n")
    later(repo / "config/l4b.yml")  # the link itself is untouched: its file changed
    assert [d.path for d in load_catalog(repo, settings).decisions] == ["docs/rec/0009-i.md"]


def test_an_edited_marker_or_another_start_means_searching_again(
    two_adrs: tuple[Path, Settings],
) -> None:
    repo, settings = two_adrs
    (repo / "docs/rec").mkdir()
    (repo / "docs/rec/0009-i.md").write_text(nygard(9, "I"))
    (repo / ".adr-dir").write_text("docs/adr\n")
    load_catalog(repo, settings)
    doctor(settings.cache_dir, marked)
    assert load_catalog(repo, settings).discovery.how == "from the snapshot"
    doctor(settings.cache_dir, marked)
    assert load_catalog(repo / "docs", settings).discovery.how != "from the snapshot"
    load_catalog(repo, settings)
    doctor(settings.cache_dir, marked)
    (repo / ".adr-dir").write_text("docs/rec\n")  # the same size: only its times tell
    later(repo / ".adr-dir")
    assert [d.path for d in load_catalog(repo, settings).decisions] == ["docs/rec/0009-i.md"]


def test_a_folder_changed_in_the_racy_window_is_searched_again(
    two_adrs: tuple[Path, Settings],
) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    # Taken a second after the files (and their folder) changed: a folder changed again
    # within the same clock tick would keep its times, so the saved discovery is not believed.
    doctor(settings.cache_dir, aged_back, lambda payload: payload[0].update(how="snapshot"))
    assert load_catalog(repo, settings).discovery.how != "snapshot"


SERVED_IMPORTS = """
import sys
from pathlib import Path
from adr_tui.core.catalog import load_catalog, served_catalog
from adr_tui.core.settings import Settings
catalog = load_catalog(Path(sys.argv[1]), Settings(cache_dir=Path(sys.argv[2])))
print(catalog.decisions[0].title == "From the snapshot")
print(sorted(m for m in ("adr_tui.core.links", "adr_tui.core.checks") if m in sys.modules))
"""


def test_a_served_catalogue_imports_neither_the_linker_nor_the_checks(
    two_adrs: tuple[Path, Settings],
) -> None:
    """A warm start reads links and problems from the snapshot: their code stays unloaded."""
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled)
    command = [sys.executable, "-c", SERVED_IMPORTS, str(repo), str(settings.cache_dir)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["True", "[]"]


def test_a_served_catalogue_is_the_saved_one_and_holds_while_nothing_changed(
    two_adrs: tuple[Path, Settings],
) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled)
    served = served_catalog(repo, settings)
    assert served is not None
    assert served.catalog.decisions[0].title == "From the snapshot"
    assert served.verdict() is Verdict.HOLDS


def test_a_served_catalogue_is_shown_first_and_found_out_of_date_after_an_edit(
    two_adrs: tuple[Path, Settings],
) -> None:
    """Served before any file is looked at; the check then tells it no longer holds."""
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, retitled)
    adr = repo / "docs/adr/0001-a.md"
    edited_later(adr, adr.read_text().replace("# 1. A", "# 1. A, edited"))
    served = served_catalog(repo, settings)
    assert served is not None
    assert served.catalog.decisions[0].title == "From the snapshot"
    assert served.verdict() is Verdict.CHANGED
    assert load_catalog(repo, settings).decisions[0].title == "A, edited"


@pytest.mark.parametrize(
    "asked",
    [
        lambda s: replace(s, adr_dirs=("docs/adr",)),  # another question: another answer
        lambda s: replace(s, at="HEAD"),  # a commit's tree is never served
        lambda s: replace(s, use_cache=False),
    ],
    ids=["other-dirs", "at", "no-cache"],
)
def test_nothing_is_served_for_another_question(
    two_adrs: tuple[Path, Settings], asked: Callable[[Settings], Settings]
) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged)
    assert served_catalog(repo, settings) is not None
    assert served_catalog(repo, asked(settings)) is None


def test_a_snapshot_of_other_code_is_never_served(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged, lambda payload: payload[0].update(code="older"))
    assert served_catalog(repo, settings) is None


def test_several_repositories_verdict_is_their_worst() -> None:
    assert Verdict.worst([Verdict.HOLDS, Verdict.UNSURE]) is Verdict.UNSURE
    assert Verdict.worst([Verdict.UNSURE, Verdict.CHANGED, Verdict.HOLDS]) is Verdict.CHANGED
    assert Verdict.worst([]) is Verdict.HOLDS


# -- decisions are built when first read ---------------------------------------------


def second_row_short(payload: list[Any]) -> None:
    """Aged, and the second decision's row one field short (a row only its reading finds)."""
    aged(payload)
    del payload[2][-1]


def test_a_served_decision_is_built_when_first_read(two_adrs: tuple[Path, Settings]) -> None:
    repo, settings = two_adrs
    fresh = load_catalog(repo, Settings(use_cache=False))
    load_catalog(repo, settings)
    doctor(settings.cache_dir, second_row_short)
    found = served_catalog(repo, settings)  # the bad row is not read: it is not needed yet
    assert found is not None
    served = found.catalog
    assert isinstance(served.decisions, SavedDecisions)
    assert served.decisions[0].title == "A" and served.index_of("docs/adr/0002-b") == 1
    assert found.verdict() is Verdict.HOLDS and list((settings.cache_dir / SNAPSHOT_KIND).glob("*"))
    # A row this code wrote and cannot read is a bug: the file is parsed instead (its
    # links wait for the reload that the check now asks for), and the snapshot is dropped.
    second = served.get("docs/adr/0002-b")
    assert second is not None and second.title == "B" and second.digest == fresh.decisions[1].digest
    assert found.verdict() is Verdict.UNSURE
    assert list((settings.cache_dir / SNAPSHOT_KIND).glob("*.json")) == []
    assert load_catalog(repo, settings) == fresh


def fresh_and_served(repo: Path, settings: Settings) -> tuple[Catalog, Catalog]:
    """The catalogue a fresh load makes, and the one a later load serves from its snapshot."""
    fresh = load_catalog(repo, Settings(use_cache=False))
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged)
    return fresh, load_catalog(repo, settings)


def test_a_served_catalogue_knows_its_ids_tags_and_numbers_unbuilt(
    two_adrs: tuple[Path, Settings],
) -> None:
    repo, settings = two_adrs
    fresh, served = fresh_and_served(repo, settings)
    assert isinstance(served.decisions, SavedDecisions)
    assert served.decisions.ids == tuple(d.id for d in fresh.decisions)
    assert (served.tagged, served.numbered) == (fresh.tagged, fresh.numbered) == (False, True)
    assert served.in_number_order and not fresh.in_number_order
    assert served.decisions[-1] == fresh.decisions[-1]
    assert served.decisions[:1] == fresh.decisions[:1]
    with pytest.raises(IndexError):
        served.decisions[2]
    served.build_all()
    assert tuple(served.decisions) == fresh.decisions and hash(served) == hash(fresh)


def test_all_served_decisions_read_at_once_are_those_read_one_by_one(
    two_adrs: tuple[Path, Settings],
) -> None:
    repo, settings = two_adrs
    fresh, served = fresh_and_served(repo, settings)
    assert isinstance(served.decisions, SavedDecisions) and served.decisions.made == 0
    assert list(served.decisions) == list(fresh.decisions)  # decoded in chunks
    assert served.decisions.made == 2
    doctor(settings.cache_dir, second_row_short)
    found = served_catalog(repo, settings)
    assert found is not None
    assert [d.title for d in found.catalog] == ["A", "B"]  # the short row: its file parsed
    assert found.verdict() is Verdict.UNSURE
