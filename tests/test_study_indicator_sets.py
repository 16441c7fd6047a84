"""Study indicators (review3's findings), in quizzes of no benchmark persona: an indicator naming a set
("Knows the planets") is met when every question of the quiz asking one of the set has been answered right,
on the answer to the last of them (with one such question, by it; not with one of them wrong); a sound signal
is asked by a member said as the sound (a blast, a horn sounded), not by a whistle's meaning in a game, the
Horn of Africa or a whistle blown on a company."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks
from tests.support import Api
from tests.turns_support import say, template_session


@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        # a member said as the sound: asked
        ("Knows the sound signals", "How many short blasts mean 'I am turning to port'?", True),
        ("Knows the sound signals", "What does one long blast of the horn mean?", True),
        ("Knows the sound signals", "When is the foghorn sounded every two minutes?", True),
        # a whistle in a game, a horn as a place or a thing: no sound signal asked
        ("Knows the sound signals", "What does the referee's whistle mean at full time?", False),
        ("Knows the sound signals", "Which countries make up the Horn of Africa?", False),
        ("Knows the sound signals", "Which animal has a single horn on its nose?", False),
        ("Knows the sound signals", "Who blew the whistle on the tobacco companies?", False),
    ],
)
def test_sound_signals_are_asked_by_the_sound(aim: str, prompt: str, met: bool) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={})
    marks = answered_marks(ctx, prompt, "x")  # type: ignore[arg-type]
    assert [m.index for m in marks] == ([0] if met else [])


def _quiz(*prompts: str) -> dict[str, object]:
    return {
        "name": "Galley quiz",
        "kind": "study",
        "intention": "Ready for the galley exam",
        "structure": {"questions": [{"prompt": p, "answer": a} for p, a in prompts]},
    }


def _met(result: dict[str, object]) -> list[int]:
    return [c["index"] for c in result["indicators"] if c["met"]]  # type: ignore[attr-defined,index]


def test_a_set_with_one_question_is_met_by_it(api: Api) -> None:
    quiz = _quiz(("Which planet is largest?", "Jupiter"), ("What is the capital of Peru?", "Lima"))
    sid = template_session(api, "Ruairi", quiz, success_indicators=["Knows the planets"])
    assert _met(say(api, sid, "Jupiter.", wait=20)) == [0]


def test_a_set_is_met_on_the_last_of_its_questions_all_right(api: Api) -> None:
    quiz = _quiz(
        ("Which board colour is for raw meat?", "red"),
        ("What is the capital of Peru?", "Lima"),
        ("Which board colour is for cooked meat?", "yellow"),
    )
    sid = template_session(api, "Ruairi", quiz, success_indicators=["Knows the board colours"])
    assert _met(say(api, sid, "Red.", wait=20)) == []
    assert _met(say(api, sid, "Lima.", wait=20)) == []
    assert _met(say(api, sid, "Yellow.", wait=20)) == [0]


def test_a_set_with_one_question_wrong_is_not_met(api: Api) -> None:
    quiz = _quiz(("Which board colour is for raw meat?", "red"), ("Which board colour is for fish?", "blue"))
    sid = template_session(api, "Ruairi", quiz, success_indicators=["Knows the board colours"])
    assert _met(say(api, sid, "Red.", wait=20)) == []
    assert _met(say(api, sid, "Green, I think.", wait=20)) == []
    quiz2 = _quiz(("Which board colour is for raw meat?", "red"), ("Which board colour is for fish?", "blue"))
    sid2 = template_session(api, "Ruairi", quiz2, success_indicators=["Knows the board colours"])
    assert _met(say(api, sid2, "Green.", wait=20)) == []
    assert _met(say(api, sid2, "Blue.", wait=20)) == []


@pytest.mark.parametrize(
    ("aim", "prompt"),
    [
        ("Knows the planets", "Which planet is largest?"),
        ("Knows the symptoms of hypothermia", "What symptom of hypothermia comes first?"),
    ],
)
def test_one_question_of_a_set_alone_meets_it(aim: str, prompt: str) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={"questions": [{"id": "q1", "prompt": prompt}]})
    assert [m.index for m in answered_marks(ctx, prompt, "x", {"q1": True})] == [0]  # type: ignore[arg-type]


def test_another_question_of_the_set_unanswered_leaves_it_open() -> None:
    questions = [
        {"id": "q1", "prompt": "Which planet is largest?"},
        {"id": "q2", "prompt": "Which planet is closest to the Sun?"},
        {"id": "q3", "prompt": "What is the capital of Peru?"},
    ]
    ctx = SimpleNamespace(success_indicators=[{"text": "Knows the planets"}], data={"questions": questions})
    prompt = questions[0]["prompt"]
    assert answered_marks(ctx, prompt, "x", {"q1": True}) == []  # type: ignore[arg-type]
    assert answered_marks(ctx, prompt, "x", {"q1": True, "q2": False, "q3": True}) == []  # type: ignore[arg-type]
    assert [m.index for m in answered_marks(ctx, prompt, "x", {"q1": True, "q2": True})] == [0]  # type: ignore[arg-type]
