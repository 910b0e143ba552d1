"""The app in a browser tab, for a training room: `peer-practice serve` (see `serve.py`)."""
