"""Closes said in people's own ways are a wish to stop for today (agent.guided.wishes.tired).

Held-out round 17 ended 1 in 6: "enough" for today said without the "for" or in the teller's other language, the
rest of the telling put to a later session ("Tomorrow more, tomorrow I tell you …"), the body spent now ("my legs
are asleep", "my eyes are finished"), going now for a reason of one's own ("I have to run"), a leave-taking as the
answer's last words ("Merci, bonne nuit.", "Thank you, bye bye.") and a word of address before a close with a
reason ("Okay walaal, that's enough, …") were read as more story. The same words told of then, of a habit, of
someone in the story, or one subject put off to another day stay no close. Wording other than the personas'.
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session, template_session

CLOSES = [
    # enough for today, without the "for" or in another language
    "Okay, enough tonight, my dear. The kettle is on.",
    "Right, enough today.",
    "C'est tout pour aujourd'hui, ma belle, the grandchildren are coming.",
    "Basta per oggi, I am not so young.",
    "Genug für heute, ja?",
    "Ça suffit pour ce soir, the dog wants out.",
    # the rest of the telling put to a later session
    "Next week more, next week I'll tell you about the boat to Melbourne.",
    "The rest another day, I tell you then how we got the shop.",
    # the body spent now
    "Ach, my feet are numb now.",
    "My back is gone, love.",
    "The photos, yes. My knees are asleep already.",
    "My hands are finished. The needle won't go in.",
    # going now, for a reason of one's own
    "Sorry, I must go now, the bus is coming.",
    "The nurse comes at four, I have to go.",
    "Right, I've got to dash, the grandkids are at the door.",
    "We'd better be off, it's getting dark.",
    # a leave-taking as the answer's last words
    "That was the whole village, more or less. Good night, love.",
    "Okay, thanks, take care.",
    "The shop closed in 1990. Thank you, goodnight and God bless.",
    "Salud, buenas noches.",
    "Cheers, ta-ra.",
    "Shukran, ma'a salama.",
    "Spasibo, poka!",
    "Asante, kwaheri.",
    # a word of address before a close with a reason
    "Okay habibi, that's enough, my wife needs the car.",
    "Right pet, that'll do, the bus is at four.",
]

NO_CLOSE = [
    "Next time I went to Tashkent, I took the night bus.",
    "I was cold every winter in that house.",
    "She said good night to the horses and locked the stable.",
    "Good night, she said, and shut the door on us.",
    "We waved from the ferry. Goodbye, Gozo.",
    "Enough today about him, ask me about the orchard.",
    "Tomorrow more snow came, and the road closed.",
    "Tomorrow, I tell you, it rained like never before.",
    "Mama said, tomorrow I tell you the end, and she never did.",
    "The army years I'll tell you next time, but first the farm.",
    "The next time I tell you about the war, remind me about Uncle Boris.",
    "My legs were asleep after the long bus from Osh.",
    "My eyes are finished these days, I read with the big glass.",
    "My eyes are blue, like my father's.",
    "When my legs are asleep, I walk a bit round the yard.",
    "I have to go to the doctor on Tuesdays.",
    "Every morning I have to run, the bus leaves at five.",
    "I had to run, the soldiers were coming.",
    "The letter came, the district was white now, and we must go.",
    "Thank you.",
    "Thank you, that was a lovely question.",
    "Well, Mary, that's enough sugar, I have to watch my weight.",
    "Boys, that's enough, we've got to finish the wall, the foreman said.",
    "Enough tonight, the sergeant said, we march at dawn.",
    "My feet are numb, she told the nurse, and they took her in.",
]


@pytest.mark.parametrize("said", CLOSES)
def test_a_close_said_in_ones_own_way_is_a_wish_to_stop(said: str) -> None:
    assert wishes.tired(said), said


@pytest.mark.parametrize("said", NO_CLOSE)
def test_the_same_words_told_of_then_or_of_someone_are_no_close(said: str) -> None:
    assert not wishes.tired(said), said


@pytest.mark.parametrize(
    "said",
    [
        "Enough tonight, my knees are asleep. Next week I tell you about the twins, your mama was the naughty one.",
        "Ach, the light is going. More next time, I'll tell you about the dance hall in Leith.",
        "That's the last of the photos. Cheers, good night.",
    ],
)
def test_a_story_proposes_the_end_on_a_close_said_in_ones_own_way(api: Api, said: str) -> None:
    sid = story_session(api, "Dilnaz", "Growing up")
    say(api, sid, "We lived by the river, my father kept bees and my mother sold the honey at the bazaar.")
    result = say(api, sid, said)
    assert result["proposed_end"], result["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "Next time I went to Tashkent, I took the night bus, and my uncle met me with the car.",
        "Every night she said good night to the horses, one by one, in the dark.",
    ],
)
def test_a_story_goes_on_after_the_same_words_told(api: Api, said: str) -> None:
    sid = story_session(api, "Dilnaz", "Growing up")
    say(api, sid, "We lived by the river, my father kept bees and my mother sold the honey at the bazaar.")
    result = say(api, sid, said)
    assert not result["proposed_end"], result["reply"]


FLUTE: dict[str, Any] = {
    "name": "Flute",
    "kind": "practice",
    "intention": "Keep the tone up",
    "completion_indicators": ["Every exercise played"],
    "structure": {
        "sections": [{"name": "Tone", "duration_minutes": 30, "items": [{"name": "Long notes"}, {"name": "Harmonics"}]}]
    },
}

QUIZ: dict[str, Any] = {
    "name": "Two garden questions",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": "How many legs does a spider have?", "answer": "8"},
            {"prompt": "What is the chemical symbol for gold?", "answer": "Au"},
        ]
    },
}


def test_a_practice_ends_on_a_good_night(api: Api) -> None:
    sid = template_session(api, "Tamar", FLUTE, scheduled_duration_minutes=30)
    say(api, sid, "Long notes done, ten minutes, nice and round.")
    result = say(api, sid, "The lips won't hold a note any more. Cheers, good night.")
    assert result["proposed_end"], result["reply"]


def test_a_quiz_ends_on_a_leave_taking_after_its_last_question(api: Api) -> None:
    sid = template_session(api, "Yusuf", QUIZ)
    say(api, sid, "Eight.")
    say(api, sid, "Au.")
    result = say(api, sid, "The spider one I knew. Okay, I've got to run, my shift starts at six. Thanks, bye bye.")
    assert result["proposed_end"], result["reply"]
