"""Drive the TUI headless in a fresh process and print what each step showed (JSON).

    python -m tests.reliability.tui_driver REPO CACHE KEYS [KEYS ...]

Each KEYS argument is a space-separated key group pressed before one capture.
Used where the scenario is the process environment itself (no git on PATH, an
old git), which a long-lived test process cannot change for libraries that
cache what they found at first use.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from tests.helpers_ui import settle


async def drive(repo: Path, cache: Path, steps: list[list[str]]) -> list[dict[str, object]]:
    """Run the app, press each group of keys, capture the screen after each."""
    app = make_app(Settings(cache_dir=cache), paths=[repo], poll=False)
    shots: list[dict[str, object]] = []
    async with app.run_test(size=(160, 40)) as pilot:
        for keys in [[], *steps]:
            if keys:
                await pilot.press(*keys)
            await settle(pilot)
            strips = app.screen._compositor.render_strips()
            shots.append(
                {
                    "screen": type(app.screen).__name__,
                    "running": app.is_running,
                    "text": "\n".join(s.text for s in strips),
                }
            )
    return shots


def main() -> None:
    """Entry point (see the module docstring)."""
    repo, cache, *groups = sys.argv[1:]
    shots = asyncio.run(drive(Path(repo), Path(cache), [g.split() for g in groups]))
    sys.stdout.write(json.dumps(shots))


if __name__ == "__main__":
    main()
