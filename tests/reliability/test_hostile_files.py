"""A link loop or a named pipe in the ADR folder is reported, never fatal or hanging."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.reliability.conftest import Sandbox
from tests.reliability.test_repo_faults import loose_repo

HANG_GUARD = 120
"""Seconds after which a stuck process is killed so the suite ends (not a speed check)."""


def list_and_check(repo: Path, env: dict[str, str]) -> list[tuple[int, bytes, bytes]]:
    """``list --json`` and ``check --json`` as processes, killed if they hang."""
    results = []
    for command in ("list", "check"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "adr_tui", command, str(repo), "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        try:
            out, err = proc.communicate(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise AssertionError(f"adr-tui {command} hung reading the repository") from None
        results.append((proc.returncode, out, err))
    return results


def test_symlink_loop_is_a_problem_not_a_crash(tmp_path: Path, sandbox: Sandbox) -> None:
    """``Path.resolve`` raises RuntimeError on a loop (Python 3.11); sources._inside lets it out."""
    repo = loose_repo(tmp_path / "loop")
    link = repo / "docs/adr/0002-loop.md"
    link.symlink_to(link)
    (listed_code, listed, listed_err), (check_code, checked, _) = list_and_check(repo, sandbox.env)
    assert listed_code == 0, listed_err.decode()
    assert [d["path"] for d in json.loads(listed)] == ["docs/adr/0001-first.md"]
    assert check_code == 1
    assert any(p["path"] == "docs/adr/0002-loop.md" for p in json.loads(checked))


def test_link_to_a_fifo_is_a_problem_not_a_hang(tmp_path: Path, sandbox: Sandbox) -> None:
    """A link (inside the tree) to a named pipe: reading it blocks until a writer comes."""
    repo = loose_repo(tmp_path / "fifo")
    os.mkfifo(repo / ".pipe")
    (repo / "docs/adr/0002-pipe.md").symlink_to(repo / ".pipe")
    (listed_code, listed, listed_err), (check_code, checked, _) = list_and_check(repo, sandbox.env)
    assert listed_code == 0, listed_err.decode()
    assert [d["path"] for d in json.loads(listed)] == ["docs/adr/0001-first.md"]
    assert check_code == 1
    assert any(p["path"] == "docs/adr/0002-pipe.md" for p in json.loads(checked))
