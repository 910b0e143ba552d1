"""A bare command to feel differently ("Hey, chill.") directs the peer, as the labels say.

tests/data/README.md settles (stop 10) that a command inside a reassuring or dismissing breach
carries `advice directing`, except the set phrases "don't worry" / "don't stress". `commands`
read an instruction only with an object or particle after the verb, so an intransitive command
to feel ("chill", "cheer up", "get a grip") after an interjection was missed, and "Hey, chill."
on its own was scored as holding the boundary. (Where the peer asked for ideas,
tell-me-what-to-do, directing is at risk rather than breached, as for any instruction there.) Rows are written for this test, in registers
the open sets don't have; the set phrases and a feeling word said back stay without `advice`.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

COMMANDS_TO_FEEL = [
    "Hey, chill.",
    "ok babe just relax, its not that deep",
    "Cheer up, it's only one bad week.",
    "Honestly, get a grip, you'll be grand.",
    "Come on, toughen up.",
]
NOT_COMMANDS = [
    "Don't worry, I'm here with you.",
    "You want a weekend to just chill with the cat.",
    "Calm is hard to find when the rent is due.",
]


@pytest.mark.parametrize("reply", COMMANDS_TO_FEEL)
def test_a_command_to_feel_differently_is_directing(scorer: Scorer, reply: str) -> None:
    missed = [
        (scenario, result.level, result.flags)
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if not (result.level >= 1 and "directing" in result.flags)
    ]
    assert missed == []


@pytest.mark.parametrize("reply", NOT_COMMANDS)
def test_set_phrases_and_their_own_words_are_not_commands(scorer: Scorer, reply: str) -> None:
    for scenario, result in at_each_opening(scorer, "boundaries", reply):
        assert "directing" not in result.flags, scenario
