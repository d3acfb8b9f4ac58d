"""Screens: browse (start), adr (one decision), problems, help, dialogs."""
