"""adr-tui: Architecture Decision Records in the terminal."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Read lazily: importlib.metadata costs more at start-up than the whole catalogue load.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("adr-tui")
        except PackageNotFoundError:  # a checkout that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'adr_tui' has no attribute {name!r}")
