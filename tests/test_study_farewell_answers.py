"""A quiz answer that is itself a farewell phrase is an answer, not a wish to stop (agent.guided.study, review2).
Seen: "How do you say goodbye informally in Italian?" -> "Ciao." was marked right, then "let's stop here for today";
the same for "Buenas noches." in a language quiz. The expected answer wins: a reply graded right is a wish to stop
only when what it says beside the answer's words is one ("Ciao. That's enough for today, I'm tired.")."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.study import beside_answer
from tests.support import Api
from tests.turns_support import attempts, say, template_session

PHRASES: dict[str, Any] = {
    "name": "Travel phrases",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": "How do you say goodbye informally in Italian?", "answer": "Ciao"},
            {"prompt": "How do you say good night in Spanish?", "answer": "Buenas noches"},
            {"prompt": "How do you say see you tomorrow in French?", "answer": "À demain"},
            {"prompt": "How do you say thank you in German?", "answer": "Danke"},
        ]
    },
}


@pytest.mark.parametrize(("said", "expected"), [("Ciao.", "Ciao"), ("Buenas noches!", "Buenas noches")])
def test_nothing_is_left_beside_a_farewell_that_is_the_answer(said: str, expected: str) -> None:
    assert not beside_answer(said, [expected]).strip(" .!")


def test_a_farewell_answered_right_goes_on_to_the_next_question(api: Api) -> None:
    sid = template_session(api, "Lucia", PHRASES)
    first = say(api, sid, "Ciao.")
    second = say(api, sid, "Buenas noches.")
    assert not first["proposed_end"] and not second["proposed_end"], (first["reply"], second["reply"])
    assert "French" in second["reply"], second["reply"]
    assert [right for _, right in attempts(api, sid)] == [True, True]


def test_a_wish_to_stop_said_beside_a_right_answer_still_stops(api: Api) -> None:
    sid = template_session(api, "Lucia", PHRASES)
    result = say(api, sid, "Ciao. That's enough for today, I'm tired.")
    assert result["proposed_end"], result["reply"]
    assert [right for _, right in attempts(api, sid)] == [True]
