from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import find_root, load_catalog
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
    with pytest.raises(NotFoundError, match="ambiguous"):
        catalog.find("terraform")  # a word of two file names


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


def test_numbers_are_per_log_so_two_logs_of_a_monorepo_share_them(
    make_repo: RepoFactory,
) -> None:
    # Each service keeps its own log, numbered from 1: no number is duplicated.
    repo = make_repo(
        {
            "services/a/docs/adr/0001-x.md": nygard(1, "X"),
            "services/b/docs/adr/0001-y.md": nygard(1, "Y"),
            "services/b/docs/adr/0002-z.md": nygard(2, "Z"),
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert len(catalog) == 3
    assert [p for p in catalog.problems if p.code == "duplicate-number"] == []
    with pytest.raises(NotFoundError, match="ambiguous"):
        catalog.find("1")  # one in each log: the user names which
    assert [d.path for d in catalog.matches("1")] == [
        "services/a/docs/adr/0001-x.md",
        "services/b/docs/adr/0001-y.md",
    ]


def test_a_number_repeated_in_a_subfolder_of_one_log_is_a_duplicate(
    make_repo: RepoFactory,
) -> None:
    # An 'archive' or 'superseded' folder inside the log continues its numbering.
    repo = make_repo(
        {
            "docs/adr/0003-new.md": nygard(3, "New"),
            "docs/adr/archive/0003-old.md": nygard(3, "Old"),
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    duplicates = [p for p in catalog.problems if p.code == "duplicate-number"]
    assert [p.path for p in duplicates] == ["docs/adr/0003-new.md", "docs/adr/archive/0003-old.md"]


def test_a_unique_word_of_a_file_name_finds_its_adr(make_repo: RepoFactory) -> None:
    repo = make_repo(
        {
            "docs/adr/0012-use-keycloak-for-identity.md": nygard(12, "Use Keycloak"),
            "docs/adr/0013-use-postgres-for-identity-data.md": nygard(13, "Use Postgres"),
            "docs/adr/0014-keycloak.md": nygard(14, "Keycloak realm"),
        }
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.find("Postgres").number == 13
    assert catalog.find("KEYCLOAK identity").number == 12  # every word typed is in the name
    assert catalog.find("keycloak").number == 14  # the whole slug first, before its words
    with pytest.raises(NotFoundError, match="ambiguous: docs/adr/0012-.*, docs/adr/0013-"):
        catalog.find("identity")
    assert [d.number for d in catalog.matches("identity")] == [12, 13]
    assert catalog.find("postg").number == 13  # the start of a word, when no word matches
    assert [d.number for d in catalog.matches("ident")] == [12, 13]
    with pytest.raises(NotFoundError, match="no ADR named"):
        catalog.find("cloak")  # a word's start, not any part of it


def test_a_file_named_with_decomposed_accents_is_found_by_its_name_as_typed(
    make_repo: RepoFactory,
) -> None:
    """A name made on macOS keeps 'é' as 'e' and a combining accent; typed, it is one letter."""
    decomposed = unicodedata.normalize("NFD", "docs/adr/0007-café-ordering.md")
    repo = make_repo({decomposed: nygard(7, "Café ordering")})
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert catalog.find("café").number == 7
    assert catalog.find("CAFÉ-ORDERING").number == 7  # the whole slug, in any case
    assert catalog.find("caf").number == 7


def test_a_name_missing_as_of_a_commit_says_so(make_repo: RepoFactory) -> None:
    """``--at 2022-06-01 14``: the ADR may be newer than that, not missing."""
    repo = make_repo({"docs/adr/0001-a.md": nygard(1, "A")})
    catalog = load_catalog(repo, Settings(at="HEAD", use_cache=False))
    with pytest.raises(NotFoundError, match=r"no ADR named '14' as of HEAD \(it may be newer\)"):
        catalog.find("14")
