"""Widgets used by the screens."""
