"""Round 21 (whole logs): what the CLI says of a repository whose log it cannot list."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.cli.main import main

# from genebarker/shrikenet docs/decisions.md
SHRIKENET = (
    "# Architecture Decisions\n\n## 1. Document Architecture Decisions\n\n**Status:** Accepted\n\n"
    "## 2. Use Flask\n\n**Status:** Accepted\n\n## 3. Use PostgreSQL\n\n**Status:** Accepted\n"
)


def test_an_empty_list_names_the_log_kept_in_one_file(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"README.md": "# shrikenet\n", "docs/decisions.md": SHRIKENET})
    assert main(["list", "--no-cache", str(repo)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("No ADRs found in")
    assert "docs/decisions.md: [one-file-log] keeps 3 decisions in one file" in err


def test_check_counts_the_one_file_log_as_a_note(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/decisions.md": SHRIKENET})
    assert main(["check", "--no-cache", str(repo)]) == 1  # still no ADR at all
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "0 ADRs; 0 problem(s), 1 note(s)"
