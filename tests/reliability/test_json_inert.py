"""JSON keeps hostile text as escapes: no C1, bidi or line-separator character goes out raw."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.reliability.conftest import (
    HOSTILE,
    JSON_COMMANDS,
    MARKUP,
    ODD_PATH,
    SUBJECT,
    HostileRuns,
    terminal_violations,
)


def _strings(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


@pytest.mark.parametrize("name", sorted(JSON_COMMANDS))
def test_json_output_is_exact_and_inert(hostile_runs: HostileRuns, name: str) -> None:
    r"""JSON keeps the true text (it never lies) and escapes every control character.

    ``\\u001b``, ``\\u009b`` and ``\\u202e`` escapes decode back to the original
    text, but raw C1 or bidi characters in the bytes act on a terminal that
    shows the JSON (``adr-tui list --json`` typed at a prompt).
    """
    run = hostile_runs.piped[name]
    assert run.code in (0, 1) and b"Traceback" not in run.err
    data = json.loads(run.out)
    strings = "\n".join(_strings(data))
    assert any(s in strings for s in (HOSTILE, ODD_PATH, SUBJECT, MARKUP[1]))
    assert terminal_violations(run.out + run.err, allow_sgr=False) == []
