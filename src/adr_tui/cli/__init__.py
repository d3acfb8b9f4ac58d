"""The command line: argument parsing, commands and terminal output, on the same core as the TUI."""
