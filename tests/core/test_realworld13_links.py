"""Round 13: a record that links the log's own records by their forge pages (GitHub URLs)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.helpers_git import git

from adr_tui.core.catalog import Catalog, load_catalog, repository_names
from adr_tui.core.parsing.forge import forge_file_path
from adr_tui.core.settings import Settings

BLOB = "https://github.com/pod-os/PodOS/blob/main/docs/decisions"

# from pod-os/PodOS docs/decisions: 0015 links 0001 and 0009 as GitHub shows them.
PODOS = {
    "docs/decisions/0001-use-stenciljs-and-ionic-for-components.md": (
        "# Use Stencil.js and Ionic for components\n\n## Context and Problem Statement\n\n"
        "PodOS should provide a collection of UI components.\n"
    ),
    "docs/decisions/0009-introduce-rxjs.md": (
        "# Introduce RxJS\n\n## Context and Problem Statement\n\nNo current session.\n"
    ),
    "docs/decisions/0015-rxjs-reactivity.md": (
        "# Elements implement reactivity by setting Stencil state from rxjs observables\n\n"
        "- Status: accepted\n- Deciders: [jg10](https://jg10.solidcommunity.net/profile/card#me)\n\n"
        "## Decision Drivers\n\n"
        f"- Integration: compatible with [Stencil]({BLOB}/0001-use-stenciljs-and-ionic-for-"
        "components.md)\n\n## Decision Outcome\n\nChosen option: rxjs.\n\n"
        "### Positive Consequences\n\n"
        f"- Builds on the previous decision to [introduce rxjs]({BLOB}/0009-introduce-rxjs.md)\n"
        "- See [issue #37](https://github.com/pod-os/PodOS/issues/37)\n"
    ),
}


def _load(make_repo: RepoFactory, files: dict[str, str], name: str = "PodOS") -> Catalog:
    """The log in a clone named ``name`` (a forge page relates a record of that repository)."""
    root = make_repo(files)
    clone = root.rename(root.parent / name)
    return load_catalog(clone, Settings(use_cache=False))


def _related(catalog: Catalog, path: str) -> list[tuple[str, str | None, bool]]:
    d = catalog.get(path.rsplit(".", 1)[0])
    assert d is not None
    return [(r.kind.value, r.target_id, r.stated) for r in d.relations]


def test_a_forge_page_of_a_record_in_the_same_folder_relates_the_two(
    make_repo: RepoFactory,
) -> None:
    catalog = _load(make_repo, PODOS)
    assert _related(catalog, "docs/decisions/0015-rxjs-reactivity.md") == [
        ("relates-to", "docs/decisions/0001-use-stenciljs-and-ionic-for-components", True),
        ("relates-to", "docs/decisions/0009-introduce-rxjs", True),
    ]
    assert _related(catalog, "docs/decisions/0009-introduce-rxjs.md") == [
        ("relates-to", "docs/decisions/0015-rxjs-reactivity", False)
    ]
    assert [p for p in catalog.problems if p.code == "broken-link"] == []


def test_a_forge_page_of_a_missing_record_of_the_folder_is_a_broken_link(
    make_repo: RepoFactory,
) -> None:
    files = dict(PODOS)
    del files["docs/decisions/0009-introduce-rxjs.md"]
    catalog = _load(make_repo, files)
    broken = [p.message for p in catalog.problems if p.code == "broken-link"]
    assert len(broken) == 1 and "0009-introduce-rxjs.md" in broken[0]


def test_a_forge_page_in_another_folder_or_another_kind_of_page_relates_nothing(
    make_repo: RepoFactory,
) -> None:
    files = dict(PODOS)
    files["docs/decisions/0015-rxjs-reactivity.md"] = (
        "# Reactivity\n\n- Status: accepted\n\n## Decision Outcome\n\n"
        "- [MADR's own](https://github.com/adr/madr/blob/main/docs/adr/0009-x.md)\n"
        f"- [the folder]({BLOB.replace('/blob/', '/tree/')}/0009-introduce-rxjs.md)\n"
    )
    catalog = _load(make_repo, files)
    assert _related(catalog, "docs/decisions/0015-rxjs-reactivity.md") == []


def test_the_repository_path_of_a_forge_page() -> None:
    assert forge_file_path(f"{BLOB}/0009-introduce-rxjs.md") == (
        "docs/decisions/0009-introduce-rxjs.md"
    )
    gitlab = "https://gitlab.example.org/group/sub/repo/-/blob/main/doc/adr/0002-x.md"
    assert forge_file_path(gitlab) == "doc/adr/0002-x.md"
    assert forge_file_path("https://bitbucket.org/o/r/src/abc123/adr/0003-y.md") == "adr/0003-y.md"
    assert forge_file_path("https://github.com/pod-os/PodOS/issues/37") is None
    assert forge_file_path("https://example.org/blob/") is None


# from Guffawaffle/majel docs/adr: 026a and 026b are addenda lettered after 026 (whose title
# here is the one 026a names it by).
MAJEL = {
    "docs/adr/ADR-026-startup-import-ux.md": (
        "# ADR-026 — Startup + Import UX Contract\n\n**Status:** Accepted\n\n## Context\n\nx\n"
    ),
    "docs/adr/ADR-026a-startup-import-addendum.md": (
        "# ADR-026a — Startup + Import UX Addendum: Guided Setup, Aria Gating\n\n"
        "**Status:** Accepted  \n**Date:** 2026-02-15  \n"
        "**Amends:** ADR-026 (Startup + Import UX Contract)  \n"
        "**Extended by:** ADR-026b (Safe Mutation Proposal/Apply)  \n\n---\n\n## Context\n\nx\n"
    ),
    "docs/adr/ADR-026b-safe-mutation-proposal-apply.md": (
        "# ADR-026b — Safe Mutation Contract: Proposal → Confirm → Apply\n\n"
        "**Status:** Accepted  \n**Amends:** ADR-026, ADR-026a  \n"
        "**Related:** ADR-025, ADR-028, #93\n\n---\n\n## Context\n\nx\n"
    ),
}
_26, _26A, _26B = (path.rsplit(".", 1)[0] for path in MAJEL)


def test_records_lettered_after_a_number_are_no_duplicates_of_it(make_repo: RepoFactory) -> None:
    catalog = _load(make_repo, MAJEL)
    assert [p.message for p in catalog.problems if p.code == "duplicate-number"] == []
    # 25 and 28 are not in this excerpt; "#93", beside them, is the tracker's issue
    broken = [p.message for p in catalog.problems if p.code == "broken-link"]
    assert broken == [
        "relates-to 'ADR-025' names no ADR here",
        "relates-to 'ADR-028' names no ADR here",
    ]


def test_a_letter_tells_apart_the_records_a_reference_names(make_repo: RepoFactory) -> None:
    catalog = _load(make_repo, MAJEL)
    assert _related(catalog, "docs/adr/ADR-026b-safe-mutation-proposal-apply.md") == [
        ("amends", _26, True),
        ("amends", _26A, True),
        ("relates-to", None, True),
        ("relates-to", None, True),
    ]
    assert _related(catalog, "docs/adr/ADR-026a-startup-import-addendum.md") == [
        ("amends", _26, True),
        ("amended-by", _26B, False),
    ]


def test_two_files_of_one_lettered_number_are_still_duplicates(make_repo: RepoFactory) -> None:
    files = dict(MAJEL)
    files["docs/adr/ADR-026a-another.md"] = "# ADR-026a — Another\n\n**Status:** Accepted\n"
    catalog = _load(make_repo, files)
    duplicated = {p.path for p in catalog.problems if p.code == "duplicate-number"}
    assert duplicated == {
        "docs/adr/ADR-026a-another.md",
        "docs/adr/ADR-026a-startup-import-addendum.md",
    }


# adr-tools logs live in doc/adr/ and link npryce/adr-tools' own records (review of a9f5376)
ADR_TOOLS = "https://github.com/npryce/adr-tools/blob/master/doc/adr"
OWN_LOG = {
    "doc/adr/0001-record-architecture-decisions.md": (
        "# 1. Record architecture decisions\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n"
    ),
    "doc/adr/0002-use-markdown.md": (
        "# 2. Use Markdown\n\n## Status\n\nAccepted\n\n## Context\n\n"
        f"As [adr-tools records its decisions]({ADR_TOOLS}/0001-record-architecture-decisions.md)"
        f" and [formats them]({ADR_TOOLS}/0004-markdown-format.md).\n"
    ),
}


def test_a_forge_page_of_another_repository_relates_nothing_and_breaks_nothing(
    make_repo: RepoFactory,
) -> None:
    catalog = _load(make_repo, OWN_LOG, name="billing-service")
    assert _related(catalog, "doc/adr/0002-use-markdown.md") == []
    assert _related(catalog, "doc/adr/0001-record-architecture-decisions.md") == []
    assert [p for p in catalog.problems if p.code == "broken-link"] == []


def test_a_clone_under_another_name_knows_its_repository_by_its_remote(
    make_repo: RepoFactory,
) -> None:
    # audit round 14: cisagov/manage.get.gov rebuilt as 'cisagov__manage.get.gov' lost the
    # links written as its own GitHub pages; the remote still names the repository
    root = make_repo(PODOS)
    git(root, "remote", "add", "origin", "git@github.com:pod-os/PodOS.git")
    assert repository_names(root) == {root.name, "PodOS"}
    catalog = load_catalog(root, Settings(use_cache=False))
    assert [k for k, _, _ in _related(catalog, "docs/decisions/0015-rxjs-reactivity.md")] == [
        "relates-to",
        "relates-to",
    ]


def test_a_worktree_reads_its_repositorys_remotes_and_a_submodules_url_is_not_one(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    # second review: in a worktree .git is a file, so only the folder's name was known and
    # the log's own forge links were dropped; a submodule's url counted as a remote
    root = make_repo(PODOS)
    git(root, "remote", "add", "origin", "https://github.com/pod-os/PodOS")
    config = root / ".git" / "config"
    config.write_bytes(
        config.read_bytes()
        + b'[submodule "tools"]\r\n\tURL = https://github.com/npryce/adr-tools\r\n'
    )
    assert repository_names(root) == {root.name, "PodOS"}
    worktree = tmp_path / "review-branch"
    git(root, "worktree", "add", "-q", "--detach", str(worktree))
    assert repository_names(worktree) == {"review-branch", "PodOS"}
    catalog = load_catalog(worktree, Settings(use_cache=False))
    related = _related(catalog, "docs/decisions/0015-rxjs-reactivity.md")
    assert [kind for kind, _, _ in related] == ["relates-to", "relates-to"]
