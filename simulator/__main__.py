"""`python -m simulator` and the `peer-practice` script.

The most common start, `peer-practice` alone in a terminal, opens the app without loading
the command-line layer (click and the command table) first: the home screen is up sooner
(`make bench-ui`). Everything else goes through `simulator.cli`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if len(sys.argv) == 1 and sys.stdin.isatty() and sys.stdout.isatty():
        try:
            from simulator.tui.app import run_app
        except ImportError:
            pass  # no terminal UI installed: the CLI's plain mode takes over
        else:
            run_app()
            return
    from simulator.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
