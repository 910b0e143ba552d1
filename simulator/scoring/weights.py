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
from collections.abc import Iterable

#: Far finer than any weight a person or `rubric fit` writes, far coarser than float noise.
PLACES = 9


def weight_sum(weights: Iterable[float]) -> float:
    """The sum of `weights` as decimals: 0.35 - 0.2 + 0.15 is 0.3, on every Python."""
    return round(math.fsum(weights), PLACES)
