"""What a user tripped on when running the CLI over real ADR logs (hyperledger/identus)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers_git import build, commit, write

from adr_tui.cli.main import main

NAME = "docs/decisions/20221006-store-private-keys-of-issuers-inside-prism-agent.md"
LONG_LINK = (
    "superseded by [Apollo as centralised and secure cryptography management module]"
    "(20230628-apollo-as-centralised-and-secure-cryptography-management-module.md)"
)


def test_diff_lines_are_never_broken_at_the_terminal_width(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A '+' line longer than 80 columns came out as several lines, the later ones without
    # their '+', and the '--- a/…' header split from its path: not a unified diff any more
    monkeypatch.setenv("COLUMNS", "80")
    before = "# Store private keys\n\n- Status: accepted\n- Deciders: Benjamin Voiturier\n"
    repo = build(
        tmp_path / "repo",
        commit("Ana <ana@example.org>", "2024-01-02T10:00:00+00:00", "add", write(NAME, before)),
        commit(
            "Ana <ana@example.org>",
            "2024-02-02T10:00:00+00:00",
            "supersede",
            write(NAME, before.replace("accepted", LONG_LINK)),
        ),
    )
    assert main(["diff", "-C", str(repo), NAME]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"--- a/{NAME}" in lines and f"+++ b/{NAME}" in lines
    assert f"+- Status: {LONG_LINK}" in lines
