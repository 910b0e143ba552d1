"""How the observer's and the automatic levels' agreement is put into words (pair and room
results, in the app and in plain mode).

"agreed on 100% of 1 rated replies" reads as a machine's sentence: a percentage of one reply
says nothing, and "1 replies" is wrong. So a count comes first ("agreed on 3 of 4 rated
replies"), a single rated reply is said as one ("agreed on the one rated reply"), and the
percentage is added only once there are enough replies for it to mean something.
"""

from __future__ import annotations

from simulator.practice.pair import Agreement

#: From this many rated replies on, the percentage is shown beside the count.
PERCENT_FROM = 5


def agreement_line(row: Agreement) -> str:
    """One skill's agreement, e.g. "Paraphrasing: agreed on 3 of 4 rated replies"; "" when
    no reply was rated for it."""
    skill = row.skill.capitalize()
    if row.rated == 0:
        return ""
    agreed = round(row.exact * row.rated)
    if row.rated == 1:
        verb = "agreed" if agreed else "did not agree"
        return f"{skill}: {verb} on the one rated reply"
    line = f"{skill}: agreed on {agreed} of {row.rated} rated replies"
    return f"{line} ({row.exact:.0%})" if row.rated >= PERCENT_FROM else line
