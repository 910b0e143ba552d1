"""A Leitner box system for drill items, so practice goes where it is needed.

Every item a trainee has answered sits in a box. A miss puts it in box 1, due in the very
next set; each success moves it up a box and further away (1, 2, then 4 sets later). A set
takes the items that are due first (lowest box first), then items never seen, then the
ones due soonest. Counting in sets rather than days keeps it simple and fair to someone who
practises once a month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MAX_BOX = 3
#: Sets until an item in this box is due again.
INTERVALS = {1: 1, 2: 2, 3: 4}


@dataclass(frozen=True, slots=True)
class BoxState:
    box: int
    due_set: int
    right: int = 0
    missed: int = 0


def after_answer(state: BoxState | None, passed: bool, set_number: int) -> BoxState:
    """Where an item goes after an answer in set `set_number`."""
    right = (state.right if state else 0) + int(passed)
    missed = (state.missed if state else 0) + int(not passed)
    if not passed:
        return BoxState(1, set_number + 1, right, missed)
    box = min((state.box if state else 1) + 1, MAX_BOX)
    return BoxState(box, set_number + INTERVALS[box], right, missed)


def choose_set(
    item_ids: Sequence[str], states: Mapping[str, BoxState], set_number: int, size: int
) -> list[str]:
    """The items of set `set_number`: due ones, then new ones, then the soonest due."""
    order = {item: i for i, item in enumerate(item_ids)}
    due = sorted(
        (i for i in item_ids if i in states and states[i].due_set <= set_number),
        key=lambda i: (states[i].box, states[i].due_set, order[i]),
    )
    new = [i for i in item_ids if i not in states]
    later = sorted(
        (i for i in item_ids if i in states and states[i].due_set > set_number),
        key=lambda i: (states[i].due_set, states[i].box, order[i]),
    )
    return (due + new + later)[:size]
