"""Regressions a review found in round 15's study grading, by category, in other wording (a geography and
science quiz): an aside after a right answer is no change of mind; a stop wish said with a wish to go on
after care still proposes the end; a decimal said after "at"; a content answer after a hold word; a
hesitation between two answers with "or what"; "mil" and "m.p.h." as units. Look-alikes beside each."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import is_correct, no_attempt
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        # an aside after the answer (an apology, a remark, the same answer described) changes nothing
        ("Nine. Sorry, my brain is slow this morning.", "9", True),
        ("Saturn. Sorry, rough week.", "Saturn", True),
        ("Rome. Actually, gorgeous place.", "Rome", True),
        ("Rome, actually the capital of Italy.", "Rome", True),
        ("Rome, rather than Milan.", "Rome", True),
        ("Rome, I mean it's easy", "Rome", True),
        ("It's Rome, I mean the capital", "Rome", True),
        ("Rome. Hang on, doorbell.", "Rome", True),
        ("Forty-two. Sorry, dog barking, twice now", "42", True),
        ("Eight minutes. Sorry, bit tired today.", "8 minutes", True),
        ("Twelve metres. Sorry, 2 minutes late", "12 m", True),
        ("Evaporation. Sorry, long week.", "evaporation", True),  # a content answer, not a name
        ("A verb. Actually, brilliant question.", "verb", True),
        # look-alikes: a new answer of the question's kind is a change of mind
        ("the Saxons, I mean the Vikings", "the Vikings", True),
        ("the Saxons, I mean the Vikings", "the Saxons", False),
        ("Four seconds. No, wait, three.", "3 seconds", True),
        ("Four seconds. No, wait, three.", "4 seconds", False),
        ("Venus, I mean Saturn", "Saturn", True),
        ("Venus, I mean Saturn", "Venus", False),
        ("Rome. Actually, Milan.", "Rome", False),
        ("Rome, or rather Milan.", "Rome", False),
        ("Condensation. Sorry, evaporation.", "condensation", False),
        ("Condensation. Sorry, evaporation.", "evaporation", True),
    ],
)
def test_a_change_of_mind_names_an_answer_of_the_questions_kind(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Water freezes at thirty-two point zero degrees", "32.0 °F", True),
        ("at three point five metres", "3.5 m", True),
        ("At one point, seven of us were in the lab", "7", True),  # the idiom: the number after it
        ("At one point we thought it was four", "4", True),
        ("It was at one point two metres", "1.2 m", True),  # "at one point" with a unit after is a decimal
        ("At one point three of them left", "3", True),  # look-alike: the idiom, then a count
    ],
)
def test_a_decimal_said_after_at_is_one_number(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Is it Rome, or what?", "Rome", False),
        ("Rome, or what do they call it, Milan", "Rome", False),
        ("Rome, or what the Romans called Roma", "Rome", True),  # look-alike: the same answer named another way
    ],
)
def test_or_what_is_a_hesitation_unless_it_names_the_answer(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("five mil", "5 ml", True),
        ("three mil", "3 mm", True),
        ("two mil", "2 m", False),  # "mil" is no metre
        ("70 m.p.h.", "70 mph", True),
        ("sixty m p h", "60 mph", True),
        ("70 m.p.h.", "70 m", False),
        ("fifty k.p.h.", "50 mph", False),
    ],
)
def test_mil_and_dotted_units(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "prompt", "kind"),
    [
        ("Hold on, Venus is orbiting the sun", ["Mercury"], "Which planet orbits the Sun fastest?", None),
        ("Hang on, the moon is orbiting the earth", ["the sun"], "What does the Earth orbit?", None),
        # look-alikes: news of the moment beside a hold word asks for a moment
        ("Hang on, the milk is boiling over", ["Mercury"], "Which planet orbits the Sun fastest?", "pause"),
        ("Hold on, the dog is barking", ["the sun"], "What does the Earth orbit?", "pause"),
    ],
)
def test_an_answer_about_the_question_after_a_hold_word_is_an_answer(
    said: str, expected: list[str], prompt: str, kind: str | None
) -> None:
    assert no_attempt(said, expected, prompt) == kind


QUIZ = {
    "name": "Two science questions",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": "How many minutes does it take to hard-boil an egg?", "answer": "10 minutes"},
            {"prompt": "How many legs does an insect have?", "answer": "6"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def test_an_aside_after_a_right_answer_is_graded_right_in_a_session(api: Api) -> None:
    sid = template_session(api, "Ilse", QUIZ)
    _turn(api, sid, "Ten minutes. Sorry, bit scattered today.")
    _turn(api, sid, "Six. No, wait, eight.")
    assert attempts(api, sid) == [("q1", True), ("q2", False)]


@pytest.mark.parametrize(
    "said", ["Carry on then, I'm alright. That's enough for today.", "No, go on, I'm fine, but I'd rather stop here."]
)
def test_a_stop_wish_said_with_going_on_after_care_proposes_the_end(api: Api, said: str) -> None:
    sid = template_session(api, "Ilse", QUIZ)
    _turn(api, sid, "Ten minutes.")
    care = _turn(api, sid, "Six. My sister kept stick insects; she died in May and I gave them to the school.")
    assert question_id(care).startswith("care.") and not care["proposed_end"]
    assert _turn(api, sid, said)["proposed_end"]
