"""The guided interviewer hears a death told by the works and the house, and a name that will not come
(held-out round 13).

A death at a mine or a quarry is often told without a word for dying: the works' alarm at the wrong
time (in the middle of a shift, a long one that does not stop), the women waiting to see whose door
the men would come to, the lunch brought home uneaten, the clocks stopped and the mirrors covered,
someone carried home on a door. Two of these, of different kinds, are a death; one alone is not (a
hooter for the change of shift, a lunch too nervous to eat). A name held in the head that will not
come ("on the tip of my tongue", "behind a door in my head") asks for a gentler way in, as "I don't
remember" does. Every wording here differs from the persona files.
"""

from __future__ import annotations

import pytest

from agent.guided import gaps, grief, mourning
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "answer",
    [
        "The siren at the colliery started up halfway through the morning shift. All the mams stood out on the "
        "pavement, waiting to see which house the manager would knock at. That night Mr Pryce brought Dad's snap "
        "tin back to us, and the bread and cheese was still wrapped.",
        "At the quarry the horn sounded and would not stop. Mother stopped the kitchen clock and covered the "
        "mirror in the hall with her good shawl.",
        "They carried my brother Tomás up from the river on a gate, and Granny turned the mirrors to the wall "
        "before anyone came in.",
    ],
    ids=["siren-door-snap-tin", "horn-and-clock", "gate-and-mirrors"],
)
def test_a_death_told_by_the_works_and_the_house_is_met_with_care(api: Api, answer: str) -> None:
    """The siren mid-shift and the manager at one door and the food untouched; the horn that would not
    stop and the clock stopped; carried home on a gate and the mirrors turned: care, kept private, and no
    place read aloud ("So this was in …") nor a stock question."""
    assert grief.sorrow(answer) == "loss" and grief.sensitive(answer) == "loss"
    sid = story_session(api, "Gwen", "Growing up")
    result = say(api, sid, answer)
    reply = result["reply"]
    assert question_id(result).startswith("care."), reply
    assert "sorry" in reply.lower() and "this was in" not in reply.lower() and not result["proposed_end"], reply


@pytest.mark.parametrize(
    "answer",
    [
        "The hooter went at ten for the change of shift, and Dad came up the street with his crib tin under his "
        "arm, and Mum had his tea on the table.",
        "I was so nervous on my first day at the mill that I brought my lunch home untouched, and Mum was cross.",
        "Gran covered the mirrors whenever there was thunder, and Grandad stopped all the clocks at New Year for luck.",
        "When Jim broke his ankle at the footy they carried him off on a door, and the siren went for full time.",
        "The whistle at the mill blew a long one at the end of every Friday, and we ran down to meet the men.",
    ],
    ids=["shift-change", "lunch-untouched", "mirrors-in-thunder", "footy-door", "friday-whistle"],
)
def test_look_alikes_of_the_works_signs_are_no_loss(answer: str) -> None:
    """A hooter for the change of shift, a lunch too nervous to eat, mirrors covered in a storm and clocks
    stopped for luck (two of one kind), someone carried off the field, a Friday whistle: no death."""
    assert grief.sorrow(answer) is None, [k for k, sign in mourning._SIGN.items() if sign.search(answer)]


@pytest.mark.parametrize(
    "answer",
    [
        "The doctor who came out to us, a tall man with a bag. His name is somewhere in my head, but it won't "
        "come to me. I can see his bicycle against our fence.",
        "The dance hall by the river, what did we call it. The name's been on the tip of my tongue all week and "
        "it has never once come out. There were lanterns strung over the floor.",
        "The woman who ran the corner shop, she gave us barley sugar. There's a gap where her name should be.",
        "My first teacher, Mrs, Mrs... My mind is like the sieve for names these days.",
        "The midwife who came for my brother, Senhora... Senhora... The name is behind a door and I can't find "
        "the key.",
        "The priest at our chapel then, Father... His name's locked away somewhere. He had a motorbike.",
    ],
    ids=["wont-come-to-me", "tip-of-tongue", "gap-where-name", "like-the-sieve", "behind-a-door", "locked-away"],
)
def test_a_name_that_will_not_come_gets_a_gentler_way_in(api: Api, answer: str) -> None:
    """A name held but not coming ("won't come to me", "on the tip of my tongue … never once come out",
    "a gap where her name should be", "like the sieve"): a sense, a photo or a person, never praise."""
    assert gaps.lost(answer), answer
    sid = story_session(api, "Dora", "Childhood")
    result = say(api, sid, answer)
    reply = result["reply"]
    assert question_id(result).endswith(".angle"), reply
    assert not result["proposed_end"] and "lovely" not in reply.lower(), reply


@pytest.mark.parametrize(
    "answer",
    [
        "My brother's name is Tom, and in my head I know he won't come back to the village.",
        "It was on the tip of my tongue to tell him his name was mud.",
        "Our dog's name was in my head all day because he won't come back when I call.",
        "There's a hole where the window should be, and the name of the street is painted over it.",
        "Her name was on a brass plate behind the door of the surgery.",
        "The words are locked up in the old trunk with Mum's letters.",
    ],
    ids=[
        "wont-come-back",
        "tip-of-tongue-to-say",
        "dog-wont-come",
        "hole-for-window",
        "nameplate",
        "letters-locked-up",
    ],
)
def test_look_alikes_of_a_name_that_will_not_come_are_no_gap(answer: str) -> None:
    """Someone who won't come back, what was on the tip of one's tongue to say, a hole in a wall: told."""
    assert not gaps.lost(answer), answer
