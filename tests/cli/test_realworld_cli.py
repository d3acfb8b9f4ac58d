"""What a user tripped on when running the CLI over real ADR logs (hyperledger/identus)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import RepoFactory
from tests.helpers_git import build, commit, write

from adr_tui.cli.main import main
from adr_tui.demo.builder import Change, Rename

NAME = "docs/decisions/20221006-store-private-keys-of-issuers-inside-prism-agent.md"
LONG_LINK = (
    "superseded by [Apollo as centralised and secure cryptography management module]"
    "(20230628-apollo-as-centralised-and-secure-cryptography-management-module.md)"
)


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run here is at 80 columns, where the long real-world names broke things."""
    monkeypatch.setenv("COLUMNS", "80")


def added_then(tmp_path: Path, path: str, text: str, change: Change) -> Path:
    """A repository where ``path`` is added, then changed by ``change`` a month later."""
    ana = "Ana <ana@example.org>"
    return build(
        tmp_path / "repo",
        commit(ana, "2024-01-02T10:00:00+00:00", "add", write(path, text)),
        commit(ana, "2024-02-02T10:00:00+00:00", "change", change),
    )


def test_diff_lines_are_never_broken_at_the_terminal_width(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A '+' line longer than 80 columns came out as several lines, the later ones without
    # their '+', and the '--- a/…' header split from its path: not a unified diff any more
    before = "# Store private keys\n\n- Status: accepted\n- Deciders: Benjamin Voiturier\n"
    repo = added_then(tmp_path, NAME, before, write(NAME, before.replace("accepted", LONG_LINK)))
    assert main(["diff", "-C", str(repo), NAME]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"--- a/{NAME}" in lines and f"+++ b/{NAME}" in lines
    assert f"+- Status: {LONG_LINK}" in lines


JAMES_3 = """# 3. Distributed WorkQueue

Date: 2019-10-02

## Status

Accepted (lazy consensus) & implemented

Superceded by [16. Distributed WorkQueue](0016-distributed-workqueue.md)
"""
JAMES_16 = """# 16. Distributed WorkQueue

Date: 2019-12-03

## Status

Accepted (lazy consensus)

Supercedes [3. Distributed WorkQueue](0003-distributed-workqueue.md)
"""


def test_list_calls_an_adr_replaced_by_one_in_force_superseded_as_the_tui_does(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # apache/james ADR-0003: 'list' said accepted where the TUI (and --in-force) said superseded
    repo = make_repo(
        {
            "src/adr/0003-distributed-workqueue.md": JAMES_3,
            "src/adr/0016-distributed-workqueue.md": JAMES_16,
        }
    )
    assert main(["list", str(repo), "--adr-dir", "src/adr"]) == 0
    rows = {line[:4]: line for line in capsys.readouterr().out.splitlines()}
    assert "superseded" in rows["0003"] and "accepted" not in rows["0003"]
    assert "accepted" in rows["0016"]


def test_search_calls_an_adr_replaced_by_one_in_force_superseded(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(
        {
            "src/adr/0003-distributed-workqueue.md": JAMES_3,
            "src/adr/0016-distributed-workqueue.md": JAMES_16,
        }
    )
    assert main(["search", "-C", str(repo), "--adr-dir", "src/adr", "workqueue"]) == 0
    rows = {line[:5].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert "superseded" in rows["0003"] and "accepted" in rows["0016"]


def test_list_names_the_folder_of_each_adr_in_a_monorepo(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # Three '0001' rows (root, payments, search) could not be told apart
    adr = "# 1. {}\n\nDate: 2023-01-10\n\n## Status\n\nAccepted\n"
    repo = make_repo(
        {
            "docs/adr/0001-use-a-monorepo.md": adr.format("Use a monorepo"),
            "services/payments/docs/adr/0001-use-stripe.md": adr.format("Use Stripe"),
            "services/search/docs/adr/0001-use-opensearch.md": adr.format("Use OpenSearch"),
        }
    )
    assert main(["list", str(repo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Folder" in lines[0]
    rows = {line.split()[-1]: line for line in lines[1:4]}
    assert "payments" in rows["Stripe"] and "search" in rows["OpenSearch"]
    assert "(top)" in rows["monorepo"]


def test_list_of_a_dated_log_has_no_column_of_dashes(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # hyperledger/identus names ADRs by date: '#' said '-' on every row
    madr = "# {}\n\n- Status: accepted\n- Date: 2023-02-06\n"
    repo = make_repo(
        {
            "docs/decisions/20230206-use-flyway.md": madr.format("Use Flyway for migrations"),
            "docs/decisions/20230206-use-scala3.md": madr.format("Use Scala 3"),
        }
    )
    assert main(["list", str(repo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[0] == "Status"
    assert all(line.startswith("accepted") for line in lines[1:3])


def test_history_keeps_a_rename_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # apache/james renumbered 0029 → 0039: the new path wrapped to the left margin,
    # where it read as a revision of its own
    old = "src/adr/0029-distributed-blob-garbage-collector.md"
    new = "src/adr/0039-distributed-blob-garbage-collector.md"
    text = "# 39. Distributed blob garbage collector\n\nDate: 2019-11-30\n\n## Status\n\nAccepted\n"
    repo = added_then(tmp_path, old, text, Rename(old, new))
    assert main(["history", "-C", str(repo), "--adr-dir", "src/adr", "39"]) == 0
    assert f"    {old} → {new}" in capsys.readouterr().out.splitlines()
