"""The teller's own stop is heard again where review2's fixes hid it (agent.guided.wishes.tired, review4 of 00c2d72,
6ed1768). A goodbye after the teller's own leave-taking ("Thank you, take care. Goodnight.", "My wife calls. Bye!")
closes: only a farewell someone else said or waved, reported in the past or as a habit, is told. "Tired, but go on"
is set aside only by going on now, in the same sentence as the tiredness, by the teller: a later day or time, or
someone else carrying on, still stops; and it reads the answer once, however many contrast words it holds. A reason
for the body's state now ("I've talked too much", "I sat too long", "the cold got into them") is no telling going
on; a past of then after the body still is.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session

LEAVE_TAKING = [
    # the review's
    "Thank you, take care. Goodnight.",
    "Take care of yourself. Bye.",
    "Thank you so much, and God bless you. Goodbye.",
    "I'd better say goodbye now. Bye bye.",
    "My wife calls. Bye!",
    "Oh, the nurse calls. Goodbye, dear.",
    "The taxi's here and the driver waves. Bye!",
    # other wordings: the teller's own farewell, or what happens now, before the last words
    "Lovely talking, see you soon. Cheerio!",
    "I'll say goodnight then. Night night.",
    "My daughter is waving at the door. Ta-ra, love.",
    "I have said all I had to say. Bye now.",
]

FAREWELL_TOLD = [
    # look-alikes: a farewell someone said or waved, in the past or as a habit
    "He turned at the gate and said goodbye to the dog. Goodbye.",
    "My grandmother always says goodnight like this. Oyasumi.",
    "The conductor waved from the last carriage. Cheerio!",
    "Every letter he wrote ended his letters the same way. God bless.",
    "We all shouted after the lorry. Ta-ra!",
]

STILL_STOPS = [
    # the review's: a later day or time, someone else, or a "But" of its own
    "I'm tired now. But you can ask me again on Monday.",
    "That's enough for today, I'm tired. But we can continue on Thursday.",
    "I am knackered, but let's continue in the morning.",
    "I'm tired now, but carry on next Tuesday?",
    "I'm exhausted, but my son can carry on with you.",
    "I'm tired, love, but you go on without me.",
    "Enough for today. Goodbye, but ask me more soon!",
    # other wordings
    "I'm worn out, but we can go on at the weekend.",
    "I'm done in, but you can carry on with my daughter.",
    "I'm weary, but ask me later, pet.",
    "I'm tired. But go on.",
]

GOES_ON = [
    # going on now, the tiredness in the same sentence
    "I'm a wee bit tired but keep going.",
    "Bit tired, mind, but fire away.",
    "Tired, yes, but continue please.",
    "I'm tired but I'd like to go on.",
    "My legs are finished, still, carry on.",
    "I'm tired, but you can ask me one more.",
    "I'm tired, but go on, ask me again.",
    "I'm tired but let's keep going, the war next.",
]

BODY_SPENT_FOR_A_REASON_NOW = [
    # the review's
    "My throat is gone, love. I've talked too much.",
    "My back is gone. I sat too long.",
    "My hands are dead, the cold got into them.",
    # other wordings
    "My legs are gone, I walked to the shops this morning.",
    "My eyes are finished, I had the drops in earlier.",
    "My feet are numb, the damp got into them.",
]

BODY_TOLD_OF_THEN = [
    "My feet are dead, I walked too far in the war.",
    "My legs are gone, we walked too much that day in Rome.",
    "My eye is gone, I lost it in Korea.",
    "My back is gone, I sat too long at the looms for years.",
]


@pytest.mark.parametrize("said", LEAVE_TAKING)
def test_a_goodbye_after_the_tellers_own_leave_taking_closes(said: str) -> None:
    assert wishes.tired(said), said


@pytest.mark.parametrize("said", FAREWELL_TOLD)
def test_a_goodbye_after_a_farewell_reported_is_told(said: str) -> None:
    assert not wishes.tired(said), said


@pytest.mark.parametrize("said", STILL_STOPS)
def test_going_on_later_or_by_someone_else_still_stops(said: str) -> None:
    assert wishes.tired(said), said


@pytest.mark.parametrize("said", GOES_ON)
def test_going_on_now_in_the_same_sentence_sets_tiredness_aside(said: str) -> None:
    assert not wishes.tired(said), said


@pytest.mark.parametrize("said", BODY_SPENT_FOR_A_REASON_NOW)
def test_a_reason_for_the_body_now_is_no_telling_going_on(said: str) -> None:
    assert wishes.tired(said), said


@pytest.mark.parametrize("said", BODY_TOLD_OF_THEN)
def test_the_body_told_of_then_stays_telling(said: str) -> None:
    assert not wishes.tired(said), said


def test_many_contrast_words_before_going_on_still_set_tiredness_aside() -> None:
    """Only the last contrast of the last sentence is read (once: review4 timed "but " x 2000 at 0.8 s before)."""
    assert not wishes.tired("I'm tired, " + "but still anyway " * 700 + "go on.")
    assert wishes.tired("I'm tired. " + "but still anyway " * 700 + "go on next week.")


def test_a_story_proposes_the_end_on_a_goodbye_after_what_goes_on_now(api: Api) -> None:
    sid = story_session(api, "Carmel", "Growing up")
    say(api, sid, "We lived above the bakery on Merchant Street, my father baked and my mother kept the shop.")
    result = say(api, sid, "The taxi's here and the driver waves. Bye!")
    assert result["proposed_end"], result["reply"]
