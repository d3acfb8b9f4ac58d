"""Round 22o-3 (review 11): the CLI names a log's sections as check does, and says what it lacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers_git import ADA, BOB, build, commit, git, write

from adr_tui.cli.main import main

Capture = pytest.CaptureFixture[str]

TWO = "# D\n\n## ADR-001: Use X\n\nx\n\n## ADR-002: Use Y\n\ny\n"


def _log(dest: Path) -> Path:
    return build(dest, commit(ADA, "2024-01-01T12:00:00+00:00", "init", write("DECISIONS.md", TWO)))


def test_a_section_not_yet_committed_has_no_history(tmp_path: Path, capsys: Capture) -> None:
    repo = _log(tmp_path / "repo")
    (repo / "DECISIONS.md").write_text(TWO + "\n## ADR-003: Use Z\n\nz\n")
    for command in ("diff", "history"):
        assert main([command, "3", "-C", str(repo)]) != 0
        said = capsys.readouterr()
        assert "DECISIONS.md#3: no history (never committed)" in said.err
        assert "0 revisions" not in said.out and not said.out


def _with_a_gone_section(dest: Path) -> Path:
    broken = TWO.replace("\ny\n", "\nStatus: Accepted\n\nSupersedes [ADR-009](#adr-009-gone)\n")
    return build(
        dest,
        commit(ADA, "2024-01-01T12:00:00+00:00", "init", write("DECISIONS.md", TWO)),
        commit(BOB, "2024-02-01T12:00:00+00:00", "link", write("DECISIONS.md", broken)),
        commit(ADA, "2024-03-01T12:00:00+00:00", "add 3", write(
            "DECISIONS.md", broken + "\n## ADR-003: Use Z\n\nz\n"
        )),
        commit(BOB, "2024-04-01T12:00:00+00:00", "drop 3", write("DECISIONS.md", broken)),
    )  # fmt: skip


def test_the_name_check_prints_finds_the_section(tmp_path: Path, capsys: Capture) -> None:
    repo = _with_a_gone_section(tmp_path / "repo")
    main(["check", "-C", str(repo)])
    assert "DECISIONS.md#2:" in capsys.readouterr().out
    assert main(["show", "DECISIONS.md#2", "-C", str(repo)]) == 0
    assert "Use Y" in capsys.readouterr().out
    assert main(["history", "DECISIONS.md#2", "-C", str(repo), "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["path"] == "DECISIONS.md#2"
    assert [r["subject"] for r in said["revisions"]] == ["init", "link"]
    assert main(["diff", "./DECISIONS.md#2", "-C", str(repo)]) == 0
    assert "+Supersedes [ADR-009](#adr-009-gone)" in capsys.readouterr().out


def test_a_section_gone_since_is_found_by_its_id_or_address(
    tmp_path: Path, capsys: Capture
) -> None:
    repo = _with_a_gone_section(tmp_path / "repo")
    for name in ("DECISIONS#3", "DECISIONS.md#3"):
        assert main(["history", name, "-C", str(repo), "--json"]) == 0
        said = json.loads(capsys.readouterr().out)
        assert (said["path"], said["deleted"]) == ("DECISIONS.md#3", True)
        assert [r["kind"] for r in said["revisions"]] == ["added", "deleted"]
    assert main(["history", "DECISIONS#7", "-C", str(repo)]) != 0  # never was
    assert "DECISIONS.md#7: no history" in capsys.readouterr().err


def test_the_log_file_s_path_is_ambiguous_in_a_git_repo_too(
    tmp_path: Path, capsys: Capture
) -> None:
    repo = _with_a_gone_section(tmp_path / "repo")
    for command in ("show", "history"):
        assert main([command, "DECISIONS.md", "-C", str(repo)]) != 0
        said = capsys.readouterr()
        assert "ambiguous: DECISIONS#1, DECISIONS#2" in said.err and not said.out


def test_history_json_names_the_file_s_blobs_and_the_section_s_apart(
    tmp_path: Path, capsys: Capture
) -> None:
    repo = _with_a_gone_section(tmp_path / "repo")
    assert main(["history", "2", "-C", str(repo), "--json"]) == 0
    first, second = json.loads(capsys.readouterr().out)["revisions"]
    assert second["blob"] == git(repo, "rev-parse", "HEAD~2:DECISIONS.md").strip()
    assert (
        second["old_blob"] == first["blob"] == git(repo, "rev-parse", "HEAD~3:DECISIONS.md").strip()
    )
    assert (first["old_blob"], first["old_section_blob"]) == (None, None)
    assert second["old_section_blob"] == first["section_blob"] != second["section_blob"]
    assert second["section_blob"] not in (second["blob"], second["old_blob"])


def test_list_json_names_each_section_s_part(tmp_path: Path, capsys: Capture) -> None:
    repo = _log(tmp_path / "repo")
    assert main(["list", str(repo), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(d["id"], d["path"], d["part"]) for d in listed] == [
        ("DECISIONS#1", "DECISIONS.md", "1"),
        ("DECISIONS#2", "DECISIONS.md", "2"),
    ]
