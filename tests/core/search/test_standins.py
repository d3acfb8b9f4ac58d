"""Whoosh's unused imports stand in while it loads; every later import gets the real module."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path

from adr_tui.core.search.standins import StandIn, standing_in

_SCRIPT = """
import sys
from pathlib import Path
from adr_tui.core.catalog import load_catalog
from adr_tui.core.search import SearchEngine
from adr_tui.core.settings import Settings
unused = ("asyncio", "urllib.request", "whoosh.lang.morph_en")
assert not any(name in sys.modules for name in unused), "loaded"
catalog = load_catalog(Path(sys.argv[1]))
with SearchEngine.open(catalog, Settings(cache_dir=Path(sys.argv[2]))) as engine:
    engine.build()
    result = engine.search("session")
print(result.source, result.ids, *(name in sys.modules for name in unused))
from adr_tui.core.search.standins import STAND_INS, StandIn
async def co(): pass
def plain(): pass
stand_in = StandIn("asyncio")  # what Whoosh's cached properties hold
stand_in.__dict__.update(STAND_INS["asyncio"])
judged = stand_in.iscoroutinefunction(co), stand_in.iscoroutinefunction(plain)
print(*judged, "asyncio" in sys.modules)
import asyncio, urllib.request
print(stand_in.iscoroutinefunction(co), stand_in.ensure_future is asyncio.ensure_future)
print(urllib.request.urlopen.__module__, type(sys.modules["urllib.request"]).__name__)
from whoosh.query import terms  # the name Whoosh bound at import: loads the module now
print("rendered" in terms.variations("render"), "whoosh.lang.morph_en" in sys.modules)
"""


def test_a_fresh_search_process_never_loads_them_and_later_imports_are_real(
    tmp_path: Path,
) -> None:
    repo = tmp_path / "repo"
    (repo / "docs" / "adr").mkdir(parents=True)
    (repo / "docs" / "adr" / "0001-sessions.md").write_text(
        "# 1. Sessions\n\n## Status\n\nAccepted\n\nSession handling in one place.\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", _SCRIPT, str(repo), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stderr == ""
    # The index answered (Whoosh's cached properties asked the stand-in), nothing loaded;
    # the stand-in tells coroutine functions apart alone, then hands over to the real module.
    assert result.stdout.splitlines() == [
        "index ['docs/adr/0001-sessions'] False False False",
        "True False False",
        "True True",
        "urllib.request module",
        "True True",
    ]


def test_an_attribute_not_stood_in_loads_the_real_module() -> None:
    stand_in = StandIn("asyncio")
    assert stand_in.sleep is asyncio.sleep
    assert not hasattr(stand_in, "__path__")  # the import system's question, not loaded for


def test_a_stand_in_touched_while_standing_gives_way_to_the_real_module() -> None:
    saved = sys.modules.pop("colorsys", None)
    sys.modules["colorsys"] = stand_in = StandIn("colorsys")
    try:
        assert stand_in.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
        assert not isinstance(sys.modules["colorsys"], StandIn)
    finally:
        sys.modules.pop("colorsys", None)
        if saved is not None:
            sys.modules["colorsys"] = saved


def test_nothing_stands_in_while_other_threads_run_or_once_loaded() -> None:
    before = dict(sys.modules)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with standing_in():
            assert sys.modules == before  # asyncio is loaded here, and a thread could import
    finally:
        stop.set()
        other.join()
