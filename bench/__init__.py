"""Benchmark harness for adr-tui: synthetic repositories, baselines and measured rows."""
