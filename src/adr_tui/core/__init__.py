"""The domain core: discovery, parsing, the decision model, history, search and filters.

Nothing in this package imports Textual, Rich or ``adr_tui.ui``.
"""
