"""A study session's success indicators are met by right answers to the questions they are about
("Knows how many legs a spider has" by the spider question answered right), over the real turn API; a
wrong answer, or a right answer to a question about something else, marks nothing. The wording is
other than any benchmark persona's (a nature quiz)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks
from tests.support import Api
from tests.turns_support import say, template_session

NATURE = {
    "name": "Nature quiz",
    "kind": "study",
    "intention": "Get ready for the school nature walk",
    "structure": {
        "questions": [
            {"prompt": "How many legs does an ant have?", "answer": "6"},
            {"prompt": "How many legs does a spider have?", "answer": "8"},
            {"prompt": "What is the capital of Australia?", "answer": "Canberra"},
        ]
    },
}
AIMS = ["Knows how many legs a spider has", "Names the capital of Australia"]


def test_a_right_answer_meets_the_indicator_its_question_is_about(api: Api) -> None:
    sid = template_session(api, "Tamsin", NATURE, success_indicators=AIMS)
    ant = say(api, sid, "Six, I counted them on the patio.", wait=20)
    assert ant["indicators"] == []  # right, but the ant question is about no indicator ("legs" alone is not)
    spider = say(api, sid, "Six as well?", wait=20)
    assert spider["indicators"] == []  # the spider question, answered wrong
    capital = say(api, sid, "Canberra!", wait=20)
    assert [(c["index"], c["met"]) for c in capital["indicators"]] == [(1, True)]
    assert "capital of Australia" in capital["indicators"][0]["evidence"]
    assert "Canberra" in capital["indicators"][0]["evidence"]
    session = api.ok("GET", f"/sessions/{sid}")
    assert [i["met"] for i in session["success_indicators"]] == [False, True]


@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        ("Knows how many moons Mars has", "How many moons does Mars have?", True),
        ("Can name the gas plants take in", "Which gas do plants take in from the air?", True),
        ("Knows the boiling point of water", "At what temperature does water reach its boiling point?", True),
        ("Names the third planet from the Sun", "Which is the third planet from the Sun?", True),
        # look-alikes: another thing of the same kind, another rank, a word shared by chance
        ("Knows how many moons Mars has", "How many moons does Neptune have?", False),
        ("Names the third planet from the Sun", "Which is the fourth planet from the Sun?", False),
        ("Names the third planet from the Sun", "Which planet is closest to the Sun?", False),
        ("Knows the boiling point of water", "How many litres of water does a bath hold?", False),
        ("Knows how many moons Mars has", "How many days are in a week?", False),
    ],
)
def test_which_questions_an_indicator_is_about(aim: str, prompt: str, met: bool) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}, {"text": aim, "met": True}])
    marks = answered_marks(ctx, prompt, "x")  # type: ignore[arg-type]
    assert [m.index for m in marks] == ([0] if met else [])
