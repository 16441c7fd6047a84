"""The study tutor on round 18's loss told between questions, in other wording (a pigeon-racing, a gardening
and a sailing quiz): a loss told with talk around it ("… up behind the allotments. He passed away at Easter.
Every bird came home that night. All twelve.") is no attempt at the question, as the loss is met with care;
graded as a wrong answer, the reply to care that answers the question was left ungraded and every later grade
fell one question off. Now the talk around a loss (clauses that share no word with the question, a number
to a question asking none) answers nothing. Look-alikes graded as before: an answer said first or alone beside
the loss ("A reef knot. My grandad died in June …", "… near the harbour. A clove hitch?"), the same talk
without a loss."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import grade, no_attempt
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session

PIGEONS = "What do homing pigeons use to find their way home?"
ROSES = "When should climbing roses be pruned?"
KNOTS = "Which knot makes a fixed loop at the end of a line?"


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        (
            "My brother kept pigeons with me for twenty years, up behind the allotments. He passed away at Easter."
            " Every bird came home that night. All twelve.",
            PIGEONS,
            "the earth's magnetic field",
        ),
        (
            "My aunt Rosa, she grew them up the back wall of the chapel, on the trellis. She passed away last"
            " spring. Nobody has cut them since, all wild now.",
            ROSES,
            "late winter",
        ),
        (
            "Grandad taught me on the quay at Whitby, with the old nets. We buried him in June, near the harbour"
            " wall, the whole lifeboat crew came.",
            KNOTS,
            "a bowline",
        ),
    ],
)
def test_a_loss_told_with_talk_around_it_is_no_attempt(said: str, prompt: str, expected: str) -> None:
    assert no_attempt(said, [expected], prompt) == "loss"
    assert grade(said, [expected], prompt=prompt) is None


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        ("A reef knot. My grandad died in June, he showed me on the quay.", KNOTS, "a bowline"),
        ("My grandad died in June, near the harbour. A clove hitch?", KNOTS, "a bowline"),
        ("In summer, I'd say. My aunt passed away last spring, she grew them on the trellis.", ROSES, "late winter"),
        # an answer said alone after the loss, hedged
        ("My brother passed away at Easter. By smell, I reckon.", PIGEONS, "the earth's magnetic field"),
    ],
)  # fmt: skip
def test_an_answer_beside_a_loss_is_still_graded(said: str, prompt: str, expected: str) -> None:
    assert no_attempt(said, [expected], prompt) is None
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    "said",
    [
        "Up behind the allotments. All twelve.",  # the same talk, no loss: a (wrong) attempt as before
        "My brother kept pigeons with me for twenty years, up behind the allotments. All twelve.",
    ],
)
def test_the_same_talk_without_a_loss_is_graded(said: str) -> None:
    assert grade(said, ["the earth's magnetic field"], prompt=PIGEONS) is False


LOFT = {
    "name": "Pigeon racing",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": PIGEONS, "answer": "the earth's magnetic field"},
            {"prompt": "How many days old is a squeaker when it leaves the nest?", "answer": "28"},
            {"prompt": "What is a pigeon's home called?", "answer": "a loft"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=30)


def test_after_a_loss_told_with_talk_the_question_is_answered_and_grades_do_not_shift(api: Api) -> None:
    sid = template_session(api, "Dilwyn", LOFT)
    told = _turn(
        api,
        sid,
        "My brother kept pigeons with me for twenty years, up behind the allotments. He passed away at Easter."
        " Every bird came home that night. All twelve.",
    )
    assert question_id(told).startswith("care.") and attempts(api, sid) == [], told["reply"]
    after = _turn(api, sid, "Thank you, it's fine. The earth's magnetic field, they feel it.")
    assert attempts(api, sid) == [("q1", True)], after["reply"]
    assert question_id(after) == "q2", after["reply"]
    last = _turn(api, sid, "Twenty-eight days.")
    assert attempts(api, sid) == [("q1", True), ("q2", True)], last["reply"]
