"""Widgets of the practice room."""
