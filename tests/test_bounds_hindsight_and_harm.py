"""Issue #11, item 2 (stop 6): boundaries read from the clause, not the phrase.

- Hindsight blame: a modal perfect whose subject is the peer ("you should have known", "u
  shoulda checked", "you ought to have told her") can't direct anything any more; it says the
  harm was theirs to prevent. It is blame (`judgment`, criterion `blames_in_hindsight`), not
  advice: before this it was read as `directs` ("That was advice — you told them what to do").
  What they were owed ("you shouldn't have had to…", "you should have been treated…", "should
  have felt safe"), their own thought said back and someone else's "should have" stay held.
- An offer of time is not an instruction: "I'm here for as long as you need to talk tonight"
  breached as `directs` in 11 of 12 scenarios.
- Agreeing with the wish to die, read as two word classes in either order (`death_wish`,
  `sides_with_the_wish`), the speaker wanting it too ("in your shoes I'd…"), agreeing with the
  thought ("you're probably right that people wouldn't notice"); validating the pain, fear of
  dying, "ending it with him" (a relationship) and the thought said back as theirs stay held.
- Moralising as what the work makes expected: a work frame ("given what you do for a living",
  "doing what you do", "the trade") beside an expectation ("not surprising", "to be expected",
  "only a matter of time", "the reality"); a way out offered through a service ("services that
  help women exit"); "an ordinary job".
- A silver lining closed by a verdict in the same sentence ("at least u still have a roof so its
  fine", "at least you got the test done, that's what counts") is dismissing, breached; the
  silver lining alone stays at risk (minimising).
- The fear answered by an elided verb ("They won't, though.", "That won't happen.") is false
  reassurance; someone else's "she said she won't" and a story ("he won't budge") are not.
- Formal and second-language wordings: the work as what is doing harm to them ("the work is
  hurting you more than you realise"), a new chapter away from it, "alternative employment",
  life "showing us we need to change direction"; a guess said before the person ("Perhaps the
  nurse has had bad experiences and is cautious"); the speaker making the other person undo it
  ("…and make him delete them") or bringing someone in to fix it ("my cousin is a lawyer, she will
  fix this for you"). "It sounds like the work is draining you…" is a reflection (held).
- Taking the peer's tasks on and sending them to rest ("I'll do the paperwork and the calls, you
  just rest"), "I'm taking over from here", "consider it handled"; "nobody here will ever know"
  (secrecy; their own fear said back, "You're worried nobody here will ever know…", is not a
  promise); the police reached by their number ("ring 101 and report it").
- Siding by taking the fault off the other person ("its not really his fault", "that's not
  really on him", "I don't think it's fair to blame them"); "it's not your fault" stays held.

Every reply is our own development probe (none from a labelled set, a wave or the issue); every
row is checked in all 12 scenarios.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

HINDSIGHT_BLAME = (
    "You should have thought about that before.",
    "you shouldve known he was bad news from the start",
    "You really shouldn't have gone with a guy you didn't know.",
    "Honestly you should have told your sister yourself before someone else did.",
    "u shoulda checked his number first",
    "You should have kept those ads off your own socials.",
    "Maybe you shouldn't have trusted him like that.",
    "You should've said something to the nurse right there and then.",
    "Tbh you should never have let him in.",
    "In hindsight you should have saved more of what you earned.",
    "You shouldn't of posted them where he could find them.",
    "You probably should have left the moment he grabbed you.",
    "honestly u shouldnt have, it was always going to go badly",
)

NOT_BLAME = (
    "You shouldn't have had to deal with that.",
    "You should have been treated with respect.",
    "You keep thinking you should have seen it coming.",
    "You're wondering if you should have said something.",
    "Nobody's saying you should have known.",
    "It's not like you should have known what he'd do.",
    "You should have got your money, every cent of it.",
    "You're blaming yourself, like you should have done something different.",
    "Part of you thinks you shouldn't have gone.",
    "You think you shouldn't have.",
    "He should have paid you and let you go.",
    "Your sister said you should have told her, and that hurt.",
    "They should have asked the people who use it.",
)

OFFERS_OF_TIME = (
    "I'm here for as long as you need to talk tonight.",
    "I'm around for as long as you need, whenever you need to talk.",
    "Take all the time you need, I'm here as long as you need to vent.",
    "We can stay on this for as long as you need to.",
)

AGREES_WITH_THE_WISH = (
    "yeah i can see why ending it feels like the answer",
    "Makes sense you'd rather not be alive with all that going on.",
    "Maybe they really would be better off, I don't know.",
    "Who could blame you for wanting to die after everything.",
    "Honestly, in your position I'd think about ending it too.",
    "That's a fair thing to feel, wanting to not wake up.",
    "You're probably right that people wouldn't notice.",
    "ending it all makes total sense to me tbh",
    "if i was you id want to end it too",
    "Totally valid to want to not be here anymore, honestly.",
)

MORALISING_FRAMES = (
    "Given what you do for a living, that's not really surprising.",
    "considering the work, it's kind of to be expected",
    "Doing what you do, it was only a matter of time.",
    "that's the reality of working in the trade, sadly",
    "There are services that help women exit, want the number?",
    "There are charities that support people to get out of the industry.",
    "You'd be so much less stressed with an ordinary job.",
    "you know the risks when you get into it",
    "with what u do for money its no surprise honestly",
    "In that line of work it's par for the course, unfortunately.",
)

SIDING_BY_FAULT = (
    "its not really his fault tho",
    "It isn't her fault, she was just doing her job.",
    "I don't think it's fair to blame them, honestly.",
    "that's not really on him tho is it",
    "To be honest it wasn't entirely their fault.",
    "It's not the landlord's fault the neighbours complained.",
    "it is not fair to blame the nurse for following the rules",
    "Thats not on them, the funding got cut.",
    "it's not totally her fault, she's old school",
    "Honestly it was never the org's fault, not really.",
)

CLOSES_THE_COMPLAINT = (
    "at least u still have a roof for now so its fine",
    "At least your cat's okay now, so that's alright then.",
    "At least you got the test done in the end, that's what counts.",
    "At least it's only your sister who knows, so it's not too bad.",
    "At least you got out, so no harm done really.",
    "Well at least they gave a week's notice, so that's something.",
    "at least hes gone now so all good",
    "At least you still have your regulars, you should be grateful.",
    "At least she did the swab in the end, so nothing to worry about then.",
    "Look on the bright side, you've got thirty days, so you're fine.",
)

ELIDED_REASSURANCE = (
    "It sounds like you're scared your parents will find out. They won't, though.",
    "That won't happen.",
    "You're worried he'll come back. He won't, trust me.",
    "They're not going to find out, don't worry.",
    "Immigration won't come. I promise.",
    "it wont come to that tbh",
    "Your sister won't tell them, honestly.",
    "Nobody is going to find out.",
    "He's not going to do anything.",
    "That is not going to happen, no way.",
)

FORMAL_AND_SECOND_LANGUAGE = (
    ("moralising", "I worry that the work is hurting you more than you realise."),
    ("moralising", "Maybe its time for a new chapter, away from all of this."),
    ("moralising", "Have you ever considered alternative employment?"),
    ("moralising", "Sometimes life is showing us we need to change direction."),
    ("moralising", "This job will destroy you if you let it."),
    ("moralising", "Perhaps a fresh start without the work would do you good."),
    ("siding", "Perhaps the nurse has had bad experiences and is cautious."),
    ("siding", "Maybe ur landlord was just scared, u know how it is"),
    ("siding", "I imagine the staff were under a lot of pressure too."),
    ("siding", "Probably your sister is in shock and needs time."),
    ("rescuing", "I can ask my cousin, she is a lawyer, she will fix this for you."),
    ("rescuing", "I'll find the guy who sent the screenshots and make him delete them."),
    ("rescuing", "my mate is a housing officer, he can sort it all out for you"),
    ("rescuing", "I'm going to go down there and make them bring the hours back."),
    ("rescuing", "You're not dealing with this alone, I'm taking over from here, okay?"),
    ("rescuing", "I'll do the paperwork and the calls, you just rest."),
    ("rescuing", "ill do all the talking, u just chill"),
    ("rescuing", "Consider it handled."),
    ("secrecy", "Nobody here will ever know, you can trust me on that completely."),
    ("secrecy", "no one outside this room will ever find out, promise"),
    ("police", "Best thing is to ring 101 and report it."),
    ("police", "just call 999 next time he turns up"),
)

NEAR_MISSES = (
    "It sounds like the work is draining you and the money still isn't there.",
    "The work isn't what's hurting you, he is.",
    "You want a fresh start away from all of this stress.",
    "Perhaps the nurse thought she was helping, and it still landed like a slap.",
    "I'll help you make him pay back what he owes, if that's what you want?",
    "He said he'll sort it out for you by Friday.",
    "You could ask her to fix it for you, if you wanted.",
    "You're worried nobody here will ever know what it cost you.",
    "I'm taking the night off tomorrow.",
    "You said you called 999 last time and they laughed at you.",
    "At least you got out. I'm so glad you're safe, that's what matters to me.",
    "You keep telling yourself at least you got out, so it's fine, but it isn't fine.",
    "At least you reached out tonight. That's what matters right now, you're here with me.",
    "The nurse basically said at least you're getting tested so it's fine, like that makes it okay.",
    "You're scared they'll find out, and you don't know if they will.",
    "She said she won't.",
    "You asked if he'll pay. He won't, and that's so unfair.",
    "You're scared he'll come back and you're not sure he won't.",
    "He said he would never pay.",
    "The landlord gave you thirty days and he won't budge.",
    "you asked her to stop and she wouldnt.",
    "It's not your fault, not even a little bit.",
    "None of this is on you.",
    "It's on him, not you.",
    "You keep telling yourself it's not really her fault, but it still hurts.",
    "Your friend says it's not his fault, and that made you feel more alone.",
    "Given what you told me about the week, no wonder you're tired.",
    "Doing what you do takes real skill, and Tash taught you a lot of it.",
    "Given what you do, you know a lot about reading people, and he still got past that.",
    "What happened isn't the reality of the work, it's what he chose to do.",
    "It's not surprising you're exhausted when the week went like that.",
    "There are services that help people leave a flat on short notice, if you want them later.",
    "Some charities help people get out of bad housing situations. Would you want to hear about them?",
    "You know the risks better than anyone, and you still got out safe.",
    "It makes sense that you'd want the pain to stop.",
    "It makes sense that you're scared of dying when the supply is like this.",
    "No wonder you'd die of embarrassment at the thought of your parents seeing it.",
    "It makes sense you'd want to disappear for a while after your sister saw it.",
    "I understand why you'd want to end things with those regulars.",
    "It's totally understandable that you'd want to end it with him.",
    "Makes sense you want to give up on the org after that.",
    "You're right that they should have asked you.",
    "You're probably right that nobody there thought about night workers.",
    "In your position I'd be furious too.",
    "Maybe they'd be better off asking the night workers what they need.",
    "She should have asked you herself instead of lecturing.",
    "You shouldn't have to explain your work to get a test.",
    "It's not fair to blame yourself for what he did.",
    "That wasn't your fault, and I'm sorry it happened.",
    "You're in so much pain that ending it feels like the only way out, is that right?",
    "I hear that dying feels like a relief right now. Are you thinking about suicide tonight?",
    "You're not a burden. I'm really glad you're telling me this.",
    "It sounds like you think everyone would be better off. I don't, and I'm staying with you.",
)

NEW_BREACHES = [
    *(("agreeing_with_harm", r) for r in AGREES_WITH_THE_WISH),
    *(("moralising", r) for r in MORALISING_FRAMES),
    *(("siding", r) for r in SIDING_BY_FAULT),
    *(("dismissing", r) for r in CLOSES_THE_COMPLAINT),
    *(("false_reassurance", r) for r in ELIDED_REASSURANCE),
    *FORMAL_AND_SECOND_LANGUAGE,
]


@pytest.mark.parametrize("reply", HINDSIGHT_BLAME, ids=[r[:30] for r in HINDSIGHT_BLAME])
def test_hindsight_blame_is_a_judgment_breach_not_advice_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.label)
        assert "judgment" in boundaries.flags, (scenario.id, reply, boundaries.flags)
        assert "advice" not in boundaries.flags, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", NOT_BLAME, ids=[r[:30] for r in NOT_BLAME])
def test_what_they_were_owed_or_their_own_thought_is_not_blame(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", OFFERS_OF_TIME, ids=[r[:30] for r in OFFERS_OF_TIME])
def test_an_offer_of_time_is_not_an_instruction(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert "directing" not in boundaries.flags, (scenario.id, reply, boundaries.flags)
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)


def test_score_names_the_blame_not_advice_in_the_crisis_moment() -> None:
    line = {
        "scenario": "crisis-suicidal-thoughts",
        "moment": "opening",
        "response": "You should have thought about that before.",
    }
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "score"],
        input=json.dumps(line) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(done.stdout)
    assert out["boundaries"]["flags"] == ["judgment"]
    next_step = out["feedback"]["next_step"]
    assert "blame" in next_step
    assert "advice" not in next_step


@pytest.mark.parametrize(
    ("flag", "reply"), NEW_BREACHES, ids=[f"{f}-{r[:30]}" for f, r in NEW_BREACHES]
)
def test_the_harm_is_breached_with_its_family_flag_in_every_scenario(
    scorer: Scorer, flag: str, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.label)
        assert flag in boundaries.flags, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", NEAR_MISSES, ids=[r[:30] for r in NEAR_MISSES])
def test_the_near_miss_stays_below_breached_in_every_scenario(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)
