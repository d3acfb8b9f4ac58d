"""Round 18: an empty ``list`` or ``check`` says what was looked for and how to name the folder."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.cli.main import main


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """No wrapping: a long temporary path was folded inside a word ('repo0/ docs/adr')."""
    monkeypatch.setenv("COLUMNS", "1000")


def _said(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    out, err = capsys.readouterr()
    return out.strip(), err.strip()


def test_list_with_no_log_names_the_usual_places_and_the_option(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"README.md": "# A project\n"})
    assert main(["list", str(repo)]) == 0
    out, err = _said(capsys)
    assert out == ""
    assert err.startswith(f"No ADRs found in {repo}. Looked for .adr-dir, .log4brains.yml,")
    assert "docs/adr" in err and err.endswith("Name the folder with --adr-dir.")


def test_check_says_the_same_and_no_longer_no_adr_folder(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"README.md": "# A project\n"})
    assert main(["list", str(repo)]) == 0
    _, listed = _said(capsys)
    assert main(["check", str(repo)]) == 1
    out, err = _said(capsys)
    assert out == "0 ADRs; 0 problem(s)"  # was "0 ADRs in no ADR folder; 0 problem(s)"
    assert err == listed


def test_a_usual_folder_without_records_is_named(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/adr/README.md": "# Decisions\n\nNone yet.\n"})
    assert main(["list", str(repo)]) == 0
    _, err = _said(capsys)
    assert err.startswith(f"No ADRs found in {repo / 'docs/adr'}: no file there is named")
    assert err.endswith("Name the folder that holds them with --adr-dir.")


def test_records_none_of_which_reads_point_at_their_problems(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/adr/0001-x.md": "", "docs/adr/0002-y.md": ""})
    assert main(["list", str(repo)]) == 0
    out, err = _said(capsys)
    assert out == "2 problem(s): run 'adr-tui check' for details"
    assert err == f"No ADR could be read in {repo}: see its problems ('adr-tui check')."


def test_the_message_is_not_folded_inside_a_path_on_a_narrow_terminal(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Review 8 M4: folded at 80 columns, a long path broke where Rich cut it; the terminal
    # wraps a long line itself, and a copied path stays whole.
    monkeypatch.setenv("COLUMNS", "40")
    repo = make_repo({"docs/adr/README.md": "# Decisions\n\nNone yet.\n"})
    assert main(["list", str(repo)]) == 0
    _, err = capsys.readouterr()
    assert f"No ADRs found in {repo / 'docs/adr'}: no file there is named" in err
    assert err.count("\n") == 1
