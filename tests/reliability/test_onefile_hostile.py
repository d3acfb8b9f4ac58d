"""A decision log kept in one file, written to break the cutting of it into decisions."""

from __future__ import annotations

import json
from pathlib import Path

from tests.reliability.conftest import Sandbox, run_one, snapshot, terminal_violations

SECTIONS = 3000


def _hostile_log() -> bytes:
    """BOM, CRLF, markup and escapes in titles, fenced headings, a number written twice,
    thousands of sections, and a fence left open at the end (it swallows what follows)."""
    parts = [
        "\ufeff# Decisions [bold]log[/bold]\r\n\r\n```md\r\n## ADR-7777: In a fence\r\n```\r\n"
    ]
    for n in range(1, SECTIONS + 1):
        title = "Use \x1b]52;c;Zm9v\x07 clipboard [@click=app.quit]Q[/]" if n == 2 else f"Use {n}"
        parts.append(f"## ADR-{n:04d}: {title}\r\n- **Status**: Accepted\r\n\r\nText {n}.\r\n")
    parts.append("## ADR-0002: Written twice\r\n- **Status**: Proposed\r\n")
    parts.append("```\r\n## ADR-9999: After an open fence\r\n")
    return "".join(parts).encode("utf-8")


def test_a_hostile_one_file_log_lists_every_section_inert(tmp_path: Path, sandbox: Sandbox) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "DECISIONS.md").write_bytes(_hostile_log())
    before = snapshot(repo)
    listed = run_one(["list", str(repo), "--json"], sandbox.env)
    assert listed.code == 0, listed.err.decode()
    ids = [d["id"] for d in json.loads(listed.out)]
    assert len(ids) == SECTIONS + 1 and "DECISIONS#2-2" in ids
    assert not any(i.endswith(("#7777", "#9999")) for i in ids)  # fenced text is no decision
    checked = run_one(["check", str(repo), "--json"], sandbox.env)
    codes = {(p["code"], p["path"]) for p in json.loads(checked.out)}
    assert checked.code == 1 and ("duplicate-number", "DECISIONS.md#2-2") in codes
    shown = run_one(["show", "2", str(repo)], sandbox.env)  # ambiguous: both named
    text = run_one(["show", "DECISIONS#2", str(repo)], sandbox.env)
    assert "DECISIONS#2-2" in shown.text and text.code == 0
    assert "[@click=app.quit]Q[/]" in text.text
    assert terminal_violations(text.out + text.err, allow_sgr=False) == []
    assert snapshot(repo) == before
