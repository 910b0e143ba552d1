"""Plain, line-based mode: practice, courses and rooms on stdin/stdout.

For screen readers and scripts. Like the TUI it is a thin layer over the domain core.
"""
