"""A reader that stops early (``adr-tui list | head``): no error, nothing on stderr.

The exit code is the command's own: 0 for list, show or search, check's verdict for
check (1 when there are problems, as CI reads it under ``set -o pipefail``).

Each command writes into a pipe whose reading end is already closed, so every write
fails with EPIPE, as it does once ``head`` has read its lines and exited.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers_git import ADA, adr, build, commit, write


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    first = commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write("docs/adr/0001-a.md", adr("A")))
    second = commit(
        ADA,
        "2024-01-03T10:00:00+00:00",
        "Supersede",
        write("docs/adr/0001-a.md", adr("A", status="superseded")),
        write("docs/adr/0002-b.md", adr("B")),
    )
    return build(tmp_path_factory.mktemp("pipes") / "repo", first, second)


def _into_closed_pipe(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write
    try:
        return subprocess.run(
            [sys.executable, "-m", "adr_tui", *argv],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["show", "1"],
        ["check"],
        ["history", "1"],
        ["diff", "1"],
        ["search", "decide"],
        ["list", "--json"],
        ["history", "1", "--json"],
    ],
    ids=" ".join,
)
def test_a_reader_that_stops_early_is_no_error(repo: Path, argv: list[str]) -> None:
    done = _into_closed_pipe(argv, repo)
    assert done.stderr == b""  # no "Exception ignored ... BrokenPipeError", no traceback
    assert done.returncode == 0  # Rich's own handling exited 1: "problems found"


@pytest.fixture(scope="module")
def repo_with_problems(tmp_path_factory: pytest.TempPathFactory) -> Path:
    twins = commit(
        ADA,
        "2024-01-02T10:00:00+00:00",
        "Add",
        write("docs/adr/0001-a.md", adr("A")),
        write("docs/adr/0001-b.md", adr("B")),  # a duplicate number: a problem
    )
    return build(tmp_path_factory.mktemp("pipes") / "repo", twins)


@pytest.mark.parametrize("argv", [["check"], ["check", "--json"]], ids=" ".join)
def test_a_reader_that_stops_early_leaves_checks_verdict(
    repo_with_problems: Path, argv: list[str]
) -> None:
    done = _into_closed_pipe(argv, repo_with_problems)
    assert done.stderr == b""
    assert done.returncode == 1  # problems found, whoever reads how much of them


@pytest.mark.parametrize("argv", [["list"], ["search", "decide"]], ids=" ".join)
def test_a_reader_that_stops_early_keeps_zero_with_problems(
    repo_with_problems: Path, argv: list[str]
) -> None:
    done = _into_closed_pipe(argv, repo_with_problems)
    assert done.stderr == b""
    assert done.returncode == 0  # a problem is check's verdict, not list's


@pytest.mark.parametrize("argv", [["show", "3"], ["history", "3"], ["diff", "3"]], ids=" ".join)
def test_an_ascii_terminal_gets_escapes_not_a_traceback(tmp_path: Path, argv: list[str]) -> None:
    name = "docs/adr/0003-café.md"
    repo = build(
        tmp_path / "repo",
        commit(ADA, "2024-01-02T10:00:00+00:00", "Add", write(name, adr("Café au lait"))),
    )
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # as an ASCII or Latin-1 locale has it
    done = subprocess.run(
        [sys.executable, "-m", "adr_tui", *argv],
        cwd=repo,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    assert b"Traceback" not in done.stderr  # UnicodeEncodeError
    assert done.returncode == 0
    assert b"0003-caf\\xe9.md" in done.stdout  # visible, and plain ASCII
