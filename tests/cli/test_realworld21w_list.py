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


def test_the_log_kept_in_one_file_is_listed(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"README.md": "# shrikenet\n", "docs/decisions.md": SHRIKENET})
    assert main(["list", "--no-cache", str(repo)]) == 0
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["0001", "0002", "0003"]


def test_check_counts_the_sections_of_a_one_file_log(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/decisions.md": SHRIKENET})
    assert main(["check", "--no-cache", str(repo)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("3 ADRs")
