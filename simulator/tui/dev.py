"""For `textual run --dev simulator/tui/dev.py`: the app from the same `make_app()` factory."""

from simulator.tui.app import make_app

app = make_app()
