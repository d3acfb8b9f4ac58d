"""Parent-side rows, one module per area; each exposes ``rows(ctx) -> list[Row]``."""
