"""`python -m simulator` and the `peer-practice` script.

The most common start, `peer-practice` alone in a terminal, opens the app without loading
the command-line layer (click and the command table) first: the home screen is up sooner
(`make bench-ui`), and without Python's garbage collector scanning the start-up's objects
(`simulator.tui.first_paint`). Everything else goes through `simulator.cli`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if len(sys.argv) == 1 and sys.stdin.isatty() and sys.stdout.isatty():
        from simulator.tui.first_paint import hold_collection, release_collection

        hold_collection()  # until the home screen is painted (see simulator.tui.first_paint)
        try:
            from simulator.tui.app import run_app
        except ImportError:  # no terminal UI installed: the CLI's plain mode takes over
            release_collection()
        else:
            run_app()
            return
    from simulator.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
