"""Start-up arguments and the styles resolver (no app run)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from adr_tui.cli import cmd_tui
from adr_tui.cli.main import main
from adr_tui.core.errors import ConfigError, RepoError
from adr_tui.core.model import Status
from adr_tui.ui.keymap import load_keymap
from adr_tui.ui.styles import css_paths, styles_dir


def test_last_word_that_is_not_a_path_is_an_adr(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert cmd_tui.split_positionals(["a", "b", "55"], tmp_path) == (
        [tmp_path / "a", tmp_path / "b"],
        "55",
    )
    assert cmd_tui.split_positionals(["a"], tmp_path) == ([tmp_path / "a"], None)
    with pytest.raises(RepoError):
        cmd_tui.split_positionals(["nope", "a"], tmp_path)
    with pytest.raises(RepoError):
        cmd_tui.split_positionals(["a", "./missing/dir"], tmp_path)


def test_options_parse_anywhere() -> None:
    args = cmd_tui.parse(
        [
            ".",
            "--status",
            "accepted,proposed",
            "--tag",
            "db",
            "55",
            "--decider",
            "Ada",
            "--query",
            "cache",
            "--at",
            "2024-01-01",
        ]
    )
    assert args.paths == [".", "55"]
    assert [s for g in args.status for s in g] == [Status.ACCEPTED, Status.PROPOSED]
    assert args.tag == [["db"]] and args.decider == ["Ada"] and args.query == "cache"
    assert args.at == "2024-01-01"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cmd_tui.parse(["--status", "bogus"])
    assert info.value.code == 2
    assert "unknown status" in capsys.readouterr().err


def test_missing_path_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(tmp_path), "missing", "12"]) == 1
    assert "missing: no such file or folder" in capsys.readouterr().err


def test_styles_are_found_and_use_theme_variables_only() -> None:
    paths = css_paths()
    assert paths[0].name == "app.tcss" and paths[0].parent == styles_dir()
    for path in styles_dir().glob("*.tcss"):
        values = re.findall(r":[^;{}]*#[0-9a-fA-F]{3,8}\b", path.read_text())
        assert not values, f"hex colour in {path.name}: {values}"


def test_keymap_file_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "keymap.toml"
    config.write_text('[keymap]\n"browse.search" = "ctrl+f"\n"app.quit" = "q,ctrl+q"\n')
    monkeypatch.setenv("ADR_TUI_CONFIG", str(config))
    assert load_keymap() == {"browse.search": "ctrl+f", "app.quit": "q,ctrl+q"}
    config.write_text("[keymap]\nbad = 3\n")
    with pytest.raises(ConfigError):
        load_keymap()
    monkeypatch.setenv("ADR_TUI_CONFIG", str(tmp_path / "absent.toml"))
    assert load_keymap() == {}


def test_the_tui_start_imports_nothing_the_first_list_does_not_need() -> None:
    # A warm start pays for every module imported before the list shows (invariant 13):
    # the app, and what `adr-tui PATH` imports on its way to it (cli.common once
    # brought the filters and query language, ~10 ms; a config reader brought tomllib;
    # discovery, linking and checking run only when files are read, not from a snapshot).
    script = (
        "import sys, adr_tui.cli.main, adr_tui.cli.cmd_tui, adr_tui.ui.app, adr_tui.ui.keymap\n"
        "later = {'adr_tui.core.querylang', 'adr_tui.core.matching', 'adr_tui.core.filters',"
        " 'adr_tui.core.search', 'adr_tui.core.parsing.document', 'adr_tui.core.history',"
        " 'adr_tui.ui.screens.adr', 'adr_tui.ui.screens.history', 'yaml', 'whoosh', 'git',"
        " 'tomllib', 'adr_tui.core.discovery', 'adr_tui.core.links', 'adr_tui.core.checks',"
        " 'adr_tui.core.parsing.outcome', 'adr_tui.core.parsing.decoding',"
        " 'adr_tui.core.parsing.inline', 'adr_tui.ui.widgets.filter_bar',"
        " 'adr_tui.core.logfile',"  # round 22o: only a log kept in one file is cut
        " 'shlex',"  # only `e` splits $EDITOR; its import compiles a pattern
        " 'adr_tui.ui.preview_body'}\n"  # a body is drawn once the list is
        "print(sorted(later & set(sys.modules)))\n"
    )
    assert printed_by_fresh_python(script) == "[]"


def test_a_status_of_one_word_is_shown_without_the_parsers_inline_module() -> None:
    # The preview draws the first selected decision's fields as the list shows: "Accepted"
    # imported the parser's inline module (a dozen patterns) to strip marks it has none of.
    script = (
        "import sys\n"
        "from adr_tui.core.model import Decision, Status\n"
        "from adr_tui.ui.fields import decision_rows\n"
        "def status(raw):\n"
        "    d = Decision('a', 'a.md', 'A', status=Status.ACCEPTED, status_raw=raw)\n"
        "    return ''.join(p.text for p in next(decision_rows(d)).parts)\n"
        "plain = status('Accepted')\n"
        "print(plain, 'adr_tui.core.parsing.inline' in sys.modules, status('**Accepted** 2024'))\n"
    )
    assert printed_by_fresh_python(script) == "ACCEPTED False ACCEPTED  (Accepted 2024)"


def test_help_names_the_keys_of_widgets_not_yet_imported() -> None:
    # The filter panel's module loads with its first 'f'; Browse's Help prose names its
    # keys ({filters.clear}): in a fresh interpreter Help said "filters.clear clears them".
    script = (
        "import sys\n"
        "from adr_tui.ui.screens.help import _declared_keys\n"
        "assert 'adr_tui.ui.widgets.filter_bar' not in sys.modules\n"
        "print(_declared_keys().get('filters.clear'))\n"
    )
    assert printed_by_fresh_python(script) == "c"


@pytest.mark.parametrize(("asked", "rate"), [(None, "120"), ("30", "30")])
def test_the_tui_paints_at_120_frames_a_second_unless_told(
    tmp_path: Path, asked: str | None, rate: str
) -> None:
    # At Textual's 60 each change waited up to a frame (~17 ms) on an idle UI thread.
    env = {k: v for k, v in os.environ.items() if k != "TEXTUAL_FPS"}
    if asked is not None:
        env["TEXTUAL_FPS"] = asked  # the user's own choice wins
    script = (
        "from adr_tui.cli import cmd_tui\n"
        f"cmd_tui.open_app(cmd_tui.parse([{str(tmp_path)!r}]), terminal=False)\n"
        "from textual import constants\n"
        "print(constants.MAX_FPS)\n"
    )
    assert printed_by_fresh_python(script, env) == rate


def printed_by_fresh_python(script: str, env: dict[str, str] | None = None) -> str:
    """What ``script`` prints in a new interpreter: no module of this one is imported there."""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    return done.stdout.strip()
