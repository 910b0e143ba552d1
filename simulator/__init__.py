"""Peer Practice: a practice room for peer counsellors.

The package is split into a domain core (formats, loading, scoring, sessions, storage) that
never imports a user interface, and thin layers over it: the CLI (`simulator.cli`) and the
Textual UI (`simulator.tui`).
"""

__version__ = "0.1.0"
