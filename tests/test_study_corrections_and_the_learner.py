"""The study tutor's grading (review3 of 755a6e9): a change of mind said after an apology ("Red. Sorry about
that, I meant blue.") or with "I meant" / "… actually" is the answer, while an apology or a remark after the
answer leaves it standing; the learner naming themselves where the answer is "you" ("I am.", "Me.") is right
said as the answer, never asked back ("Me? Or the coastguard?") or said unsure ("Me? Not sure."). Over the real
turn API, such replies are graded as they read."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade, no_attempt
from tests.support import Api
from tests.turns_support import attempts, say, template_session

BOARD = "What colour chopping board is used for raw meat?"
CAPITAL = "What is the capital of France?"
FRIDGE = "At what temperature should a fridge be kept?"


@pytest.mark.parametrize(
    ("said", "prompt", "expected", "right"),
    [
        # review3's own: the correction after "sorry about / for …" is the answer
        ("Red. Sorry about that, I meant blue.", BOARD, "red", False),
        ("Red. Sorry for the noise, it's blue actually.", BOARD, "red", False),
        # other wordings and kinds: "I meant", "I meant to say", "X actually", a name, a number
        ("Blue. Sorry about that, I meant red.", BOARD, "red", True),
        ("Red, I meant blue.", BOARD, "red", False),
        ("Yellow. Sorry if that was slow, I meant to say green.", BOARD, "yellow", False),
        ("Green. Sorry for the mix-up, yellow actually.", BOARD, "yellow", True),
        ("Red. Blue actually.", BOARD, "red", False),
        ("Paris. Sorry about that, I meant Lyon.", CAPITAL, "Paris", False),
        ("Lyon. Sorry, Paris actually.", CAPITAL, "Paris", True),
        ("Five. Sorry about that, I meant eight.", FRIDGE, "5°C", False),
        ("Eight. Sorry for the noise, five actually.", FRIDGE, "5°C", True),
    ],
)
def test_a_change_of_mind_after_an_apology_is_the_answer(said: str, prompt: str, expected: str, right: bool) -> None:
    assert grade(said, [expected], prompt=prompt) is right


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        # an apology or a remark after the answer, sharing the words, names no new answer
        ("Red. Sorry to say it, but at home we used one board.", BOARD, "red"),
        ("Red. Sorry for the noise, the kids are loud actually.", BOARD, "red"),
        ("Red. Sorry to say, at home it was blue actually.", BOARD, "red"),
        ("Red. Sorry, I was right actually.", BOARD, "red"),
        ("Red. Well actually, my mum used one board.", BOARD, "red"),
        ("Red, the raw meat one actually.", BOARD, "red"),
        ("Red, I meant what I said.", BOARD, "red"),
        ("Red, I meant to say that earlier.", BOARD, "red"),
        ("Red, I meant to tell you, my mum used blue.", BOARD, "red"),
        ("Paris. My cousin lives in Lyon actually.", CAPITAL, "Paris"),
        ("Five. Sorry, my shift starts at eight actually.", FRIDGE, "5°C"),
    ],
)
def test_an_apology_or_a_remark_after_the_answer_leaves_it_standing(said: str, prompt: str, expected: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


SAFETY = "Who is responsible for your safety on the boat?"
WEATHER = "Who must check the weather before you sail?"
FINAL_SAY = "Who has the final say on whether the boat goes out?"


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        # review3's own: the commonest first-person answer to "who is responsible"
        ("I am.", SAFETY, "you"),
        ("I am, the skipper.", SAFETY, "you"),
        # other wordings and forms of "you"
        ("I do.", WEATHER, "you"),
        ("I must.", WEATHER, "you"),
        ("I have.", FINAL_SAY, "you do"),
        ("I am.", SAFETY, "you are"),
        ("Me, I think.", SAFETY, "you"),
        ("Me. I'm not sure who else would be.", SAFETY, "you"),
    ],
)
def test_the_learner_said_as_the_answer_answers_you(said: str, prompt: str, expected: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "prompt", "expected"),
    [
        # review3's own: asked back beside another, or said unsure
        ("Me? Not sure.", SAFETY, "you"),
        ("Me? Or the coastguard?", SAFETY, "you"),
        # other wordings
        ("Me, or the harbour master.", SAFETY, "you"),
        ("Myself? I don't know.", WEATHER, "you"),
        ("I am, not sure.", SAFETY, "you"),
        ("I am?", SAFETY, "you"),
        # look-alikes that never named the learner as the answer
        ("I am not.", SAFETY, "you"),
        ("I can't.", WEATHER, "you"),
        ("The coastguard. Me, I'd just stay in.", SAFETY, "you"),
    ],
)
def test_the_learner_asked_back_or_unsure_is_not_right(said: str, prompt: str, expected: str) -> None:
    assert grade(said, [expected], prompt=prompt) is not True


def test_me_said_unsure_is_a_skip() -> None:
    assert no_attempt("Me? Not sure.", ["you"], SAFETY) == "skip"


BOATING = {
    "name": "Day skipper basics",
    "kind": "study",
    "intention": "Ready for the day skipper course",
    "structure": {
        "questions": [
            {"prompt": SAFETY, "answer": "you"},
            {"prompt": "What colour is the port side light?", "answer": "red"},
            {"prompt": "Who must check the weather before you sail?", "answer": "you"},
        ]
    },
}


def test_grades_over_the_turn_api(api: Api) -> None:
    sid = template_session(api, "Aroha", BOATING)
    say(api, sid, "I am, the skipper.", wait=20)
    say(api, sid, "Red. Sorry about that, I meant green.", wait=20)
    say(api, sid, "Me? Or the harbour master?", wait=20)
    assert attempts(api, sid) == [("q1", True), ("q2", False), ("q3", False)]
