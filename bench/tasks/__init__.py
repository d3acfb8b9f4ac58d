"""Worker-side measurements, one module per area; each task takes and returns JSON data.

They run inside ``bench.worker`` processes and import adr-tui lazily, so a
missing feature fails only its own rows.
"""
