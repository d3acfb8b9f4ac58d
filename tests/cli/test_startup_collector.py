"""The entry point imports with the cyclic collector paused, and leaves it as it found it."""

from __future__ import annotations

import gc
import subprocess
import sys

from adr_tui.cli.startup import imports_uncollected


def test_the_collector_is_paused_for_the_block_then_restored() -> None:
    assert gc.isenabled()
    with imports_uncollected():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused() -> None:
    gc.disable()
    try:
        with imports_uncollected():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_subcommand_runs_with_the_collector_back_on() -> None:
    # The whole entry point in a fresh interpreter: collection resumes once imported.
    code = (
        "import gc, adr_tui.cli.main as m, adr_tui.cli.cmd_list as c\n"
        "seen = []\n"
        "c.run = lambda args: seen.append(gc.isenabled()) or 0\n"
        "m.main(['list', '--json'])\n"
        "print(seen)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[True]"
