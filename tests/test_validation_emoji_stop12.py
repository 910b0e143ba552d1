"""A sad or sympathy emoji or emoticon notices the difficulty (issue #11, stop 12).

tests/data/README.md (wave 6's conventions, settling wave 4's open question for 🥺-like
signs): one emoji or emoticon of sadness or sympathy beside a reply (💔 🫂 😔 😢 😣 :( :'( :/)
notices the difficulty, validation 1, as "I'm sorry" does; a decorative, upbeat or joking one
(😊 💪 😅 🤷 🙏 💯 🙌) notices nothing. Wave 4's dev half labels the one reply whose only
acknowledgement is such a sign ("…you didn't get a say in either 😣") 1; the scorer gave 0,
because `acknowledges` read words only. Its new pattern reads the sign; 🥺 is left out (wave 4
labels it both ways).

Near misses stay 0: an upbeat or joking emoji, a smiley, a time ("10:30") or a web address
("https://…"), whose colon and slash are not an emoticon.

Our own wordings at the opening of every shipped scenario, peer's line only and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

SAD_SIGN = [
    "they decided without you, again 😣",
    "ugh 💔",
    "you waited all night and nothing :(",
    "four years and that's how he treats you :'(",
    "nobody asked you :/",
    "he took everything 😢",
    "all on your own with it now 😔",
    "🫂",
    "still no answer from her 😞",
    "and the rent on top of it 😭",
    "that look from her :-(",
    "one week's notice ☹️",
]

NO_SIGN = [
    "haha relax 😅",
    "saturday works 🙌",
    "ok :)",
    "call them at 10:30 tomorrow",
    "the form is at https://example.org/help",
    "just shrug it off 🤷",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize("reply", SAD_SIGN)
def test_a_sad_or_sympathy_sign_notices_the_difficulty(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, level in levels_both_ways(scorer, "validation", reply) if level < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", NO_SIGN)
def test_an_upbeat_sign_a_time_or_an_address_notices_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, level) for s, way, level in levels_both_ways(scorer, "validation", reply) if level
    ]
    assert not wrong, (reply, wrong)
