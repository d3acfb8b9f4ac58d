"""Text → Decision. Never raises on any input: problems become warnings.

Public entry point: :func:`parse_document`, imported on first use (see
:mod:`adr_tui.core.parsing.outcome` for why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adr_tui.core.parsing.document import parse_document
    from adr_tui.core.parsing.outcome import ParseOutcome, blob_id

__all__ = ["ParseOutcome", "blob_id", "parse_document"]


def __getattr__(name: str) -> Any:
    # Each on first use: the UI imports a submodule (``inline``) at start, and a package
    # that imported ``outcome`` with it made every start build ParseOutcome's class.
    if name == "parse_document":
        from adr_tui.core.parsing.document import parse_document

        return parse_document
    if name in ("ParseOutcome", "blob_id"):
        from adr_tui.core.parsing import outcome

        return getattr(outcome, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
