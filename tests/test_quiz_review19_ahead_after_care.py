"""After a moment of care the reply is first a reply to the care: only a real sign of going on answers the next
question ahead (review of ffd4745). A yes or no never does (the care offer is itself a yes/no question), nor a
request to hold on, nor a figure, ordinal or colour said in talk of the loss; a figure said bare after "next one"
still does, and a name said alone still does. Other wordings than the review's beside its own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.study import answered_ahead
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session


def _q(prompt: str, answer: str) -> dict[str, Any]:
    return {"id": "q2", "prompt": prompt, "answer": answer}


NO = _q("Can a player be offside directly from a throw-in?", "no")
YES = _q("Is a goal scored directly from a kick-off allowed?", "yes")
RED = _q("What colour card does the referee show for a sending-off?", "red")
ELEVEN = _q("How many players does each team have on the field at the start of a match?", "11")
SECOND = _q("Where did Croatia finish at the 2018 World Cup?", "2nd place")
WHITE = _q("What colour is the ball in most matches?", "white")
TWO = _q("How many yellow cards make a red?", "2")
YEAR = _q("In what year did the NATO bombing of Yugoslavia begin?", "1999")
COLLINA = _q("Who refereed the 2002 World Cup final?", "Pierluigi Collina")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the review's sentences
        (NO, "No. I'm fine, go on."),
        (NO, "No."),
        (NO, "No, I'm okay."),
        (NO, "No. It was long ago."),
        (NO, "Thank you. No."),
        (YES, "Yes, go on."),
        (YES, "Yes."),
        (YES, "Yes, please."),
        (YES, "Yes, carry on."),
        (ELEVEN, "Eleven years ago now. Thank you."),
        (ELEVEN, "Only eleven. So young."),
        (ELEVEN, "Eleven. I was eleven."),
        (SECOND, "Wait a second."),
        (SECOND, "The second. My mother was the first."),
        (RED, "Red roses at the funeral."),
        (RED, "Red. Everything was red that day."),
        (WHITE, "White. He was buried in white."),
        (WHITE, "All in white."),
        (TWO, "Two years."),
        (TWO, "Two. Two brothers."),
        # other wordings of the same
        (NO, "No, no, don't worry. Let's keep going."),
        (YES, "Yes, I'm alright. Continue."),
        (SECOND, "Hang on a second."),
        (SECOND, "Just a second, please."),
        (ELEVEN, "Eleven months in the hospital."),
        (ELEVEN, "Eleven. That's how old my son was."),
        (RED, "Red. The sky was red when they came."),
        (TWO, "Two weeks later the letter came."),
        (YEAR, "Nineteen ninety-nine. Thank you."),
        (YEAR, "In ninety-nine. Go on."),
    ],
)
def test_a_reply_to_care_is_no_answer_ahead(question: dict[str, Any], said: str) -> None:
    assert answered_ahead(said, [question]) is None


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (COLLINA, "It's okay, ask the last one. Collina."),
        (COLLINA, "Thank you. Collina."),
        (ELEVEN, "It's okay. Next one, eleven."),
        (ELEVEN, "Fine, next question. Eleven players."),
        (YEAR, "It's okay. Nineteen ninety-nine, the next one."),
        (SECOND, "Thanks, next one. Second place."),
        (RED, "Alright, the last one. Red."),
    ],
)
def test_a_real_sign_of_going_on_still_answers_ahead(question: dict[str, Any], said: str) -> None:
    assert answered_ahead(said, [question]) == "q2"


REFEREE = {
    "name": "Referee theory",
    "kind": "study",
    "intention": "Pass the referee exam",
    "structure": {
        "questions": [
            {"prompt": "What card is shown for a caution?", "answer": "yellow"},
            {"prompt": "Can a player be offside directly from a throw-in?", "answer": "no"},
            {"prompt": "How many players does each team have on the field at the start of a match?", "answer": "11"},
        ]
    },
}
Q2 = REFEREE["structure"]["questions"][1]["prompt"]


@pytest.mark.parametrize("said", ["No. I'm fine, go on.", "No, don't worry, carry on.", "Eleven years ago now."])
def test_over_the_api_the_next_question_is_asked_after_a_reply_to_care(api: Api, said: str) -> None:
    sid = template_session(api, "Goran", REFEREE)
    told = say(api, sid, "Yellow. My father was killed in the bombing in ninety-nine.", wait=20)
    assert question_id(told).startswith("care.") and attempts(api, sid) == [("q1", True)], told["reply"]
    on = say(api, sid, said, wait=20)
    assert attempts(api, sid) == [("q1", True)], on["reply"]
    assert question_id(on) == "q2" and Q2 in on["reply"], on["reply"]
