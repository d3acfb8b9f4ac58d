"""The command line: argument parsing, commands, and terminal output. Calls the same core as the TUI."""
