"""Review of care25 (round 25): a figure answered ahead inside a sentence after care.

After care the learner says they go on ("ask the next one") and answers the next question with its figure and
measure in a clause of a longer sentence: graded against that question (study.answered_ahead through
figure_in_prose). A figure of something else (a time since a death, someone's height) stays no answer.
"""

from __future__ import annotations

import pytest

from agent.guided.study import answered_ahead

_HEIGHT = {
    "id": "q8",
    "prompt": "At what height above the ground is diameter at breast height measured in the UK?",
    "answer": "1.3 metres",
}
_PITCH = {"id": "q9", "prompt": "How long is a cricket pitch?", "answer": "22 yards"}
_TEAM = {"id": "q10", "prompt": "How many players are in a football team?", "answer": "11"}


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Nu, it's okay, ask the next one. Four foot three, roughly.", _HEIGHT),
        ("It's alright, next question. One point three metres, about where my chest is.", _HEIGHT),
        ("Fine, ask the next one. About four foot three, where my belt is, give or take.", _HEIGHT),
        ("Okay, next one. Twenty-two yards, from stump to stump, my dad taught me.", _PITCH),
        ("Okay, next one. Eleven players, my brother told me once.", _TEAM),
    ],
)
def test_figure_with_its_measure_in_a_sentence_answers_ahead(text: str, question: dict) -> None:
    assert answered_ahead(text, [question]) == question["id"]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("It's fine, next one. Four years ago, when he died.", _HEIGHT),
        ("It's fine, next one. Four foot three he was when he died.", _HEIGHT),
        ("It's fine, next one. Four foot three, the coffin was.", _HEIGHT),
        ("Okay, next one. Twenty-two years we were married, me and him.", _PITCH),
        ("Okay, next one. Eleven years ago now, when she passed.", _TEAM),
        ("Okay, next one. My dad was six foot three, a big man.", _HEIGHT),
        ("Four foot three, roughly, where the tape goes round on me.", _HEIGHT),  # no going on said
    ],
)
def test_figure_of_something_else_is_no_answer_ahead(text: str, question: dict) -> None:
    assert answered_ahead(text, [question]) is None
