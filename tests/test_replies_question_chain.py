"""A model reply that runs on with a chain of questions ("What did Ozite do? What was his name? What was his
father? …", seen on the real 0.5B model with a held-out persona) is cut after its first two: an interviewer asks
one thing at a time. The acknowledgement before them stays; a reply of one or two questions is shown as written."""

from __future__ import annotations

import pytest

from agent.replies import first_questions
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import new_session, say


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        (
            "That sounds like a full house. Who cooked? What did they cook? Who washed up? Where did you sleep?",
            "That sounds like a full house. Who cooked? What did they cook?",
        ),
        (
            "What was the boat called? Who owned it? Who crewed it? Where did it fish?",
            "What was the boat called? Who owned it?",
        ),
    ],
)
def test_a_chain_of_questions_is_cut_after_the_second(reply: str, kept: str) -> None:
    assert first_questions(reply) == kept


@pytest.mark.parametrize(
    "reply",
    [
        "Where were you, and what did you see?",
        "That must have been hard. Where did you go after? Who went with you?",
        "Tell me about the harbour. What did it smell like in the morning?",
        "Thank you. Take your time.",
    ],
)
def test_one_or_two_questions_are_shown_as_written(reply: str) -> None:
    assert first_questions(reply) == reply


def test_the_model_path_keeps_the_first_questions_of_a_chain(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    chain = "What did Tam do? What was his boat? What was his father? What was his street? What was his dog?"
    llm.push(Step(text=chain))
    result = say(openai_api, sid, "In Dundee, near the docks, with my uncle Tam.")
    assert result["reply"] == "What did Tam do? What was his boat?", result["reply"]
    fallback = result["interactions"][-1]["data"]["fallback"]
    assert fallback == {"reason": "a chain of questions", "by": "its first questions kept", "model_text": chain}
