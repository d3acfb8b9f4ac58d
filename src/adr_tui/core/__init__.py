"""The domain core: discovery, parsing, the decision model, history, search and filters.

Nothing in this package imports Textual, Rich or the presenters (the ui and cli packages).
"""
