"""Issue #11 (stop 13, i13-bound): boundaries (breached) recall on fresh data, by family.

The breaches the waves' open halves missed were, family by family, wordings the rubric had no
reading for; the probe findings of stop 12 were the opposite (words read as the trainee's that
were someone else's). Each table below is one family, in our own probes (none is a labelled
row), checked at the opening of all 12 scenarios, with its near misses beside it:

- Reported speech put after the words ("Everything will be okay, he said, and then he
  wouldn't pay", "you're overreacting, your mum told me"): the first clause is someone else's
  words (or the peer's, ", you said"), not the trainee's reassurance or dismissal.
- Another person's secrecy ("your mate won't tell a soul", "she swore she'd keep it between
  you two") is theirs, not the trainee's promise; clipped promises of the trainee's own ("Tell
  me. Stays secret. Promise.", "your parents won't hear it from us") are.
- Rescuing by money or by taking in what they care for, said as what the speaker can do ("I
  can cover your rent this month", "I could sub you a couple hundred", "I'll take the cat");
  an offer that asks first, or a question, is not.
- Hindsight blame as a counterfactual with what they should have been ("if you had been
  honest from the start it wouldn't be like this") or the chance they missed with when ("you
  could have reached out weeks ago"); not their own regret said back.
- Dismissing by setting them beside someone who gets less ("some of us can't afford that",
  "some places don't even give that") or calling what they got plenty ("thirty days is
  actually a lot of time").
- False reassurance as fate or a better one they will surely find ("the universe always
  provides", "karma's coming for him", "you'll find better regulars soon", "he's probably
  forgotten all about it").
- Moralising as the work "not for you" or "that whole world" called dangerous.
- Siding by the other person's state or side ("guys like that are usually just drunk", "they
  have their own side too", "it's unfair to say they don't ask").
- A wider sweep of our own (60 breaches in every family) found three more: the speaker coming
  to get them as what they can do ("I can drive over right now and get you"), nothing kept on
  record ("I won't put any of this in my notes"), "they won't even know you exist".
- Harm called part of the work in other words ("that's part of the work", "comes with the
  territory"), the other person "not totally wrong", the work as what makes people "get the
  wrong idea", another life as "the real answer" ("the real answer is to stop seeing new
  guys"), and the speaker leaving for "another session now"; not the same words negated, said
  back or reported, nor "we can pick it up next time if you want".
- From wave 6's open half: leaving the work as the only safe way ("the only real way to stay
  safe is to stop seeing new guys", "it's not safe to keep seeing new clients"), their worth
  set against it ("way too smart to be doing this"), "a safer way than this", the work as "not
  sustainable" or "says everything about" it, "always going to catch up with you"; siding as
  "they probably had a good reason", "two sides to every story", second-language "she just do
  her job"; "you'll feel amazing", "you'll thank me later"; "promise" clipped at the end;
  "nothing you tell me will ever leave this room", "keep your name out of it", "you didn't hear
  it from me"; "we meet one time, as friends", "I'll add you to my group chat". Not: the police
  kept out further back ("without putting yourself in the path of the police", "Police, no."),
  "thinking everyone would be better off is such a heavy thing" (the thought named as theirs),
  "it's not about you" beside a limit of the role, "nobody should have to accept that as part
  of the work", a promise asked for or made by someone else.
- Code-switched replies (Spanish, French, Nigerian Pidgin): the same platitudes, brush-offs,
  promises, police and number-swapping in the other language ("no es para tanto", "ça reste
  entre nous", "tout ira bien", "dame tu número"); a reported one ("ella te dijo que todo va a
  salir bien") and the police kept out ("tu ne veux pas porter plainte") are not.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    at_each_opening,
)

REPORTED_AFTER = (
    "Everything will be okay, he said, and then he wouldn't pay.",
    "It'll all work out, she told me, and then she disappeared.",
    "You're overreacting, your mum said, and that stung.",
    "Nothing bad will happen, the nurse told you, and then she read out your notes.",
    "It's no big deal, your manager goes, like it's nothing to lose your shifts.",
)
OWN_REASSURANCE = (
    ("false_reassurance", "Everything will be okay, I promise."),
    ("false_reassurance", "It'll all work out, you'll see."),
    ("dismissing", "Honestly you're overreacting, and that's the truth."),
)

SOMEONE_ELSES_SECRET = (
    "So your mate won't tell a soul, but you're still scared.",
    "Your mate won't tell a soul, you reckon, but it's still eating at you.",
    "She swore she'd keep it between you two, and now you're not sure.",
    "Your sister promised to keep it secret, and you're not sure you believe her.",
)
TRAINEES_SECRET = (
    "I can promise you total confidentiality.",
    "Go on, tell me. Stays secret. Promise.",
    "Your family won't hear a thing from us, promise.",
    "I won't tell a soul.",
)

RESCUES = (
    "I can cover your rent this month.",
    "I could sub you a couple hundred till payday.",
    "i can lend u 50 quid no stress",
    "Honestly I can always spot you for food this week.",
    "Don't stress about the cat, I'll take the cat.",
    "I can have the kids this weekend, don't even worry.",
)
NOT_RESCUES = (
    "I could cover your rent this month if you want, but only if that's okay with you.",
    "Could I help with the rent this month?",
    "I can hear how much the rent is weighing on you.",
    "You're worried who'll take the cat if you lose the flat.",
    "You're worried about how you'll cover your rent this month.",
    "I could pay attention to what you need this week.",
)

HINDSIGHT = (
    "Maybe if you had been more upfront with him none of this would be happening.",
    "if u were more careful this wouldnt of happened",
    "Honestly u coulda said something months ago.",
    "You could've told her sooner, to be fair.",
)
NOT_HINDSIGHT = (
    "You keep thinking that if you'd told her sooner it wouldn't be like this.",
    "If you were honest with her, you're scared she'd never speak to you again.",
    "You wish you could have told her sooner.",
    "You could have walked away weeks ago and you didn't, because you needed the money.",
    "You're wondering whether you could have spoken up sooner.",
)

DISMISSES = (
    "Must be nice, a whole weekend off. Some of us can't afford that.",
    "A whole week's notice? Some places don't even give that.",
    "a month is actually plenty, some landlords dont even give a week",
    "Some girls get kicked out with no notice at all, so.",
)
NOT_DISMISSES = (
    "Some people would say thirty days is a lot, but it isn't when you're trying to find a place.",
    "Some landlords don't even give that much notice, and yours still made it feel brutal.",
    "Some people don't even get a chance to say goodbye, and you're carrying that with Tash.",
    "You're saying thirty days is actually a lot of time, but it doesn't feel like it.",
    "Is thirty days actually enough time, do you think?",
)

REASSURES = (
    "No worries babe, the universe always provides.",
    "Karma's coming for him, trust me.",
    "You'll find better regulars soon, honestly.",
    "Don't worry, your landlord has probably forgotten all about it already.",
    "You'll meet a nurse who's lovely, there are good people everywhere.",
)
NOT_REASSURES = (
    "You're worried the universe won't provide this time.",
    "You're hoping she's forgotten about it already.",
    "Do you think she's already forgotten about it, or is it still on her mind?",
    "You want to find a clinic that's perfect for you, somewhere nobody judges.",
)

MORALISES = (
    "honestly babe this job is not for you",
    "Maybe your body is telling you this line of work isn't right for you.",
    "I just hope you see how toxic that whole scene is.",
)
NOT_MORALISES = (
    "You wonder whether this work is still for you long term.",
    "Your sister thinks this work isn't for you, and that hurts.",
    "You're not sure the work is for you anymore, and that's a big thing to sit with.",
    "That support group isn't for you, you said, and that's fair.",
)

SIDES = (
    "tbh he was probs just drunk, he won't even remember",
    "Your regulars have their own side too.",
    "I think it's a bit unfair to say they don't ask.",
)
NOT_SIDES = (
    "He was drunk, you said, but that doesn't make it okay.",
    "You're wondering if he was just drunk and doesn't even remember.",
    "You were too drunk to remember the plate, and that scares you.",
    "You don't even remember getting home, and that's frightening.",
)

WIDER = (
    ("rescuing", "I can drive over right now and get you."),
    ("rescuing", "i could come get u tonight no problem"),
    ("secrecy", "I won't put any of this in my notes."),
    ("secrecy", "None of this goes in the file, promise."),
    ("false_reassurance", "Immigration won't even know you exist, don't stress."),
)
NOT_WIDER = (
    "Could I come and get you?",
    "I won't put your name in anything without asking you first.",
    "You're worried I'll put this in my notes.",
    "You're scared they'll know you exist now.",
)

MORE = (
    ("moralising", "Sadly that's part of the work though, you know how it is."),
    ("moralising", "Honestly it comes with the territory in that game."),
    ("siding", "Your mum's not totally wrong, even if she said it badly."),
    ("moralising", "With your line of work people might get the wrong idea."),
    ("moralising", "Honestly the real answer is to stop seeing new guys."),
    ("abandoning", "I have another session now, so we'll talk another time."),
)
NOT_MORE = (
    "That's not part of the work, that's assault.",
    "Your mum keeps saying it comes with the territory, and you're sick of hearing it.",
    "You're scared she's not totally wrong, and that's eating at you.",
    "You're worried people will get the wrong idea about your work.",
    "You're wondering if the real answer is to stop seeing new guys.",
    "We can pick it up next time if you want, or keep going now, your call.",
)

WAVE6_FAMILIES = (
    ("moralising", "Honestly the only real way to stay safe is to stop seeing new guys."),
    ("moralising", "maybe it's not safe to keep seeing new clients tbh"),
    ("moralising", "you're way too smart to be doing this, you know that?"),
    ("moralising", "You deserve a safer way to earn than this."),
    ("moralising", "The way they push you says everything about that line of work."),
    ("moralising", "Honestly this life isn't sustainable, babe."),
    ("judgment", "Posting from home was always going to catch up with you."),
    ("siding", "Come on, they probably had a good reason though."),
    ("siding", "Look, there are two sides to every story."),
    ("siding", "She not bad person, she just do her job."),
    ("false_reassurance", "Trust me, you'll thank me later."),
    ("over_promising", "once you do it you'll feel amazing, promise"),
    ("over_promising", "Everything's sorted. Promise."),
    ("secrecy", "Nothing you tell me about them will ever leave this room."),
    ("secrecy", "I'll report it and keep your name out of it, I promise."),
    ("secrecy", "ok but you didn't hear it from me"),
    ("dual_relationship", "Sure, we meet one time only, as friends."),
    ("dual_relationship", "I'll add you to my group chat, my mates are lovely."),
)
NOT_WAVE6_FAMILIES = (
    "You want them safe without putting yourself in the path of the police.",
    "Thinking everyone would be better off is such a heavy thing to carry.",
    "I can't meet up, that's a line I keep with everyone, and it's not about you.",
    "Nobody should have to accept that as part of the work.",
    "You're worried it's not safe to keep seeing new clients.",
    "Your mum thinks you're too smart to be doing this, and that stings.",
    "Do you want me to promise?",
    "He made you promise not to tell.",
    "You promised yourself you'd rest this weekend.",
    "There are two sides to you, the one who's tired and the one who keeps going.",
    "You feel like it was always going to catch up with you, and that's a lot of blame to carry.",
    "You want to feel amazing again, not just okay.",
    "She was looking out for you in a way nobody else did, and now you feel unprotected.",
)

CODE_SWITCHED = (
    ("dismissing", "Ay mija, no es para tanto, ya pasará."),
    ("dismissing", "Bof, c'est pas grave, passons à autre chose."),
    ("secrecy", "Tranquila, lo que me digas queda entre nosotras."),
    ("secrecy", "Ça reste entre nous, personne ne le saura."),
    ("false_reassurance", "Ay, no llores, todo va a estar bien."),
    ("false_reassurance", "Courage, ça va s'arranger, tu verras."),
    ("police", "Franchement, tu devrais porter plainte."),
    ("dual_relationship", "Claro que sí, dame tu numero y quedamos."),
    ("over_promising", "Nadie se va a enterar, te lo juro."),
)
NOT_CODE_SWITCHED = (
    "Ay, qué horror, you're exhausted and scared about the rent.",
    "Tu as peur que ça ne s'arrange pas, c'est normal.",
    "Tu ne veux pas porter plainte, et c'est ton choix.",
    "Ella te dijo que todo va a salir bien, pero no te lo crees.",
)

BELOW = (
    REPORTED_AFTER
    + SOMEONE_ELSES_SECRET
    + NOT_RESCUES
    + NOT_HINDSIGHT
    + NOT_DISMISSES
    + NOT_REASSURES
    + NOT_MORALISES
    + NOT_SIDES
    + NOT_WIDER
    + NOT_MORE
    + NOT_WAVE6_FAMILIES
    + NOT_CODE_SWITCHED
)
BREACHED = (
    OWN_REASSURANCE
    + tuple(("secrecy", r) for r in TRAINEES_SECRET)
    + tuple(("rescuing", r) for r in RESCUES)
    + tuple(("judgment", r) for r in HINDSIGHT)
    + tuple(("dismissing", r) for r in DISMISSES)
    + tuple(("false_reassurance", r) for r in REASSURES)
    + tuple(("moralising", r) for r in MORALISES)
    + tuple(("siding", r) for r in SIDES)
    + WIDER
    + MORE
    + WAVE6_FAMILIES
    + CODE_SWITCHED
)


@pytest.mark.parametrize(("flag", "reply"), BREACHED, ids=lambda v: str(v)[:40])
def test_breach_family_is_breached(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@pytest.mark.parametrize("reply", BELOW, ids=lambda v: v[:40])
def test_near_miss_is_not_breached(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@pytest.mark.parametrize("reply", SOMEONE_ELSES_SECRET, ids=lambda v: v[:40])
def test_someone_elses_secret_is_not_the_trainees(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "secrecy" not in boundaries.flags, (scenario_id, reply)
