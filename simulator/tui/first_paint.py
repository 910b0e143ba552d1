"""What `peer-practice` puts off until its first screen is on the terminal.

Python's cyclic garbage collector runs after every few hundred new objects. Importing
Textual and composing the home screen create a few hundred thousand, nearly all of them kept
for the life of the app, so at start-up the collector mostly scans objects that will never
be garbage: 40-100 ms of a 300-800 ms launch on the shared 2-core machine (measured with
`gc.callbacks`; `make bench-ui` times the launch). `hold_collection()` switches it off before
the imports; `release_collection()`, called once the home screen has been painted, moves what
is alive then into the permanent generation (`gc.freeze()`, so later collections don't walk
it again while a reply is scored or the screen redraws) and switches the collector back on.

Only the `peer-practice` entry point holds it; tests and other callers never do, and
releasing what was never held does nothing.
"""

from __future__ import annotations

import gc

_held = False


def hold_collection() -> None:
    """Switch the cyclic collector off until `release_collection()` (if it is on)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collection() -> None:
    """Switch the collector back on, if `hold_collection()` switched it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
