"""How a rubric's criterion weights add up to a score: as written, on every Python.

Weights and thresholds are decimals in the rubric files (0.35, -0.2, 0.15; `min_score:
0.3`). Added as binary floats one by one they can fall just short (0.29999999999999993),
so a reply whose weights reach a threshold exactly got the lower level while its score
printed as the threshold; and Python 3.12 changed `sum()` of floats to compensate, so the
same reply got another level on 3.13 than on 3.11. `weight_sum` adds exactly (`fsum`) and
rounds away the binary noise, so the sum is the decimal the facilitator wrote.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

#: Far finer than any weight a person or `rubric fit` writes, far coarser than float noise.
PLACES = 9


def weight_sum(weights: Iterable[float]) -> float:
    """The sum of `weights` as decimals: 0.35 - 0.2 + 0.15 is 0.3, on every Python."""
    return round(math.fsum(weights), PLACES)


#: One matched criterion as `counted` weighs it: its id, its weight and the spans of the reply
#: it was found in (start, end; its evidence as quoted).
Credit = tuple[str, float, Sequence[tuple[int, int]]]


def counted(matched: Sequence[Credit]) -> frozenset[str]:
    """The matched criteria whose weight adds to the score: words count once.

    Two criteria of a skill can be found in the same words ("That's not fair" is both a
    verdict that it is not okay and an acknowledgement cue), and adding both weights scored
    one phrase as two moves, so it outweighed a judgment said with it ("You yelled at her?
    That's not right." reached "acknowledges"). A criterion with a positive weight adds
    nothing when every span it was found in overlaps words a criterion counted before it
    already credited; criteria are counted highest weight first (rubric order among equals),
    so the words earn the larger of the weights. One found anywhere else in the reply counts
    whole, as does one found only in the peer's line (no reply spans) and every criterion
    that takes weight away (a minus is a different move, not a second credit)."""
    out: set[str] = set()
    credited: list[tuple[int, int]] = []
    order = sorted(range(len(matched)), key=lambda i: -matched[i][1])  # stable
    for i in order:
        crit, weight, spans = matched[i]
        if (
            weight > 0
            and spans
            and credited
            and all(any(s < e and b < end for b, e in credited) for s, end in spans)
        ):
            continue
        out.add(crit)
        if weight > 0:
            credited.extend(spans)
    return frozenset(out)
