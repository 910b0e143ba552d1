"""What `peer-practice` puts off until its first screen is on the terminal.

Python's cyclic garbage collector runs after every few hundred new objects. Importing
Textual and composing the home screen create a few hundred thousand, nearly all of them kept
for the life of the app, so at start-up the collector mostly scans objects that will never
be garbage: 40-100 ms of a 300-800 ms launch on the shared 2-core machine (measured with
`gc.callbacks`; `make bench-ui` times the launch). `hold_collection()` switches it off before
the imports; `release_collection()`, called once the home screen has been painted, moves what
is alive then into the permanent generation (`gc.freeze()`, so later collections don't walk
it again while a reply is scored or the screen redraws) and switches the collector back on.

Once the content and the scorer have loaded, `freeze_long_lived()` does the same for them.
Only the `peer-practice` entry point holds the collector; tests and other callers never do,
and releasing or freezing in a process that never held it does nothing.
"""

from __future__ import annotations

import gc

_held = False
#: This process started as `peer-practice` does (the collector held for the first paint).
_managed = False


def hold_collection() -> None:
    """Switch the cyclic collector off until `release_collection()` (if it is on)."""
    global _held, _managed
    if gc.isenabled():
        gc.disable()
        _held = _managed = True


def release_collection() -> None:
    """Switch the collector back on, if `hold_collection()` switched it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def freeze_long_lived() -> None:
    """Once the content is loaded and the scorer compiled (they live as long as the app),
    move them out of the collector's way too: otherwise each full collection walks them
    all, a pause of 100-400 ms on the UI thread every second or so while a person types
    and replies are scored (measured with `gc.callbacks` under `make bench-ui`). Young
    garbage is collected first; only in a process that started as `peer-practice` does."""
    if _managed and not _held:
        gc.collect(1)
        gc.freeze()
