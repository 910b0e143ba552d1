"""Validation on fresh data, stop 14 (issue #11): families wave 7's dev half showed.

Each table is one family, in our own wordings (not the wave's rows), scored at the opening of
all 12 shipped scenarios, with the peer's line only and in the moment (`levels_both_ways`):

- **A tag that asks only for assent** ("…, okay?", "…, yeah?", "…, innit?", "…, you hear
  me?") leaves its sentence a statement about the peer: the validation patterns that refuse a
  question, and the "moves on to a question" check on a complex reflection, read it as said.
  A real question stays a question: a warning asked ("Aren't you worried he'll come back?"),
  a suggestion with a tag ("You could just work less, yeah?") and a tag that asks their view
  ("…, do you reckon?") notice nothing.
- **Reactions differ and none is wrong** ("everybody grieves in their own way", "there's no
  'should' here", "nothing wrong with you for shutting down", "you're not heartless for
  feeling nothing"): it says the reaction is understandable, validation 2. Not "everyone goes
  through that" (minimising) nor "some just get on with it".
- **How hard it is in British and everyday words** ("Grim.", "Gutting.", "Brutal one,
  that.", "soul destroying"), a reflection set out as a list after "Sounds like:", the
  speaker's own dismay at what they heard ("I'm horrified to hear that") and thanks in another
  language ("Gracias for trusting me with this"), the body's fear as a noun ("the shakes still
  haven't gone"), resignation named ("you sound so resigned") and "a good head on your
  shoulders" (an affirmation): acknowledgements, 1. So is a "what" question that names their
  feeling ("What are you most scared will happen?"), as a yes/no one already was; not "what
  are you so upset about?" (rhetorical) nor "what are you happy with?". Not a "tough one to
  answer", "the grim truth is…", "shocked to hear you'd go back to him", "merci for the update",
  "the shaking will pass", "you resigned from the group".
- **Validation words about something else** (false acknowledgements): someone else's feeling
  excused ("you can't blame him for being angry": siding), "hard to accept, but that's how it
  goes" (the speaker's own message, before a dismissal) and "hard" said of force ("she didn't
  mean to push so hard") notice nothing.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: A validating statement followed by a tag asking only for assent: the tag is not a question
#: about the peer. (The level each reaches said without the tag.)
WITH_AN_ASSENT_TAG = [
    ("All of that stress piling up, yeah?", 1),
    ("You've been carrying so much stress, yeah?", 1),
    ("That's really messed up, innit?", 1),
    ("the panic and the dread, all of it at once, ya know?", 1),
    ("part of you is still so angry, right?", 1),
    ("You've been holding the whole flat together on your own and it's wearing you thin, yeah?", 1),
    ("Of course it shook you, right?", 2),
    ("Of course it gets to you, hey?", 2),
]

#: Real questions, warnings and suggestions with a tag: they stay as they were (0).
STILL_ASKED = [
    "Aren't you worried he'll come back?",
    "You know you could get hurt doing this, yeah?",
    "Don't you think it's time to stop, okay?",
    "You could just work less, yeah?",
    "You should've seen it coming, right?",
    "You're overreacting a bit, no?",
    "He was probably just stressed, do you reckon?",
]

#: Reactions differ and theirs is not wrong: validation 2.
NONE_IS_WRONG = [
    "Everybody grieves in their own way.",
    "people react differently to a loss like this, hun",
    'There is no "should" here.',
    "there's no meant-to with this stuff.",
    "nothing wrong with u for crying or not crying",
    "there's nothing at all wrong with you for shutting down",
    "you're not heartless for feeling nothing right now",
    "You aren't broken for going numb, hear me?",
]

#: Acknowledgements in everyday words, lists, dismay and other languages' thanks: 1.
ACKNOWLEDGED = [
    "Grim.",
    "Gutting.",
    "Brutal one, that.",
    "Soul destroying, honestly.",
    "What a grim thing to go through.",
    "Sounds like: drained and skint.",
    "sounds like: properly worn down",
    "I'm horrified to hear that.",
    "Honestly I was sickened by what happened.",
    "I'm saddened to read this, truly.",
    "Gracias for trusting me with this.",
    "Obrigada for telling me, really.",
    "Asante for sharing that with me.",
    # the body's fear named as a noun; resignation named; a strength affirmed
    "and the shakes still haven't gone, huh",
    "the trembling still hasn't settled since last night",
    "You seem pretty resigned about the whole thing.",
    "u sound so resigned, hun",
    "honestly you've got a good head on your shoulders",
]

#: A "what/when" question that names their feeling notices it, as a yes/no one does (stop 13,
#: `names_their_feeling_asked`; tests/data/README.md: a feeling named in a question is 1).
ASKED_WHAT = [
    "What are you most scared will happen if she finds out?",
    "what are you still worried about, with all of it?",
    "When were you most frightened, during it?",
]

#: Near misses of the families above, and validation words about something else: 0.
NOTICES_NOTHING = [
    "Everyone goes through that.",
    "People deal with it differently, some just get on with it.",
    "Everyone dies eventually.",
    "there's no should about it, you have to go",
    "Tough one to answer without knowing more.",
    "The grim truth is it happens a lot.",
    "Sounds like: a plan.",
    "I was shocked to hear you'd go back to him.",
    "I'm disappointed to hear you're still doing this work.",
    "I'm horrified that you'd take that risk.",
    "merci for the update on the schedule",
    # someone else's feeling excused (siding)
    "You can't really blame them for being scared of the gossip.",
    "Can't blame him for being angry tbh.",
    # the speaker's own message before a dismissal; "hard" said of force
    "It's hard to accept, but that's how it goes.",
    "I know this is hard to hear, but it's part of the job.",
    "he probably didn't realise he was holding so hard",
    "She didn't mean to push so hard.",
    # what will pass, or is "nothing"; "resigned" as a verb
    "the shaking will pass, don't worry",
    "the shaking is normal, it's nothing",
    "you resigned from the outreach group last year",
    # rhetorical, glad, plan or judging "what" questions
    "What are you so upset about? It's one nurse.",
    "What are you happy with so far?",
    "What are you going to do about it?",
    "What were you thinking, going with a new guy?",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize(("reply", "level"), WITH_AN_ASSENT_TAG)
def test_an_assent_tag_leaves_the_statement_said(scorer: Scorer, reply: str, level: int) -> None:
    below = [
        (s, way, got)
        for s, way, got in levels_both_ways(scorer, "validation", reply)
        if got < level
    ]
    assert not below, (reply, below)


@pytest.mark.parametrize("reply", NONE_IS_WRONG)
def test_saying_no_reaction_is_wrong_validates(scorer: Scorer, reply: str) -> None:
    below = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 2
    ]
    assert not below, (reply, below)


@pytest.mark.parametrize("reply", ACKNOWLEDGED + ASKED_WHAT)
def test_said_in_everyday_words_it_is_noticed(scorer: Scorer, reply: str) -> None:
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", STILL_ASKED + NOTICES_NOTHING)
def test_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [(s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got]
    assert not wrong, (reply, wrong)


def test_a_kept_acknowledgement_of_hearing_it_still_counts(scorer: Scorer) -> None:
    reply = "It's so hard to hear people talk about her like that."
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, missed
