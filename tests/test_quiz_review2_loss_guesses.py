"""Second review of the quiz-grading fixes (E): a wrong guess said beside a loss was taken for talk around the loss
and left the question unanswered ('We lost Dad in the winter. He always said Montreal was the capital, but I
think Toronto.' no attempt); a right one was graded all along. A hedged guess of a name or a figure ('but I think
X', 'is it X?', 'X, isn't it?') beside a loss is an attempt, graded; the loss is still met with care. The
reviewer's sentences and others; look-alikes: kin, a time or someone told hedged stay the talk of the loss."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import grade, no_attempt
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session

CANADA = "What is the capital of Canada?"
AUSTRALIA = "What is the capital of Australia?"
NILE = "Which river flows through Cairo?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        (
            "We lost Dad in the winter. He always said Montreal was the capital, but I think Toronto.",
            "Ottawa",
            CANADA,
        ),  # the reviewer's
        ("My husband died in Montreal, so that one sticks. Toronto, isn't it?", "Ottawa", CANADA),
        ("My son moved to Vancouver after his wife died, is it Vancouver?", "Ottawa", CANADA),
        ("We lost Mum in the spring. She always said Perth, but I reckon Sydney.", "Canberra", AUSTRALIA),
        ("My brother passed away in Brisbane last year. Melbourne, wasn't it?", "Canberra", AUSTRALIA),
        ("Our Grandad died on the boat home, maybe the Tigris?", "the Nile", NILE),
    ],
)
def test_a_wrong_guess_beside_a_loss_is_graded(said: str, expected: str, prompt: str) -> None:
    assert no_attempt(said, [expected], prompt) is None
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("My husband died last year. I think Dad took it hardest.", "Ottawa", CANADA),  # someone told
        ("We lost Mum in the spring. I think Grandad.", "Canberra", AUSTRALIA),  # kin
        ("My sister died in May, wasn't it?", "Canberra", AUSTRALIA),  # a time of the loss, asked
        ("My wife passed away last month, it was in March I think.", "the Nile", NILE),
    ],
)
def test_the_talk_around_a_loss_stays_no_attempt(said: str, expected: str, prompt: str) -> None:
    assert no_attempt(said, [expected], prompt) == "loss"


GEOGRAPHY = {
    "name": "Capitals",
    "kind": "study",
    "intention": "Brush up on capitals",
    "structure": {
        "questions": [
            {"prompt": CANADA, "answer": "Ottawa"},
            {"prompt": AUSTRALIA, "answer": "Canberra"},
        ]
    },
}


def test_the_guess_is_recorded_wrong_and_the_loss_still_met_with_care(api: Api) -> None:
    sid = template_session(api, "Odile", GEOGRAPHY)
    said = "We lost my father in the winter. He always said Montreal, but I think Toronto."
    told: dict[str, Any] = say(api, sid, said, wait=20)
    assert attempts(api, sid) == [("q1", False)], told["reply"]
    assert question_id(told).startswith("care."), told["reply"]
