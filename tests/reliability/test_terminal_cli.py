"""Terminal safety of every CLI command: hostile text reaches the terminal inert and visible.

The hostile repository (see ``conftest.build_hostile_repo``) carries Rich markup,
OSC 52 / OSC 0 / CSI sequences, a C1 CSI, a bidi override, zero-width and
combining characters in ADR titles, bodies, statuses, a file name, a commit
subject and an author name. Each command runs as a real process; the assertions
are on the raw bytes it wrote.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import (
    AUTHOR,
    FIRST_PATH,
    HOSTILE,
    MARKUP,
    ODD_NAME_VISIBLE,
    ODD_PATH,
    SUBJECT,
    TEXT_COMMANDS,
    VISIBLE,
    HostileRuns,
    Run,
    terminal_violations,
    visible_text,
)

# What each text command must show, in visible form.
EXPECTED_VISIBLE: dict[str, tuple[str, ...]] = {
    "list": VISIBLE,
    "show": VISIBLE,
    "show-odd-name": (ODD_NAME_VISIBLE,),
    # The unknown status of ADR 3 is quoted in the problem (as a Python literal: \x1b…).
    "check": MARKUP,
    "history": (
        "Eve \u241b]0;owned-title\u2407[bold]Mallory<U+202E>",
        "Subject \u241b]52;c;cHduZWQ=\u2407\u241b[2J[@click=app.quit]Q[/] <U+009B>31m<U+202E>end",
    ),
    "history-odd-name": (ODD_NAME_VISIBLE,),
    "diff": ("[@click=app.quit]Q[/]", "Eve \u241b]0;owned-title\u2407[bold]Mallory<U+202E>"),
    "search": MARKUP,
}
EXPECTED_CODES = {"check": 1, "check-json": 1}


def _exit_ok(name: str, run: Run) -> None:
    assert run.code == EXPECTED_CODES.get(name, 0), run.text
    assert b"Traceback" not in run.err, run.text


@pytest.mark.parametrize("name", sorted(TEXT_COMMANDS))
def test_piped_text_output_is_inert_and_visible(hostile_runs: HostileRuns, name: str) -> None:
    run = hostile_runs.piped[name]
    _exit_ok(name, run)
    assert terminal_violations(run.out + run.err, allow_sgr=False) == []
    shown = visible_text(run.out)
    missing = [s for s in EXPECTED_VISIBLE[name] if s not in shown]
    assert missing == [], shown
    if name == "check":
        assert "\u241b]52" in shown or "\\x1b]52" in shown


@pytest.mark.parametrize("name", sorted(TEXT_COMMANDS))
def test_force_colour_output_has_only_sgr_escapes(hostile_runs: HostileRuns, name: str) -> None:
    run = hostile_runs.coloured[name]
    _exit_ok(name, run)
    assert terminal_violations(run.out + run.err, allow_sgr=True) == []
    shown = visible_text(run.out)
    missing = [s for s in EXPECTED_VISIBLE[name] if s not in shown]
    assert missing == [], shown


def test_force_colour_really_colours(hostile_runs: HostileRuns) -> None:
    """The colour runs above prove something only if Rich did emit colour."""
    assert b"\x1b[" in hostile_runs.coloured["list"].out
    assert b"\x1b[" not in hostile_runs.piped["list"].out


def _strings(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


def test_json_keeps_hostile_fields_exactly(hostile_runs: HostileRuns) -> None:
    """Nothing is dropped or rewritten on the way to JSON: the data is the repository's."""
    listed = json.loads(hostile_runs.piped["list-json"].out)
    assert {d["path"] for d in listed} >= {FIRST_PATH, ODD_PATH}
    assert next(d for d in listed if d["path"] == FIRST_PATH)["title"] == f"Hostile {HOSTILE}"
    history = json.loads(hostile_runs.piped["history-json"].out)
    newest = history["revisions"][-1]
    assert newest["subject"] == SUBJECT
    assert newest["author"]["name"] == AUTHOR
    assert newest["body"] == f"Body {HOSTILE}"
