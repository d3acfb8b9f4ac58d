from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import RepoFactory

from adr_tui.core import cachefile
from adr_tui.core.catalog import SNAPSHOT_KIND, find_root, load_catalog
from adr_tui.core.errors import NotFoundError, RepoError
from adr_tui.core.settings import Settings


def nygard(number: int, title: str, status: str = "Accepted", extra: str = "") -> str:
    head = f"# {number}. {title}\n\nDate: 2024-01-02\n\n"
    return head + f"## Status\n\n{status}\n{extra}\n## Context\n\nText.\n"


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_find_by_number_id_and_path(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/adr/0055-use-docker.md": nygard(55, "Use Docker")})
    catalog = load_catalog(repo)
    decision = catalog.decisions[0]
    for name in ("55", "0055", "ADR-0055", "adr-55", decision.id, decision.path, "0055-use-docker"):
        assert catalog.find(name) is decision
    with pytest.raises(NotFoundError):
        catalog.find("56")


def test_ambiguous_number_names_the_candidates(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/adr/0002-a.md": nygard(2, "A"), "docs/adr/0002-b.md": nygard(2, "B")})
    catalog = load_catalog(repo)
    with pytest.raises(NotFoundError, match="ambiguous"):
        catalog.find("2")
    assert sum(p.code == "duplicate-number" for p in catalog.problems) == 2


def test_sorted_by_number_then_unnumbered(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {
            "docs/adr/0010-b.md": nygard(10, "B"),
            "docs/adr/0002-a.md": nygard(2, "A"),
            "docs/adr/use-postgres.md": "# Use Postgres\n",
        }
    )
    assert [d.number for d in load_catalog(repo)] == [2, 10, None]


def test_bad_files_become_problems_and_the_rest_loads(tmp_path: Path) -> None:
    adr = tmp_path / "docs" / "adr"
    adr.mkdir(parents=True)
    (adr / "0001-good.md").write_text(nygard(1, "Good"))
    (adr / "0002-binary.md").write_bytes(b"\x00\x01\x02binary\x00")
    (adr / "0003-empty.md").write_bytes(b"")
    locked = adr / "0004-locked.md"
    locked.write_text(nygard(4, "Locked"))
    locked.chmod(0)
    try:
        catalog = load_catalog(tmp_path)
    finally:
        locked.chmod(0o644)
    paths = [d.path for d in catalog.decisions]
    assert "docs/adr/0001-good.md" in paths
    problem_paths = {p.path for p in catalog.problems}
    if os.geteuid() != 0:  # root reads any file regardless of mode
        assert "docs/adr/0004-locked.md" in problem_paths


def test_loading_never_writes_to_the_repository(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A")})
    before = tree_digest(repo)
    load_catalog(repo, Settings())
    assert tree_digest(repo) == before


def test_plain_folder_is_its_own_root(tmp_path: Path) -> None:
    (tmp_path / "adr").mkdir()
    (tmp_path / "adr" / "0001-a.md").write_text(nygard(1, "A"))
    root, is_git = find_root(tmp_path / "adr")
    assert root == (tmp_path / "adr").resolve()
    assert not is_git
    assert len(load_catalog(tmp_path)) == 1


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RepoError, match="does not exist"):
        load_catalog(tmp_path / "nope")


# -- the catalogue snapshot ---------------------------------------------------------


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
    newest = max(max(s[2], s[3]) for s in payload[0]["signatures"])
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


def test_a_dated_or_unnumbered_adr_is_found_by_the_words_of_its_file_name(
    make_repo: RepoFactory,
) -> None:
    # NASA-IMPACT/nasa-apt (log4brains): files named by date, no number in them.
    repo = make_repo(
        {
            "docs/adr/20230616-new-mcp-deploy-bastion.md": nygard(1, "New MCP deploy bastion"),
            "docs/adr/2023-07-01-use-terraform.md": nygard(2, "Use Terraform"),
            "docs/adr/0003-use-terraform-modules.md": nygard(3, "Use Terraform modules"),
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    found = catalog.find("new-mcp-deploy-bastion")
    assert found.path == "docs/adr/20230616-new-mcp-deploy-bastion.md"
    assert catalog.find("Use-Terraform").path == "docs/adr/2023-07-01-use-terraform.md"
    assert catalog.find("use-terraform-modules").path == "docs/adr/0003-use-terraform-modules.md"
    with pytest.raises(NotFoundError, match="a file name"):
        catalog.find("terraform")


def test_a_log_that_never_states_a_status_gets_one_note_not_one_per_file(
    make_repo: RepoFactory,
) -> None:
    # JabRef/jabref and backstage: MADR logs where no ADR has a status.
    madr = "---\ndate: 2024-01-02\n---\n# {}\n\n## Context\n\nText.\n"
    files = {f"docs/adr/000{n}-t{n}.md": madr.format(f"T{n}") for n in (1, 2, 3)}
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    notes = [(p.path, p.code, p.severity) for p in catalog.problems]
    assert notes == [("docs/adr", "no-status", "info")]
    assert "none of the 3 ADRs" in catalog.problems[0].message
    files["docs/adr/0004-t4.md"] = nygard(4, "T4")  # one states a status: the others are noted
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert sorted(p.path for p in catalog.problems if p.code == "no-status") == [
        f"docs/adr/000{n}-t{n}.md" for n in (1, 2, 3)
    ]
