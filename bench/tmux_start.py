"""Warm start in a real terminal: launch → first list row visible in an 80x24 tmux pane.

Issue 6 asks for start-up measured both headless (``run.py --only ui``) and in
a real terminal. Each sample starts a command in a fresh pane of a private tmux
server and polls the pane until a marker shows:

- adr-tui (the console script, as a user runs it) on a generated repository,
  caches warm (a first, discarded launch fills them): the cursor marker ``▶``,
  drawn only once the list has rows;
- the baseline, a bare Textual app launched the same way (a ``python -c``
  process) whose one ``Static`` says ``bare ready``: its first paint.

Samples alternate between the two so that machine load hits both alike; the
figure is the median, quoted as a ratio to the baseline's. Polling costs a
``tmux capture-pane`` every few milliseconds, the same for both. Usage::

    .venv/bin/python bench/tmux_start.py --size 1000 --repeat 9
"""

from __future__ import annotations

import argparse
import itertools
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
BARE = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Bare(App):\n"
    "    def compose(self):\n"
    "        yield Static('bare ready')\n"
    "Bare().run()\n"
)
POLL_SECONDS = 0.003
_SERVERS = itertools.count()
TIMEOUT_SECONDS = 60.0


def _tmux(socket: str, *args: str) -> str:
    done = subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True)
    return done.stdout


def sample(command: str, marker: str, env: dict[str, str]) -> float:
    """Seconds from launching ``command`` in a new 80x24 pane until ``marker`` shows.

    A private tmux server per sample: a server still shutting down is never reused.
    """
    socket = f"adr-tui-start-{os.getpid()}-{next(_SERVERS)}"
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    started = time.monotonic()
    _tmux(
        socket, "new-session", "-d", "-s", "start", "-x", "80", "-y", "24", f"{exports} {command}"
    )
    try:
        while time.monotonic() - started < TIMEOUT_SECONDS:
            if marker in _tmux(socket, "capture-pane", "-p", "-t", "start"):
                return time.monotonic() - started
            time.sleep(POLL_SECONDS)
        raise TimeoutError(
            f"{marker!r} never showed; the pane: {_tmux(socket, 'capture-pane', '-p')}"
        )
    finally:
        _tmux(socket, "kill-server")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="ADRs in the generated repository")
    parser.add_argument("--repeat", type=int, default=9, help="samples of each (median)")
    parser.add_argument(
        "--src", type=Path, help="run adr-tui from this src/ folder (e.g. an older commit's)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT))
    from bench.generate import ensure

    repo = ensure(args.size).root
    python = str(PROJECT / ".venv" / "bin" / "python")
    adr_tui = str(PROJECT / ".venv" / "bin" / "adr-tui")
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "ADR_TUI_CACHE_DIR": str(Path(folder) / "cache"),
            "ADR_TUI_CONFIG": str(Path(folder) / "no-keymap.toml"),
        }
        if args.src:
            env["PYTHONPATH"] = str(args.src.resolve())
        ours = f"{shlex.quote(adr_tui)} {shlex.quote(str(repo))}"
        bare = f"{shlex.quote(python)} -c {shlex.quote(BARE)}"
        sample(ours, "▶", env)  # fills the caches: warm start from here on
        sample(bare, "bare ready", env)  # .pyc files, OS file cache
        apps: list[float] = []
        bares: list[float] = []
        for _ in range(args.repeat):
            bares.append(sample(bare, "bare ready", env))
            apps.append(sample(ours, "▶", env))
    app, base = statistics.median(apps), statistics.median(bares)
    load = os.getloadavg()[0]
    print(
        f"tmux 80x24, {args.size:,} ADRs, median of {args.repeat} (load average {load:.1f}): "
        f"adr-tui warm start to first row {app * 1000:.0f} ms "
        f"({min(apps) * 1000:.0f}-{max(apps) * 1000:.0f}), bare Textual app first paint "
        f"{base * 1000:.0f} ms ({min(bares) * 1000:.0f}-{max(bares) * 1000:.0f}): {app / base:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
