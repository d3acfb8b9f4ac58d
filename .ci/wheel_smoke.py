"""Run from outside the checkout with the installed wheel: demo builds, styles load, app paints."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import adr_tui
from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
from adr_tui.demo import ensure_demo_repo


async def paint(repo: Path) -> int:
    """Open the app headless on ``repo``; returns how many style rules it loaded."""
    from adr_tui.ui.app import make_app

    settings = Settings()
    app = make_app(settings, load_catalog(repo, settings))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rules = len(app.stylesheet.rules)
    return rules


def main() -> int:
    """Check the installed wheel end to end; raises AssertionError on the first gap."""
    package = Path(adr_tui.__file__).parent
    assert "site-packages" in str(package), f"not the installed wheel: {package}"
    assert any((package / "styles").glob("*.tcss")), "styles missing from the wheel"
    repo = ensure_demo_repo(Settings().cache_dir)
    catalog = load_catalog(repo)
    assert len(catalog) >= 30, f"demo has only {len(catalog)} ADRs"
    rules = asyncio.run(paint(repo))
    print(f"wheel ok: {len(catalog)} demo ADRs, {rules} style rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
