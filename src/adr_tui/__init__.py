"""adr-tui: Architecture Decision Records in the terminal."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("adr-tui")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
