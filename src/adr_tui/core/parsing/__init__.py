"""Text → Decision. Never raises on any input: problems become warnings.

Public entry point: :func:`parse_document`.
"""

from __future__ import annotations

from adr_tui.core.parsing.document import ParseOutcome, blob_id, parse_document

__all__ = ["ParseOutcome", "blob_id", "parse_document"]
