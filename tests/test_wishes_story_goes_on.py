"""A story answer that goes on telling is no wish to stop (agent.guided.wishes.tired, review2 of 336b9c9, 08c5cc7,
4e4f9ff). Seen: story answers got "Shall we finish for today?" and an end proposed. The body gone, finished, dead or
numb is a close only said now with nothing after it that goes on telling ("but I can talk all day", "Anyway, the
ferry …", "So, the farm", "I lost it in Korea", "we walked twelve miles that day"); a farewell as the last sentence
is the teller's own only when the sentence before tells none ("… and said goodnight to each of us. Good night.",
"She waved from the bus. Bye bye."); words said after a close ("the teacher would say") tell them as someone's; a
close with a reason is none when the reason goes on with the telling ("I have to get back to the story of the
wedding") or tells a sequence ("we have to make the bread first, then the fire"). The closes said now still close.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session

# the review's story answers, each an end proposed in a story session
REVIEW_SESSION = [
    "My legs are gone, I use the chair now. So, the farm: we had forty cows, and my father milked them by hand.",
    "My eyes are finished, I can't read the paper, but I can talk all day. The bazaar was on Fridays.",
    "Sorry, my hands are numb, this room is cold. Anyway, the ferry to Gozo left at six.",
    "Every night he came home from the docks and said goodnight to each of us. Good night.",
    "My sister always signed her letters the same way. Take care.",
]

NO_CLOSE = [
    *REVIEW_SESSION,
    # the review's, read as a close by tired()
    "My eye is gone, I lost it in Korea.",
    "My feet are dead, we walked twelve miles that day.",
    "My back is gone, it went in the eighties lifting crates.",
    "She waved from the bus. Bye bye.",
    "The lads shouted after the bus. Cheerio!",
    "The captain said goodbye to us all. Farewell.",
    "Then the bell rang and we all said bye. So long, school!",
    "Enough today, the teacher would say, and we ran out.",
    "Well, that's enough, I have to get back to the story of the wedding.",
    "Okay, that'll do, we have to make the bread first, then the fire.",
    # other wordings: the body told as lasting or of then, or the telling going on after it
    "My knees are finished, I had them done in 2004. Anyway, the dance hall was in Leith.",
    "My ears are gone, you'll have to shout. But the school, yes, it was a big one.",
    "My hands are numb, but go on, ask me the next one.",
    "My feet are numb now. Still, I want to tell you about the market.",
    "My arm is dead, the shell took it at Anzio.",
    # a farewell told just before the last words
    "Mum kissed us at the gate and waved. Ta-ra.",
    "He always ended his calls like this. God bless.",
    "Grandad called from the window every morning. Cheerio!",
    "She wrote on every postcard the same words. See you soon.",
    # words said after the close, told as someone's
    "Enough tonight, Mum would say, and off we went.",
    "Enough today, the foreman used to say, go home.",
    # a reason that goes on with the telling, or a sequence told
    "Right, that'll do, we need to get back to the part about the ship.",
    "That's enough, we have to get back to my brother, he's the important one.",
    "Okay, that's plenty, I have to make the stock, then the rice goes in.",
]

CLOSES = [
    # the body spent now, said last or with only why it stops now
    "Sorry, my hands are numb, this room is cold.",
    "That was the farm. My legs are gone now, love.",
    "The bazaar was on Fridays, we sold the honey there. My eyes are closing now.",
    # a farewell said to the listener after a sentence that tells none, or tells what someone said of something else
    "We moved to Leeds in 1962. Thank you, bye bye.",
    "That's the story of the wedding. Cheerio, love!",
    "And he said the farm was sold. Thanks, take care.",
    # the teller's own "say"
    "Enough today, as my mother would say.",
    "Enough today, I'd say.",
    # a reason about now, the teller's own next after it
    "That's enough, I have to fetch the kids first, then I'll lie down.",
    "Okay, that's enough, I need to get back to the kids.",
]


@pytest.mark.parametrize("said", NO_CLOSE)
def test_an_answer_that_goes_on_telling_is_no_wish_to_stop(said: str) -> None:
    assert not wishes.tired(said), said


@pytest.mark.parametrize("said", CLOSES)
def test_a_close_said_now_still_closes(said: str) -> None:
    assert wishes.tired(said), said


@pytest.mark.parametrize("said", REVIEW_SESSION)
def test_a_story_goes_on_after_an_answer_that_goes_on_telling(api: Api, said: str) -> None:
    sid = story_session(api, "Carmel", "Growing up")
    say(api, sid, "We lived above the bakery on Merchant Street, my father baked and my mother kept the shop.")
    result = say(api, sid, said)
    assert not result["proposed_end"], result["reply"]


@pytest.mark.parametrize(
    "said", ["The bakery closed in 1971. My legs are gone now, love.", "That was the whole street. Thank you, bye bye."]
)
def test_a_story_proposes_the_end_on_a_close_said_now(api: Api, said: str) -> None:
    sid = story_session(api, "Carmel", "Growing up")
    say(api, sid, "We lived above the bakery on Merchant Street, my father baked and my mother kept the shop.")
    result = say(api, sid, said)
    assert result["proposed_end"], result["reply"]


# tiredness set aside at the answer's end by a wish to go on now (review2's scratch list), and look-alikes that stop
SET_ASIDE = [
    "My voice is gone hoarse a bit but I'm fine, go on.",
    "I'm a bit tired, but go on, ask me.",
    "My throat is dry, but carry on.",
    "My voice is going, but I'm all right, next question.",
    "I'm knackered, but I'd like to continue.",
]
STILL_STOPS = [
    "My voice is going, but let's go on next week.",
    "I'm tired, but I can't go on.",
    "I'm tired, but I don't want to go on.",
    "That's enough for today, but we'll carry on tomorrow.",
]


@pytest.mark.parametrize("said", SET_ASIDE)
def test_tiredness_set_aside_by_a_wish_to_go_on_is_no_wish_to_stop(said: str) -> None:
    assert not wishes.tired(said), said


@pytest.mark.parametrize("said", STILL_STOPS)
def test_going_on_another_day_or_not_at_all_still_stops(said: str) -> None:
    assert wishes.tired(said), said


def test_a_story_goes_on_when_the_teller_sets_tiredness_aside(api: Api) -> None:
    sid = story_session(api, "Carmel", "Growing up")
    say(api, sid, "We lived above the bakery on Merchant Street, my father baked and my mother kept the shop.")
    result = say(api, sid, "My throat is dry, but carry on.")
    assert not result["proposed_end"], result["reply"]
