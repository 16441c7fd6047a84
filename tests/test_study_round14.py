"""The study tutor on round 14's kinds of reply, in other wording (a geography quiz): a wish to hear the
question again said as "once more, slower", with the question's own words said back; a right answer said
the long way, the number on its own before a remark with other numbers; a few minutes asked for around
small talk; a wish to tell something first, taken up with the question kept waiting. Look-alikes that
must stay answers are tested beside each."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import grade, is_correct, no_attempt
from tests.support import Api
from tests.turns_support import attempts, say, template_session

LARGEST = "Which is the largest planet in the solar system?"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Once more, slower please. The largest... which planet?", "repeat"),
        ("Again, please.", "repeat"),
        ("Hm, sorry. Slowly. The largest planet in the...?", "repeat"),
        # look-alikes: answers, right or wrong
        ("Saturn... which is the one with the rings?", None),
        ("Saturn again, I always say Saturn.", None),
        ("Once more I say Mars.", None),
        ("The largest... Saturn?", None),
    ],
)
def test_the_question_asked_for_again_with_its_own_words_said_back_is_no_attempt(said: str, kind: str | None) -> None:
    assert no_attempt(said, ["Jupiter"], LARGEST) == kind
    assert grade(said, ["Jupiter"], prompt=LARGEST) is (None if kind else False)


@pytest.mark.parametrize(
    ("said", "expected", "right"),
    [
        ("Forty-two. My grandfather came over in nineteen hundred and six, he told me that.", "42", True),
        ("Six rows, seven in each, you count them yourself, ha. Forty-two.", "42", True),
        ("That would be Canberra, the new city they built between the two big ones", "Canberra", True),
        # look-alikes: corrected to another number, or a sum with its result last
        ("Forty. No, hang on, forty-two.", "40", False),
        ("Forty-two? No, it's forty-four.", "42", False),
        ("Fifty. Actually fifty-six.", "56", True),  # corrected without "no" (review of 02a0661)
        ("It's 27, I think. Or maybe 28.", "28", True),
        ("6 times 7 is 42", "42", True),
        ("Forty-two. It waited nineteen years.", "19", False),
    ],
)
def test_a_right_answer_said_the_long_way_is_right(said: str, expected: str, right: bool) -> None:
    assert is_correct(said, [expected]) is right


@pytest.mark.parametrize(
    ("said", "expected", "kind"),
    [
        (
            "Yes, yes, carry on. Just give me a couple of minutes, the kettle is on, loose leaf, in the pot, "
            "so it steeps. Right. I have my tea. Go.",
            ["8"],
            "pause",
        ),
        ("Give me a few seconds, I count them on my fingers, the little ones too... hold on.", ["8"], "pause"),
        # look-alikes: a number given for a numeric question, an answer before the moment
        ("Give me a minute... eight.", ["8"], None),
        ("Jupiter. Give me a few minutes now, my tea is ready.", ["Jupiter"], None),
    ],
)
def test_a_few_minutes_asked_for_around_small_talk_is_no_attempt(said: str, expected: list[str], kind: str) -> None:
    assert no_attempt(said, expected, "How many planets are there?") == kind


GEOGRAPHY = {
    "name": "Capitals and rivers",
    "kind": "study",
    "intention": "Ready for the quiz night at the club",
    "structure": {
        "questions": [
            {"prompt": "What is the capital of Australia?", "answer": "Canberra"},
            {"prompt": "Which river flows through Vienna?", "answer": "Danube"},
            {"prompt": "How many continents are there?", "answer": "7"},
        ]
    },
}
Q1, Q2, Q3 = (q["prompt"] for q in GEOGRAPHY["structure"]["questions"])


def _start(api: Api) -> str:
    return template_session(api, "Teodor", GEOGRAPHY)


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def test_asked_again_then_answered_the_long_way_keeps_every_grade_on_its_question(api: Api) -> None:
    sid = _start(api)
    again = _turn(api, sid, "Pardon me, once more, slower please. The capital... of where?")
    assert Q1 in again["reply"] and Q2 not in again["reply"] and attempts(api, sid) == []
    _turn(api, sid, "Ah, that is Canberra, the city they drew on a map between Sydney and Melbourne.")
    _turn(api, sid, "The Danube, of course, the blue one from the waltz.")
    assert attempts(api, sid) == [("q1", True), ("q2", True)]


def test_a_wish_to_tell_something_first_is_taken_up_and_the_question_waits(api: Api) -> None:
    sid = _start(api)
    _turn(api, sid, "Canberra.")
    wish = _turn(
        api,
        sid,
        "Hold on, before the next question, let me tell you about the lighthouse at Constanța. "
        "My father kept it for twenty-two years and my niece wants it for her class.",
    )
    assert "lighthouse" in wish["reply"] and "?" in wish["reply"] and Q3 not in wish["reply"]
    assert attempts(api, sid) == [("q1", True)]  # the wish is no answer to the river
    story = _turn(api, sid, "He climbed the stairs every night at dusk and wound the lamp by hand, in all weathers.")
    assert Q2 in story["reply"] and attempts(api, sid) == [("q1", True)]  # what was told is not graded
    _turn(api, sid, "The Danube.")
    assert attempts(api, sid) == [("q1", True), ("q2", True)]


def test_an_answer_before_a_wish_to_tell_is_graded(api: Api) -> None:
    """Look-alike: the answer said first, then a story offered, is an answer."""
    sid = _start(api)
    answered = _turn(api, sid, "Sydney. Let me tell you about the harbour bridge, I walked over it in 1988.")
    assert Q2 in answered["reply"] and attempts(api, sid) == [("q1", False)]
