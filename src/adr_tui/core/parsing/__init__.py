"""Text → Decision. Never raises on any input: problems become warnings.

Public entry point: :func:`parse_document`, imported on first use (see
:mod:`adr_tui.core.parsing.outcome` for why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from adr_tui.core.parsing.outcome import ParseOutcome, blob_id

if TYPE_CHECKING:
    from adr_tui.core.parsing.document import parse_document

__all__ = ["ParseOutcome", "blob_id", "parse_document"]


def __getattr__(name: str) -> Any:
    if name == "parse_document":
        from adr_tui.core.parsing.document import parse_document

        return parse_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
