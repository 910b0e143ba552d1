"""Source of tests/data/fresh_wave.jsonl: a fresh labelled wave that nobody tunes on (issue #11).

The held-out part of labelled_replies.jsonl has been scored many times while the rubrics were
tuned on the rest of it, and some probes were fixed one by one, so its figure flatters the
scorer on wordings like the ones it was tuned on. fresh_wave.txt is a new set of replies to
every scenario, in the same format, written in registers the rubric authors did not write to
(texting, typos, formal, long and short) and labelled by the rubric descriptors before it was
scored. Every row is "heldout": `rubric fit` never learns from it, and nobody changes a rubric
or a label because of how the scorer does on it. `make bench-score` reports it as
"Fresh wave — never tuned on".

It has two families the labelled set does not name: plain_advice (advice without "should":
commands, "you need to…", "I'd…", "… sounds like the way to go") and questions_only (a reply
that only asks). Run this script to regenerate the JSONL; it refuses rows with an unknown
scenario, moment, family or flag, through the same parser as make_labelled_replies.py.

fresh_wave_2.txt is the second wave, sealed: written and labelled while the rubrics were being
tuned, by someone who did not tune them, and kept from the engineers who did, because the
first wave's totals had been seen by then. Same format, same families, in a different mix
(more mixed replies, advice in "I" statements and in questions, MI-style double-sided and
"if you could..." reflections, voice-to-text, non-native English, very short and very long).
It is scored once, at the end of the stop; `make bench-score` reports it as "Sealed wave 2".
fresh_wave_3.txt is the third wave (stop 8), written and labelled by an engineer who tuned no
rubric and never saw the scorer's output on it, in a register mix unlike waves 1 and 2 (peers
and sex workers with insider slang and swearing, older formal trainees, over-explainers with the
key move buried mid-reply, good-and-bad mixes, soft breaches, religious and wellness words,
Australian/Irish/Scottish/Caribbean English, typos and autocorrect, questions that are advice).
Every row is "heldout"; bench/bench_score.py cuts it in two by the same hash as wave 2
(`sealed_half`): the held half is never tuned on, the dev half is open to rubric work.
fresh_wave_4.txt is the fourth wave (stop 9), written and labelled the same way by an engineer
who tuned no rubric and never saw the scorer, read no rubric pattern, cue or lexicon and no
scoring code, in a register mix unlike waves 1 to 3 (English as a second language, voice-to-text
run-ons, one-to-five-word replies, Gen-Z texting with emoji, trans and queer community talk,
social-work jargon, the peer's words quoted back, breaches as questions, hypotheticals, reported
speech and jokes, good-and-bad mixes in either order). Every row is "heldout"; the same
`sealed_half` hash cuts it into a held half (never tuned on) and a dev half (open to rubric work).
fresh_wave_5.txt is the fifth wave (stop 10), written and labelled the same way (blind to the
scorer and to every rubric pattern, cue and lexicon) in a register mix unlike waves 1 to 4
(Indian, Nigerian and Singaporean English, African American Vernacular English, Spanish-English
and French-English code-switching, long replies that make several moves in a row, replies with
line breaks and bullet points, peer-support and harm-reduction words, hedged breaches, sarcasm,
autocorrect slips, trainees who open by apologising). A literal backslash-n in one of its replies
is a line break, written into the JSONL as one. Every row is "heldout"; `sealed_half` cuts it
into a held half and a dev half as for waves 2 to 4.
fresh_wave_6.txt is the sixth wave (stop 11), written and labelled the same way (blind to the
scorer and to every rubric pattern, cue and lexicon) in a register mix unlike waves 1 to 5
(Filipino English and Taglish, South African English, Brazilian Portuguese-English, East Asian
learners of English, the written English of Deaf trainees whose first language is a sign
language, dyslexic spelling, no punctuation, run-ons, therapy-speak, trainees who have done sex
work themselves, emoji and emoticons, the peer's words in quotation marks, and breaches dressed
as compliments, concern, questions, "to be fair…" and facts). Every row is "heldout";
`sealed_half` cuts it into a held half and a dev half as for waves 2 to 5. It is read like wave 5
(a literal backslash-n would be a line break; none of its rows has one).
fresh_wave_7.txt is the seventh wave (stop 13), written and labelled the same way (blind to the
scorer and to every rubric pattern, cue and lexicon) by a helper engineer, in a register mix unlike
waves 1 to 6 (Polish, Russian and Ukrainian learners of English, Arabic and Farsi speakers' English,
Kenyan and Ghanaian English, Northern English and Welsh turns of phrase, older trainees writing
letters and emails, clipped handover lists, metaphors and idioms, the peer in the third person,
"we/us" solidarity, double-sided reflections, reflections asked as tentative questions,
self-corrections, passive voice, rhetorical questions, and breaches as "if I were you", "the best
thing is", offers of money or a bed, "my cousin's a cop", "between you and me", religious
moralising, "at least…", "it could be worse" and "you'll be fine"). Every row is "heldout";
`sealed_half` cuts it into a held half (scored only by the lead at the end of a stop) and a dev
half (the lead's check in stop 13, open to rubric work from stop 14). It is read like wave 5.
fresh_wave_8.txt is the eighth wave (stop 14), written and labelled the same way (blind to the
scorer and to every rubric pattern, cue and lexicon) by a helper engineer, in a register mix unlike
waves 1 to 7 (Italian, German, Turkish, Vietnamese, Thai and Hindi/Urdu speakers' English, New
Zealand, Canadian and US Southern turns of phrase, teenagers and very young adults, retired
trainees, harm-reduction jargon, one-handed phone typing with doubled words, the peer's name first
or a sign-off last, a good move and a slip in one sentence, summaries after several turns, values
and needs, ambivalence, amplified reflections, reframes, apologies on someone's behalf, validation
by normalising and its near miss, minimising by normalising, and breaches as personal stories, "in
my experience", rules, deadlines, blame of the peer's choices, religious or moral certainty, "for
your own good", "honestly the police are your best bet", "I'll sort it" and "don't tell anyone I
said this"). Every row is "heldout"; `sealed_half` cuts it into a held half (scored only by the
lead at the end of a stop) and a dev half (the lead's check in stop 14, open to rubric work from
stop 15). It is read like wave 5.
fresh_wave_9.txt is the ninth wave (stop 15), written and labelled the same way (blind to the
scorer and to every rubric pattern, cue and lexicon) by a helper engineer, in a register mix unlike
waves 1 to 8 (Korean, Japanese, Indonesian/Malay, Greek, Dutch/Scandinavian, Romanian, Amharic and
Swahili speakers' English, Welsh English, Appalachian and Hong Kong English, one long sentence
joined by commas, the feeling said first, reflections as a metaphor or image, the peer's own slang
said back, reflections that end in a check ("right?", "is that it?", "did I get that?"), "what I'm
hearing is…" / "if I've got this right…" / "let me check…" openers, reflections of what the peer
implied, validation of the sense of a feeling and of effort, affirmations, minimal encouragers,
offers of silence, and breaches as an advice sandwich, a rhetorical "wouldn't it be better…?",
humour, veiled moralising, "to be fair to him", "could be worse", secrecy to someone at risk,
"report it, that's what they're there for", "give me his number, I'll deal with him" and "the first
thing you need to do is"). Every row is "heldout"; `sealed_half` cuts it into a held half (scored
only by the lead at the end of a stop) and a dev half (the lead's check in stop 15, open to rubric
work from stop 16). It is read like wave 5.
fresh_wave_10.txt is the tenth wave (stop 18), written and labelled the same way (blind to the
scorer and to every rubric pattern, cue and lexicon) by a helper engineer, in a register mix unlike
waves 1 to 9 (see tests/data/README.md). Every row is "heldout"; `sealed_half` cuts it into a held
half and a dev half as for waves 2 to 9. It is read like wave 5.
fresh_wave_11.txt is the eleventh wave (stop 20), written and labelled the same way (blind to the
scorer and to every rubric file) by a helper engineer, in a register mix unlike waves 1 to 10 (see
tests/data/README.md). Every row is "heldout"; `sealed_half` cuts it into a held half and a dev half
as for waves 2 to 10. It is read like wave 5.
fresh_wave_12.txt is the twelfth wave (stop 21), written and labelled the same way (blind to the
scorer and to every rubric file) by a helper engineer, in a register mix unlike waves 1 to 11 (see
tests/data/README.md). Every row is "heldout"; `sealed_half` cuts it into a held half and a dev half
as for waves 2 to 11. It is read like wave 5.
fresh_wave_13.txt is the thirteenth wave (stop 22), written and labelled the same way (blind to the
scorer and to every rubric file) by a helper engineer, in a register mix unlike waves 1 to 12 (see
tests/data/README.md). Every row is "heldout"; `sealed_half` cuts it into a held half and a dev half
as for waves 2 to 12. It is read like wave 5.
This script writes all thirteen JSONL files.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import make_labelled_replies as labelled  # noqa: E402  (a sibling script, not a package)

SOURCE = HERE / "fresh_wave.txt"
TARGET = HERE / "fresh_wave.jsonl"
FAMILIES = (*labelled.FAMILIES, "plain_advice", "questions_only")
ID_PREFIX = "fresh"
#: The waves after the first: fresh_wave_N.txt becomes fresh_wave_N.jsonl, ids "waveN-…".
LAST_WAVE = 13
#: From wave 5 on a source may write a line break inside a reply (see LINE_BREAK).
FIRST_WAVE_WITH_LINE_BREAKS = 5
#: In fresh_wave_5.txt a literal backslash-n inside a reply stands for a line break (the source
#: keeps one reply a line); the JSONL holds the real line break the trainee typed.
LINE_BREAK = "\\n"


def never_fitted(row_id: str) -> str:
    """Every row of the wave is held out: it measures, it is never fitted on."""
    return "heldout"


def build() -> list[dict[str, object]]:
    return labelled.build(SOURCE, FAMILIES, ID_PREFIX, never_fitted)


def source(n: int) -> Path:
    return HERE / f"fresh_wave_{n}.txt"


def target(n: int) -> Path:
    return HERE / f"fresh_wave_{n}.jsonl"


def build_wave(n: int) -> list[dict[str, object]]:
    """Wave `n` (2 to LAST_WAVE: the sealed second wave, then one written in a later stop each,
    see tests/data/README.md): the same parser, families and rule (every row held out); from
    wave 5 on, each literal backslash-n in a reply turned into the line break it stands for."""
    rows = labelled.build(source(n), FAMILIES, f"wave{n}", never_fitted)
    if n >= FIRST_WAVE_WITH_LINE_BREAKS:
        for row in rows:
            row["response"] = str(row["response"]).replace(LINE_BREAK, "\n")
    return rows


def main() -> None:
    labelled.write(build(), TARGET)
    for n in range(2, LAST_WAVE + 1):
        labelled.write(build_wave(n), target(n))


if __name__ == "__main__":
    main()
