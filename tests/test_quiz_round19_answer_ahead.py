"""After a moment of care, the question before it answered, a learner revising from the sheet may go on by
answering the next question, not yet asked ("It's okay, ask the last one. Collina."): over the real turn API that
answer is graded against it, it is not asked again, the score counts it, and a leave-taking said after it is
heard. Never a wrong answer, one inside talk of someone, or a reply to the care alone. Other wording than any
benchmark persona's (a geography quiz, a mother's death)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session

RIVERS = {
    "name": "Geography of the Americas",
    "kind": "study",
    "intention": "Pass the geography module",
    "structure": {
        "questions": [
            {"prompt": "What is the longest river in South America?", "answer": "the Amazon"},
            {"prompt": "What is the capital of Peru?", "answer": "Lima"},
            {"prompt": "How many countries border Bolivia?", "answer": "5"},
        ]
    },
}
Q1, Q2, Q3 = (q["prompt"] for q in RIVERS["structure"]["questions"])


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def _care_after_an_answer(api: Api) -> str:
    sid = template_session(api, "Itzel", RIVERS)
    told = _turn(api, sid, "The Amazon. My mother passed away in March, she taught geography for forty years.")
    assert question_id(told).startswith("care.") and attempts(api, sid) == [("q1", True)], told["reply"]
    return sid


@pytest.mark.parametrize(
    "said",
    [
        "Thank you, I'm fine, carry on. Lima.",
        "That's kind of you. Lima!",
        "It's alright, she'd want me to go on. Lima, I think.",
    ],
)
def test_the_next_question_answered_after_care_is_graded_and_not_asked(api: Api, said: str) -> None:
    sid = _care_after_an_answer(api)
    on = _turn(api, sid, said)
    assert attempts(api, sid) == [("q1", True), ("q2", True)], on["reply"]
    assert question_id(on) == "q3" and Q3 in on["reply"] and Q2 not in on["reply"], on["reply"]
    last = _turn(api, sid, "Five.")
    assert attempts(api, sid) == [("q1", True), ("q2", True), ("q3", True)]
    assert question_id(last) == "closing" and "3" in last["reply"] and Q2 not in last["reply"], last["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. Let's go on.",
        "Thanks. She loved Lima, she lived there.",  # the answer's word inside talk of someone
        "Thank you, go on. Quito.",  # a wrong answer ahead is no answer: the question is asked
        "Thanks. Five.",  # the answer to a question further on
    ],
)
def test_a_reply_to_the_care_alone_answers_nothing_ahead(api: Api, said: str) -> None:
    sid = _care_after_an_answer(api)
    on = _turn(api, sid, said)
    assert attempts(api, sid) == [("q1", True)], on["reply"]
    assert question_id(on) == "q2" and Q2 in on["reply"], on["reply"]


def test_a_leave_taking_after_the_last_answer_ahead_ends(api: Api) -> None:
    sid = template_session(api, "Itzel", RIVERS)
    _turn(api, sid, "The Amazon.")
    told = _turn(api, sid, "Lima. My mother passed away in March, she taught geography for forty years.")
    assert question_id(told).startswith("care."), told["reply"]
    end = _turn(api, sid, "It's alright, go on, ask the last one. Five. That's enough for today, goodnight.")
    assert attempts(api, sid) == [("q1", True), ("q2", True), ("q3", True)], end["reply"]
    assert end["proposed_end"] and Q3 not in end["reply"], end["reply"]
