"""``adr-tui history`` and ``diff`` on an ADR committed without a suffix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers_git import BOB, GRACE, build, commit, write

from adr_tui.cli.main import main
from adr_tui.demo.builder import Edit, Rename

Capture = pytest.CaptureFixture[str]
BARE = "docs/adr/0006-use-servicebus"
TEXT = "# 6. Use Service Bus\n\nDate: 2024-01-02\n\n## Status\n\nProposed\n\n## Context\n\nWhy.\n"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(
        tmp_path_factory.mktemp("suffixless") / "repo",
        commit(
            GRACE,
            "2024-01-02T09:00:00+01:00",
            "Propose Service Bus",
            write(BARE, TEXT),
            write("docs/adr/Makefile", "all:\n"),
        ),
        commit(BOB, "2024-01-09T16:00:00-05:00", "Accept", Edit(BARE, (("Proposed", "Accepted"),))),
        commit(BOB, "2024-01-10T16:00:00-05:00", "Costs", Edit(BARE, (("Why.", "Why; costs."),))),
    )


def test_history_json_of_a_suffixless_adr(repo: Path, capsys: Capture) -> None:
    assert main(["history", "6", "-C", str(repo), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"] == BARE
    assert data["revision_count"] == 3
    assert [r["kind"] for r in data["revisions"]] == ["added", "modified", "modified"]
    assert [e["label"] for e in data["timeline"]] == ["proposed", "accepted"]
    assert data["created"] == "2024-01-02T09:00:00+01:00"


def test_history_text_of_a_suffixless_adr(repo: Path, capsys: Capture) -> None:
    assert main(["history", BARE, "-C", str(repo)]) == 0
    out = capsys.readouterr().out
    assert "Revisions  3" in out
    assert "2024-01-09  accepted  (Bob Smith)" in out
    assert "Makefile" not in out


def test_diff_of_a_suffixless_adr(repo: Path, capsys: Capture) -> None:
    assert main(["diff", "6", "-C", str(repo)]) == 0
    assert "-Why.\n+Why; costs.\n" in capsys.readouterr().out


def test_history_follows_a_later_rename_to_markdown(tmp_path: Path, capsys: Capture) -> None:
    named = f"{BARE}.md"
    renamed = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-02T09:00:00+01:00", "Propose", write(BARE, TEXT)),
        commit(BOB, "2024-01-03T09:00:00+01:00", "Add the suffix", Rename(BARE, named)),
    )
    assert main(["history", "6", "-C", str(renamed), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"] == named
    assert [(r["kind"], r["old_path"]) for r in data["revisions"]] == [
        ("added", None),
        ("renamed", BARE),
    ]
