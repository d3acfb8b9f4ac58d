"""The status a file states is shown as its reader sees it rendered: no emphasis marks."""

from __future__ import annotations

import pytest

from adr_tui.cli.main import main

from ..conftest import RepoFactory


def status_line(repo: object, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["show", "1", "-C", str(repo)]) == 0
    first = capsys.readouterr().out.splitlines()[1]
    return " ".join(first.split())


@pytest.mark.parametrize(
    ("stated", "shown"),
    [
        ("**Accepted**", "Status ACCEPTED"),  # was "Status ACCEPTED (**Accepted**)"
        ("**Accepted** 2024-09-03", "Status ACCEPTED (Accepted 2024-09-03)"),
        ("`proposed` ✅", "Status PROPOSED (proposed ✅)"),
    ],
)
def test_a_stated_status_loses_its_marks_not_its_words(
    make_repo: RepoFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stated: str,
    shown: str,
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    repo = make_repo({"docs/adr/0001-use-cron.md": f"# 1. Use cron\n\nStatus: {stated}\n\nText.\n"})
    assert status_line(repo, capsys) == shown
