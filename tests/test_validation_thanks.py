"""Thanks is named as thanks (issue #11: "Thanks gets '✓ You acknowledged how hard this is',
which reads oddly").

Thanking a peer for telling you acknowledges that it wasn't easy to say (validation level 1,
as tests/data/README.md labels it); its ✓ now says so and quotes the whole thanks, what it
is for included. Checked through `peer-practice score`, in every shipped scenario.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from simulator.content.scenario import Scenario
from tests.helpers import run_cli

THANKS = [
    "Thank you for telling me.",
    "thanks for telling me that",
    "thx for sharing this with me",
    "Thank you so much for trusting me with this.",
    "ty for being so honest",
    "Thanks for letting me know, I mean it.",
    "I'm glad you told me.",
    "thank u for saying it out loud",
    "Thank you very much for explaining all of that.",
    "tysm for telling me",
]
QUOTE = re.compile(r'"([^"]+)"')


@pytest.fixture(scope="module")
def scored(
    tmp_path_factory: pytest.TempPathFactory, library: dict[str, Scenario]
) -> list[tuple[str, dict[str, Any]]]:
    rows = [
        {"id": [sid, reply], "scenario": sid, "response": reply}
        for sid in sorted(library)
        for reply in THANKS
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    result = run_cli(tmp_path_factory.mktemp("data"), "score", input=stdin, timeout=120)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    return [(row["response"], o) for row, o in zip(rows, out, strict=True)]


def test_thanks_acknowledges_in_every_scenario(scored: list[tuple[str, dict[str, Any]]]) -> None:
    assert len(scored) == 12 * len(THANKS)
    for reply, out in scored:
        assert out["validation"]["level"] == 1, reply


def test_thanks_is_named_as_thanks_and_quoted_whole(
    scored: list[tuple[str, dict[str, Any]]],
) -> None:
    for reply, out in scored:
        strength = out["feedback"]["strength"]
        assert strength.startswith("You thanked them for telling you"), (reply, strength)
        quote = QUOTE.search(strength)
        assert quote is not None, strength
        said = quote.group(1).rstrip("…")
        assert said in reply and len(said.split()) >= 3, (reply, said)
        # The thanks says what it is for: never cut off at "for", "with" or "to".
        assert said.split()[-1].lower() not in {"for", "with", "to"}, (reply, said)
