"""A next step doesn't suggest a feeling the reply already named in another form.

The moment's feeling for "…and that leaves you feeling {feeling}" was the first one not
written out letter for letter, so "that's exhausting" was told to add "exhausted", "it
stresses you out" to add "stressed", "ur still shaking" to add "shaken". A feeling now
counts as said in any form of its word (scoring/feedback.py, by stem). Probes: texting and
formal, across scenarios, each naming the moment's first feeling in another form.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.helpers import run_cli

PROBES = [
    (
        "bad-date-next-steps",
        "opening",
        "he got rough and wouldnt pay and ur still shaking",
        "shaken",
    ),
    ("fear-of-being-outed", "checking_phone", "waiting on her reply sounds scary", "scared"),
    (
        "warm-up-long-week",
        "money_worry",
        "the slow weeks stress you out and the rent keeps you up at night",
        "stressed",
    ),
    ("warm-up-long-week", "money_worry", "this stress about rent is a lot to carry", "stressed"),
    (
        "burnout-and-money",
        "opening",
        "working every night and still short on rent, thats exhausting",
        "exhausted",
    ),
    (
        "burnout-and-money",
        "defensive",
        "its so annoying when everyone has advice but nobody pays your rent",
        "annoyed",
    ),
    (
        "angry-at-the-organisation",
        "voice",
        "You doubt that speaking up would change anything.",
        "doubtful",
    ),
    (
        "angry-at-the-organisation",
        "not_listened",
        "It feels like a betrayal, being cut out of a decision about your own hours.",
        "betrayed",
    ),
    ("eviction-after-ads", "opening", "the panic of thirty days and nowhere to go", "panicked"),
    (
        "fear-of-being-outed",
        "opening",
        "It's terrifying to think of your parents seeing those screenshots.",
        "terrified",
    ),
    (
        "eviction-after-ads",
        "spiralling",
        "its overwhelming, the cat and your stuff and your sister all at once",
        "overwhelmed",
    ),
    (
        "crisis-suicidal-thoughts",
        "connecting",
        "You are hesitating because you do not want to be a burden.",
        "hesitant",
    ),
    (
        "asking-to-meet-outside",
        "disappointed",
        "the loneliness since you moved here sounds really heavy",
        "lonely",
    ),
    ("migrant-worker-status", "careful", "ur worrying you said too much to me", "worried"),
]


#: Validation's "say why it makes sense" step names the feeling the reply named, on purpose
#: ({their_feeling}, tests/test_their_feeling_in_next_step_stop12.py).
MAKES_SENSE = "Go further and say why it makes sense"


def test_a_feeling_already_named_is_not_suggested_again(private_data_dir: Path) -> None:
    lines = "".join(
        json.dumps({"id": i, "scenario": s, "moment": m, "response": r}) + "\n"
        for i, (s, m, r, _) in enumerate(PROBES)
    )
    result = run_cli(private_data_dir, "score", input=lines, timeout=90)
    assert result.returncode == 0, result.stderr
    again = []
    suggested = 0
    for (_, _, reply, said), line in zip(PROBES, result.stdout.splitlines(), strict=True):
        step = json.loads(line)["feedback"]["next_step"]
        suggested += bool(re.search(r"\bfeel(?:ing)? \w+", step))
        if step.startswith(MAKES_SENSE):
            continue  # it shows how to validate the feeling they named (stop 12): not a new one
        if re.search(rf"\b{said}\b", step):
            again.append((reply, step))
    assert again == []
    assert suggested >= len(PROBES) // 2  # the probes do reach steps that name a feeling
