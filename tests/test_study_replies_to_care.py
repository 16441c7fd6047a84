"""After a moment of care, what answers the care offer is no answer to the question the loss left open, over
the real turn API and in the grading rules, in other wording than any benchmark persona's (a bee-keeping
quiz): a time span the question does not ask for ("One sec.", "Maybe two minutes."), words of a pause or of
when to go on ("Maybe later.", "Perhaps a walk first."), a remark about the one who died ("Eighty-four, he
was."); only a clause of the question's kind answers it. Look-alikes beside each."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import answers_open_question
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session

DRONES = "Which male bees leave the hive to mate?"
DAYS = "How many days does a worker bee take to develop from egg to adult?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        # a time span, a pause, when to go on: the care offer answered
        ("One sec.", ["21"], DAYS),
        ("Maybe two minutes.", ["21"], DAYS),
        ("About five minutes, then go on?", ["21"], DAYS),
        ("I think ten more minutes.", ["21"], DAYS),
        ("Maybe two minutes.", ["drones"], DRONES),
        ("I think ten more minutes.", ["drones"], DRONES),
        ("Maybe later.", ["drones"], DRONES),
        ("Perhaps a walk first.", ["drones"], DRONES),
        ("Maybe tomorrow.", ["drones"], DRONES),
        ("Probably after a cup of tea.", ["drones"], DRONES),
        ("Perhaps in a bit.", ["drones"], DRONES),
        # a remark about the one who died
        ("Eighty-four, he was.", ["21"], DAYS),
        ("Ninety-one, she'd have been.", ["21"], DAYS),
    ],
)
def test_a_reply_to_the_care_offer_answers_no_open_question(said: str, expected: list[str], prompt: str) -> None:
    assert answers_open_question(said, expected, prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        # look-alikes: a clause of the question's kind answers it, a time asked for too
        ("Okay. Twenty-one days.", ["21"], DAYS),
        ("Maybe twenty, I think.", ["21"], DAYS),
        ("Maybe five minutes.", ["4"], "How many minutes should you boil an egg?"),
        ("About two minutes, I'd say.", ["4 minutes"], "How long should you boil an egg?"),
        ("Eighty-four, he was.", ["90"], "How old was Churchill when he died?"),
        ("The workers first, I think?", ["drones"], DRONES),
        ("Mm. Hydrogen, I think.", ["oxygen"], "Which gas do plants give off?"),
    ],
)
def test_a_clause_of_the_questions_kind_answers_it_after_care(said: str, expected: list[str], prompt: str) -> None:
    assert answers_open_question(said, expected, prompt) is True


BEES = {
    "name": "Beekeeping basics",
    "kind": "study",
    "intention": "Ready for the apiary exam",
    "structure": {
        "questions": [
            {"prompt": "What is the only bee in the colony that lays eggs?", "answer": "the queen"},
            {"prompt": DAYS, "answer": "21"},
            {"prompt": DRONES, "answer": "drones"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def _loss_at_q2(api: Api) -> str:
    sid = template_session(api, "Siosaia", BEES)
    _turn(api, sid, "The queen.")
    told = _turn(api, sid, "Hang on. We lost my grandad on Thursday, he kept the hives with me.")
    assert question_id(told).startswith("care.") and attempts(api, sid) == [("q1", True)], told["reply"]
    return sid


@pytest.mark.parametrize(
    "said", ["Maybe two minutes.", "About five minutes, then go on?", "Eighty-four, he was.", "Maybe ten minutes."]
)
def test_a_reply_to_the_care_leaves_the_open_question_to_be_asked_again(api: Api, said: str) -> None:
    sid = _loss_at_q2(api)
    after = _turn(api, sid, said)
    assert attempts(api, sid) == [("q1", True)], after["reply"]
    assert question_id(after).startswith("q2.again") and DAYS in after["reply"], after["reply"]


def test_one_sec_after_care_is_a_pause_not_an_answer(api: Api) -> None:
    sid = _loss_at_q2(api)
    paused = _turn(api, sid, "One sec.")
    assert question_id(paused).startswith("pause.") and attempts(api, sid) == [("q1", True)], paused["reply"]
    answered = _turn(api, sid, "Twenty-one.")
    assert question_id(answered) == "q3" and attempts(api, sid) == [("q1", True), ("q2", True)]
