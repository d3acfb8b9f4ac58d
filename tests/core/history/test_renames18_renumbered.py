"""Round 18: records renumbered and rewritten in one commit keep their own histories."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_git import ADA, BOB, build, commit, git, write

from adr_tui.core.history import ChangeKind, load_history
from adr_tui.core.settings import Settings
from adr_tui.demo.builder import Delete

FOLDER = "docs/architecture"
EVIDENCE_OLD = f"{FOLDER}/adr-008-evidence-module.md"
EVIDENCE = f"{FOLDER}/adr-009-evidence-module.md"
ANTE_OLD = f"{FOLDER}/adr-009-modular-antehandler.md"
ANTE = f"{FOLDER}/adr-010-modular-antehandler.md"


def _record(number: int, title: str, paragraph: str) -> str:
    return f"# ADR {number:03d}: {title}\n\n## Status\n\nProposed\n\n## Context\n\n{paragraph}\n"


# cosmos/cosmos-sdk docs/architecture: 'evidence module' went from 008 to 009 and 'modular
# antehandler' from 009 to 010 in one commit that also rewrote both; git saw two deletes and
# two adds, and pairing by number alone gave the evidence module the antehandler's past.
def _renumbered(dest: Path) -> Path:
    return build(
        dest,
        commit(
            ADA,
            "2019-11-20T10:00:00+00:00",
            "ADR 008: evidence module",
            write(EVIDENCE_OLD, _record(8, "Evidence Module", "Misbehaviour is submitted.")),
        ),
        commit(
            BOB,
            "2019-12-02T10:00:00+00:00",
            "ADR 009: modular antehandler",
            write(ANTE_OLD, _record(9, "Modular AnteHandler", "Ante handlers are chained.")),
        ),
        commit(
            ADA,
            "2020-01-15T10:00:00+00:00",
            "Renumber ADRs",
            Delete(EVIDENCE_OLD),
            Delete(ANTE_OLD),
            write(EVIDENCE, _record(9, "Evidence Module", "Rewritten at length. " * 12)),
            write(ANTE, _record(10, "Modular AnteHandler", "Decorators compose checks. " * 12)),
        ),
    )


def test_git_reports_the_renumbering_as_deletes_and_adds(tmp_path: Path) -> None:
    repo = _renumbered(tmp_path / "repo")
    raw = git(repo, "log", "-1", "-M", "--name-status", "--format=")
    assert sorted(raw.split("\n")) == sorted(
        ["", f"A\t{EVIDENCE}", f"A\t{ANTE}", f"D\t{EVIDENCE_OLD}", f"D\t{ANTE_OLD}"]
    )  # what the fix is for: no rename git found itself


def test_each_renumbered_record_keeps_its_own_past(tmp_path: Path) -> None:
    repo = _renumbered(tmp_path / "repo")
    with load_history(repo, Settings(use_cache=False)) as history:
        evidence = history.for_decision(EVIDENCE)
        ante = history.for_decision(ANTE)
        assert history.deleted_paths() == ()
    assert evidence.paths == (EVIDENCE_OLD, EVIDENCE)
    assert [r.subject for r in evidence.revisions] == ["ADR 008: evidence module", "Renumber ADRs"]
    assert evidence.revisions[-1].kind is ChangeKind.RENAMED
    assert str(evidence.created) == "2019-11-20 10:00:00+00:00"
    assert ante.paths == (ANTE_OLD, ANTE)
    assert ante.authors == ("Bob Smith", "Ada Lovelace")


def test_a_cached_history_pairs_them_the_same_way(tmp_path: Path) -> None:
    repo = _renumbered(tmp_path / "repo")
    settings = Settings(cache_dir=tmp_path / "cache")
    with load_history(repo, settings) as history:
        assert history.for_decision(EVIDENCE).paths == (EVIDENCE_OLD, EVIDENCE)
    with load_history(repo, settings) as history:
        assert history.for_decision(EVIDENCE).paths == (EVIDENCE_OLD, EVIDENCE)
        assert history.for_decision(ANTE).paths == (ANTE_OLD, ANTE)


def test_a_name_shared_by_two_adds_falls_back_to_the_number(tmp_path: Path) -> None:
    # 'cache' is the rest of two added names: the name says nothing, so the number decides.
    old, same, other = (
        f"{FOLDER}/0004-cache.md",
        f"{FOLDER}/0004-cache.rst",
        f"{FOLDER}/0005-cache.md",
    )
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2021-01-01T10:00:00+00:00", "Cache", write(old, _record(4, "Cache", "One."))),
        commit(
            BOB,
            "2021-02-01T10:00:00+00:00",
            "Rewrite",
            Delete(old),
            write(same, "Cache\n=====\n\n" + "Rewritten entirely, at length. " * 10),
            write(other, _record(5, "Cache again", "Something else entirely. " * 10)),
        ),
    )
    with load_history(repo, Settings(use_cache=False)) as history:
        assert history.for_decision(same).paths == (old, same)
        assert history.for_decision(other).paths == (other,)
