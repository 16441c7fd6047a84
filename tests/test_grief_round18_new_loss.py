"""A new loss told straight after a moment of care gets care of its own (held-out round 18: a brother's drowning,
told plainly right after care, was taken as the reply to that care and met with "Let's go on gently"). A death said
of someone the cared-for answer did not name is a new loss; the reply to the care that speaks of the same loss again
("she died in her sleep", "how Grandmother died") is still the reply, met as the person chose. Over the real turn
API, in the story interviewer and the quiz tutor; wording other than any persona's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import question_id, say, story_session, template_session

LOSS = "My grandmother Salote died the year the hurricane came, in the old house above the bay at Neiafu."


def _cared(api: Api) -> str:
    sid = story_session(api, "Mele", "The islands")
    say(api, sid, "I grew up on Vava'u, in a house of coral stone with my grandmother and my five cousins.")
    care = say(api, sid, LOSS)
    assert question_id(care).startswith("care."), care["reply"]
    return sid


@pytest.mark.parametrize(
    "answer",
    [
        "The winter after, my uncle Sione took the canoe out past the reef for the bonito. He drowned. We found "
        "the canoe on the rocks but never found him.",
        "Thank you. And then my little brother Tevita, only four, he died of the fever the same year.",
        "Then in 1979 my cousin Losa was killed when the ferry capsized off Ha'apai, she was twenty.",
    ],
    ids=["drowned-after", "thanks-then-another", "killed-after"],
)
def test_a_new_loss_told_right_after_care_gets_care_of_its_own(api: Api, answer: str) -> None:
    sid = _cared(api)
    again = say(api, sid, answer)
    assert question_id(again).startswith("care."), again["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "Thank you. She died in her sleep, in the old house. It was her time. We can go on.",
        "Yes, my grandmother died at ninety-one, it's all right, go on.",
        "My sister still cries when she talks about how Grandmother died. But go on, ask me.",
        "It's all right. My cousins and I played on the reef every day after school, the water was so warm.",
    ],
    ids=["same-loss-pronoun", "same-loss-named", "someone-else-tells-the-same-loss", "a-new-memory"],
)
def test_the_reply_to_care_about_the_same_loss_gets_no_second_care(api: Api, answer: str) -> None:
    sid = _cared(api)
    reply = say(api, sid, answer)
    assert not question_id(reply).startswith("care."), reply["reply"]


def test_the_same_one_said_by_name_then_by_kin_is_the_same_loss(api: Api) -> None:
    """Care for "Manoel died", then "My husband died at home": the husband is Manoel, named so in an answer before."""
    sid = story_session(api, "Fatima", "Recife")
    say(api, sid, "I met my husband Manoel at the forró in Recife, he danced so badly, stepping on my feet all night.")
    care = say(api, sid, "Manoel died in the spring of 2011, in the flat in Lisbon, with the window open.")
    assert question_id(care).startswith("care."), care["reply"]
    reply = say(api, sid, "Thank you. My husband died at home, in his own bed, it's all right. We go on.")
    assert not question_id(reply).startswith("care."), reply["reply"]


QUIZ = {
    "name": "Road signs",
    "kind": "study",
    "intention": "Ready for the theory test",
    "structure": {
        "questions": [
            {"prompt": "What shape is a give-way sign?", "answer": "triangle"},
            {"prompt": "What colour is a motorway sign?", "answer": "blue"},
            {"prompt": "What does a red circle mean?", "answer": "prohibition"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def test_a_new_loss_told_after_care_in_a_quiz_gets_care_again(api: Api) -> None:
    sid = template_session(api, "Kemal", QUIZ)
    care = _turn(api, sid, "Triangle. Sorry, my father passed away on Tuesday, I'm not really here.")
    assert question_id(care).startswith("care."), care["reply"]
    again = _turn(api, sid, "And my cousin Arif was killed on the motorway in the spring too, it's been a bad year.")
    assert question_id(again).startswith("care."), again["reply"]


def test_the_reply_to_care_in_a_quiz_about_the_same_loss_goes_on(api: Api) -> None:
    sid = template_session(api, "Kemal", QUIZ)
    care = _turn(api, sid, "Triangle. Sorry, my father passed away on Tuesday, I'm not really here.")
    assert question_id(care).startswith("care."), care["reply"]
    on = _turn(api, sid, "Thanks. He died in his sleep, at least. Let's carry on.")
    assert not question_id(on).startswith("care."), on["reply"]
