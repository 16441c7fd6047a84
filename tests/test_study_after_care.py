"""After a moment of care the person may go on and answer the question the loss interrupted: over the real
turn API, that answer is graded against the open question (right or wrong, after the care or after the pause
it led to), the next question follows and the closing score counts it. Thanks, a wish to go on or a moment
asked for ("Can we stop for a minute?") answer nothing: the open question is asked again. Other wording than
any benchmark persona's (a beekeeper's quiz, a grandfather's death)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.grading import answers_open_question, no_attempt, pause_asked
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session

BEES = {
    "name": "Beekeeping basics",
    "kind": "study",
    "intention": "Ready for the apiary exam",
    "structure": {
        "questions": [
            {"prompt": "What is the only bee in the colony that lays eggs?", "answer": "the queen"},
            {"prompt": "How many days does a worker bee take to develop from egg to adult?", "answer": "21"},
            {"prompt": "Which male bees leave the hive to mate?", "answer": "drones"},
        ]
    },
}
Q1, Q2, Q3 = (q["prompt"] for q in BEES["structure"]["questions"])
LOSS = "Hang on a second. My grandad died on Thursday, he kept the hives with me."


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=20)


def _care_then(api: Api, *replies: str) -> tuple[str, list[dict[str, Any]]]:
    """A session whose second question is met by a loss instead of an answer, then ``replies``."""
    sid = template_session(api, "Siosaia", BEES)
    _turn(api, sid, "The queen.")
    told = _turn(api, sid, LOSS)
    assert question_id(told).startswith("care.") and Q3 not in told["reply"], told["reply"]
    assert attempts(api, sid) == [("q1", True)]  # the loss is no attempt: the question stays open
    return sid, [_turn(api, sid, said) for said in replies]


@pytest.mark.parametrize(
    ("said", "right"),
    [
        ("Okay. Twenty-one days.", True),
        ("21", True),
        ("Thanks. I'd say eighteen.", False),
    ],
)
def test_an_answer_after_care_is_graded_against_the_open_question(api: Api, said: str, right: bool) -> None:
    sid, [after] = _care_then(api, said)
    assert attempts(api, sid) == [("q1", True), ("q2", right)]
    assert question_id(after) == "q3" and Q3 in after["reply"] and Q2 not in after["reply"], after["reply"]


def test_an_answer_after_the_pause_care_led_to_is_graded_and_counted_in_the_score(api: Api) -> None:
    sid, [paused, answered, last] = _care_then(api, "Can we stop for a minute?", "Right. Twenty-one.", "Drones.")
    assert question_id(paused).startswith("pause."), paused["reply"]
    assert question_id(answered) == "q3"
    assert attempts(api, sid) == [("q1", True), ("q2", True), ("q3", True)]
    assert question_id(last) == "closing" and "3" in last["reply"], last["reply"]


@pytest.mark.parametrize("said", ["Give me a moment.", "Thank you, that's kind. I'm all right now.", "Let's go on."])
def test_thanks_a_moment_or_going_on_after_care_answer_nothing(api: Api, said: str) -> None:
    sid, [after] = _care_then(api, said)
    assert attempts(api, sid) == [("q1", True)]
    assert Q3 not in after["reply"], after["reply"]


@pytest.mark.parametrize(
    "loss",
    [
        "My grandad died on Thursday, he kept the hives with me.",
        "Sorry, before that. We lost my grandad on Thursday. It's hard to focus today.",
        "I can't think straight, my gran passed away last night.",
    ],
)
def test_a_loss_told_instead_of_an_answer_leaves_the_question_open_for_after_the_care(api: Api, loss: str) -> None:
    sid = template_session(api, "Siosaia", BEES)
    _turn(api, sid, "The queen.")
    told = _turn(api, sid, loss)
    assert question_id(told).startswith("care."), told["reply"]
    assert attempts(api, sid) == [("q1", True)]  # no wrong answer recorded for the loss
    after = _turn(api, sid, "Right. Twenty-one days.")
    assert attempts(api, sid) == [("q1", True), ("q2", True)] and question_id(after) == "q3"


def test_an_answer_told_with_a_loss_is_graded_at_once_and_care_then_goes_on(api: Api) -> None:
    """Look-alike: the answer said beside the loss is the attempt; the reply to the care answers nothing."""
    sid = template_session(api, "Siosaia", BEES)
    _turn(api, sid, "The queen.")
    told = _turn(api, sid, "Eighteen. My grandad died on Thursday, he kept the hives with me.")
    assert question_id(told).startswith("care.") and attempts(api, sid) == [("q1", True), ("q2", False)]
    on = _turn(api, sid, "Thank you. Twenty-one, was it? Let's go on.")
    assert question_id(on) == "q3" and attempts(api, sid) == [("q1", True), ("q2", False)], on["reply"]


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("My husband passed away in the spring.", "loss"),
        ("We lost our little boy last year. It's hard, today.", "loss"),
        # look-alikes: an answer said beside the loss, or words of death that are the answer's subject
        ("The drone. My uncle, who died in May, kept bees too.", None),
        ("Drones die after mating, don't they?", None),
    ],
)
def test_a_loss_told_without_an_answer_is_no_attempt(said: str, kind: str | None) -> None:
    assert no_attempt(said, ["drones"], "Which male bees leave the hive to mate?") == kind


@pytest.mark.parametrize(
    ("said", "expected", "prompt", "answers"),
    [
        ("Right. The bass clef.", ["the treble clef"], "Which clef is drawn around G?", True),
        ("Mm. Hydrogen, I think.", ["oxygen"], "Which gas do plants give off?", True),
        ("Thanks, I think I'm ready now.", ["oxygen"], "Which gas do plants give off?", False),
        ("Okay. Maybe carry on then.", ["oxygen"], "Which gas do plants give off?", False),
        ("Perhaps a short break, love.", ["oxygen"], "Which gas do plants give off?", False),
        ("Fine. Forty.", ["50"], "What is the speed limit here?", True),
        # look-alikes: thanks, a moment asked for, a number told in a remark
        ("Thank you so much.", ["the treble clef"], "Which clef is drawn around G?", False),
        ("Give me a moment, please.", ["50"], "What is the speed limit here?", False),
        ("We buried him at ten this morning.", ["50"], "What is the speed limit here?", False),
    ],
)
def test_what_answers_a_question_not_just_asked(said: str, expected: list[str], prompt: str, answers: bool) -> None:
    assert answers_open_question(said, expected, prompt) is answers


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("Can we stop for a minute?", True),
        ("Let's just pause a moment.", True),
        ("Could I rest for a bit?", True),
        # look-alikes: a stop told of, and a stop for today (a wish to stop, not a moment)
        ("We'd stop for a minute at the gate every morning.", False),
        ("Can we stop for today?", False),
    ],
)
def test_a_stop_for_a_short_while_is_a_moment_asked_for(said: str, asked: bool) -> None:
    assert pause_asked(said) is asked
