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
    # As a user's shell: .pyc files written and used (see harness.bench_environment).
    exports = "env -u PYTHONDONTWRITEBYTECODE " + " ".join(
        f"{k}={shlex.quote(v)}" for k, v in env.items()
    )
    started = time.monotonic()
    _tmux(
        socket, "new-session", "-d", "-s", "start", "-x", "80", "-y", "24", f"{exports} {command}"
    )
    try:
        return wait_for(socket, "start", marker) - started
    finally:
        _tmux(socket, "kill-server")


def wait_for(socket: str, session: str, marker: str) -> float:
    """``time.monotonic()`` once ``marker`` shows in ``session``'s pane (polled)."""
    started = time.monotonic()
    while time.monotonic() - started < TIMEOUT_SECONDS:
        if marker in _tmux(socket, "capture-pane", "-p", "-t", session):
            return time.monotonic()
        time.sleep(POLL_SECONDS)
    raise TimeoutError(f"{marker!r} never showed; the pane: {_tmux(socket, 'capture-pane', '-p')}")


def arguments(description: str) -> argparse.ArgumentParser:
    """The options every real-terminal benchmark takes: --size, --repeat, --against."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--size", type=int, default=1000, help="ADRs in the generated repository")
    parser.add_argument("--repeat", type=int, default=9, help="samples of each (median)")
    parser.add_argument(
        "--against",
        type=Path,
        action="append",
        default=[],
        metavar="SRC",
        help="also time adr-tui run from this src/ folder (e.g. an older commit's), interleaved;"
        " repeat it to compare frozen trees while the checkout changes",
    )
    return parser


def main() -> int:
    args = arguments(__doc__.splitlines()[0]).parse_args()
    sys.path.insert(0, str(PROJECT))
    from bench.generate import ensure

    repo = ensure(args.size).root
    python = str(PROJECT / ".venv" / "bin" / "python")
    ours = f"{shlex.quote(str(PROJECT / '.venv' / 'bin' / 'adr-tui'))} {shlex.quote(str(repo))}"
    bare = f"{shlex.quote(python)} -c {shlex.quote(BARE)}"
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "ADR_TUI_CACHE_DIR": str(Path(folder) / "cache"),
            "ADR_TUI_CONFIG": str(Path(folder) / "no-keymap.toml"),
        }
        runs: dict[str, tuple[str, str, dict[str, str]]] = {
            "bare Textual app": (bare, "bare ready", env),
            "adr-tui": (ours, "▶", env),
        }
        for number, src in enumerate(args.against):
            other = dict(env, ADR_TUI_CACHE_DIR=str(Path(folder) / f"cache-against-{number}"))
            other["PYTHONPATH"] = str(src.resolve())
            runs[f"adr-tui from {src}"] = (ours, "▶", other)
        for command, marker, where in runs.values():
            sample(command, marker, where)  # fills the caches (warm start), .pyc, OS cache
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeat):
            for name, (command, marker, where) in runs.items():
                times[name].append(sample(command, marker, where))
    base = statistics.median(times["bare Textual app"])
    print(
        f"tmux 80x24, {args.size:,} ADRs, median of {args.repeat} "
        f"(load average {os.getloadavg()[0]:.1f}), launch to first row (bare: first paint):"
    )
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(
            f"  {name}: {median * 1000:.0f} ms ({min(seconds) * 1000:.0f}-"
            f"{max(seconds) * 1000:.0f}), {median / base:.2f}x the bare app"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
