from __future__ import annotations

import subprocess
import sys


def test_core_imports_without_textual_or_rich() -> None:
    code = (
        "import sys\n"
        "import adr_tui.core.catalog, adr_tui.core.discovery, adr_tui.core.links, adr_tui.core.checks\n"
        "import adr_tui.core.serialize, adr_tui.core.settings, adr_tui.core.text, adr_tui.demo\n"
        "import pkgutil, importlib, adr_tui.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'adr_tui.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'} or m.startswith('adr_tui.ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
