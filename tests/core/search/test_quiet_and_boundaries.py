from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import adr_tui

_SCRIPT = """
import sys
from pathlib import Path
from adr_tui.core.catalog import load_catalog
from adr_tui.core.search import SearchEngine
from adr_tui.core.settings import Settings
catalog = load_catalog(Path(sys.argv[1]))
with SearchEngine.open(catalog, Settings(cache_dir=Path(sys.argv[2]))) as engine:
    engine.search("sess*")  # a scan before the index exists
    engine.build()
    result = engine.search('sesion~ OR "session handling" status:accepted', limit=5)
    assert result.source == "index", result
"""


def test_import_build_and_search_print_nothing_under_w_error(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "docs" / "adr").mkdir(parents=True)
    (repo / "docs" / "adr" / "0001-sessions.md").write_text(
        "# 1. Sessions\n\n## Status\n\nAccepted\n\nSession handling in one place.\n"
    )
    env = dict(os.environ)
    # An empty bytecode cache: every module (Whoosh included) is compiled from
    # source, which is when Whoosh 2.7.4 emits SyntaxWarnings on Python 3.12+.
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", _SCRIPT, str(repo), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_search_lib_is_the_only_whoosh_user() -> None:
    # Nothing outside the search package, and inside it only lib, imports Whoosh.
    src = Path(adr_tui.__file__).parent
    users = sorted(
        str(path.relative_to(src))
        for path in src.rglob("*.py")
        if re.search(r"^\s*(import|from)\s+whoosh\b", path.read_text(), re.MULTILINE)
    )
    assert users == ["core/search/lib.py"]


def _imported_modules(tree: ast.Module) -> set[str]:
    """Every module an import statement anywhere in ``tree`` names (nested ones included)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_but_search_lib_imports_whoosh_by_ast() -> None:
    src = Path(adr_tui.__file__).parent
    users = sorted(
        ".".join(("adr_tui", *path.relative_to(src).with_suffix("").parts))
        for path in src.rglob("*.py")
        if any(
            name.split(".")[0] == "whoosh"
            for name in _imported_modules(ast.parse(path.read_text(), str(path)))
        )
    )
    assert users == ["adr_tui.core.search.lib"]


def test_core_outside_search_imports_neither_the_search_package_nor_whoosh() -> None:
    # The package's __init__ imports every submodule (and so Whoosh): a core
    # module must import it lazily, inside the function that searches.
    core = Path(adr_tui.__file__).parent / "core"
    modules = sorted(
        ".".join(("adr_tui", "core", *path.relative_to(core).with_suffix("").parts))
        for path in core.rglob("*.py")
        if path.relative_to(core).parts[0] != "search"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'whoosh'"
        " or m.startswith('adr_tui.core.search')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode, result.stdout.strip()) == (0, "[]")
    assert "adr_tui.core.filters" in modules
