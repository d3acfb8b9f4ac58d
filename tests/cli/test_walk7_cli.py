"""Walk 7 in a terminal: the command line's usage errors exit 2 and say what is expected."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import RepoFactory

from adr_tui.cli.main import main

from .test_search_cli import FILES


@pytest.mark.parametrize("limit", ["0", "x"])
def test_search_limit_below_one_is_a_usage_error(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    """``--limit 0`` printed "no ADR matches" and exited 0 while two ADRs matched."""
    repo: Path = make_repo(FILES)
    assert main(["search", "redis", str(repo), "--limit", limit]) == 2
    err = capsys.readouterr().err
    assert "--limit: expected a number of hits, 1 or more" in err
    assert "no ADR matches" not in err
