"""History open in a real terminal: ``h`` → the History screen's revision count visible.

The headless row (``run.py --only ui``, "UI history of an ADR opened") drives
the app with Pilot; issue 6 also asks for a real terminal. Each sample opens
adr-tui in a fresh 80x24 pane of a private tmux server straight on the
generated repository's most-revised ADR (caches warm: a first, discarded
sample fills them), waits until the ADR shows and start-up work is over
(``--settle`` seconds), sends ``h`` and polls the pane until
its summary line (``N revisions · …``) shows. The figure is the median wall time; polling costs a
``tmux capture-pane`` every few milliseconds. Usage::

    .venv/bin/python bench/tmux_history.py --size 1000 --repeat 9
"""

from __future__ import annotations

import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from bench.tmux_start import _SERVERS, _tmux, arguments, wait_for  # noqa: E402


def sample(command: str, number: int, settle: float) -> float:
    """Seconds from ``h`` until the History screen of ADR ``number`` shows its revisions.

    A private tmux server per sample: a server still shutting down is never reused.
    """
    socket = f"adr-tui-history-{os.getpid()}-{next(_SERVERS)}"
    _tmux(socket, "new-session", "-d", "-s", "history", "-x", "80", "-y", "24", command)
    try:
        wait_for(socket, "history", f"ADR-{number:04d}")
        time.sleep(settle)  # as a user reading the ADR first
        sent = time.monotonic()
        _tmux(socket, "send-keys", "-t", "history", "h")
        return wait_for(socket, "history", " revisions · ") - sent  # the list is filled
    finally:
        _tmux(socket, "kill-server")


def main() -> int:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--settle", type=float, default=2.0, help="seconds before pressing h")
    args = parser.parse_args()
    from bench.generate import ensure

    generated = ensure(args.size)
    manifest = json.loads((generated.root / ".git" / "bench-manifest.json").read_text())
    hot = manifest["hot_adr"]
    number = int(Path(hot).name.split("-")[0])
    exe = shlex.quote(str(PROJECT / ".venv" / "bin" / "adr-tui"))
    with tempfile.TemporaryDirectory() as folder:

        def command(name: str, path: str = "") -> str:
            exports = (
                "env -u PYTHONDONTWRITEBYTECODE "
                f"ADR_TUI_CACHE_DIR={shlex.quote(str(Path(folder) / name))} "
                f"ADR_TUI_CONFIG={shlex.quote(str(Path(folder) / 'no-keymap.toml'))} "
                + (f"PYTHONPATH={shlex.quote(path)} " if path else "")
            )
            return f"{exports} {exe} {shlex.quote(str(generated.root))} {number}"

        runs = {"adr-tui": command("cache")}
        for index, src in enumerate(args.against):  # not "number": the ADR's, used below
            runs[f"adr-tui from {src}"] = command(f"cache-against-{index}", str(src))
        for line in runs.values():
            sample(line, number, args.settle)  # fills the caches, .pyc, OS cache
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeat):
            for name, line in runs.items():
                times[name].append(sample(line, number, args.settle))
    print(
        f"tmux 80x24, {args.size:,} ADRs, median of {args.repeat} (load average "
        f"{os.getloadavg()[0]:.1f}), h → History of ADR-{number:04d} shown:"
    )
    for name, seconds in times.items():
        low, median, high = min(seconds), statistics.median(seconds), max(seconds)
        print(f"  {name}: {median * 1000:.0f} ms ({low * 1000:.0f}-{high * 1000:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
