"""Issue #11, advice: an instruction or a suggestion is read from the clause, not from one
spelling of it. The peer as subject with a deontic modal ("u shd", "ya gotta", "you'll have
to"), an imperative after texting or spoken discourse markers ("omg just…", "srsly stop…"),
a question-form suggestion without its auxiliary ("u ever tried…") all raise the boundaries
`advice` flag in every scenario. The readings that only look like advice raise none:
`must` as an inference ("u must be wiped out"), a modal inside a hypothetical ("If you could
find a way…, you might…"), inside a fear said back ("scared that…you might…"), inside an open
question ("whether you should…"), a two-sided reflection ("You need a break but you can't
afford one"), a subordinate "than / before / until you can", and "should" whose subject is a
third party. All replies are our own wording (i11-advice, this stop). 47 of the 61 cases
failed before the change; the 14 that passed already (third-party "should", "must rest",
"whether you should", a hypothetical without "might") are kept as guards of the same readings.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import shipped_scenarios

SCENARIOS = shipped_scenarios()

#: Advice typed as a text: modal forms, markers before an instruction, dropped auxiliaries.
TEXTING_ADVICE = (
    "u shd take tmrw off",
    "u shud rest",
    "you shld call ur regular",
    "ya should ask for an extension",
    "u hafta rest hun",
    "u need 2 slow down",
    "u needa sleep",
    "y dont u ask the landlord for more time",
    "y not take a night off",
    "omg go to bed lol",
    "ngl id call in sick",
    "srsly stop taking bookings this week",
    "girl take a day for urself",
    "u def need a night off",
    "hav u thought about raising ur rates",
    "u ever tried asking for a payment plan?",
    "ever thought abt working days instead",
    "best thing is to rest up",
    "maybe explain it to ur mum urself",
    "tbh raise ur rates",
    "babe slow down",
    "u shd tell them its none of their business",
    "y dont u sit ur mum down",
)

#: Advice in full sentences that the old patterns missed: future obligation, "only", "must".
FORMAL_ADVICE = (
    "You will have to talk to your landlord.",
    "You'll need to find another regular.",
    "You only have to ask them for more time.",
    "You must rest this weekend.",
    "You must be careful with him.",
    "You'll probably have to move out.",
    "Sit down with your sister and explain it.",
    "Wait a few days before you reply to her.",
    "Send the outreach team a message tonight.",
    "Charge more for the late bookings.",
)

#: Any verb after a softening marker at a clause start, read from the clause (the verb list
#: is open): not a function word or a state, and an object or particle follows.
SOFTENED_INSTRUCTIONS = (
    "maybe stick to regulars for a bit",
    "pls ask her first",
    "just hand it back to him",
    "maybe drop the late ones for a while",
    "just bin the profile",
    "so maybe pick up a day shift",
    "babe maybe lower ur hours this week",
    "Maybe reach out to the outreach van tonight.",
    "Perhaps phone the housing office in the morning.",
    "prob pack a bag just in case",
)

#: ...and the same markers before a state, a noun or a reflection.
SOFTENED_NOT_INSTRUCTIONS = (
    "Just a rough week, huh.",
    "maybe tomorrow will be different",
    "just wanted to say I hear you",
    "maybe part of you is relieved",
    "just sad about it all",
    "just nice to be heard sometimes",
    "pls know you're not alone",
    "maybe it's all catching up with you",
    "Maybe, just maybe, you're allowed to be tired.",
    "Maybe thats why ur so wiped",
    "just exhausted and broke, that's a lot",
    "maybe the regular cancelling was the last straw",
    "just one thing after another",
    "just lonely on top of everything",
    "Just rent on top of everything else.",
)

#: The speaker's plan for the peer with any verb, a question without its auxiliary, and a
#: second predicate of "you're …".
OPEN_CLASS_ADVICE = (
    "If it were me I'd drop the worst one.",
    "honestly id block the cousin",
    "i would sit my mum down",
    "I'd probably call her out on it",
    "u tried talking to ur mum?",
    "You tried telling them it's private?",
    "You're furious and need to set some limits.",
    "ur upset n should talk to ur mum",
    "you're hurt and should tell her how it felt",
    "You're exhausted and need to slow down.",
)

#: ...and what only looks like them: permission, a purpose, the speaker's own state or past.
OPEN_CLASS_NOT_ADVICE = (
    "You don't have to explain yourself to anyone.",
    "I'll stay with you so you don't have to face this alone.",
    "you dont need to justify anything to me",
    "I'd be so angry too.",
    "I'd imagine that feels like a huge betrayal.",
    "I'd seen that kind of thing before in my own family.",
    "i'd hate that, everyone talking",
    "you tried to keep it private and your cousin took that away",
    "You've tried so hard to keep it separate.",
    "You're hurt and you need them to respect your privacy.",
    "You're angry and have every right to be.",
    "you're exhausted and need the talking to stop",
)

#: More spellings and verbs of the same clauses.
MORE_ADVICE = (
    "theres a sex worker friendly clinic on main st, go there",
    "complain about her tbh",
    "wat if u went to the drop in clinic instead",
    "how bout the outreach nurse",
    "Lodge a complaint with the practice manager.",
    "I'd encourage you to put it in writing.",
    "ditch the flat and work from a hotel",
)

#: "shouldn't have to" (unfair, not an instruction), "must of" (an inference), a deliberation.
MORE_NOT_ADVICE = (
    "u shouldnt have to feel like that at a clinic",
    "You shouldn't have to explain your work to get care.",
    "u must of felt so small",
    "You must've felt so exposed.",
    "you're weighing up the flat against the risk of her finding out",
    "You're torn between the money and the risk of getting caught.",
)

#: The counsellor's "we should / we need to" + an action leads; a second predicate with two words.
LEADING_ADVICE = (
    "We should call the clinic together tomorrow.",
    "we need to get you a new phone",
    "You're way too tired and need to stop for the night.",
)

#: A need for an ability, the second side of a two-sided reflection, a far-off prediction,
#: what the peer learned, and what they love.
LEADING_NOT_ADVICE = (
    "You need to be able to rest without worrying about rent.",
    "You should be able to see a nurse without being judged.",
    "You have to work nights, but you also have to sleep sometime.",
    "Down the line you might want something different, but right now the money matters.",
    "Eventually you could end up burnt out, and that scares you.",
    "You learned that talking to the other girls could help.",
    "There are lots of things you love about the work.",
    "If we could find you somewhere safer, that might take some weight off.",
)

#: Inference, hypothetical, fear, open question, two sides, subordinate clause, third party.
NOT_ADVICE = (
    # must as an inference about the peer's state
    "u must be wiped out",
    "You must be exhausted.",
    "u must be so tired",
    "you must feel drained",
    "You must have been running on empty all week.",
    "u must be stressed abt rent",
    "You must hate having to explain yourself.",
    "you must get so tired of people asking",
    # a modal inside a hypothetical (MI reflection of a wish)
    "If you could take a night off, you'd probably sleep for a week.",
    "If you could find a way to keep the money coming in, you might consider slowing down.",
    "If there was somewhere safe to go, you could finally get some rest.",
    "if u could change one thing u might pick having ur own place",
    # inside a fear, an open question or a two-sided reflection
    "You're scared that if you say no to him, you might lose the booking.",
    "you're worried that if u push back you'll have to move out",
    "You wonder whether you should take a night off.",
    "u dont know whether u should rest or work",
    "You need a break but you can't afford one.",
    "You should be able to rest, but you also need the money.",
    "On one hand you love the regulars; on the other hand, you have to protect your weekends.",
    # subordinate "you can / could"
    "You want to save more than you can right now.",
    "The bills land before you can even catch your breath.",
    "You keep going until you can't anymore.",
    # a third party's should
    "your regular should have given you more notice",
    "ur regular shouldve told u sooner",
    "the landlord should give you more time",
    "nobody should have to work every night to make rent",
    "ur cousin shouldnt have said anything",
)


def _flags(scorer: Scorer, scenario: Scenario, reply: str) -> tuple[str, ...]:
    node = scenario.nodes[scenario.start_id]
    return tuple(scorer.score(" ".join(node.peer), reply, node).skills["boundaries"].flags)


def _assert_advice_in_every_scenario(scorer: Scorer, reply: str) -> None:
    missed = [s.id for s in SCENARIOS if "advice" not in _flags(scorer, s, reply)]
    assert not missed, f"{reply!r} raised no advice flag in {missed}"


def _assert_no_advice_in_any_scenario(scorer: Scorer, reply: str) -> None:
    flagged = {s.id: f for s in SCENARIOS if "advice" in (f := _flags(scorer, s, reply))}
    assert not flagged, f"{reply!r} was read as advice: {flagged}"


@pytest.mark.parametrize(
    "reply",
    TEXTING_ADVICE + FORMAL_ADVICE + SOFTENED_INSTRUCTIONS + OPEN_CLASS_ADVICE + MORE_ADVICE,
)
def test_advice_in_any_register_raises_the_advice_flag_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    _assert_advice_in_every_scenario(scorer, reply)


@pytest.mark.parametrize("reply", NOT_ADVICE + SOFTENED_NOT_INSTRUCTIONS + OPEN_CLASS_NOT_ADVICE)
def test_clauses_that_only_look_like_advice_raise_no_advice_flag(
    scorer: Scorer, reply: str
) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


def test_a_hypothetical_frame_reaches_only_its_own_sentence(scorer: Scorer) -> None:
    """The frame cancels a suggestion inside it, not advice in the next sentence."""
    reply = "If you could take a night off, you'd sleep for a week. You should take Sunday off."
    scenario = SCENARIOS[0]
    assert "advice" in _flags(scorer, scenario, reply)


#: Offering ideas before the peer asks is advice (at risk)...
OFFERS_UNASKED = (
    "I could tell you about a clinic some of the girls use.",
    "I can share what other workers do when a booking goes bad.",
    "Let me tell you what a few people I know tried.",
    "Some people hand their phone to a friend while they wait.",
    "we could go through some options together",
)

#: ...and the same offer, asked first, is not (MI: advising with permission).
OFFERS_ASKED_FIRST = (
    "You're worn out. If it's ok with you, I can share what other workers do.",
    "If it's okay with you, I could tell you about a clinic some of the girls use.",
    "You want more information. With your permission, I can share a bit more.",
)


@pytest.mark.parametrize("reply", OFFERS_UNASKED)
def test_an_unasked_offer_of_ideas_is_advice_at_risk(scorer: Scorer, reply: str) -> None:
    wrong = {}
    for scenario in SCENARIOS:
        node = scenario.nodes[scenario.start_id]
        result = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"]
        if "advice" not in result.flags or result.level < 1:
            wrong[scenario.id] = (result.level, result.flags)
    assert not wrong, f"{reply!r}: {wrong}"


@pytest.mark.parametrize("reply", OFFERS_ASKED_FIRST)
def test_an_offer_asked_first_raises_no_advice_flag(scorer: Scorer, reply: str) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


#: An instruction with a verb from no list: read from the sentence (first word not a
#: closed-class word nor inflected, an object after it); hedged and question-form suggestions.
OPEN_VERB_ADVICE = (
    "Request your phone back in writing, they have to give it back.",
    "back up ur contacts in the cloud next time x",
    "negotiate them down, 60 is robbery",
    "Bin the contract.",
    "Renegotiate the split before you sign.",
    "It might be time to have an honest conversation with her.",
    "Contacting a legal aid service would be a sensible next step.",
    "Could you stay at a friend's for a few nights?",
    "can u crash at ur sisters for a bit",
)

#: Sentences that open with a word that is not an instruction.
OPEN_VERB_NOT_ADVICE = (
    "Sounds like a nightmare, all of it.",
    "Means a lot that you told me.",
    "Good to hear you got home.",
    "Ugh, the police again.",
    "Believe it or not, you held it together.",
    "Down the line you might want something else, and right now you want this.",
    "Sixty percent is a lot to give away.",
    "Losing all those numbers in one go, that's your income gone.",
    "Took a lot of guts to tell me that.",
    "Whether it was fair or not, it hurt.",
    "Today the whole thing caught up with you.",
    "Such a lot to carry on your own.",
    "Crazy it happened at all.",
    "Bit more complicated than that, huh.",
    "Lot more than anyone should carry.",
    "Underneath the anger there's a lot of hurt.",
    "youre a little unsure who to trust",
)


@pytest.mark.parametrize("reply", OPEN_VERB_ADVICE)
def test_an_instruction_with_any_verb_raises_the_advice_flag(scorer: Scorer, reply: str) -> None:
    _assert_advice_in_every_scenario(scorer, reply)


@pytest.mark.parametrize("reply", OPEN_VERB_NOT_ADVICE)
def test_a_sentence_opening_with_another_word_is_not_an_instruction(
    scorer: Scorer, reply: str
) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


#: The modal with its subject dropped, "can't you just…", "wouldn't it be better to…",
#: "you're better off…"; and the same words as a question, a state or an idiom.
DROPPED_SUBJECT_ADVICE = (
    "should talk to her tbh",
    "shd prob just leave",
    "gotta look after urself first",
    "need to get some sleep hun",
    "cant u just ask for a week?",
    "couldnt u stay at ur mums",
    "wouldnt it be better to just tell her",
    "isnt it safer to work from home",
    "ur better off without him",
    "You'd be better off going independent.",
)
DROPPED_SUBJECT_NOT_ADVICE = (
    "Should be fine, I reckon.",
    "need to talk about it?",
    "gotta be tough, all that",
    "Must have been awful.",
    "Gotta love the landlord, huh.",
)


@pytest.mark.parametrize("reply", DROPPED_SUBJECT_ADVICE)
def test_advice_with_its_subject_dropped_raises_the_advice_flag(scorer: Scorer, reply: str) -> None:
    _assert_advice_in_every_scenario(scorer, reply)


@pytest.mark.parametrize("reply", DROPPED_SUBJECT_NOT_ADVICE)
def test_a_dropped_subject_state_or_question_is_not_advice(scorer: Scorer, reply: str) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


#: A softened instruction after a boundary inside a sentence (emoji, comma, "so / then").
MID_SENTENCE_ADVICE = (
    "3 days of silence is brutal 😔 maybe give him a bit more time",
    "that's a lot, so maybe take the night off",
    "ugh 🙄 just bin the contract",
    "I'd strongly advise against meeting him alone.",
)

#: "and maybe…" joins the peer's own plans.
MID_SENTENCE_NOT_ADVICE = (
    "You want to take a break and maybe get some sleep.",
    "you want to save up and maybe find a new place",
)


@pytest.mark.parametrize("reply", MID_SENTENCE_ADVICE)
def test_a_softened_instruction_mid_sentence_is_advice(scorer: Scorer, reply: str) -> None:
    _assert_advice_in_every_scenario(scorer, reply)


@pytest.mark.parametrize("reply", MID_SENTENCE_NOT_ADVICE)
def test_the_peers_own_plans_joined_by_and_are_not_advice(scorer: Scorer, reply: str) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


#: Imperatives that invite the peer to talk ("tell me more") or care for them ("take care of
#: yourself", "be gentle with yourself") are not advice; nor is "you should be proud".
CARE_AND_INVITATIONS = (
    "Tell me more about that.",
    "Talk me through what happened.",
    "Take your time.",
    "take ur time hun",
    "Take care of yourself.",
    "Look after yourself x",
    "Be gentle with yourself.",
    "Give yourself some credit.",
    "Treat yourself kindly today.",
    "Keep going, you're doing great.",
    "Stay strong hun.",
    "Stay safe x",
    "You should be proud of yourself.",
    "I would say it's been a really hard week.",
    "I'd say that took guts.",
)


@pytest.mark.parametrize("reply", CARE_AND_INVITATIONS)
def test_care_and_invitations_to_talk_are_not_advice(scorer: Scorer, reply: str) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


#: Advice as a judgement of what is best, in second-language English and counsellor-speak.
WHAT_IS_BEST_ADVICE = (
    "Better you find other agent.",
    "Is important to not sign anything.",
    "It would be advisable to seek independent immigration advice.",
    "Have a word with the manager.",
    "have a friend stay over tonight",
    "Migrant support orgs can help with this, look them up.",
)
WHAT_IS_BEST_NOT_ADVICE = (
    "Better you than me, honestly.",
    "Is important to you, I can tell.",
    "So important that you got out.",
    "Have a good night x",
)


@pytest.mark.parametrize("reply", WHAT_IS_BEST_ADVICE)
def test_advice_as_what_is_best_raises_the_advice_flag(scorer: Scorer, reply: str) -> None:
    _assert_advice_in_every_scenario(scorer, reply)


@pytest.mark.parametrize("reply", WHAT_IS_BEST_NOT_ADVICE)
def test_the_same_words_about_the_peer_are_not_advice(scorer: Scorer, reply: str) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


#: A need or entitlement said back with the peer's state beside it, and a plain "I'd say no".
STATE_BESIDE_NOT_ADVICE = (
    "you should get to decide that for yourself, not them",
    "You need to make a call by Friday, and you're not sure which way to go.",
    "You have to pick one soon and ur torn",
)


@pytest.mark.parametrize("reply", STATE_BESIDE_NOT_ADVICE)
def test_a_need_said_with_the_peers_state_is_not_advice(scorer: Scorer, reply: str) -> None:
    _assert_no_advice_in_any_scenario(scorer, reply)


def test_id_say_no_is_advice(scorer: Scorer) -> None:
    _assert_advice_in_every_scenario(scorer, "I'd say no to it.")


#: The same words as the exclusions above, used to direct: "get to" = reach; "tell me you're
#: going to…" presses. (Stop 21, i21-advice: "give me ur sisters number, ill explain everything
#: to her" left this list: the labelled fit row it came from is `rescuing` without `advice`, as
#: tests/data/README.md has "send me his number" — the rescuing move itself, not advice. It is
#: tested below as breached with `rescuing` and no `advice`.)
STILL_DIRECTING = (
    "Honestly you should get to your parents first and tell them yourself.",
    "Please tell me you're going to stop seeing him.",
)


@pytest.mark.parametrize("reply", STILL_DIRECTING)
def test_the_exclusions_do_not_hide_directing(scorer: Scorer, reply: str) -> None:
    missed = {}
    for scenario in SCENARIOS:
        node = scenario.nodes[scenario.start_id]
        result = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"]
        # breached, or "at risk" where the peer asked for ideas (tell-me-what-to-do)
        if "directing" not in result.flags or result.level < 1:
            missed[scenario.id] = (result.level, result.flags)
    assert not missed, f"{reply!r}: {missed}"


def test_give_me_their_number_is_rescuing_not_advice(scorer: Scorer) -> None:
    reply = "give me ur sisters number, ill explain everything to her"
    for scenario in SCENARIOS:
        node = scenario.nodes[scenario.start_id]
        result = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"]
        assert result.level == 2 and "rescuing" in result.flags, (scenario.id, result.flags)
        assert "advice" not in result.flags, (scenario.id, result.flags)
