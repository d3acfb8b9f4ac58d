from __future__ import annotations

import subprocess
import sys

# Import every core module (and the demo builder), then list what leaked in.
PROBE = """
import importlib, pkgutil, sys
import adr_tui.core as core
import adr_tui.demo
for module in pkgutil.walk_packages(core.__path__, "adr_tui.core."):
    importlib.import_module(module.name)
leaked = [m for m in sys.modules if m.split(".")[0] in {"textual", "rich"}]
leaked += [m for m in sys.modules if m.startswith(("adr_tui.ui", "adr_tui.cli"))]
print(",".join(sorted(leaked)))
"""


def test_core_imports_without_textual_rich_or_the_ui() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
